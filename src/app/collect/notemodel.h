// The notes on the article in the reader, as listed under it: a passage note shows its passage
// (and says when a re-import left it no longer in the text), a note on the article its text.
#pragma once

#include "core/store/research.h"

#include <QAbstractListModel>

namespace Baoku::App {

class NoteModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { NoteIdRole = Qt::UserRole + 70, QuoteRole, AnchoredRole, StartRole };

    explicit NoteModel(QObject *parent = nullptr);

    void setNotes(const QList<Core::Note> &notes);
    const QList<Core::Note> &notes() const { return m_rows; }
    Core::Note noteAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Core::Note> m_rows;
};

} // namespace Baoku::App
