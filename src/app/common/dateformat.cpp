#include "app/common/dateformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

bool DateFormat::chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString DateFormat::text(const QDate &date)
{
    if (!date.isValid())
        return {};
    // Written out rather than QLocale's long format, which adds the weekday in some locales and
    // spells the month differently from one Qt version to the next.
    if (chinese())
        return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English).toString(date, u"d MMM yyyy"_s);
}

QString DateFormat::withWeekday(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (chinese())
        return text(date) + u" "_s + QLocale(QLocale::Chinese, QLocale::China).dayName(date.dayOfWeek(), QLocale::ShortFormat);
    return QLocale(QLocale::English).dayName(date.dayOfWeek(), QLocale::ShortFormat) + u" "_s + text(date);
}

QString DateFormat::compact(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DateFormat::editFormat()
{
    return chinese() ? u"yyyy年M月d日"_s : u"d MMM yyyy"_s;
}

} // namespace Baoku::App
