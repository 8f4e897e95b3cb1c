#include "app/collect/collectionexport.h"

#include "core/export/notesexport.h"
#include "core/store/archive.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::App::CollectionExport)
};

} // namespace

ExportScope collectionScope(const std::optional<Core::CollectionInfo> &open, const QList<qint64> &articleIds)
{
    ExportScope scope;
    if (!open) {
        scope.label = Msg::tr("A collection (open Starred, a list or a tag under Collections first)");
        scope.enabled = false;
        return scope;
    }
    const int count = int(articleIds.size());
    switch (open->kind) {
    case Core::CollectionKind::Star:
        scope.label = Msg::tr("The starred articles (%n)", nullptr, count);
        scope.fileName = Msg::tr("starred");
        break;
    case Core::CollectionKind::List:
        scope.label = Msg::tr("The list “%1” (%n article(s))", nullptr, count).arg(open->name);
        scope.fileName = open->name;
        break;
    case Core::CollectionKind::Tag:
        scope.label = Msg::tr("The tag “%1” (%n article(s))", nullptr, count).arg(open->name);
        scope.fileName = Msg::tr("tag %1").arg(open->name);
        break;
    }
    scope.set = {Core::collectionCover(Core::Research::kindName(open->kind), open->name), articleIds};
    scope.enabled = count > 0;
    return scope;
}

ExportScope notesScope(const QString &databasePath, int noteCount)
{
    ExportScope scope;
    scope.label = Msg::tr("All notes, as Markdown with citations (%n note(s))", nullptr, noteCount);
    scope.fileName = Msg::tr("notes");
    scope.enabled = noteCount > 0;
    scope.onlyFormat = Core::ExportFormat::Markdown;
    scope.write = [databasePath](const QString &path, qsizetype *count) {
        return writeNotesMarkdown(databasePath, path, count);
    };
    return scope;
}

QString writeNotesMarkdown(const QString &databasePath, const QString &path, qsizetype *count)
{
    Core::Archive archive;
    QString error;
    if (!archive.open(databasePath, &error, Core::OpenMode::Existing))
        return error;
    QList<Core::NotedArticle> articles;
    try {
        articles = Core::groupedNotes(Core::Research(archive).notes(), archive);
    } catch (const Core::DatabaseError &e) {
        return databasePath + u": "_s + e.message();
    }
    if (articles.isEmpty())
        return Msg::tr("There are no notes to export.");
    const QByteArray bytes = Core::notesMarkdown(articles).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return path + u": "_s + file.errorString();
    if (count)
        *count = articles.size();
    return {};
}

} // namespace Baoku::App
