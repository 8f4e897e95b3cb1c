#include "core/search/tokencache.h"

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

struct Collect {
    std::string *tokens;
    std::vector<int> *spans;
};

} // namespace

PretokenizedText &PretokenizedText::instance()
{
    static PretokenizedText cache;
    return cache;
}

bool PretokenizedText::wanted(const QByteArray &utf8, int uses) const
{
    return m_enabled && !utf8.isEmpty() && uses > 0 && m_bytes < kMaxBytes;
}

namespace {

int collectToken(void *c, const char *token, int length, int begin, int end, int)
{
    auto *into = static_cast<Collect *>(c);
    into->tokens->append(token, size_t(length));
    into->spans->push_back(length);
    into->spans->push_back(begin);
    into->spans->push_back(end);
    return 0;
}

} // namespace

void PretokenizedText::add(Mode mode, const QByteArray &utf8, int uses, TextTokenizer &tokenizer)
{
    if (!wanted(utf8, uses))
        return;
    auto entry = std::make_shared<Entry>();
    entry->uses = uses;
    Collect collect{&entry->tokens, &entry->spans};
    if (mode == Mode::Words)
        tokenizer.tokenize(utf8.constData(), int(utf8.size()), &collect, collectToken);
    else
        tokenizer.tokenizeHanChars(utf8.constData(), int(utf8.size()), &collect, collectToken);
    keep(mode, utf8, std::move(entry));
}

void PretokenizedText::addBoth(const QByteArray &utf8, int wordUses, int charUses, TextTokenizer &tokenizer)
{
    if (!wanted(utf8, wordUses) || charUses <= 0) {
        add(Mode::Words, utf8, wordUses, tokenizer);
        add(Mode::HanChars, utf8, charUses, tokenizer);
        return;
    }
    auto words = std::make_shared<Entry>(), chars = std::make_shared<Entry>();
    words->uses = wordUses;
    chars->uses = charUses;
    // Han text: a bigram of 6 bytes and 3 ints of span per character of 3 bytes.
    words->tokens.reserve(size_t(utf8.size()) * 2 + 8);
    words->spans.reserve(size_t(utf8.size()) + 3);
    Collect intoWords{&words->tokens, &words->spans}, intoChars{&chars->tokens, &chars->spans};
    tokenizer.tokenizeBoth(utf8.constData(), int(utf8.size()), &intoWords, collectToken, &intoChars, collectToken);
    keep(Mode::Words, utf8, std::move(words));
    keep(Mode::HanChars, utf8, std::move(chars));
}

void PretokenizedText::keep(Mode mode, const QByteArray &utf8, std::shared_ptr<Entry> entry)
{
    const qint64 bytes = qint64(utf8.size() + 1 + entry->tokens.size() + entry->spans.size() * sizeof(int));
    const int uses = entry->uses;
    std::lock_guard lock(m_mutex);
    QByteArray text = utf8;
    if (text.capacity() > text.size() + text.size() / 4)
        text.squeeze(); // toUtf8 allocates three bytes per character: Latin text would hold twice its size unused
    auto [it, inserted] = entries(mode).try_emplace(std::move(text), std::move(entry));
    if (!inserted) {
        it->second->uses += uses; // the same text in another field or article
        return;
    }
    m_bytes += bytes;
    ++m_count;
}

void PretokenizedText::addArticle(const Article &a, TextTokenizer &tokenizer)
{
    // As the view search_content composes them (kStitchedContent in ftsindex.cpp).
    QString body = a.body;
    if (const QString captions = a.captions.join(u'\n'); !captions.isEmpty())
        body += u'\n' + captions;
    QString title = a.title + u'\n' + a.kicker + u'\n' + a.subtitle;
    while (title.endsWith(u'\n'))
        title.chop(1);
    QStringList names;
    for (const Byline &byline : a.bylines) {
        if (!byline.name.trimmed().isEmpty())
            names.append(byline.name.trimmed());
    }
    if (!a.signature.trimmed().isEmpty())
        names.append(a.signature.trimmed());
    const QByteArray bodyUtf8 = body.toUtf8(), titleUtf8 = title.toUtf8(), namesUtf8 = names.join(u'\n').toUtf8();
    // search_fts reads body, title, names and column; search_chars body, title and names;
    // search_titles the title.
    addBoth(bodyUtf8, 1, 1, tokenizer);
    addBoth(titleUtf8, 2, 1, tokenizer);
    addBoth(namesUtf8, 1, 1, tokenizer);
    add(Mode::Words, a.column.toUtf8(), 1, tokenizer);
}

bool PretokenizedText::replay(Mode mode, const char *text, int length, void *context, TextTokenizer::Sink sink,
                              int *rc)
{
    if (m_count == 0 || length <= 0)
        return false; // nothing made ahead: no key to build
    std::shared_ptr<Entry> entry;
    {
        Entries &held = entries(mode);
        std::lock_guard lock(m_mutex);
        const auto it = held.find(std::string_view(text, size_t(length)));
        if (it == held.end())
            return false;
        entry = it->second;
        if (--entry->uses == 0) {
            m_bytes -= qint64(it->first.size() + 1 + entry->tokens.size() + entry->spans.size() * sizeof(int));
            --m_count;
            held.erase(it);
        }
    }
    ++m_replayed;
    *rc = 0;
    size_t at = 0;
    for (size_t i = 0; i + 2 < entry->spans.size() && *rc == 0; i += 3) {
        const int tokenLength = entry->spans[i];
        *rc = sink(context, entry->tokens.data() + at, tokenLength, entry->spans[i + 1], entry->spans[i + 2], 0);
        at += size_t(tokenLength);
    }
    return true;
}

void PretokenizedText::clear()
{
    std::lock_guard lock(m_mutex);
    m_words.clear();
    m_chars.clear();
    m_bytes = 0;
    m_count = 0;
}

} // namespace Baoku::Core
