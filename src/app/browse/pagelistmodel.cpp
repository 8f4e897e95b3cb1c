#include "app/browse/pagelistmodel.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::App {

PageListModel::PageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PageListModel::setPages(const QList<Core::PageSummary> &pages, std::optional<int> announced)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &page : pages)
        m_rows.append(Row{page.page, page.section, page.articleCount, true});
    // Announced pages the archive lacks; a masthead count below the held pages adds nothing.
    if (announced && *announced > 0 && *announced <= 999) {
        for (int page = 1; page <= *announced; ++page) {
            if (!holds(page))
                m_rows.append(Row{page, {}, 0, false});
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.page < b.page; });
    }
    endResetModel();
}

void PageListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QList<int> PageListModel::heldPages() const
{
    QList<int> result;
    for (const Row &row : m_rows) {
        if (row.held)
            result << row.page;
    }
    return result;
}

QList<int> PageListModel::missingPages() const
{
    QList<int> result;
    for (const Row &row : m_rows) {
        if (!row.held)
            result << row.page;
    }
    return result;
}

bool PageListModel::holds(int page) const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [page](const Row &row) { return row.held && row.page == page; });
}

int PageListModel::rowOfPage(int page) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).page == page)
            return i;
    }
    return -1;
}

int PageListModel::neighbourPage(int page, int delta) const
{
    const QList<int> held = heldPages();
    if (held.isEmpty() || delta == 0)
        return -1;
    // From a page that is not held (or none), step from where it would stand.
    const auto it = std::lower_bound(held.begin(), held.end(), page);
    qsizetype index = it - held.begin();
    const bool exact = it != held.end() && *it == page;
    if (!exact && delta > 0)
        --index;
    index += delta;
    return index >= 0 && index < held.size() ? held.at(index) : -1;
}

QString PageListModel::pageRanges(const QList<int> &pages)
{
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        parts << (j > i ? u"%1–%2"_s.arg(pages.at(i)).arg(pages.at(j)) : QString::number(pages.at(i)));
        i = j + 1;
    }
    return parts.join(tr(", ", "between page numbers"));
}

QString PageListModel::missingText() const
{
    const QList<int> missing = missingPages();
    if (missing.isEmpty())
        return {};
    return tr("Not in the archive: page(s) %1", nullptr, int(missing.size())).arg(pageRanges(missing));
}

QString PageListModel::label(const Row &row) const
{
    if (!row.held) // greyed out, with the line below the list saying why
        return tr("Page %1").arg(row.page);
    if (row.section.isEmpty())
        return tr("Page %1 · %n article(s)", nullptr, row.articles).arg(row.page);
    return tr("Page %1 · %2 · %n article(s)", nullptr, row.articles).arg(row.page).arg(row.section);
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return label(row);
    case Qt::ToolTipRole:
        return row.held ? QVariant() : QVariant(tr("The masthead announces this page, but the archive does not hold it."));
    case Qt::ForegroundRole:
        return row.held ? QVariant() : QVariant(QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    case PageNumberRole:
        return row.page;
    case SectionRole:
        return row.section;
    case ArticleCountRole:
        return row.articles;
    case HeldRole:
        return row.held;
    default:
        return {};
    }
}

Qt::ItemFlags PageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    // A missing page is shown but cannot be chosen.
    return m_rows.at(index.row()).held ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                       : Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PageListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(PageNumberRole, "page");
    names.insert(SectionRole, "section");
    names.insert(ArticleCountRole, "articleCount");
    names.insert(HeldRole, "held");
    return names;
}

} // namespace Baoku::App
