// The pages of one issue: those the archive holds, with section and article count, and those the
// masthead announces (今日8版) that the archive lacks, listed but disabled.
#pragma once

#include "core/store/archive.h"

#include <QAbstractListModel>

namespace Baoku::App {

class PageListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role : int {
        PageNumberRole = Qt::UserRole + 100, // int
        SectionRole,                         // QString, as printed in the page header
        ArticleCountRole,                    // int
        HeldRole,                            // bool: false for an announced page the archive lacks
    };

    explicit PageListModel(QObject *parent = nullptr);

    // `announced` is the page count the masthead prints, if any.
    void setPages(const QList<Core::PageSummary> &pages, std::optional<int> announced);
    void clear();
    QList<int> heldPages() const;
    QList<int> missingPages() const;
    bool holds(int page) const;
    int rowOfPage(int page) const; // -1 when the page is not listed
    // The held page `delta` steps away from `page` (skipping missing ones), or -1 past either end.
    int neighbourPage(int page, int delta) const;
    // "Not in the archive: pages 3–8", empty when nothing announced is missing.
    QString missingText() const;
    // "3, 5–8" (or "3、5–8" in Chinese): runs of pages joined into ranges.
    static QString pageRanges(const QList<int> &pages);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row final {
        int page = 0;
        QString section;
        int articles = 0;
        bool held = false;
    };
    QString label(const Row &row) const;

    QList<Row> m_rows; // ascending by page
};

} // namespace Baoku::App
