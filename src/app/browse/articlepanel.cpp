#include "app/browse/articlepanel.h"
#include "app/common/dateformat.h"

#include "app/browse/articlelistmodel.h"
#include "app/browse/modelroles.h"
#include "app/browse/pagebar.h"
#include "app/search/snippetdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

ArticlePanel::ArticlePanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_correctDate(new QPushButton(this))
    , m_pageBar(new PageBar(this))
    , m_showAds(new QCheckBox(this))
    , m_view(new QListView(this))
    , m_model(new ArticleListModel(this))
{
    setObjectName(u"articlePanel"_s);
    m_view->setObjectName(u"articleList"_s);
    m_header->setObjectName(u"issueHeader"_s);
    m_correctDate->setObjectName(u"correctDateButton"_s);
    m_showAds->setObjectName(u"showAdvertisements"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new SnippetDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSpacing(1);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_correctDate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(headerRow);
    layout->addWidget(m_pageBar);
    layout->addWidget(m_showAds);
    layout->addWidget(m_view, 1);

    // Advertisements and subscription blocks are listed apart, after the articles, when asked for.
    connect(m_showAds, &QCheckBox::toggled, this, [this](bool show) {
        const qint64 current = currentArticle();
        m_model->setShowAdvertisements(show);
        if (current >= 0)
            selectArticle(current);
    });

    connect(m_correctDate, &QPushButton::clicked, this, &ArticlePanel::correctDateRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (!m_selecting && index.isValid())
            emit articleActivated(index.data(ArticleIdRole).toLongLong());
    });
    retranslate();
}

void ArticlePanel::showIssue(const Core::StoredIssue &issue, const QList<Core::StoredArticle> &articles)
{
    m_issue = issue;
    m_person.clear();
    m_model->setArticles(articles, false);
    updateHeader();
}

void ArticlePanel::showPerson(const QString &name, const QList<Core::StoredArticle> &articles)
{
    m_issue.reset();
    m_person = name;
    m_model->setArticles(articles, true);
    updateHeader();
}

void ArticlePanel::clear()
{
    m_issue.reset();
    m_person.clear();
    m_model->clear();
    updateHeader();
}

void ArticlePanel::updateHeader()
{
    m_correctDate->setVisible(m_issue.has_value());
    m_showAds->setVisible(m_model->advertisementCount() > 0);
    m_showAds->setText(tr("Show advertisements (%n)", nullptr, m_model->advertisementCount()));
    if (m_issue) {
        const Core::IssueInfo &info = m_issue->info;
        QString text = info.newspaper + u"  "_s
            + (info.date.isValid() ? DateFormat::withWeekday(info.date) : tr("No date"));
        if (info.issueNo)
            text += u"  "_s + tr("No. %1").arg(*info.issueNo);
        if (info.dateSource == Core::DateSource::Inferred)
            text += u"\n"_s + tr("The date of this issue was inferred, not printed on the page.");
        else if (info.dateSource == Core::DateSource::User)
            text += u"\n"_s + tr("Date corrected by you (the file said %1).")
                                  .arg(DateFormat::text(m_issue->parsedDate));
        m_header->setText(text);
    } else if (!m_person.isEmpty()) {
        m_header->setText(tr("Articles by %1: %n", nullptr, m_model->totalCount()).arg(m_person));
    } else {
        m_header->setText(tr("Choose a date or an issue."));
    }
}

void ArticlePanel::selectArticle(qint64 articleId)
{
    const int row = m_model->rowOf(articleId);
    m_selecting = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
    m_selecting = false;
}

qint64 ArticlePanel::currentArticle() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ArticleIdRole).toLongLong() : -1;
}

qint64 ArticlePanel::neighbour(int delta) const
{
    const QModelIndex index = m_view->currentIndex();
    const int row = index.isValid() ? index.row() + delta : (delta > 0 ? 0 : -1);
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    return m_model->articleIdAt(row);
}

void ArticlePanel::retranslate()
{
    m_correctDate->setText(tr("Correct Date…"));
    m_correctDate->setToolTip(tr("Set the right date for this issue; it is kept when the issue is imported again."));
    m_showAds->setToolTip(tr("List the advertisements and subscription blocks of the pages after the articles."));
    updateHeader();
    m_pageBar->retranslate();
    m_view->doItemsLayout();
}

} // namespace Baoku::App
