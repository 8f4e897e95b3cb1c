// The parsed form of one newspaper issue: what the parser produces, the store keeps and exporters write.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Baoku::Core {

enum class ArticleKind { Article, Advertisement, Notice };
enum class DateSource { Unknown, Masthead, Filename, Inferred, User };

QString toString(ArticleKind kind);
std::optional<ArticleKind> articleKindFromString(const QString &text);
QString toString(DateSource source);
std::optional<DateSource> dateSourceFromString(const QString &text);

struct Byline final {
    QString name;
    QString role;        // reporter, intern_reporter, correspondent, author, photographer, editor
    QString affiliation; // for author lines such as "甘肃省工业和信息化厅 党组书记、厅长"
    bool operator==(const Byline &) const = default;
};

struct Article final {
    ArticleKind kind = ArticleKind::Article;
    int page = 1;
    int order = 0; // 1-based position on the page
    QString title;
    QString kicker;   // 引题, the line above the title
    QString subtitle; // 副题, e.g. a line starting with ——
    QString column;   // 栏目 or banner above the title
    QList<Byline> bylines;
    QString signature; // closing （耀文）, spaces removed
    QString dateline;  // 本报讯 and its date, e.g. "本报讯 11月10日"
    QString body;      // paragraphs joined by '\n'
    QList<int> subheads; // 0-based indexes of the body's paragraphs that are subheads (小标题), ascending
    QStringList captions;
    QStringList photoCredits;
    std::optional<int> continuedTo;
    std::optional<int> continuedFrom;
    QString section;    // the page's section (要闻, 综合 …) from its header
    // A continued article read back from the archive holds all its parts: every page ascending
    // (empty for one page) and, for each part after the first, where its text begins in body.
    QList<int> pages;
    QList<qsizetype> partStarts;
    bool operator==(const Article &) const = default;
};

struct IssueInfo final {
    QString newspaper;
    QDate date;
    DateSource dateSource = DateSource::Unknown;
    QString weekday; // e.g. 星期五, derived from the date when the masthead has none
    std::optional<int> issueNo;
    std::optional<int> totalNo;
    std::optional<int> pages;
    QString sourcePath;
    QString sha256; // hex of the file's bytes
    bool operator==(const IssueInfo &) const = default;
};

struct ParsedIssue final {
    IssueInfo issue;
    QList<Article> articles;
};

// The body's paragraphs ('\n'-separated) and whether each is a subhead.
struct Paragraph final {
    QString text;
    bool subhead = false;
};
QList<Paragraph> paragraphsOf(const Article &article);
// Subhead indexes from outside (JSON, the archive) kept only where they name a paragraph of the
// body, ascending and once each.
QList<int> validSubheads(QList<int> subheads, const QString &body);

// The Chinese weekday name (星期一 … 星期日) of a date, empty for an invalid date.
QString chineseWeekday(const QDate &date);

} // namespace Baoku::Core
