#include "core/parser/issuemeta.h"
#include "core/parser/textutil.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {
namespace {

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &fullDate()
{
    static const QRegularExpression pattern =
        re(u"((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"_s);
    return pattern;
}

QString plain(QStringView line)
{
    QString s = line.toString();
    s.remove(u"**"_s);
    static const QRegularExpression headingMarks(u"^#+\\s*"_s);
    if (s.startsWith(u'#'))
        s.remove(headingMarks);
    return s.trimmed();
}

} // namespace

bool isMastheadLine(QStringView line)
{
    static const QRegularExpression pattern = re(
        u"^(?:主管[：:]|主办[：:]|协办[：:]|出版[：:]|总编辑[：:]|社长[：:]|国内统一连续出版物号|国际标准连续出版物号|"
        "邮发代号|CN\\s*\\d{2}\\s*-\\s*\\d{4}|https?://|www\\.|今日\\s*\\d+\\s*版|本期\\s*\\d+\\s*版|"
        "星期[一二三四五六日天]$|第\\s*\\d+\\s*期|[\\p{Han}]{2,12}社出版$|[\\p{Han}]{2,6}报$|农历|"
        "(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)"_s);
    const QString s = plain(line);
    return !s.isEmpty() && s.size() <= 80 && pattern.match(s).hasMatch();
}

Masthead readMasthead(const QStringList &lines, int end)
{
    Masthead out;
    static const QRegularExpression weekday = re(u"星期[一二三四五六日天]"_s);
    static const QRegularExpression pages = re(u"(?:今日|本期|共)\\s*(\\d{1,3})\\s*版"_s);
    static const QRegularExpression numbers = re(u"第\\s*(\\d+)\\s*期(?:\\s*[（(]\\s*总第\\s*(\\d+)\\s*期\\s*[)）])?"_s);
    static const QRegularExpression publisher = re(u"^([\\p{Han}]{2,12}报)社出版$"_s);
    static const QRegularExpression nameplate = re(u"^[\\p{Han}]{2,6}报$"_s);
    static const QRegularExpression sponsor = re(u"^主办[：:]\\s*([\\p{Han}]{2,12}报)社"_s);
    end = std::min<int>(end, int(lines.size()));
    for (int i = 0; i < end; ++i) {
        const QString s = plain(lines.at(i));
        if (!isMastheadLine(s))
            continue;
        out.lines.insert(i);
        if (const auto m = fullDate().match(s); m.hasMatch() && !out.date.isValid()) {
            const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (date.isValid())
                out.date = date;
        }
        if (const auto m = weekday.match(s); m.hasMatch() && out.weekday.isEmpty())
            out.weekday = m.captured(0).replace(u'天', u'日');
        if (const auto m = pages.match(s); m.hasMatch() && !out.pages)
            out.pages = m.captured(1).toInt();
        if (const auto m = numbers.match(s); m.hasMatch() && !out.issueNo) {
            out.issueNo = m.captured(1).toInt();
            if (!m.captured(2).isEmpty())
                out.totalNo = m.captured(2).toInt();
        }
        if (const auto m = publisher.match(s); m.hasMatch() && out.newspaper.isEmpty())
            out.newspaper = m.captured(1);
        if (const auto m = sponsor.match(s); m.hasMatch() && out.newspaper.isEmpty())
            out.newspaper = m.captured(1);
        if (const auto m = nameplate.match(s); m.hasMatch() && out.newspaper.isEmpty())
            out.newspaper = m.captured(0);
    }
    return out;
}

QDate dateFromFileName(const QString &path)
{
    const QString name = QFileInfo(path).completeBaseName();
    static const QList<QRegularExpression> patterns = {
        re(u"(?<![0-9A-Za-z])((?:19|20)\\d{2})[-_.]([01]?\\d)[-_.]([0-3]?\\d)(?![0-9])"_s),
        re(u"(?<![0-9A-Za-z])((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?![0-9A-Za-z])"_s),
        re(u"((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"_s),
    };
    for (const auto &pattern : patterns) {
        const auto m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return date;
    }
    return {};
}

QDate inferDate(const QList<std::pair<int, int>> &monthDays, const QString &text)
{
    if (monthDays.isEmpty())
        return {};
    // The issue's year is the one its articles name most often; a tie goes to the later year.
    static const QRegularExpression year = re(u"(?<!\\d)((?:19[5-9]|20\\d)\\d)(?!\\d)\\s*(?=年|[\\p{Han}])"_s);
    QHash<int, int> counts;
    auto it = year.globalMatch(text);
    while (it.hasNext())
        ++counts[it.next().captured(1).toInt()];
    for (auto m = fullDate().globalMatch(text); m.hasNext();)
        counts[m.next().captured(1).toInt()] += 2;
    if (counts.isEmpty())
        return {};
    int best = 0;
    for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
        if (c.value() > counts.value(best) || (c.value() == counts.value(best) && c.key() > best))
            best = c.key();
    }
    QDate latest;
    for (const auto &[month, day] : monthDays) {
        const QDate date(best, month, day);
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    }
    return latest;
}

QString newspaperFromText(const QString &text)
{
    static const QRegularExpression named = re(u"《([\\p{Han}]{2,10}报)》"_s);
    static const QRegularExpression own = re(u"([\\p{Han}]{2,10}报)社(?:出版|主办)"_s);
    if (const auto m = own.match(text); m.hasMatch())
        return m.captured(1);
    QHash<QString, int> counts;
    for (auto it = named.globalMatch(text); it.hasNext();)
        ++counts[it.next().captured(1)];
    QString best;
    for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
        // Ties go to the smaller name so that the answer does not depend on hash order.
        if (c.value() > counts.value(best) || (c.value() == counts.value(best) && c.key() < best))
            best = c.key();
    }
    // A paper named once may be quoted; one that its own reporters name is the issue's.
    return counts.value(best) >= 1 ? best : QString();
}

} // namespace Baoku::Core::Parse
