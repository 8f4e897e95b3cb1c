// Under the reader: the notes on the article shown, with Edit and Delete; hidden when it has none.
#pragma once

#include "core/store/research.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Baoku::App {

class NoteModel;

class NotesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setNotes(const QList<Core::Note> &notes);
    NoteModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void retranslate();

signals:
    void editRequested(const Core::Note &note);
    void deleteRequested(const Core::Note &note);
    void noteActivated(const Core::Note &note);

private:
    void updateLabel();
    std::optional<Core::Note> currentNote() const;

    QLabel *m_label;
    QListView *m_view;
    QPushButton *m_edit;
    QPushButton *m_delete;
    NoteModel *m_model;
};

} // namespace Baoku::App
