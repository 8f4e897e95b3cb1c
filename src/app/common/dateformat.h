// One date style per context, following the UI language: Chinese 2025年6月20日, English
// 20 Jun 2025; ISO 2025-06-20 only where a column is too narrow for words.
#pragma once

#include <QDate>
#include <QString>

namespace Baoku::App {

class DateFormat final {
public:
    static bool chinese(); // the UI language (QLocale's default) is Chinese
    static QString text(const QDate &date);        // 2025年6月20日 / 20 Jun 2025
    static QString withWeekday(const QDate &date); // 2025年6月20日 周五 / Fri 20 Jun 2025
    static QString compact(const QDate &date);     // 2025-06-20
    static QString editFormat();                   // the display format for QDateEdit fields
};

} // namespace Baoku::App
