// Tokens made ahead of the index write. An import's worker threads tokenize each article's
// searchable text while the one writer stores earlier files; the FTS5 tokenizer then replays those
// tokens instead of tokenizing the same text again on the writer's thread (issue 15: the writer
// spent about half its time tokenizing). A text not held is tokenized as always, so a miss costs
// time, never a different index.
#pragma once

#include "core/common/model.h"
#include "core/search/tokenizer.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Baoku::Core {

class PretokenizedText final {
public:
    enum class Mode : char { Words = 'w', HanChars = 'c' }; // the "baoku" and "baoku chars" tokenizers

    // The one cache of the process: the FTS5 tokenizer has no other way to reach it.
    static PretokenizedText &instance();

    // Tokenizes `utf8` on the calling thread and keeps the tokens for `uses` index writes.
    void add(Mode mode, const QByteArray &utf8, int uses, TextTokenizer &tokenizer);
    // The same for both modes from one folding of the text.
    void addBoth(const QByteArray &utf8, int wordUses, int charUses, TextTokenizer &tokenizer);
    // Each searchable text of an article as search_content shows an article without continued
    // parts (ftsindex.cpp), for every index that reads it.
    void addArticle(const Article &article, TextTokenizer &tokenizer);

    // Passes the held tokens of `text` to `sink` and returns true, or false when none are held.
    bool replay(Mode mode, const char *text, int length, void *context, TextTokenizer::Sink sink, int *rc);

    // Off: add() keeps nothing and replay() finds nothing (tests compare archives made both ways).
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // Drops everything held (the end of an import: texts that were never indexed).
    void clear();
    qint64 heldBytes() const { return m_bytes; }
    qint64 replayed() const { return m_replayed; } // texts replayed since the process started
    static constexpr qint64 kMaxBytes = 256 << 20; // beyond this, add() keeps nothing more

private:
    struct Entry {
        std::string tokens; // the tokens' bytes, one after the other
        std::vector<int> spans; // per token: length, begin, end
        int uses = 0;
    };
    // Keyed by the text itself, which the key shares with the caller's QByteArray (no copy), and
    // looked up by a view of the text FTS5 passes (no copy either).
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
        size_t operator()(const QByteArray &text) const { return (*this)(view(text)); }
    };
    struct TextEqual {
        using is_transparent = void;
        template <typename A, typename B>
        bool operator()(const A &a, const B &b) const { return view(a) == view(b); }
    };
    static std::string_view view(std::string_view text) { return text; }
    static std::string_view view(const QByteArray &text) { return {text.constData(), size_t(text.size())}; }
    using Entries = std::unordered_map<QByteArray, std::shared_ptr<Entry>, TextHash, TextEqual>;

    bool wanted(const QByteArray &utf8, int uses) const;
    void keep(Mode mode, const QByteArray &utf8, std::shared_ptr<Entry> entry);
    Entries &entries(Mode mode) { return mode == Mode::Words ? m_words : m_chars; }

    std::mutex m_mutex;
    Entries m_words, m_chars;
    std::atomic<qint64> m_bytes{0};
    std::atomic<int> m_count{0};
    std::atomic<qint64> m_replayed{0};
    std::atomic_bool m_enabled{true};
};

} // namespace Baoku::Core
