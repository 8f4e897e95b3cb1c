#include "core/parser/issueparser.h"
#include "core/parser/articlebuilder.h"
#include "core/parser/fields.h"
#include "core/parser/issuemeta.h"
#include "core/parser/layout.h"
#include "core/parser/pageheader.h"
#include "core/parser/textutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

constexpr int kOpeningDateChars = 40;

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::IssueParser)
};

bool isNoticeTitle(const QString &title)
{
    static const QRegularExpression pattern(u"(?:启事|声明|更正|公告|致读者|征订)$"_s);
    return pattern.match(title).hasMatch() && title.size() <= 16;
}

// Whether anything on the page reads as Chinese news text rather than stray lines.
bool hasRecognisableArticle(const QList<Article> &articles)
{
    return std::any_of(articles.cbegin(), articles.cend(), [](const Article &a) {
        return a.kind == ArticleKind::Article && Parse::hanCount(a.body) >= 20;
    });
}

// An issue folder named by its date (2024-03-29, zgdzb-20240329) dates the pages in it.
QDate folderDate(const QString &sourcePath)
{
    if (sourcePath.isEmpty())
        return {};
    const QFileInfo file(sourcePath);
    return Parse::dateFromFileName(file.absolutePath() + u".txt"_s);
}

} // namespace

IssueParser::IssueParser(ParseOptions options)
    : m_options(std::move(options))
{
}

ParseOutcome IssueParser::parseFile(const QString &path) const
{
    const LoadedFile loaded = loadTextFile(path, m_options.limits);
    if (!loaded.decoded.ok())
        return {std::nullopt, loaded.decoded.error};
    ParseOutcome outcome = parseText(loaded.decoded.text, QFileInfo(path).absoluteFilePath());
    if (outcome.issue)
        outcome.issue->issue.sha256 = loaded.sha256;
    return outcome;
}

ParseOutcome IssueParser::parseText(const QString &text, const QString &sourcePath) const
{
    QStringList lines = text.split(u'\n');
    // An inner page's header (date, 第N版 and section, editor line, paper name) is never article
    // text: its lines are blanked before the layout stage sees them.
    const Parse::PageHeader header = Parse::readPageHeader(lines);
    for (const int i : header.lines)
        lines[i].clear();
    const Parse::PageLayout layout =
        Parse::isMarkdownForm(lines) ? Parse::readMarkdownLayout(lines) : Parse::readRawLayout(lines);

    ParsedIssue parsed;
    Parse::ArticleBuilder builder;
    const int page = header.page ? *header.page
                                 : Parse::pageFromFileName(sourcePath).value_or(m_options.page.value_or(1));
    QList<std::pair<int, int>> datelines;
    for (const auto &draft : layout.drafts) {
        Article article = builder.build(draft);
        if (article.body.isEmpty() && article.title.isEmpty())
            continue;
        if (article.kind == ArticleKind::Article && isNoticeTitle(article.title))
            article.kind = ArticleKind::Notice;
        article.page = page;
        article.section = header.section;
        article.order = int(parsed.articles.size()) + 1;
        if (const auto d = Parse::matchDateline(article.dateline); d && d->month > 0)
            datelines.append({d->month, d->day});
        parsed.articles.append(article);
    }
    if (datelines.isEmpty()) {
        // No 本报讯 dates: the dates that open the articles' first sentences stand in for them.
        static const QRegularExpression opening(u"(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"_s);
        for (const auto &article : std::as_const(parsed.articles)) {
            const auto m = opening.match(QStringView(article.body).left(kOpeningDateChars));
            if (article.kind == ArticleKind::Article && m.hasMatch())
                datelines.append({m.captured(1).toInt(), m.captured(2).toInt()});
        }
    }
    const QString shownPath = QDir::toNativeSeparators(sourcePath);
    if (!hasRecognisableArticle(parsed.articles))
        return {std::nullopt, Msg::tr("%1: no recognisable article (no paragraph of Chinese news text was found)").arg(shownPath)};

    const Parse::Masthead masthead = Parse::readMasthead(lines, layout.mastheadEnd);
    IssueInfo &issue = parsed.issue;
    issue.newspaper = !masthead.newspaper.isEmpty() ? masthead.newspaper
        : !header.newspaper.isEmpty()                ? header.newspaper
                                                     : Parse::newspaperFromText(text);
    issue.issueNo = masthead.issueNo;
    issue.totalNo = masthead.totalNo;
    issue.pages = masthead.pages;
    issue.sourcePath = sourcePath;
    if (m_options.date.isValid()) {
        issue.date = m_options.date;
        issue.dateSource = DateSource::User;
    } else if (masthead.date.isValid()) {
        issue.date = masthead.date;
        issue.dateSource = DateSource::Masthead;
    } else if (header.date.isValid()) {
        issue.date = header.date;
        issue.dateSource = DateSource::Masthead;
    } else if (const QDate fromName = Parse::dateFromFileName(sourcePath); fromName.isValid()) {
        issue.date = fromName;
        issue.dateSource = DateSource::Filename;
    } else if (const QDate fromFolder = folderDate(sourcePath); fromFolder.isValid()) {
        issue.date = fromFolder;
        issue.dateSource = DateSource::Filename;
    } else if (const QDate inferred = Parse::inferDate(datelines, text); inferred.isValid()) {
        issue.date = inferred;
        issue.dateSource = DateSource::Inferred;
    }
    const QString printedWeekday = masthead.date.isValid() ? masthead.weekday : header.weekday;
    issue.weekday = issue.dateSource == DateSource::Masthead && !printedWeekday.isEmpty()
        ? printedWeekday
        : chineseWeekday(issue.date);
    return {std::move(parsed), QString()};
}

} // namespace Baoku::Core
