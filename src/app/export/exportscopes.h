// What the main window offers to Export, Copy Citation and Print: the open article, the selected
// articles, the open issue, every result of the current search, the open collection and the notes.
#pragma once

#include "app/export/exportactions.h"

namespace Baoku::App {

class MainWindow;

// The selected articles of the list in view when more than one is selected, else the open article.
QList<Core::ExportItem> chosenItems(MainWindow &window);
// Their ids: the selected articles when more than one is selected, else the open article.
QList<qint64> chosenIds(MainWindow &window);
QList<ExportScope> exportScopes(MainWindow &window);
// A loader with its own connection to the archive, made on the export's worker thread.
ExportActions::LoaderFactory archiveLoaders(const QString &databasePath);

} // namespace Baoku::App
