#include "core/parser/fields.h"
#include "core/parser/textutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

QString stripBold(QStringView text)
{
    QString s = text.toString();
    s.remove(u"**"_s);
    return s.trimmed();
}

// Role words of bylines, longest first so that 实习记者 wins over 记者.
struct RoleWord {
    QString word;
    QString role;
};
const QList<RoleWord> &roleWords()
{
    static const QList<RoleWord> words = {
        {u"本报实习记者"_s, u"intern_reporter"_s}, {u"本报见习记者"_s, u"intern_reporter"_s},
        {u"本报特约记者"_s, u"correspondent"_s}, {u"本报通讯员"_s, u"correspondent"_s},
        {u"实习记者"_s, u"intern_reporter"_s}, {u"见习记者"_s, u"intern_reporter"_s},
        {u"特约记者"_s, u"correspondent"_s}, {u"特约撰稿人"_s, u"author"_s}, {u"本报记者"_s, u"reporter"_s},
        {u"通讯员"_s, u"correspondent"_s}, {u"记者"_s, u"reporter"_s}, {u"撰文"_s, u"author"_s},
        {u"文/"_s, u"author"_s}, {u"文／"_s, u"author"_s}, {u"作者"_s, u"author"_s}, {u"摄影"_s, u"photographer"_s},
    };
    return words;
}

bool isName(QStringView name)
{
    const QString n = removeSpaces(name);
    return n.size() >= 2 && n.size() <= 4 && hanCount(n) == n.size();
}

const QString kTitleWords =
    u"(?:书记|厅长|局长|部长|司长|主任|院长|校长|董事长|总经理|总裁|理事长|会长|秘书长|教授|研究员|"
    "总工程师|工程师|所长|处长|市长|省长|主席|首席[\\p{Han}]{0,6}官|经理|专家|委员|常委|副主任|总经济师|分析师|博士)"_s;

} // namespace

QList<Byline> parseBylineLine(QStringView line)
{
    QString s = stripBold(line);
    s.replace(u'：', u' ').replace(u':', u' ');
    if (s.isEmpty() || s.size() > 40 || hasSentencePunctuation(s))
        return {};
    QList<Byline> out;
    QString role;
    qsizetype i = 0;
    bool sawRole = false;
    while (i < s.size()) {
        if (s.at(i).isSpace() || s.at(i) == u'、' || s.at(i) == u'/') {
            ++i;
            continue;
        }
        bool matchedRole = false;
        for (const auto &word : roleWords()) {
            if (QStringView(s).mid(i).startsWith(word.word)) {
                role = word.role;
                i += word.word.size();
                matchedRole = sawRole = true;
                break;
            }
        }
        if (matchedRole)
            continue;
        if (!sawRole)
            return {};
        qsizetype j = i;
        while (j < s.size() && !s.at(j).isSpace() && s.at(j) != u'、')
            ++j;
        QString name = s.mid(i, j - i);
        if (name.endsWith(u"摄"_s) && name.size() > 2) {
            name.chop(1);
            role = u"photographer"_s;
        } else if (name == u"摄"_s && !out.isEmpty()) {
            out.last().role = u"photographer"_s;
            i = j;
            continue;
        }
        if (name.endsWith(u"报道"_s))
            name.chop(2);
        // A role word followed by another role word ("记者 实习记者 …") is not a name.
        if (!isName(name))
            return {};
        out.append({name, role, {}});
        i = j;
    }
    return out;
}

std::optional<Byline> parseAuthorLine(QStringView line)
{
    const QString s = stripBold(line);
    if (s.size() > 40 || hasSentencePunctuation(s))
        return std::nullopt;
    static const QRegularExpression pattern =
        re(u"^(.*"_s + kTitleWords + u")\\s+([\\p{Han}]{2,4})$"_s);
    const auto m = pattern.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    return Byline{m.captured(2), u"author"_s, m.captured(1).trimmed()};
}

bool looksLikeOrganisation(QStringView line)
{
    const QString s = stripBold(line);
    static const QRegularExpression pattern = re(
        u"^[\\p{Han}A-Za-z0-9（）()·]{3,30}(?:厅|部|局|委|委员会|院|所|公司|集团|大学|学院|中心|协会|学会|联盟|银行|办公室|政府|研究院|实验室|基金会)$"_s);
    return pattern.match(s).hasMatch();
}

std::optional<DatelineMatch> matchDateline(QStringView paragraph)
{
    if (!paragraph.left(16).contains(u"本报"_s))
        return std::nullopt;
    static const QRegularExpression head = re(
        u"^\\s*(?:\\*\\*)?\\s*(本报[\\p{Han}]{0,4}讯)\\s*(?:\\*\\*)?\\s*"
        "(?:[（(]\\s*((?:本报)?(?:记者|通讯员)[\\p{Han}\\s、]{2,20}?)\\s*[）)]\\s*)?"
        "(?:((?:本报)?(?:记者|通讯员)[\\p{Han}\\s、]{2,20}?)\\s*报道\\s*[：:，,]?\\s*)?"_s);
    const auto m = head.match(paragraph);
    if (!m.hasMatch())
        return std::nullopt;
    DatelineMatch out;
    out.consumed = m.capturedEnd(0);
    for (const QString &attribution : {m.captured(2), m.captured(3)}) {
        if (attribution.isEmpty())
            continue;
        // Built once: compiling a pattern costs more than matching it.
        static const QRegularExpression roleWord = re(u"^(?:本报)?(?:记者|通讯员)"_s);
        static const QRegularExpression separators = re(u"[\\s、]+"_s);
        QString names = attribution;
        names.remove(roleWord);
        const QString role = attribution.contains(u"通讯员"_s) ? u"correspondent"_s : u"reporter"_s;
        for (const auto &name : names.split(separators, Qt::SkipEmptyParts)) {
            if (isName(name))
                out.reporters.append({name, role, {}});
        }
    }
    static const QRegularExpression date = re(
        u"^(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日(?:\\s*(?:至|到|—|－|-|~)\\s*(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日)?"_s);
    const QStringView rest = paragraph.mid(out.consumed);
    const auto d = date.match(rest);
    out.dateline = m.captured(1);
    if (d.hasMatch() && !d.captured(1).isEmpty()) {
        out.dateline += u' ' + removeSpaces(d.captured(0));
        out.month = d.captured(3).isEmpty() ? d.captured(1).toInt() : d.captured(3).toInt();
        out.day = d.captured(4).isEmpty() ? d.captured(2).toInt() : d.captured(4).toInt();
    }
    return out;
}

bool startsWithDateline(QStringView line) { return matchDateline(line).has_value(); }

QString takeContinuations(const QString &paragraph, Continuation *found)
{
    if (!paragraph.contains(u'版'))
        return paragraph.trimmed();
    static const QRegularExpression note = re(
        u"[（(]\\s*(下转|转|上接|接)\\s*第?\\s*([0-9一二三四五六七八九十两]{1,3})\\s*版\\s*[)）]"_s);
    QString out = paragraph;
    auto it = note.globalMatch(paragraph);
    while (it.hasNext()) {
        const auto m = it.next();
        const int page = parseSmallNumber(m.captured(2));
        if (page <= 0)
            continue;
        if (m.captured(1).contains(u'接'))
            found->from = page;
        else
            found->to = page;
        out.replace(m.captured(0), QString());
    }
    return out.trimmed();
}

bool startsWithContinuedFrom(QStringView line)
{
    static const QRegularExpression note = re(
        u"^\\s*(?:\\*\\*)?[（(]\\s*(?:上接|接)\\s*第?\\s*[0-9一二三四五六七八九十两]{1,3}\\s*版\\s*[)）]"_s);
    return line.contains(u'版') && note.match(line).hasMatch();
}

bool isContinuationOnly(QStringView line)
{
    Continuation c;
    return takeContinuations(line.toString(), &c).isEmpty() && (c.to || c.from);
}

QString takeSignature(QString *paragraph)
{
    const QStringView trimmed = QStringView(*paragraph).trimmed();
    if (trimmed.isEmpty() || (trimmed.back() != u'）' && trimmed.back() != u')'))
        return {};
    static const QRegularExpression sig = re(u"[（(]\\s*((?:[\\p{Han}]\\s*){2,4})[)）]\\s*$"_s);
    const auto m = sig.match(*paragraph);
    if (!m.hasMatch())
        return {};
    const QString name = removeSpaces(m.captured(1));
    // Notes in brackets at the end of a paragraph that are not names.
    static const QStringList notNames = {u"完"_s, u"待续"_s, u"未完待续"_s, u"全文完"_s};
    if (notNames.contains(name) || name.contains(u'版'))
        return {};
    const QStringView before = QStringView(*paragraph).left(m.capturedStart(0)).trimmed();
    // A signature follows the closing sentence; brackets inside a sentence are part of it.
    if (!before.isEmpty() && !endsSentence(before))
        return {};
    paragraph->truncate(m.capturedStart(0));
    *paragraph = paragraph->trimmed();
    return name;
}

bool looksLikeCaption(QStringView line)
{
    const QString s = stripBold(line);
    static const QRegularExpression pattern =
        re(u"^(?:图为|上图|下图|左图|右图|图片为|图：|图:|▲|△|图\\s*[0-9一二三]\\s*[：:\\s])"_s);
    return s.size() <= 160 && pattern.match(s).hasMatch();
}

QString parsePhotoCredit(QStringView line)
{
    if (!line.contains(u'摄') || line.size() > 40)
        return {};
    QString s = undouble(stripBold(line));
    static const QRegularExpression pattern = re(
        u"^[（(]?\\s*(?:(?:本报)?(?:记者|通讯员|实习记者)\\s*)?((?:[\\p{Han}]\\s*){2,4}?)\\s*摄(?:影)?\\s*[)）]?$"_s);
    const auto m = pattern.match(s);
    return m.hasMatch() ? removeSpaces(m.captured(1)) : QString();
}

QString takeTrailingCredit(QString *caption)
{
    static const QRegularExpression pattern = re(
        u"[\\s（(。]\\s*(?:(?:本报)?(?:记者|通讯员)\\s*)?((?:[\\p{Han}]\\s*){2,4}?)\\s*摄\\s*[)）]?$"_s);
    const auto m = pattern.match(*caption);
    if (!m.hasMatch())
        return {};
    const QString name = removeSpaces(m.captured(1));
    caption->truncate(m.capturedStart(0) + (m.captured(0).startsWith(u'。') ? 1 : 0));
    *caption = caption->trimmed();
    return name;
}

} // namespace Baoku::Core::Parse
