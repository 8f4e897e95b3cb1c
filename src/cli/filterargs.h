// The search filters as command-line options, shared by search and trend: --from, --to, --year,
// --month, --newspaper, --page, --column, --author. A facet value applies as one of them.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Baoku::Core {
struct SearchRequest;
}

namespace Baoku::Cli {

class FilterOptions final {
public:
    FilterOptions();
    void addTo(QCommandLineParser &cli) const;
    QList<QCommandLineOption> options() const;
    // Sets the request's filters; prints the reason and returns false for a bad value.
    bool apply(const QCommandLineParser &cli, Core::SearchRequest &request) const;

private:
    QCommandLineOption m_from, m_to, m_year, m_month, m_newspaper, m_page, m_column, m_author;
};

} // namespace Baoku::Cli
