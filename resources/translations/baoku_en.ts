<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Baoku::App::ArticlePanel</name>
    <message numerus="yes">
        <source>Articles by %1: %n</source>
        <translation>
            <numerusform>Articles by %1: %n</numerusform>
            <numerusform>Articles by %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show advertisements (%n)</source>
        <translation>
            <numerusform>Show advertisement (%n)</numerusform>
            <numerusform>Show advertisements (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::CoveragePanel</name>
    <message numerus="yes">
        <source>%1 – %2: %n issue(s); appears on %3; %4 publication days without an issue; %5 announced pages not held. Click a day to open its issue.</source>
        <translation>
            <numerusform>%1 – %2: %n issue; appears on %3; %4 publication days without an issue; %5 announced pages not held. Click a day to open its issue.</numerusform>
            <numerusform>%1 – %2: %n issues; appears on %3; %4 publication days without an issue; %5 announced pages not held. Click a day to open its issue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::CoverageView</name>
    <message numerus="yes">
        <source>Issue held: %1 of %n page(s)</source>
        <translation>
            <numerusform>Issue held: %1 of %n page</numerusform>
            <numerusform>Issue held: %1 of %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue held: %n page(s)</source>
        <translation>
            <numerusform>Issue held: %n page</numerusform>
            <numerusform>Issue held: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::ExportActions</name>
    <message numerus="yes">
        <source>Copied %n citation(s) as %1</source>
        <translation>
            <numerusform>Copied %n citation as %1</numerusform>
            <numerusform>Copied %n citations as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>Exported %n article to %1</numerusform>
            <numerusform>Exported %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>Export %n article</numerusform>
            <numerusform>Export %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::ExportScopes</name>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>The selected articles (%n)</numerusform>
            <numerusform>The selected articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The issue of %1 (%n article(s))</source>
        <translation>
            <numerusform>The issue of %1 (%n article)</numerusform>
            <numerusform>The issue of %1 (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All results of “%1” (%n article(s))</source>
        <translation>
            <numerusform>All results of “%1” (%n article)</numerusform>
            <numerusform>All results of “%1” (%n articles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::IssueTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n issue(s))</source>
        <translation>
            <numerusform>%1 (%n issue)</numerusform>
            <numerusform>%1 (%n issues)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::MainWindow</name>
    <message numerus="yes">
        <source>%n issue(s) in %1</source>
        <translation>
            <numerusform>%n issue in %1</numerusform>
            <numerusform>%n issues in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) in the archive</source>
        <translation>
            <numerusform>%n issue in the archive</numerusform>
            <numerusform>%n issues in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) of an interrupted import are searchable now.</source>
        <translation>
            <numerusform>%n article of an interrupted import is searchable now.</numerusform>
            <numerusform>%n articles of an interrupted import are searchable now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making %n article(s) of an interrupted import searchable…</source>
        <translation>
            <numerusform>Making %n article of an interrupted import searchable…</numerusform>
            <numerusform>Making %n articles of an interrupted import searchable…</numerusform>
        </translation>
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
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::FacetModel</name>
    <message numerus="yes">
        <source>Show only these %n article(s)</source>
        <translation>
            <numerusform>Show only this %n article</numerusform>
            <numerusform>Show only these %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::CollectionExport</name>
    <message numerus="yes">
        <source>The starred articles (%n)</source>
        <translation>
            <numerusform>The starred article (%n)</numerusform>
            <numerusform>The starred articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list “%1” (%n article(s))</source>
        <translation>
            <numerusform>The list “%1” (%n article)</numerusform>
            <numerusform>The list “%1” (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” (%n article(s))</source>
        <translation>
            <numerusform>The tag “%1” (%n article)</numerusform>
            <numerusform>The tag “%1” (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All notes, as Markdown with citations (%n note(s))</source>
        <translation>
            <numerusform>All notes, as Markdown with citations (%n note)</numerusform>
            <numerusform>All notes, as Markdown with citations (%n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::CollectionModel</name>
    <message numerus="yes">
        <source>Tag “%1”: %n article(s)</source>
        <translation>
            <numerusform>Tag “%1”: %n article</numerusform>
            <numerusform>Tag “%1”: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List “%1”: %n article(s)</source>
        <translation>
            <numerusform>List “%1”: %n article</numerusform>
            <numerusform>List “%1”: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::CollectionPanel</name>
    <message numerus="yes">
        <source>Starred: %n article(s)</source>
        <translation>
            <numerusform>Starred: %n article</numerusform>
            <numerusform>Starred: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List “%1”: %n article(s)</source>
        <translation>
            <numerusform>List “%1”: %n article</numerusform>
            <numerusform>List “%1”: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1”: %n article(s)</source>
        <translation>
            <numerusform>Tag “%1”: %n article</numerusform>
            <numerusform>Tag “%1”: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::ResearchController</name>
    <message numerus="yes">
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>Starred %n article</numerusform>
            <numerusform>Starred %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star from %n article(s)</source>
        <translation>
            <numerusform>Took the star from %n article</numerusform>
            <numerusform>Took the star from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”</source>
        <translation>
            <numerusform>Added %n article to “%1”</numerusform>
            <numerusform>Added %n articles to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n article(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>Add %n article to the list (choose one or type a new name):</numerusform>
            <numerusform>Add %n articles to the list (choose one or type a new name):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::TagDialog</name>
    <message numerus="yes">
        <source>Tags of the %n selected articles (ticked: all of them hold it):</source>
        <translation>
            <numerusform>Tags of the %n selected article (ticked: it holds it):</numerusform>
            <numerusform>Tags of the %n selected articles (ticked: all of them hold it):</numerusform>
        </translation>
    </message>
</context>
</TS>
