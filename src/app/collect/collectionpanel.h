// The left pane's Collections tab: Starred, the lists and the tags with their counts; the articles
// of the one opened (listed lazily); the saved searches, which re-run with one click.
#pragma once

#include "core/store/research.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Baoku::App {

class CollectionModel;
class KeptArticleModel;
class SavedSearchModel;

class CollectionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CollectionPanel(QWidget *parent = nullptr);

    CollectionModel *collectionModel() const { return m_collectionModel; }
    KeptArticleModel *articleModel() const { return m_articleModel; }
    SavedSearchModel *savedModel() const { return m_savedModel; }
    QListView *collectionView() const { return m_collections; }
    QListView *articleView() const { return m_articles; }
    QListView *savedView() const { return m_saved; }

    // The collection whose articles are listed, if one is open.
    std::optional<Core::CollectionInfo> openCollection() const { return m_open; }
    void showArticles(const Core::CollectionInfo &info, const QList<Core::KeptArticle> &articles);
    void closeArticles();
    // The ids of the selected articles of the open collection (those in the archive).
    QList<qint64> selectedArticleIds() const;
    void retranslate();

signals:
    void collectionChosen(const Core::CollectionInfo &info);
    void articleActivated(qint64 articleId);
    void removeArticlesRequested(const Core::CollectionInfo &info, const QList<qint64> &articleIds);
    void deleteCollectionRequested(const Core::CollectionInfo &info);
    void savedSearchActivated(const Core::SavedSearch &search);
    void deleteSavedSearchRequested(const QString &name);

private:
    void updateHeader();

    QListView *m_collections;
    QLabel *m_header;
    QListView *m_articles;
    QPushButton *m_remove;
    QPushButton *m_delete;
    QLabel *m_savedLabel;
    QListView *m_saved;
    QPushButton *m_deleteSaved;
    CollectionModel *m_collectionModel;
    KeptArticleModel *m_articleModel;
    SavedSearchModel *m_savedModel;
    std::optional<Core::CollectionInfo> m_open;
};

} // namespace Baoku::App
