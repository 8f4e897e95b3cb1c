// The middle pane's article list: one issue's articles in page order or one person's, newest first.
#pragma once

#include "core/store/archive.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace Baoku::App {

class ArticleListModel;
class PageBar;

class ArticlePanel final : public QWidget {
    Q_OBJECT
public:
    explicit ArticlePanel(QWidget *parent = nullptr);

    void showIssue(const Core::StoredIssue &issue, const QList<Core::StoredArticle> &articles);
    void showPerson(const QString &name, const QList<Core::StoredArticle> &articles);
    void clear();
    void selectArticle(qint64 articleId); // without emitting articleActivated
    // The article `delta` rows away from the selected one, or -1 at either end.
    qint64 neighbour(int delta) const;
    qint64 currentArticle() const;
    ArticleListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    PageBar *pageBar() const { return m_pageBar; }
    void retranslate();

signals:
    void articleActivated(qint64 articleId);
    void correctDateRequested();

private:
    void updateHeader();

    QLabel *m_header;
    QPushButton *m_correctDate;
    PageBar *m_pageBar;
    QCheckBox *m_showAds;
    QListView *m_view;
    ArticleListModel *m_model;
    std::optional<Core::StoredIssue> m_issue;
    QString m_person;
    bool m_selecting = false;
};

} // namespace Baoku::App
