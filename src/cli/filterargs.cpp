#include "cli/filterargs.h"

#include "cli/output.h"

#include "core/search/searcher.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Baoku::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baoku-cli", text);
}

// Narrows [from, to] to [first, last].
void narrow(Core::SearchRequest &request, const QDate &first, const QDate &last)
{
    if (!request.from.isValid() || request.from < first)
        request.from = first;
    if (!request.to.isValid() || request.to > last)
        request.to = last;
}

} // namespace

FilterOptions::FilterOptions()
    : m_from(u"from"_s, tr("Only issues on or after this date."), u"YYYY-MM-DD"_s)
    , m_to(u"to"_s, tr("Only issues on or before this date."), u"YYYY-MM-DD"_s)
    , m_year(u"year"_s, tr("Only issues of this year."), u"YYYY"_s)
    , m_month(u"month"_s, tr("Only issues of this month."), u"YYYY-MM"_s)
    , m_newspaper(u"newspaper"_s, tr("Only this newspaper (its exact name)."), u"NAME"_s)
    , m_page(u"page"_s, tr("Only this page; repeat for any of several."), u"N"_s)
    , m_column(u"column"_s, tr("Only articles of this column (栏目), exactly."), u"NAME"_s)
    , m_author(u"author"_s, tr("Only articles naming this person in a byline or signature, exactly."), u"NAME"_s)
{
}

QList<QCommandLineOption> FilterOptions::options() const
{
    return {m_from, m_to, m_year, m_month, m_newspaper, m_page, m_column, m_author};
}

void FilterOptions::addTo(QCommandLineParser &cli) const
{
    cli.addOptions({m_from, m_to, m_year, m_month, m_newspaper, m_page, m_column, m_author});
}

bool FilterOptions::apply(const QCommandLineParser &cli, Core::SearchRequest &request) const
{
    for (const auto *option : {&m_from, &m_to}) {
        if (!cli.isSet(*option))
            continue;
        const QDate date = QDate::fromString(cli.value(*option), Qt::ISODate);
        if (!date.isValid()) {
            printErr(tr("--%1 %2: not a date of the form YYYY-MM-DD\n").arg(option->names().first(), cli.value(*option)));
            return false;
        }
        (option == &m_from ? request.from : request.to) = date;
    }
    if (cli.isSet(m_year)) {
        bool ok = false;
        const int year = cli.value(m_year).toInt(&ok);
        if (!ok || year < 1 || year > 9999 || cli.value(m_year).size() != 4) {
            printErr(tr("--year %1: not a year of the form YYYY\n").arg(cli.value(m_year)));
            return false;
        }
        narrow(request, QDate(year, 1, 1), QDate(year, 12, 31));
    }
    if (cli.isSet(m_month)) {
        const QDate first = QDate::fromString(cli.value(m_month) + u"-01"_s, Qt::ISODate);
        if (!first.isValid() || cli.value(m_month).size() != 7) {
            printErr(tr("--month %1: not a month of the form YYYY-MM\n").arg(cli.value(m_month)));
            return false;
        }
        narrow(request, first, first.addMonths(1).addDays(-1));
    }
    for (const QString &value : cli.values(m_page)) {
        bool ok = false;
        const int page = value.toInt(&ok);
        if (!ok || page < 1 || page > 9999) {
            printErr(tr("--page %1: not a page number from 1 to 9999\n").arg(value));
            return false;
        }
        request.pages.append(page);
    }
    request.newspaper = cli.value(m_newspaper);
    request.column = cli.value(m_column);
    request.author = cli.value(m_author);
    return true;
}

} // namespace Baoku::Cli
