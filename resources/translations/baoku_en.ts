<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Baoku::App::ArticlePanel</name>
    <message numerus="yes">
        <source>Articles by %1: %n</source>
        <translation><numerusform>Articles by %1: %n</numerusform><numerusform>Articles by %1: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>Baoku::App::ExportActions</name>
    <message numerus="yes">
        <source>Export %n article(s)</source>
        <translation><numerusform>Export %n article</numerusform><numerusform>Export %n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Baoku::App::IssueTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n issue(s))</source>
        <translation><numerusform>%1 (%n issue)</numerusform><numerusform>%1 (%n issues)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Baoku::App::MainWindow</name>
    <message numerus="yes">
        <source>%n issue(s) in the archive</source>
        <translation><numerusform>%n issue in the archive</numerusform><numerusform>%n issues in the archive</numerusform></translation>
    </message>
</context>
<context>
    <name>Baoku::App::PeopleModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
</TS>