// Turns one OCR text file of a newspaper page into a structured issue with its articles.
#pragma once

#include "core/common/model.h"
#include "core/common/textdecoder.h"

#include <optional>

namespace Baoku::Core {

// Bumped whenever the parser's output for the same input changes; the store records it per import.
inline constexpr int kParserVersion = 1;

struct ParseOptions final {
    QDate date;                 // --date: overrides every other source (date_source "user")
    std::optional<int> page;    // --page: the page the file holds (default 1)
    TextLimits limits;
};

struct ParseOutcome final {
    std::optional<ParsedIssue> issue;
    QString error; // names the file and the reason when issue is empty
    bool ok() const { return issue.has_value(); }
};

class IssueParser final {
public:
    explicit IssueParser(ParseOptions options = {});

    ParseOutcome parseFile(const QString &path) const;
    // sourcePath is used for the file-name date and for messages; the text is already decoded.
    ParseOutcome parseText(const QString &text, const QString &sourcePath = {}) const;

private:
    ParseOptions m_options;
};

} // namespace Baoku::Core
