// The Collections panel's list: Starred first (always), then the lists and the tags, each with its
// number of articles.
#pragma once

#include "core/store/research.h"

#include <QAbstractListModel>

namespace Baoku::App {

class CollectionModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 40, NameRole, ArticleCountRole };

    explicit CollectionModel(QObject *parent = nullptr);

    // Starred with its count, then the lists and the tags as Research gives them.
    void setCollections(int starred, const QList<Core::CollectionInfo> &lists, const QList<Core::CollectionInfo> &tags);
    Core::CollectionInfo collectionAt(int row) const;
    int rowOf(Core::CollectionKind kind, const QString &name) const; // -1 when absent
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "★ Starred (3)", "芯片产业 (5)", "#政策 (2)".
    static QString label(const Core::CollectionInfo &info);

private:
    QList<Core::CollectionInfo> m_rows;
};

} // namespace Baoku::App
