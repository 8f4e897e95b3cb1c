// Citations of newspaper articles: GB/T 7714-2015, RIS, BibTeX and CSL-JSON.
#pragma once

#include "core/export/exportitem.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Baoku::Core {

// "作者. 题名[N]. 报纸名, 出版日期(版次)." — at most three authors, then ", 等".
QString gbt7714(const ExportItem &item);
// A numbered reference list "[1] …" with one entry a line; a single item gets no number.
QString gbt7714List(const QList<ExportItem> &items);

// A RIS record (TY  - NEWS … ER  - ) with CRLF line ends; records of a list follow each other.
QString ris(const ExportItem &item);
QString risList(const QList<ExportItem> &items);

// A biblatex-compatible @article entry with entrysubtype newspaper; entries separated by a blank line.
QString bibtexKey(const ExportItem &item);
QString bibtex(const ExportItem &item);
QString bibtexList(const QList<ExportItem> &items);

// A CSL-JSON item of type article-newspaper; the list is the array Zotero imports.
QJsonObject cslJson(const ExportItem &item);
QJsonArray cslJsonList(const QList<ExportItem> &items);

} // namespace Baoku::Core
