#include "app/collect/collectionpanel.h"

#include "app/collect/collectionmodel.h"
#include "app/collect/keptarticlemodel.h"
#include "app/collect/savedsearchmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

CollectionPanel::CollectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_collections(new QListView(this))
    , m_header(new QLabel(this))
    , m_articles(new QListView(this))
    , m_remove(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_savedLabel(new QLabel(this))
    , m_saved(new QListView(this))
    , m_deleteSaved(new QPushButton(this))
    , m_collectionModel(new CollectionModel(this))
    , m_articleModel(new KeptArticleModel(this))
    , m_savedModel(new SavedSearchModel(this))
{
    setObjectName(u"collectionPanel"_s);
    m_collections->setObjectName(u"collectionList"_s);
    m_articles->setObjectName(u"collectionArticles"_s);
    m_saved->setObjectName(u"savedSearchList"_s);
    m_remove->setObjectName(u"removeFromCollection"_s);
    m_delete->setObjectName(u"deleteCollection"_s);
    m_deleteSaved->setObjectName(u"deleteSavedSearch"_s);
    m_collections->setModel(m_collectionModel);
    m_collections->setUniformItemSizes(true);
    m_articles->setModel(m_articleModel);
    m_articles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articles->setAlternatingRowColors(true);
    m_articles->setUniformItemSizes(true);
    m_saved->setModel(m_savedModel);
    m_saved->setUniformItemSizes(true);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_collections);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_header);
    middleLayout->addWidget(m_articles, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    middleLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_savedLabel);
    bottomLayout->addWidget(m_saved, 1);
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addWidget(m_deleteSaved);
    savedButtons->addStretch(1);
    bottomLayout->addLayout(savedButtons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(middle);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_collections, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit collectionChosen(m_collectionModel->collectionAt(index.row()));
    });
    connect(m_collections, &QListView::activated, this, [this](const QModelIndex &index) {
        emit collectionChosen(m_collectionModel->collectionAt(index.row()));
    });
    connect(m_articles, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_articleModel->articleIdAt(index.row()); id > 0)
            emit articleActivated(id);
    });
    connect(m_articles, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_articleModel->articleIdAt(index.row()); id > 0)
            emit articleActivated(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedArticleIds();
        if (m_open && !ids.isEmpty())
            emit removeArticlesRequested(*m_open, ids);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_open && m_open->kind != Core::CollectionKind::Star)
            emit deleteCollectionRequested(*m_open);
    });
    connect(m_saved, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit savedSearchActivated(m_savedModel->searchAt(index.row()));
    });
    connect(m_saved, &QListView::activated, this, [this](const QModelIndex &index) {
        emit savedSearchActivated(m_savedModel->searchAt(index.row()));
    });
    connect(m_deleteSaved, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_saved->currentIndex();
        if (index.isValid())
            emit deleteSavedSearchRequested(m_savedModel->searchAt(index.row()).name);
    });
    connect(m_articles->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_open && !selectedArticleIds().isEmpty()); });
    connect(m_saved->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { m_deleteSaved->setEnabled(index.isValid()); });
    m_deleteSaved->setEnabled(false);
    retranslate();
}

void CollectionPanel::showArticles(const Core::CollectionInfo &info, const QList<Core::KeptArticle> &articles)
{
    m_open = info;
    m_articleModel->setArticles(articles);
    const int row = m_collectionModel->rowOf(info.kind, info.name);
    if (row >= 0)
        m_collections->setCurrentIndex(m_collectionModel->index(row));
    updateHeader();
}

void CollectionPanel::closeArticles()
{
    m_open.reset();
    m_articleModel->setArticles({});
    updateHeader();
}

QList<qint64> CollectionPanel::selectedArticleIds() const
{
    QModelIndexList rows = m_articles->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_articleModel->articleIdAt(index.row()); id > 0)
            ids << id;
    }
    return ids;
}

void CollectionPanel::updateHeader()
{
    m_remove->setEnabled(m_open && !selectedArticleIds().isEmpty());
    m_delete->setVisible(m_open && m_open->kind != Core::CollectionKind::Star);
    m_remove->setVisible(m_open.has_value());
    if (!m_open) {
        m_header->setText(tr("Choose Starred, a list or a tag to see its articles. Star an article with Ctrl+D."));
        return;
    }
    const int count = m_articleModel->totalCount();
    switch (m_open->kind) {
    case Core::CollectionKind::Star: m_header->setText(tr("Starred: %n article(s)", nullptr, count)); break;
    case Core::CollectionKind::List:
        m_header->setText(tr("List “%1”: %n article(s)", nullptr, count).arg(m_open->name));
        m_delete->setText(tr("Delete List…"));
        break;
    case Core::CollectionKind::Tag:
        m_header->setText(tr("Tag “%1”: %n article(s)", nullptr, count).arg(m_open->name));
        m_delete->setText(tr("Delete Tag…"));
        break;
    }
}

void CollectionPanel::retranslate()
{
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Take the selected articles out of this collection (they stay in the archive)"));
    m_savedLabel->setText(tr("Saved searches"));
    m_deleteSaved->setText(tr("Delete"));
    m_deleteSaved->setToolTip(tr("Delete the chosen saved search"));
    m_saved->setToolTip(tr("Click a saved search to run it again with its filters"));
    m_collectionModel->retranslate();
    m_savedModel->retranslate();
    updateHeader();
    m_articles->doItemsLayout();
}

} // namespace Baoku::App
