// Many articles as one PDF, ODT or print job: a cover line, a table of contents with page numbers,
// then each article from a new page, under a running header (newspaper and date) and over a page
// number. Articles are loaded, laid out and painted one at a time, so a set of any size streams.
#pragma once

#include "core/common/progress.h"
#include "core/export/exportset.h"
#include "exportgui/pdffinish.h"

class QPagedPaintDevice;

namespace Baoku::Core {

// Paints the set on `device` (a PDF writer or a printer). Two passes over the ids: the first lays
// every article out to count its pages for the contents, the second paints. `outline` receives
// each article's title and first page. Progress runs from 0 to twice the number of articles.
bool renderSet(const ExportSet &set, const ItemLoader &load, QPagedPaintDevice &device,
               ProgressListener *listener, QList<OutlineEntry> *outline, QString *error);

// Writes the set as one PDF with an outline per article, through a temporary file and a QSaveFile.
bool writeSetPdf(const ExportSet &set, const ItemLoader &load, const QString &path, ProgressListener *listener,
                 QString *error);

// Writes the set as one ODT: cover, contents (without page numbers: the word processor paginates),
// each article after a page break. The ODF writer needs the whole document in memory.
bool writeSetOdt(const ExportSet &set, const ItemLoader &load, const QString &path, ProgressListener *listener,
                 QString *error);

} // namespace Baoku::Core
