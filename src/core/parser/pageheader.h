// The header an inner page carries above its articles (the date, 第N版 and the section, the editor
// line, the paper's name), and the page number a file name gives.
#pragma once

#include <QDate>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Baoku::Core::Parse {

struct PageHeader final {
    std::optional<int> page; // set only when a 第N版 line was found: the lines are a header then
    QString section;
    QDate date;
    QString weekday;
    QString newspaper;
    QSet<int> lines; // indexes of the header lines, and of editor lines anywhere on the page
};

// Reads the page header among the first lines; editor lines (编辑：… 电话：…) are found anywhere.
PageHeader readPageHeader(const QStringList &lines);

// 第4版, p4, page4, the number after a date (2024-03-29_04, 20240329-04) or a name that is only
// a number (04.txt); nullopt otherwise.
std::optional<int> pageFromFileName(const QString &path);

} // namespace Baoku::Core::Parse
