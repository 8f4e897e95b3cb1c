// Issue-level facts: the masthead (paper, date, weekday, 第N期(总第N期), 今日N版), the date in a file
// name, and a date inferred from datelines when neither exists.
#pragma once

#include <QDate>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Baoku::Core::Parse {

struct Masthead final {
    QString newspaper;
    QDate date;
    QString weekday;
    std::optional<int> issueNo;
    std::optional<int> totalNo;
    std::optional<int> pages;
    QSet<int> lines; // indexes of the lines that belong to the masthead
};

// Reads masthead lines among lines[0, end); other lines are left alone.
Masthead readMasthead(const QStringList &lines, int end);
// Whether a line is one of the masthead's fixed forms.
bool isMastheadLine(QStringView line);

// 2024-03-29, 2024_03_29, 20240329 or 2024年3月29日 in a file name.
QDate dateFromFileName(const QString &path);

// The latest dateline's month and day in the year the text names most often.
QDate inferDate(const QList<std::pair<int, int>> &monthDays, const QString &text);

// The paper's name from how the text names it (《中国电子报》记者, X报社出版).
QString newspaperFromText(const QString &text);

} // namespace Baoku::Core::Parse
