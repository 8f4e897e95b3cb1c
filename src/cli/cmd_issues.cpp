// baoku-cli issues: the archive's issues with the pages held of each.
#include "cli/cliargs.h"
#include "cli/commands.h"
#include "cli/output.h"

#include "core/store/archive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// The pages the masthead announces (今日8版) that the archive does not hold.
QList<int> missingPages(const std::optional<int> &announced, const QList<Core::PageSummary> &pages)
{
    QList<int> missing;
    for (int page = 1; announced && page <= *announced; ++page) {
        if (std::none_of(pages.cbegin(), pages.cend(), [page](const Core::PageSummary &p) { return p.page == page; }))
            missing.append(page);
    }
    return missing;
}

} // namespace

int runIssues(const QStringList &arguments)
{
    QCommandLineParser cli;
    cli.setApplicationDescription(tr("List the archive's issues: newspaper, date and where it came from, issue "
                                     "number, the pages held with their section and article count, and the pages "
                                     "the masthead announces."));
    cli.addHelpOption();
    const QCommandLineOption dbOption = archiveOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON (one object with an array of issues)."));
    cli.addOptions({dbOption, jsonOption});
    if (const auto stop = parseOrStop(cli, arguments))
        return *stop;
    if (!cli.positionalArguments().isEmpty()) {
        printErr(tr("issues takes no arguments; see baoku-cli issues --help\n"));
        return BadInput;
    }
    Core::Archive archive;
    if (!openExistingArchive(archive, cli.value(dbOption), true))
        return SomeFailed;
    QJsonArray list;
    QString text;
    for (const auto &summary : archive.issues()) {
        const auto stored = archive.issue(summary.id);
        const std::optional<int> announced = stored ? stored->info.pages : std::nullopt;
        const QList<Core::PageSummary> pages = archive.pages(summary.id);
        const QList<int> missing = missingPages(announced, pages);
        QJsonArray pageList;
        QStringList pageText;
        for (const auto &page : pages) {
            pageList.append(QJsonObject{{u"page"_s, page.page},
                                        {u"section"_s, page.section.isEmpty() ? QJsonValue() : QJsonValue(page.section)},
                                        {u"articles"_s, page.articleCount}});
            pageText.append(page.section.isEmpty() ? tr("p%1 (%2)").arg(page.page).arg(page.articleCount)
                                                   : tr("p%1 %2 (%3)").arg(page.page).arg(page.section).arg(page.articleCount));
        }
        QJsonArray missingList;
        QStringList missingText;
        for (const int page : missing) {
            missingList.append(page);
            missingText.append(QString::number(page));
        }
        const QString date = summary.date.toString(Qt::ISODate);
        const QString source = Core::toString(summary.dateSource);
        list.append(QJsonObject{
            {u"id"_s, summary.id},
            {u"newspaper"_s, summary.newspaper.isEmpty() ? QJsonValue() : QJsonValue(summary.newspaper)},
            {u"date"_s, date},
            {u"date_source"_s, source.isEmpty() ? QJsonValue() : QJsonValue(source)},
            {u"issue_no"_s, orNull(summary.issueNo)},
            {u"articles"_s, summary.articleCount},
            {u"pages"_s, pageList},
            {u"announced_pages"_s, orNull(announced)},
            {u"missing_pages"_s, missingList},
        });
        QString line = date + u'\t' + (summary.newspaper.isEmpty() ? tr("(no newspaper)") : summary.newspaper);
        line += u'\t' + (source.isEmpty() ? tr("date unknown") : tr("date %1").arg(source));
        if (summary.issueNo)
            line += u'\t' + tr("No. %1").arg(*summary.issueNo);
        line += u'\t' + pageText.join(u", "_s);
        if (announced)
            line += u'\t' + tr("%1 pages announced").arg(*announced);
        if (!missing.isEmpty())
            line += u'\t' + tr("missing: %1").arg(missingText.join(u", "_s));
        text += line + u'\n';
    }
    if (cli.isSet(jsonOption))
        printJson(QJsonObject{{u"issues"_s, list}}, true);
    else
        printOut(printable(text)); // names and sections come from OCR text
    return Ok;
}

} // namespace Baoku::Cli
