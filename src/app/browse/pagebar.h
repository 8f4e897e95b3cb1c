// The pages above its article list: each held page with its section and article count,
// the announced pages the archive lacks greyed out, and a line naming those.
#pragma once

#include "core/store/archive.h"

#include <QWidget>

class QLabel;
class QListView;

namespace Baoku::App {

class PageListModel;

class PageBar final : public QWidget {
    Q_OBJECT
public:
    explicit PageBar(QWidget *parent = nullptr);

    void setPages(const QList<Core::PageSummary> &pages, std::optional<int> announced);
    void clear();
    void setCurrentPage(int page); // without emitting pageActivated
    int currentPage() const { return m_current; }
    PageListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLabel *missingLabel() const { return m_missing; }
    void retranslate();

signals:
    void pageActivated(int page);

private:
    void updateMissing();

    QListView *m_view;
    QLabel *m_missing;
    PageListModel *m_model;
    int m_current = -1;
    bool m_selecting = false;
};

} // namespace Baoku::App
