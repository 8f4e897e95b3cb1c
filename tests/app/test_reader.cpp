// The reader pane: escaped HTML with every part of an article, nothing loaded, find and hits.
#include "app/reader/articlehtml.h"
#include "core/search/hitmatcher.h"
#include "app/reader/readerview.h"
#include "app/search/searchbackend.h"
#include "testarchive.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Baoku;

TEST_CASE("Article HTML holds every part of the article and escapes its text")
{
    const Core::ParsedIssue issue = Tests::testIssue(0);
    const QString html = App::ArticleHtml::render(issue.articles.at(0), issue.issue);
    for (const QString &part : {u"要闻"_s, u"深入推进新型工业化"_s, u"芯片产业加快发展"_s, u"——座谈会在京举行"_s,
                                u"宋婧"_s, u"图为座谈会现场"_s, u"张三 摄"_s, u"与会代表认为"_s})
        CHECK(html.contains(part));
    CHECK(html.contains(u"Continued on page 2"_s));
    CHECK(html.contains(u"class=\"captions\""_s)); // captions set apart from the body
    CHECK(html.contains(u"<b>本报讯 11月16日</b>，芯片产业座谈会"_s));

    // The parser keeps the date part of the dateline in the body as well: it is shown once.
    Core::Article overlapping = issue.articles.at(0);
    overlapping.body = u"11月16日，芯片产业座谈会在北京举行。"_s;
    CHECK(App::ArticleHtml::render(overlapping, issue.issue).contains(u"<b>本报讯 11月16日</b>，芯片产业座谈会"_s));
    overlapping.body = u"芯片产业座谈会在北京举行。"_s;
    CHECK(App::ArticleHtml::render(overlapping, issue.issue).contains(u"<b>本报讯 11月16日</b> 芯片产业座谈会"_s));

    const QString hostile = App::ArticleHtml::render(issue.articles.at(1), issue.issue);
    CHECK_FALSE(hostile.contains(u"<script"_s));
    CHECK_FALSE(hostile.contains(u"<img"_s));
    CHECK(hostile.contains(u"&lt;script&gt;"_s));
    CHECK(hostile.contains(u"&lt;b&gt;标题&lt;/b&gt; &amp; 工业"_s));
    CHECK(hostile.contains(u"（耀文）"_s));
}

TEST_CASE("Article HTML shows subheads as subheads and names an advertisement")
{
    const Core::ParsedIssue issue = Tests::testIssue(0);
    Core::Article article = issue.articles.at(0);
    article.body = u"11月16日，芯片产业座谈会在北京举行。\n数据提振信心\n与会代表认为，要加快发展。"_s;
    article.subheads = {1};
    const QString html = App::ArticleHtml::render(article, issue.issue);
    CHECK(html.contains(u"<h3 class=\"subhead\">数据提振信心</h3>"_s));
    CHECK_FALSE(html.contains(u"<p class=\"body\">数据提振信心</p>"_s));
    CHECK(html.contains(u"<b>本报讯 11月16日</b>，芯片产业座谈会"_s));

    Core::Article ad;
    ad.kind = Core::ArticleKind::Advertisement;
    ad.body = u"扫码订阅"_s;
    const QString adHtml = App::ArticleHtml::render(ad, issue.issue);
    CHECK(adHtml.contains(u"<a name=\"page-1\"></a>Advertisement</h1>"_s)); // the anchor continued links come back to
    CHECK_FALSE(adHtml.contains(u"(untitled)"_s));
}

TEST_CASE("The reader shows the article as text and loads no resource")
{
    App::ReaderView reader;
    const Core::ParsedIssue issue = Tests::testIssue(0);
    reader.showArticle(issue.articles.at(1), issue.issue);
    const QString text = reader.toPlainText();
    CHECK(text.contains(u"<script>alert(1)</script>"_s)); // shown as text
    CHECK(text.contains(u"<img src=\"file:///etc/passwd\">"_s));
    CHECK_FALSE(reader.openLinks());
    CHECK_FALSE(reader.openExternalLinks());

    // Even markup that names a real local image gets nothing.
    QTemporaryDir dir;
    const QString imagePath = dir.filePath(u"x.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(imagePath));
    const QUrl url = QUrl::fromLocalFile(imagePath);
    reader.setHtml(u"<p>x</p><img src=\"%1\">"_s.arg(url.toString()));
    const QVariant loaded = reader.document()->resource(QTextDocument::ImageResource, url);
    CHECK(qvariant_cast<QImage>(loaded).isNull());
    CHECK(loaded.toByteArray().isEmpty());
}

TEST_CASE("Find in article marks every match and steps through them")
{
    App::ReaderView reader;
    const Core::ParsedIssue issue = Tests::testIssue(0);
    reader.showArticle(issue.articles.at(0), issue.issue);
    CHECK(reader.find(u"芯片"_s) == 3); // title and two paragraphs
    CHECK(reader.currentFind() == 0);
    reader.findNext();
    CHECK(reader.currentFind() == 1);
    reader.findPrevious();
    reader.findPrevious();
    CHECK(reader.currentFind() == 2); // wraps around
    CHECK(reader.extraSelections().size() == 3);
    CHECK(reader.find(u"不存在"_s) == 0);
    CHECK(reader.extraSelections().isEmpty());
}

TEST_CASE("Search hits in the reader follow the core's matching, including Traditional forms")
{
    App::ReaderView reader;
    const Core::ParsedIssue issue = Tests::testIssue(0);
    reader.showArticle(issue.articles.at(0), issue.issue);
    reader.setSearchQuery(u"晶片 OR 芯片 -无关"_s);
    REQUIRE(reader.searchHitCount() == 3);
    CHECK(reader.currentHitText() == u"芯片"_s);
    CHECK(reader.nextSearchHit());
    CHECK(reader.nextSearchHit());
    CHECK_FALSE(reader.nextSearchHit()); // the caller then opens the next result
    CHECK(reader.previousSearchHit());

    reader.setSearchQuery(u"工業化"_s); // Traditional 業 finds Simplified 业
    CHECK(reader.searchHitCount() == 2); // kicker and body
    CHECK(reader.currentHitText() == u"工业化"_s);
    reader.setSearchQuery({});
    CHECK(reader.searchHitCount() == 0);
}

TEST_CASE("Zoom stays within bounds")
{
    App::ReaderView reader;
    reader.setZoom(100);
    reader.zoomInStep();
    CHECK(reader.zoom() == 110);
    reader.setZoom(1000);
    CHECK(reader.zoom() == 300);
    reader.setZoom(1);
    CHECK(reader.zoom() == 50);
    reader.resetZoom();
    CHECK(reader.zoom() == 100);
}

TEST_CASE("Field filters scope each search term and keep the query language intact")
{
    CHECK(Core::HitMatcher::scoped(u"芯片 OR 工业 -广告 \"新型 工业化\" author:宋婧"_s, u"title:"_s)
          == u"title:芯片 OR title:工业 -广告 title:\"新型 工业化\" author:宋婧"_s);
    App::SearchRequest request;
    request.query = u"芯片"_s;
    request.field = App::SearchScope::Author;
    CHECK(App::SearchBackend::coreQuery(request) == u"author:芯片"_s);
}
