<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Baoku::App::Actions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search the Archive</source>
        <translation>搜索报库(&amp;S)</translation>
    </message>
    <message>
        <source>Search the Archive</source>
        <translation>搜索报库</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Issue</source>
        <translation>上一期(&amp;V)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Issue</source>
        <translation>下一期(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>转到日期(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Correct Issue Date…</source>
        <translation>更正本期日期(&amp;C)…</translation>
    </message>
    <message>
        <source>Next &amp;Hit</source>
        <translation>下一处命中(&amp;H)</translation>
    </message>
    <message>
        <source>Previous H&amp;it</source>
        <translation>上一处命中(&amp;I)</translation>
    </message>
    <message>
        <source>Next &amp;Result</source>
        <translation>下一条结果(&amp;R)</translation>
    </message>
    <message>
        <source>Previous R&amp;esult</source>
        <translation>上一条结果(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About Baoku</source>
        <translation>关于报库(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ge</source>
        <translation>上一版(&amp;G)</translation>
    </message>
    <message>
        <source>Next P&amp;age</source>
        <translation>下一版(&amp;A)</translation>
    </message>
    <message>
        <source>Back to the place before (Alt+Left)</source>
        <translation>回到之前的位置 (Alt+Left)</translation>
    </message>
    <message>
        <source>Nothing to go back to yet.</source>
        <translation>还没有可以后退的位置。</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>再前进 (Alt+Right)</translation>
    </message>
    <message>
        <source>Nothing to go forward to: this is the newest place.</source>
        <translation>没有可以前进的位置：这已是最新的位置。</translation>
    </message>
    <message>
        <source>&amp;Reading Mode</source>
        <translation>阅读模式(&amp;R)</translation>
    </message>
    <message>
        <source>Hide the side panes to read (F11)</source>
        <translation>隐藏两侧窗格以便阅读 (F11)</translation>
    </message>
    <message>
        <source>Open the previous issue (Ctrl+PgUp)</source>
        <translation>打开上一期 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>This is the first issue in the archive.</source>
        <translation>这是档案中的第一期。</translation>
    </message>
    <message>
        <source>Open the next issue (Ctrl+PgDown)</source>
        <translation>打开下一期 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>This is the newest issue in the archive.</source>
        <translation>这是档案中最新的一期。</translation>
    </message>
    <message>
        <source>Open the previous article (Alt+Up)</source>
        <translation>打开上一篇 (Alt+Up)</translation>
    </message>
    <message>
        <source>This is the first article in the list.</source>
        <translation>这是列表中的第一篇。</translation>
    </message>
    <message>
        <source>Open the next article (Alt+Down)</source>
        <translation>打开下一篇 (Alt+Down)</translation>
    </message>
    <message>
        <source>This is the last article in the list.</source>
        <translation>这是列表中的最后一篇。</translation>
    </message>
    <message>
        <source>Open the next search result (Ctrl+Down)</source>
        <translation>打开下一条搜索结果 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>This is the last result.</source>
        <translation>这是最后一条结果。</translation>
    </message>
    <message>
        <source>Open the previous search result (Ctrl+Up)</source>
        <translation>打开上一条搜索结果 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>This is the first result.</source>
        <translation>这是第一条结果。</translation>
    </message>
    <message>
        <source>Baoku &amp;Help</source>
        <translation>报库帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Query Syntax</source>
        <translation>查询语法(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ArticleHtml</name>
    <message>
        <source>(date inferred)</source>
        <translation>（日期为推断）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Intern reporter</source>
        <translation>实习记者</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Continued from page %1</source>
        <translation>上接第%1版</translation>
    </message>
    <message>
        <source>Continued on page %1</source>
        <translation>下转第%1版</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>广告</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Advertisement: %1</source>
        <translation>广告：%1</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ArticlePanel</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>The date of this issue was inferred, not printed on the page.</source>
        <translation>本期日期是推断的，版面上没有印出。</translation>
    </message>
    <message>
        <source>Date corrected by you (the file said %1).</source>
        <translation>日期已由您更正（文件中为 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Articles by %1: %n</source>
        <translation>
            <numerusform>%1 的文章：%n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a date or an issue.</source>
        <translation>请选择日期或某一期。</translation>
    </message>
    <message>
        <source>Correct Date…</source>
        <translation>更正日期…</translation>
    </message>
    <message>
        <source>Set the right date for this issue; it is kept when the issue is imported again.</source>
        <translation>为本期设定正确日期；重新导入时仍会保留。</translation>
    </message>
    <message numerus="yes">
        <source>Show advertisements (%n)</source>
        <translation>
            <numerusform>显示广告（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>List the advertisements and subscription blocks of the pages after the articles.</source>
        <translation>在文章之后列出版面上的广告和订阅信息。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::BrowserPanel</name>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>筛选人物</translation>
    </message>
    <message>
        <source>No issue on %1.</source>
        <translation>%1 没有报纸。</translation>
    </message>
    <message>
        <source>Nearest: &lt;a href=&quot;issue:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>最近的一期：&lt;a href=&quot;issue:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Loading the issues…</source>
        <translation>正在读取各期报纸…</translation>
    </message>
    <message>
        <source>Loading the people…</source>
        <translation>正在读取人物…</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ChartDocks</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>收录情况</translation>
    </message>
    <message>
        <source>Hits per year or month of the query and of queries to compare (Ctrl+Shift+T)</source>
        <translation>检索词及对比检索词每年或每月的命中数（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>The days and pages the archive holds per newspaper, and its gaps (Ctrl+Shift+V)</source>
        <translation>档案按报纸收录的日期和版面及其缺漏（Ctrl+Shift+V）</translation>
    </message>
</context>
<context>
    <name>Baoku::App::CollectionExport</name>
    <message>
        <source>A collection (open Starred, a list or a tag under Collections first)</source>
        <translation>一个收藏（请先在“收藏”中打开星标、收藏夹或标签）</translation>
    </message>
    <message numerus="yes">
        <source>The starred articles (%n)</source>
        <translation>
            <numerusform>星标文章（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>starred</source>
        <translation>星标文章</translation>
    </message>
    <message numerus="yes">
        <source>The list “%1” (%n article(s))</source>
        <translation>
            <numerusform>收藏夹“%1”（%n 篇）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” (%n article(s))</source>
        <translation>
            <numerusform>标签“%1”（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>All notes, as Markdown with citations (%n note(s))</source>
        <translation>
            <numerusform>全部笔记，Markdown 格式并附引文（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>There are no notes to export.</source>
        <translation>没有可导出的笔记。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::CollectionModel</name>
    <message>
        <source>★ Starred (%1)</source>
        <translation>★ 星标（%1）</translation>
    </message>
    <message>
        <source>The articles you starred (Ctrl+D)</source>
        <translation>您加了星标的文章（Ctrl+D）</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1”: %n article(s)</source>
        <translation>
            <numerusform>标签“%1”：%n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List “%1”: %n article(s)</source>
        <translation>
            <numerusform>收藏夹“%1”：%n 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::CollectionPanel</name>
    <message>
        <source>Choose Starred, a list or a tag to see its articles. Star an article with Ctrl+D.</source>
        <translation>选择星标、收藏夹或标签以查看其中的文章。按 Ctrl+D 给文章加星标。</translation>
    </message>
    <message numerus="yes">
        <source>Starred: %n article(s)</source>
        <translation>
            <numerusform>星标：%n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List “%1”: %n article(s)</source>
        <translation>
            <numerusform>收藏夹“%1”：%n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete List…</source>
        <translation>删除收藏夹…</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1”: %n article(s)</source>
        <translation>
            <numerusform>标签“%1”：%n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected articles out of this collection (they stay in the archive)</source>
        <translation>将选中的文章移出此收藏（文章仍保留在存档中）</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的检索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the chosen saved search</source>
        <translation>删除选中的已保存检索</translation>
    </message>
    <message>
        <source>Click a saved search to run it again with its filters</source>
        <translation>单击已保存的检索，按原筛选条件重新检索</translation>
    </message>
</context>
<context>
    <name>Baoku::App::CommandLine</name>
    <message>
        <source>Baoku: browse, search and read archives of OCR&apos;d Chinese newspapers.
Opens the default archive (or the BAOKU_DB environment variable) and imports the FILEs given.</source>
        <translation>报库：浏览、搜索和阅读 OCR 识别的中文报纸档案。
打开默认档案库（或 BAOKU_DB 环境变量指定的档案库），并导入给出的文件。</translation>
    </message>
    <message>
        <source>Open the archive at PATH (a SQLite file, or a postgresql:// URL of a shared archive) instead of the default one.</source>
        <translation>打开 PATH 处的档案库（SQLite 文件，或共享档案库的 postgresql:// 地址），而不是默认档案库。</translation>
    </message>
    <message>
        <source>Measure start-up, searching and scrolling, print the figures and quit.</source>
        <translation>测量启动、搜索和滚动的速度，打印结果后退出。</translation>
    </message>
    <message>
        <source>Queries for --benchmark, one per line.</source>
        <translation>--benchmark 使用的查询，每行一个。</translation>
    </message>
    <message>
        <source>OCR text files or folders to import.</source>
        <translation>要导入的 OCR 文本文件或文件夹。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ContinuationLinks</name>
    <message>
        <source>Page %1 of this issue is not in the archive.</source>
        <translation>本期第%1版不在存档中。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::CoveragePanel</name>
    <message>
        <source>(no newspaper name)</source>
        <translation>（无报名）</translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>无法读取档案：%1</translation>
    </message>
    <message>
        <source>The archive holds no dated issue.</source>
        <translation>档案中没有带日期的报纸。</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n issue(s); appears on %3; %4 publication days without an issue; %5 announced pages not held. Click a day to open its issue.</source>
        <translation>
            <numerusform>%1至%2：共 %n 期；出版日为%3；%4 个出版日无该期；%5 个预告版面未收。点击日期即可打开该期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
</context>
<context>
    <name>Baoku::App::CoverageView</name>
    <message>
        <source>Issue, all pages</source>
        <translation>有该期，版面齐全</translation>
    </message>
    <message>
        <source>Issue, pages missing</source>
        <translation>有该期，缺版</translation>
    </message>
    <message>
        <source>No issue on a publication day</source>
        <translation>出版日无该期</translation>
    </message>
    <message>
        <source>Not a publication day</source>
        <translation>非出版日</translation>
    </message>
    <message numerus="yes">
        <source>Issue held: %1 of %n page(s)</source>
        <translation>
            <numerusform>已收该期：共 %n 版，收 %1 版</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue held: %n page(s)</source>
        <translation>
            <numerusform>已收该期：%n 版</numerusform>
        </translation>
    </message>
    <message>
        <source>No issue in the archive; the paper appears on %1.</source>
        <translation>档案中无该期；本报出版日为%1。</translation>
    </message>
    <message>
        <source>Not a publication day.</source>
        <translation>非出版日。</translation>
    </message>
    <message>
        <source>Outside the archive&apos;s issues of this paper.</source>
        <translation>不在档案所收本报的日期范围内。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the articles as text, Markdown, HTML, PDF, ODT, JSON, CSV or citations</source>
        <translation>将文章保存为文本、Markdown、HTML、PDF、ODT、JSON、CSV 或引文</translation>
    </message>
    <message>
        <source>Copy &amp;Citation</source>
        <translation>复制引文(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the citation in the style chosen last (%1)</source>
        <translation>按上次选择的格式（%1）复制引文</translation>
    </message>
    <message>
        <source>Copy Citation As</source>
        <translation>复制引文为</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export failed.
%1</source>
        <translation>导出失败。
%1</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Print Articles</source>
        <translation>打印文章</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用打印机。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s) as %1</source>
        <translation>
            <numerusform>已复制 %n 条 %1 引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing to export: no article matches.</source>
        <translation>没有可导出的内容：没有匹配的文章。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>已将 %n 篇文章导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ExportDialog</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON 行 (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV table of metadata (*.csv)</source>
        <translation>元数据 CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>RIS citations (*.ris)</source>
        <translation>RIS 引文 (*.ris)</translation>
    </message>
    <message>
        <source>BibTeX citations (*.bib)</source>
        <translation>BibTeX 引文 (*.bib)</translation>
    </message>
    <message>
        <source>CSL-JSON citations (*.json)</source>
        <translation>CSL-JSON 引文 (*.json)</translation>
    </message>
    <message>
        <source>GB/T 7714 reference list (*.txt)</source>
        <translation>GB/T 7714 参考文献表 (*.txt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ExportScopes</name>
    <message>
        <source>The open article</source>
        <translation>当前文章</translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>选定的文章（%n 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The open issue</source>
        <translation>当前一期</translation>
    </message>
    <message numerus="yes">
        <source>The issue of %1 (%n article(s))</source>
        <translation>
            <numerusform>%1 这一期（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All results of “%1” (%n article(s))</source>
        <translation>
            <numerusform>“%1”的全部检索结果（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <source>All results of the search (search first)</source>
        <translation>全部检索结果（请先检索）</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>检索结果</translation>
    </message>
</context>
<context>
    <name>Baoku::App::FacetModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Show only these %n article(s)</source>
        <translation>
            <numerusform>只显示这 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::FacetPanel</name>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>Baoku::App::FacetWorker</name>
</context>
<context>
    <name>Baoku::App::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处匹配 (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
</context>
<context>
    <name>Baoku::App::FirstStartNote</name>
    <message>
        <source>These are a few sample issues that come with Baoku. To read your own newspapers, import their OCR text files with File → Import Files… or Import Folder…, or drop them on the window.</source>
        <translation>这里显示的是报库随附的几期示例报纸。要阅读您自己的报纸，请用“文件 → 导入文件…”或“导入文件夹…”导入其 OCR 文本文件，也可以把文件拖到窗口上。</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Close this note</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>Baoku::App::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Baoku Help</source>
        <translation>报库帮助</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ImportController</name>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <source>File %1 of %2
%3</source>
        <translation>第 %1 个文件，共 %2 个
%3</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Every failure and its reason are listed under Show Details.</source>
        <translation>每个失败的文件及原因见“显示详细信息”。</translation>
    </message>
    <message>
        <source>Imported: %1 file(s) with %2 article(s)
Already in the archive: %3
Failed: %4</source>
        <translation>已导入：%1 个文件，共 %2 篇文章
已在档案库中：%3
失败：%4</translation>
    </message>
</context>
<context>
    <name>Baoku::App::IssueTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n issue(s))</source>
        <translation>
            <numerusform>%1（%n 期）</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>(date inferred)</source>
        <translation>（日期为推断）</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>The date was inferred, not printed on the page.</source>
        <translation>日期是推断的，版面上没有印出。</translation>
    </message>
    <message>
        <source>No newspaper name</source>
        <translation>未署报名</translation>
    </message>
</context>
<context>
    <name>Baoku::App::KeptArticleModel</name>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>not in the archive now</source>
        <translation>目前不在存档中</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>This article&apos;s page is not in the archive now; it comes back when the page is imported again.</source>
        <translation>此文章所在版面目前不在存档中；重新导入该版后即恢复。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::MainWindow</name>
    <message>
        <source>Making articles of an interrupted import searchable: %1 of %2</source>
        <translation>正在为中断的导入留下的文章建立搜索索引：%1 / %2</translation>
    </message>
    <message>
        <source>The search index could not be completed (%1); a search will try again.</source>
        <translation>搜索索引未能完成（%1）；搜索时会再试。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) of an interrupted import are searchable now.</source>
        <translation>
            <numerusform>中断的导入留下的 %n 篇文章现在可以搜索了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making %n article(s) of an interrupted import searchable…</source>
        <translation>
            <numerusform>正在为中断的导入留下的 %n 篇文章建立搜索索引…</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue is no longer in the archive.</source>
        <translation>这一期已不在档案库中。</translation>
    </message>
    <message>
        <source>Baoku</source>
        <translation>报库</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Choose an issue on the left, or search with Ctrl+K.</source>
        <translation>请在左侧选择一期，或按 Ctrl+K 搜索。</translation>
    </message>
    <message>
        <source>About Baoku</source>
        <translation>关于报库</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Baoku %1&lt;/h3&gt;&lt;p&gt;A reader for archives of OCR&apos;d Chinese newspapers: browse issues by date, search them exactly in Chinese, read, export and cite articles. Offline, on your own files.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, SQLite and ICU.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;报库 %1&lt;/h3&gt;&lt;p&gt;OCR 识别的中文报纸档案阅读器：按日期浏览各期，精确地用中文搜索，阅读、导出和引用文章。离线使用，处理您自己的文件。&lt;/p&gt;&lt;p&gt;档案库：%2&lt;/p&gt;&lt;p&gt;基于 Qt %3、SQLite 和 ICU 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import OCR Text Files</source>
        <translation>导入 OCR 文本文件</translation>
    </message>
    <message>
        <source>OCR text files (*.txt);;All files (*)</source>
        <translation>OCR 文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of OCR Text Files</source>
        <translation>导入 OCR 文本文件所在的文件夹</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>转到日期</translation>
    </message>
    <message>
        <source>Correct Issue Date</source>
        <translation>更正本期日期</translation>
    </message>
    <message>
        <source>The date of this issue (the file says %1):</source>
        <translation>本期的日期（文件中为 %1）：</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) in the archive</source>
        <translation>
            <numerusform>档案中共有 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive holds no dated issue.</source>
        <translation>档案中没有带日期的报纸。</translation>
    </message>
    <message>
        <source>No issue on %1; opened the nearest one, %2.</source>
        <translation>%1 没有报纸；已打开最近的一期：%2。</translation>
    </message>
    <message>
        <source>Reading mode: F11 brings the side panes back.</source>
        <translation>阅读模式：按 F11 恢复两侧窗格。</translation>
    </message>
    <message>
        <source>Underlined days have an issue; another day opens the nearest issue.</source>
        <translation>带下划线的日期有报纸；选择其他日期会打开最近的一期。</translation>
    </message>
    <message>
        <source>The issue list is still loading; try again in a moment.</source>
        <translation>报纸列表仍在读取中，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::NoteModel</name>
    <message>
        <source>(no text)</source>
        <translation>（无内容）</translation>
    </message>
    <message>
        <source>On the article: %1</source>
        <translation>全文笔记：%1</translation>
    </message>
    <message>
        <source>(passage no longer in the text)</source>
        <translation>（该段文字已不在正文中）</translation>
    </message>
    <message>
        <source>The article was imported again and this passage is no longer in its text:
%1</source>
        <translation>文章已重新导入，正文中已找不到这段文字：
%1</translation>
    </message>
</context>
<context>
    <name>Baoku::App::NotesPanel</name>
    <message>
        <source>Notes on this article (%1)</source>
        <translation>本文笔记（%1）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Baoku::App::PageListModel</name>
    <message>
        <source>, </source>
        <comment>between page numbers</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Not in the archive: page(s) %1</source>
        <translation>
            <numerusform>存档中缺：第%1版</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n article(s)</source>
        <translation>
            <numerusform>第%1版 · %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %2 · %n article(s)</source>
        <translation>
            <numerusform>第%1版 %2 · %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>The masthead announces this page, but the archive does not hold it.</source>
        <translation>报头标明有这一版，但存档中没有。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::PageNavigator</name>
    <message>
        <source>Page %1 holds no article of its own.</source>
        <translation>第%1版没有自己的文章。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::PeopleModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Baoku::App::QueryExplanation</name>
    <message>
        <source>%1 in titles</source>
        <translation>标题中的 %1</translation>
    </message>
    <message>
        <source>%1 in authors</source>
        <translation>作者中的 %1</translation>
    </message>
    <message>
        <source>%1 in columns</source>
        <translation>栏目中的 %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Searched for %1</source>
        <translation>已搜索 %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>, without %1</source>
        <translation>，排除 %1</translation>
    </message>
    <message>
        <source>, on page %1</source>
        <translation>，限第 %1 版</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to search for:&lt;/b&gt; “%1” only excludes words. Add a word the articles must contain, e.g. &lt;code&gt;芯片 -手机&lt;/code&gt;.</source>
        <translation>&lt;b&gt;没有可搜索的内容：&lt;/b&gt;“%1”只排除了词语。请加上文章必须包含的词，例如 &lt;code&gt;芯片 -手机&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to search for:&lt;/b&gt; “%1” holds no word that can be searched (OR, a field name or punctuation alone). Type a word, e.g. &lt;code&gt;title:芯片&lt;/code&gt;.</source>
        <translation>&lt;b&gt;没有可搜索的内容：&lt;/b&gt;“%1”中没有可以搜索的词（只有 OR、字段名或标点）。请输入一个词，例如 &lt;code&gt;title:芯片&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No results.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;没有结果。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>A field name needs its word right after it, without a space, e.g. &lt;code&gt;title:芯片&lt;/code&gt;.</source>
        <translation>字段名后须紧跟要查找的词，中间不能有空格，例如 &lt;code&gt;title:芯片&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>The quote is not closed, so everything after it was read as one phrase.</source>
        <translation>引号没有闭合，因此其后的全部内容被当作一个短语。</translation>
    </message>
    <message>
        <source>widen the dates (now %1 – %2)</source>
        <translation>放宽日期范围（现为 %1 – %2）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>search all fields</source>
        <translation>搜索所有字段</translation>
    </message>
    <message>
        <source>use fewer words</source>
        <translation>减少词语</translation>
    </message>
    <message>
        <source>put OR between alternatives</source>
        <translation>在备选词之间用 OR</translation>
    </message>
    <message>
        <source>Try to %1.</source>
        <translation>可以试着%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>How to write a query</source>
        <translation>如何编写查询</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ReaderPanel</name>
    <message>
        <source>No hit in this article&apos;s text</source>
        <translation>本文正文中没有命中</translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation>第 %1 处命中，共 %2 处</translation>
    </message>
    <message>
        <source>Previous hit (Ctrl+Shift+J)</source>
        <translation>上一处命中 (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Next hit (Ctrl+J)</source>
        <translation>下一处命中 (Ctrl+J)</translation>
    </message>
    <message>
        <source>Next Result</source>
        <translation>下一条结果</translation>
    </message>
    <message>
        <source>Open the next search result (Ctrl+Down)</source>
        <translation>打开下一条搜索结果 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>This is the last result.</source>
        <translation>这是最后一条结果。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ReaderView</name>
    <message>
        <source>A note without text</source>
        <translation>无内容的笔记</translation>
    </message>
</context>
<context>
    <name>Baoku::App::ResearchController</name>
    <message>
        <source>Delete Saved Search</source>
        <translation>删除已保存的检索</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>删除已保存的检索“%1”？</translation>
    </message>
    <message>
        <source>&amp;Star Article</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Star the article, or take the star away (Ctrl+D)</source>
        <translation>给文章加星标或取消星标（Ctrl+D）</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ 星标</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Add tags to the article or take them away</source>
        <translation>为文章添加或移除标签</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>加入收藏夹(&amp;L)…</translation>
    </message>
    <message>
        <source>Keep the article in a named list</source>
        <translation>将文章存入一个命名的收藏夹</translation>
    </message>
    <message>
        <source>&amp;Note on Article…</source>
        <translation>全文笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Note on Selected &amp;Passage…</source>
        <translation>为选中段落写笔记(&amp;P)…</translation>
    </message>
    <message>
        <source>Select a passage of the article&apos;s text, then write a note on it</source>
        <translation>先选中正文中的一段文字，再为它写笔记</translation>
    </message>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>保存检索(&amp;V)…</translation>
    </message>
    <message>
        <source>Keep the current query with its filters and sort</source>
        <translation>保存当前检索词及其筛选条件和排序</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>收藏(&amp;C)</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收藏</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>已给 %n 篇文章加星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star from %n article(s)</source>
        <translation>
            <numerusform>已取消 %n 篇文章的星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”</source>
        <translation>
            <numerusform>已将 %n 篇文章加入“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>The article is no longer in the archive.</source>
        <translation>该文章已不在存档中。</translation>
    </message>
    <message>
        <source>Saved the search as “%1”</source>
        <translation>检索已保存为“%1”</translation>
    </message>
    <message>
        <source>Searching again: %1</source>
        <translation>重新检索：%1</translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>加入收藏夹</translation>
    </message>
    <message numerus="yes">
        <source>Add %n article(s) to the list (choose one or type a new name):</source>
        <translation>
            <numerusform>将 %n 篇文章加入收藏夹（选择已有的或输入新名称）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on Article</source>
        <translation>全文笔记</translation>
    </message>
    <message>
        <source>Your note on this article:</source>
        <translation>您对本文的笔记：</translation>
    </message>
    <message>
        <source>Select a passage of the article&apos;s text first, then add a note on it.</source>
        <translation>请先选中正文中的一段文字，再为它添加笔记。</translation>
    </message>
    <message>
        <source>Note on Passage</source>
        <translation>段落笔记</translation>
    </message>
    <message>
        <source>Your note on “%1”:</source>
        <translation>您对“%1”的笔记：</translation>
    </message>
    <message>
        <source>Search first: a saved search keeps a query with its filters.</source>
        <translation>请先检索：保存的检索会保留检索词及其筛选条件。</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存检索</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>已保存检索的名称：</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>Delete this note?

%1</source>
        <translation>删除这条笔记？

%1</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Its articles stay in the archive.</source>
        <translation>删除标签“%1”？其中的文章仍保留在存档中。</translation>
    </message>
    <message>
        <source>Delete the list “%1”? Its articles stay in the archive.</source>
        <translation>删除收藏夹“%1”？其中的文章仍保留在存档中。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::SavedSearchModel</name>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Search again: %1</source>
        <translation>重新检索：%1</translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchField</name>
    <message>
        <source>Search the archive (Ctrl+K)</source>
        <translation>搜索报库 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;…&quot; for a phrase; OR; -word excludes; title:, author:, column: and page: search one field.</source>
        <translation>各词须同时出现；&quot;…&quot; 表示短语；OR 表示或；-词 表示排除；title:、author:、column: 和 page: 只搜索某一字段。</translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchPanel</name>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>Counting results…</source>
        <translation>正在统计结果…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>By relevance</source>
        <translation>按相关度</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
</context>
<context>
    <name>Baoku::App::SearchResultsModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>广告</translation>
    </message>
</context>
<context>
    <name>Baoku::App::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>Baoku::App::SnippetDelegate</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>Baoku::App::TagDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New or existing tag</source>
        <translation>新标签或已有标签</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the %n selected articles (ticked: all of them hold it):</source>
        <translation>
            <numerusform>选中的 %n 篇文章的标签（勾选：全部文章都有此标签）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags of this article:</source>
        <translation>本文的标签：</translation>
    </message>
</context>
<context>
    <name>Baoku::App::TimelineChart</name>
    <message>
        <source>%1 articles in the archive</source>
        <translation>档案中共 %1 篇文章</translation>
    </message>
    <message>
        <source>Matching articles per 1,000 articles of the period</source>
        <translation>每千篇文章中的命中文章数</translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation>命中文章数</translation>
    </message>
</context>
<context>
    <name>Baoku::App::TimelineController</name>
</context>
<context>
    <name>Baoku::App::TimelinePanel</name>
    <message>
        <source>Search, or add a query to compare, to see its hits per year or month.</source>
        <translation>检索，或添加对比检索词，即可查看每年或每月的命中数。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>The archive holds no dated issue.</source>
        <translation>档案中没有带日期的报纸。</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>时间线：%1</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>无法写入该文件</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Remove from the chart</source>
        <translation>从图中移除</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>another query</source>
        <translation>另一个检索词</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Per 1,000 articles</source>
        <translation>每千篇文章</translation>
    </message>
    <message>
        <source>Hits per 1,000 articles the archive holds in the period, so periods with more issues do not look busier</source>
        <translation>按档案在该时段所收文章每千篇计的命中数，使期数较多的时段不致显得更热</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表存为 PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>图表存为 SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>数据存为 CSV…</translation>
    </message>
</context>
<context>
    <name>Baoku::Core</name>
    <message>
        <source>cannot lay out the PDF</source>
        <translation>无法排版 PDF</translation>
    </message>
    <message>
        <source>cannot write the ODT document</source>
        <translation>无法写入 ODT 文档</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>article %1: not in the archive</source>
        <translation>文章 %1：不在文库中</translation>
    </message>
    <message>
        <source>the PDF is not laid out as expected; cannot add the outline</source>
        <translation>PDF 的结构与预期不符，无法添加书签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>This article is not in the archive now.</source>
        <translation>此文章目前不在报库中。</translation>
    </message>
    <message>
        <source>This passage is no longer in the article&apos;s text.</source>
        <translation>文章正文中已找不到这段文字。</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::Archive</name>
    <message>
        <source>%1: cannot create the folder for the archive</source>
        <translation>%1：无法创建报库所在的文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no issue with id %1 in the archive</source>
        <translation>报库中没有编号为 %1 的期次</translation>
    </message>
    <message>
        <source>the archive was written by a newer version of Baoku (schema %1; this one knows up to %2)</source>
        <translation>此报库由更新版本的报库程序写入（架构版本 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>%1: the archive is read-only (read-only media or no write permission); it can be searched and exported, but nothing can be imported into it or changed</source>
        <translation>%1：报库是只读的（只读介质或没有写权限）；可以搜索和导出，但不能导入或修改</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::ArchiveCheck</name>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 完整性检查</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>full-text index</source>
        <translation>全文索引</translation>
    </message>
    <message>
        <source>the index does not match the articles; rebuild it (%1)</source>
        <translation>索引与文章不一致，需要重建（%1）</translation>
    </message>
    <message>
        <source>%1 articles but %2 indexed</source>
        <translation>共 %1 篇文章，但只有 %2 篇已编入索引</translation>
    </message>
    <message>
        <source>issues without files</source>
        <translation>没有文件的期次</translation>
    </message>
    <message>
        <source>issue %1 of %2 has no imported file</source>
        <translation>期次 %1（%2）没有已导入的文件</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>一项检查</translation>
    </message>
    <message>
        <source>the archive is read-only, and the index comparison needs write access</source>
        <translation>报库是只读的，而索引比对需要写权限</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot open the archive (%1)</source>
        <translation>无法打开报库（%1）</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>报库未打开</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>no SQL parameter named %1</source>
        <translation>没有名为 %1 的 SQL 参数</translation>
    </message>
    <message>
        <source>the archive is busy: another program is writing to it (waited %1 s); try again later</source>
        <translation>报库正忙：另一个程序正在写入（已等待 %1 秒）；请稍后再试</translation>
    </message>
    <message>
        <source>the archive is read-only (%1)</source>
        <translation>报库是只读的（%1）</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::FacetCounter</name>
    <message>
        <source>the archive has more than 255 kinds of article; facets cannot be counted</source>
        <translation>档案中的文章类型超过 255 种，无法统计分面</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有此文件或文件夹</translation>
    </message>
    <message>
        <source>the new articles are stored but could not be added to the search index (%1); Baoku tries again when the archive is next opened</source>
        <translation>新文章已保存，但未能加入搜索索引（%1）；下次打开报库时会再试</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>报库未打开</translation>
    </message>
    <message>
        <source>already imported from %1</source>
        <translation>已从 %1 导入过</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>未存入：%1</translation>
    </message>
    <message>
        <source>no issue date found in the text or the file name; give one with --date</source>
        <translation>正文和文件名中都没有出版日期；请用 --date 指定</translation>
    </message>
    <message>
        <source>the same file parsed by parser version %1</source>
        <translation>由第 %1 版解析器解析的同一文件</translation>
    </message>
    <message>
        <source>page %1 of the issue of %2 is already in the archive, from %3; --replace replaces it</source>
        <translation>%2 这一期的第 %1 版已在报库中（来自 %3）；使用 --replace 可替换</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>已替换 %1</translation>
    </message>
    <message>
        <source>cannot read the folder (permission denied)</source>
        <translation>无法读取文件夹（没有权限）</translation>
    </message>
    <message>
        <source>the archive is damaged (%1); nothing was imported</source>
        <translation>报库已损坏（%1）；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::IssueParser</name>
    <message>
        <source>%1: no recognisable article (no paragraph of Chinese news text was found)</source>
        <translation>%1：没有可识别的文章（未找到中文新闻正文段落）</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::PgArchive</name>
    <message>
        <source>no Baoku archive in this database; publish one first (baoku-cli publish)</source>
        <translation>此数据库中没有报库档案；请先发布一个（baoku-cli publish）</translation>
    </message>
    <message>
        <source>no issue with id %1 in the archive</source>
        <translation>档案中没有编号为 %1 的期次</translation>
    </message>
    <message>
        <source>the database holds a Baoku archive of schema version %1; this build knows version %2</source>
        <translation>此数据库中的报库档案结构版本为 %1；本程序只认识版本 %2</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::PgConnection</name>
    <message>
        <source>%1: cannot connect to PostgreSQL (%2)</source>
        <translation>%1：无法连接 PostgreSQL（%2）</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>not connected to PostgreSQL</source>
        <translation>未连接到 PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::Publisher</name>
    <message>
        <source>%1 stored articles wait for the search index; open the archive with write access once (any baoku-cli command) and publish again</source>
        <translation>%1 篇已保存的文章尚在等待加入搜索索引；请以可写方式打开一次档案（任一 baoku-cli 命令）后再发布</translation>
    </message>
    <message>
        <source>cancelled; nothing was published</source>
        <translation>已取消；没有发布任何内容</translation>
    </message>
    <message>
        <source>issues copied</source>
        <translation>期已复制</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::PgImporter</name>
    <message>
        <source>nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>the files&apos; issues changed between two readings; import again</source>
        <translation>两次读取之间文件所属的期发生了变化；请重新导入</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::QueryParser</name>
    <message>
        <source>the query is %1 characters long; a query may have at most %2</source>
        <translation>查询有 %1 个字符；查询最多 %2 个字符</translation>
    </message>
    <message>
        <source>page:%1 is not a page number (pages are numbered from 1 to 9999)</source>
        <translation>page:%1 不是版号（版号为 1 到 9999）</translation>
    </message>
    <message>
        <source>the query has %1 search terms; a query may have at most %2</source>
        <translation>查询有 %1 个检索词；查询最多 %2 个检索词</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::Research</name>
    <message>
        <source>%1: cannot create the folder for the research file</source>
        <translation>%1：无法创建研究文件所在的文件夹</translation>
    </message>
    <message>
        <source>%1: the research file is read-only</source>
        <translation>%1：研究文件是只读的</translation>
    </message>
    <message>
        <source>%1: the research file was written by a newer Baoku</source>
        <translation>%1：研究文件由较新版本的报库写入</translation>
    </message>
    <message>
        <source>article %1: not in the archive</source>
        <translation>文章 %1：不在报库中</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>%1 需要名称</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos;</source>
        <translation>没有名为“%2”的 %1</translation>
    </message>
    <message>
        <source>article %1: not in this %2</source>
        <translation>文章 %1：不在此 %2 中</translation>
    </message>
    <message>
        <source>a note needs a text or a passage</source>
        <translation>笔记需要内容或一段引文</translation>
    </message>
    <message>
        <source>article %1: the passage is not in its text</source>
        <translation>文章 %1：正文中没有这段文字</translation>
    </message>
    <message>
        <source>note %1: no such note</source>
        <translation>笔记 %1：不存在</translation>
    </message>
    <message>
        <source>a saved search needs a name and a query</source>
        <translation>保存的检索需要名称和检索词</translation>
    </message>
    <message>
        <source>no saved search named &apos;%1&apos;</source>
        <translation>没有名为“%1”的已保存检索</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::Searcher</name>
    <message>
        <source>stored articles waiting for the search index (%1) cannot be added to it now (%2); the result would be incomplete, so there is none</source>
        <translation>已保存但等待加入搜索索引的文章（%1 篇）现在无法加入（%2）；结果会不完整，因此不给出结果</translation>
    </message>
</context>
<context>
    <name>Baoku::Core::TextDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is %1 MB; an issue file may be at most %2 MB</source>
        <translation>文件大小为 %1 MB；一期的文件最大 %2 MB</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence at byte %1</source>
        <translation>第 %1 字节处有无效的 UTF-8 字节序列</translation>
    </message>
    <message>
        <source>the file has a UTF-16 byte order mark but an odd number of bytes</source>
        <translation>文件带有 UTF-16 字节顺序标记，但字节数为奇数</translation>
    </message>
    <message>
        <source>invalid UTF-16 (an unpaired surrogate)</source>
        <translation>无效的 UTF-16（有未配对的代理项）</translation>
    </message>
    <message>
        <source>the file is binary (it holds NUL bytes), not OCR text</source>
        <translation>这是二进制文件（含 NUL 字节），不是 OCR 文本</translation>
    </message>
    <message>
        <source>unsupported encoding (ICU guesses %1)</source>
        <translation>不支持的编码（ICU 推测为 %1）</translation>
    </message>
    <message>
        <source>the file is binary (it holds control characters), not OCR text</source>
        <translation>这是二进制文件（含控制字符），不是 OCR 文本</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>文件中只有空白字符</translation>
    </message>
    <message>
        <source>line %1 is %2 characters long; an OCR line may be at most %3</source>
        <translation>第 %1 行长 %2 个字符；OCR 文本每行最多 %3 个字符</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>is a folder, not a text file</source>
        <translation>是文件夹，不是文本文件</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>是命名管道（FIFO），不是普通文件</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>是套接字，不是普通文件</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>是设备，不是普通文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the archive</source>
        <translation>无法打开档案库</translation>
    </message>
</context>
</TS>
