// The Export dialog: what to export (the article, the selected articles, the issue, all results of
// the search), in which format, to which file.
#pragma once

#include "core/export/exportformat.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace Baoku::App {

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    struct Choice final {
        QString label;       // "Selected articles (3)"
        QString fileName;    // the suggested file name without extension
        bool enabled = true; // false: shown greyed, e.g. no search has been run
        std::optional<Core::ExportFormat> onlyFormat; // set: the format list offers only this one
    };

    // `preferred` is the choice ticked at first (the first enabled one when it is disabled).
    ExportDialog(const QList<Choice> &choices, int preferred, const QString &folder, QWidget *parent);

    int choice() const;
    void setChoice(int index);
    Core::ExportFormat format() const;
    void setFormat(Core::ExportFormat format);
    // The file, with the format's extension added when missing.
    QString path() const;
    void setPath(const QString &path);

    // The formats in the order the dialog lists them, with their names for the file dialog.
    static QList<std::pair<Core::ExportFormat, QString>> formats();

private:
    void browse();
    void suggestName();
    void followChoice(); // a choice with one format fixes the format list to it

    QList<Choice> m_choices;
    QButtonGroup *m_group;
    QComboBox *m_format;
    QLineEdit *m_path;
    QString m_folder;
    int m_otherFormat = -1; // the format chosen before a one-format choice fixed it
};

} // namespace Baoku::App
