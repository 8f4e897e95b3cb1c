<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Baoku::App::Actions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous article (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct Issue Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous H&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous R&amp;esult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Baoku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::ArticleHtml</name>
    <message>
        <source>(date inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::ArticlePanel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this issue was inferred, not printed on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date corrected by you (the file said %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Articles by %1: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a date or an issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the right date for this issue; it is kept when the issue is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::BrowserPanel</name>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::CommandLine</name>
    <message>
        <source>Baoku: browse, search and read archives of OCR&apos;d Chinese newspapers.
Opens the default archive (or the BAOKU_DB environment variable) and imports the FILEs given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive at PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure start-up, searching and scrolling, print the figures and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries for --benchmark, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR text files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::FindBar</name>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::ImportController</name>
    <message>
        <source>Preparing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every failure and its reason are listed under Show Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 file(s) with %2 article(s)
Already in the archive: %3
Failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::IssueTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n issue(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The date was inferred, not printed on the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::MainWindow</name>
    <message numerus="yes">
        <source>%n issue(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The issue is no longer in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baoku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an issue on the left, or search with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Baoku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baoku %1&lt;/h3&gt;&lt;p&gt;A reader for archives of OCR&apos;d Chinese newspapers: browse issues by date, search them exactly in Chinese, read, export and cite articles. Offline, on your own files.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, SQLite and ICU.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OCR Text Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of OCR Text Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Issue Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of this issue (the file says %1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::PeopleModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::ReaderPanel</name>
    <message>
        <source>No hit in this article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next search result (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchField</name>
    <message>
        <source>Search the archive (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words must all occur; &quot;…&quot; for a phrase; OR; -word excludes; title:, author:, column: and page: search one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchPanel</name>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baoku::App::SnippetDelegate</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
