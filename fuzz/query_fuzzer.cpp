// Feeds arbitrary text through the search query parser and runs the FTS5 expression it yields on
// a small index with Baoku's tokenizer: no input may crash, or become an FTS5 syntax error.
#include "core/search/ftsindex.h"
#include "core/search/queryparser.h"
#include "core/search/snippet.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

sqlite3 *index()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        sqlite3_open(":memory:", &handle);
        Baoku::Core::registerTokenizer(handle);
        sqlite3_exec(handle,
                     "CREATE VIRTUAL TABLE search_fts USING fts5(body, title, names, column_name, tokenize='baoku');"
                     "CREATE VIRTUAL TABLE search_chars USING fts5(body, title, names, tokenize='baoku chars', detail=none);"
                     "CREATE VIRTUAL TABLE search_titles USING fts5(title, tokenize='baoku');"
                     "INSERT INTO search_titles VALUES('電子報 APEC 技展会');"
                     "INSERT INTO search_fts VALUES('工业和信息化部 APEC 技展会 Café 5G手机', '電子報', '金壮龙', '要闻');"
                     "INSERT INTO search_chars VALUES('工业和信息化部 APEC 技展会', '電子報', '金壮龙');",
                     nullptr, nullptr, nullptr);
        return handle;
    }();
    return db;
}

void run(const char *sql, const QString &expression)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = expression.toUtf8();
    int rc = sqlite3_prepare_v2(index(), sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_OK) {
        std::fprintf(stderr, "FTS5 rejected %s: %s\n", utf8.constData(), sqlite3_errmsg(index()));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static Baoku::Core::QueryParser parser;
    const Baoku::Core::ParsedQuery query = parser.parse(text);
    // A refused query (too long, too many terms, a bad page:) carries nothing to search.
    if (!query.error.isEmpty() && (!query.isEmpty() || !query.excluded.isEmpty() || !query.pages.isEmpty()))
        std::abort();
    if (query.positiveTerms().size() + query.excluded.size() > Baoku::Core::QueryParser::kMaxTerms)
        std::abort();
    const QString expression = query.ftsExpression();
    if (expression.isEmpty())
        return 0;
    run("SELECT rowid, bm25(search_fts, 1.0, 10.0, 4.0, 2.0) FROM search_fts WHERE search_fts MATCH ?1 ORDER BY 2", expression);
    run("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1", u"{title} : ("_s + expression + u')');
    const QString titles = query.titleExpression();
    if (!titles.isEmpty())
        run("SELECT rowid FROM search_titles WHERE search_titles MATCH ?1 ORDER BY rowid DESC LIMIT 50", titles);
    const QString lone = query.loneHanChar();
    if (!lone.isEmpty())
        run("SELECT count(*) FROM search_chars WHERE search_chars MATCH ?1", u'"' + lone + u'"');
    Baoku::Core::SnippetMaker snippets(query.positiveTerms());
    (void)snippets.make(text, Baoku::Core::QueryField::Any);
    return 0;
}
