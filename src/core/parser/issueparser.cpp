#include "issueparser.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

IssueParser::IssueParser(ParseOptions options)
    : m_options(std::move(options))
{
}

ParseOutcome IssueParser::parseFile(const QString &path) const
{
    const LoadedFile loaded = loadTextFile(path, m_options.limits);
    if (!loaded.decoded.ok())
        return {std::nullopt, loaded.decoded.error};
    ParseOutcome outcome = parseText(loaded.decoded.text, path);
    if (outcome.issue)
        outcome.issue->issue.sha256 = loaded.sha256;
    return outcome;
}

ParseOutcome IssueParser::parseText(const QString &text, const QString &sourcePath) const
{
    Q_UNUSED(text);
    // Work in progress: the staged parser replaces this.
    return {std::nullopt, QDir::toNativeSeparators(sourcePath) + u": parser not written yet"_s};
}

} // namespace Baoku::Core
