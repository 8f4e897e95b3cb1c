#include "core/parser/pageheader.h"
#include "core/parser/textutil.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

constexpr int kHeaderLines = 12;     // the header stands among the first non-empty lines
constexpr int kMaxHeaderChars = 60;  // a header line is short
constexpr int kMaxPage = 200;

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

QString plain(QStringView line)
{
    QString s = line.toString();
    s.remove(u"**"_s);
    static const QRegularExpression headingMarks(u"^#+\\s*"_s);
    s.remove(headingMarks);
    return s.trimmed();
}

int pageNumber(QStringView text)
{
    const int n = parseSmallNumber(text);
    return n >= 1 && n <= kMaxPage ? n : -1;
}

// 编辑：… 电话：… and its variants; such a line names the page's staff, never an article's.
bool isEditorLine(const QString &s)
{
    static const QRegularExpression pattern = re(
        u"^(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|版式|设计|制版|排版|电话|邮箱|E-?mail)\\s*[：:]"_s);
    return s.size() <= kMaxHeaderChars && pattern.match(s).hasMatch() && !s.contains(u'。');
}

// What one token of a header line is; a line is a header line when every token is one of these.
struct TokenFacts {
    std::optional<int> page;
    QString section;
    QDate date;
    QString weekday;
    QString newspaper;
};

bool readToken(const QString &token, bool sectionAllowed, TokenFacts *facts)
{
    static const QRegularExpression date = re(u"^((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"_s);
    static const QRegularExpression weekday = re(u"^(?:星期|周)[一二三四五六日天]$"_s);
    static const QRegularExpression page = re(
        u"^第\\s*([0-9一二三四五六七八九十两]{1,4})\\s*版[：:·]?([\\p{Han}]{2,6})?$"_s);
    static const QRegularExpression paper = re(u"^[\\p{Han}]{2,8}报$"_s);
    static const QRegularExpression section = re(u"^[\\p{Han}]{2,6}$"_s);
    static const QRegularExpression lunar = re(u"^农历"_s);
    if (const auto m = date.match(token); m.hasMatch()) {
        facts->date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return facts->date.isValid();
    }
    if (weekday.match(token).hasMatch()) {
        facts->weekday = u"星期"_s + token.back();
        facts->weekday.replace(u'天', u'日');
        return true;
    }
    if (const auto m = page.match(token); m.hasMatch()) {
        const int n = pageNumber(m.captured(1));
        if (n < 0)
            return false;
        facts->page = n;
        facts->section = m.captured(2);
        return true;
    }
    if (paper.match(token).hasMatch()) {
        facts->newspaper = token;
        return true;
    }
    if (lunar.match(token).hasMatch())
        return true;
    if (sectionAllowed && section.match(token).hasMatch()) {
        facts->section = token;
        return true;
    }
    return false;
}

// Splits a header line into tokens; "第2版 要闻" and "第2版|要闻" are two tokens.
QStringList tokens(const QString &line)
{
    static const QRegularExpression separators = re(u"[\\s|｜·•/]+"_s);
    return line.split(separators, Qt::SkipEmptyParts);
}

} // namespace

PageHeader readPageHeader(const QStringList &lines)
{
    PageHeader header;
    QSet<int> candidate;
    int seen = 0;
    bool pageLineBefore = false; // a lone section line follows the 第N版 line
    for (int i = 0; i < lines.size() && seen < kHeaderLines; ++i) {
        const QString s = plain(lines.at(i));
        if (s.isEmpty())
            continue;
        ++seen;
        if (isEditorLine(s)) {
            candidate.insert(i);
            continue;
        }
        if (s.size() > kMaxHeaderChars || hasSentencePunctuation(s))
            break;
        const QStringList parts = tokens(s);
        TokenFacts facts;
        bool all = !parts.isEmpty();
        const bool sectionAllowed = header.section.isEmpty()
            && (pageLineBefore || std::any_of(parts.cbegin(), parts.cend(), [](const QString &t) {
                   return t.startsWith(u'第') && t.contains(u'版');
               }));
        for (const QString &token : parts)
            all = all && readToken(token, sectionAllowed, &facts);
        if (!all)
            break;
        candidate.insert(i);
        pageLineBefore = facts.page.has_value();
        if (facts.page && !header.page)
            header.page = facts.page;
        if (!facts.section.isEmpty() && header.section.isEmpty())
            header.section = facts.section;
        if (facts.date.isValid() && !header.date.isValid())
            header.date = facts.date;
        if (!facts.weekday.isEmpty() && header.weekday.isEmpty())
            header.weekday = facts.weekday;
        if (!facts.newspaper.isEmpty() && header.newspaper.isEmpty())
            header.newspaper = facts.newspaper;
    }
    if (!header.page)
        return PageHeader{}; // without 第N版 these lines are a front page's masthead, read elsewhere
    header.lines = candidate;
    // Editor lines further down (at the foot of the page) are not article text either.
    for (int i = 0; i < lines.size(); ++i) {
        if (!header.lines.contains(i) && isEditorLine(plain(lines.at(i))))
            header.lines.insert(i);
    }
    return header;
}

std::optional<int> pageFromFileName(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    static const QRegularExpression printed = re(u"第\\s*([0-9一二三四五六七八九十两]{1,4})\\s*版"_s);
    if (const auto m = printed.match(name); m.hasMatch()) {
        const int n = pageNumber(m.captured(1));
        return n > 0 ? std::optional<int>(n) : std::nullopt;
    }
    static const QRegularExpression date = re(
        u"(?:19|20)\\d{2}(?:[-_.][01]?\\d[-_.][0-3]?\\d|[01]\\d[0-3]\\d|\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)"_s);
    const auto dated = date.match(name);
    static const QRegularExpression pagePrefix = re(u"(?:^|[_\\-\\s.])(?:[pP](?:age)?|[Bb]an)\\s*0*(\\d{1,3})$"_s);
    if (const auto m = pagePrefix.match(name); m.hasMatch())
        return pageNumber(m.captured(1)) > 0 ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
    if (dated.hasMatch()) {
        // The number after the date: 2024-03-29_04, 20240329-04.
        const QString rest = name.mid(dated.capturedEnd());
        static const QRegularExpression after = re(u"^[_\\-\\s.]+0*(\\d{1,3})$"_s);
        if (const auto m = after.match(rest); m.hasMatch() && pageNumber(m.captured(1)) > 0)
            return m.captured(1).toInt();
        return std::nullopt;
    }
    static const QRegularExpression bare = re(u"^0*(\\d{1,3})$"_s);
    if (const auto m = bare.match(name); m.hasMatch() && pageNumber(m.captured(1)) > 0)
        return m.captured(1).toInt();
    return std::nullopt;
}

} // namespace Baoku::Core::Parse
