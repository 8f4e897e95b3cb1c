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
        <source>%n issue(s) in %1</source>
        <translation><numerusform>%n issue in %1</numerusform><numerusform>%n issues in %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Baoku::App::PageListModel</name>
    <message numerus="yes">
        <source>Not in the archive: page(s) %1</source>
        <translation><numerusform>Not in the archive: page %1</numerusform><numerusform>Not in the archive: pages %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n article(s)</source>
        <translation><numerusform>Page %1 · %n article</numerusform><numerusform>Page %1 · %n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %2 · %n article(s)</source>
        <translation><numerusform>Page %1 · %2 · %n article</numerusform><numerusform>Page %1 · %2 · %n articles</numerusform></translation>
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