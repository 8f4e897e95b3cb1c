// The issues before and after one issue of the same newspaper, read once per issue: each read
// sorts every issue of the newspaper (8–18 ms at 15,625 issues), and the window updates its
// Previous/Next Issue actions on every keystroke of a search (issue 15).
#pragma once

#include "core/store/archive.h"

#include <optional>

namespace Baoku::App {

class IssueNeighbours final {
public:
    explicit IssueNeighbours(const Core::Archive &archive) : m_archive(archive) {}

    std::optional<qint64> previous(qint64 issueId) { return read(issueId).previous; }
    std::optional<qint64> next(qint64 issueId) { return read(issueId).next; }
    // The archive changed (an import, a corrected date): read again when next asked.
    void clear() { m_issue = -1; }

private:
    struct Pair final {
        std::optional<qint64> previous;
        std::optional<qint64> next;
    };
    const Pair &read(qint64 issueId)
    {
        if (issueId != m_issue) {
            m_pair = m_archive.isOpen() && issueId >= 0
                         ? Pair{m_archive.previousIssue(issueId), m_archive.nextIssue(issueId)}
                         : Pair{};
            m_issue = issueId;
        }
        return m_pair;
    }

    const Core::Archive &m_archive;
    qint64 m_issue = -1; // the issue m_pair belongs to
    Pair m_pair;
};

} // namespace Baoku::App
