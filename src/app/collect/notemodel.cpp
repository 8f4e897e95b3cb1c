#include "app/collect/notemodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
constexpr int kQuoteShown = 40;
}

NoteModel::NoteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NoteModel::setNotes(const QList<Core::Note> &notes)
{
    beginResetModel();
    m_rows = notes;
    endResetModel();
}

Core::Note NoteModel::noteAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Core::Note{};
}

void NoteModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Note &note = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = note.text.isEmpty() ? tr("(no text)") : note.text;
        if (note.quote.isEmpty())
            return tr("On the article: %1").arg(text);
        QString quote = note.quote.simplified();
        if (quote.size() > kQuoteShown)
            quote = quote.left(kQuoteShown) + u'…';
        QString line = u"“%1”: %2"_s.arg(quote, text);
        if (!note.anchored)
            line += u"  "_s + tr("(passage no longer in the text)");
        return line;
    }
    case Qt::ToolTipRole:
        if (!note.quote.isEmpty() && !note.anchored)
            return tr("The article was imported again and this passage is no longer in its text:\n%1").arg(note.quote);
        return note.quote.isEmpty() ? note.text : QString(note.quote + u"\n\n"_s + note.text);
    case Qt::ForegroundRole:
        return note.anchored ? QVariant() : QVariant(QGuiApplication::palette().brush(QPalette::PlaceholderText));
    case NoteIdRole: return note.id;
    case QuoteRole: return note.quote;
    case AnchoredRole: return note.anchored;
    case StartRole: return note.start;
    default: return {};
    }
}

QHash<int, QByteArray> NoteModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(QuoteRole, "quote");
    names.insert(AnchoredRole, "anchored");
    names.insert(StartRole, "start");
    return names;
}

} // namespace Baoku::App
