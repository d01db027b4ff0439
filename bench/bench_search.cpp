// bench_search: Workspace::search over a workspace of generated guides against
// the same FTS5 statement run straight through the SQLite C API on the same
// file, plus grep over the same text exported as one file per guide.
//
//   bench_search [DIR] [--guides N] [--words N] [--iterations N] [--rebuild]
//
// DIR (default /tmp/almanac-bench) caches the workspace and the text files, so
// only the first run pays for building them.

#include "guidegen.h"
#include "stats.h"
#include "store/searchquery.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t corpusSeed = 20261127;
constexpr int cacheVersion = 2; // bump when the generator changes

// The statement Workspace::search runs (src/core/store/workspace.cpp).
const char *const searchSql = "SELECT g.slug, g.title, g.subject, r.score FROM "
                              "(SELECT rowid, bm25(guide_search, 10.0, 5.0, 3.0, 1.0, 1.0) AS score "
                              " FROM guide_search WHERE guide_search MATCH ? ORDER BY score LIMIT ?) AS r "
                              "JOIN guides AS g ON g.num = r.rowid ORDER BY r.score";

constexpr int searchLimit = 50;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(message));
    std::exit(1);
}

struct RawHit
{
    std::string slug, title, subject;
    double score;
};

// The same query through the C API: prepared once, then bind, step, reset.
class RawSearch
{
public:
    explicit RawSearch(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            die(QStringLiteral("sqlite3_open_v2: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        if (sqlite3_prepare_v2(m_db, searchSql, -1, &m_stmt, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(m_db, "SELECT count(*) FROM guide_search WHERE guide_search MATCH ?", -1,
                               &m_count, nullptr) != SQLITE_OK)
            die(QStringLiteral("sqlite3_prepare_v2: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    ~RawSearch()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_finalize(m_count);
        sqlite3_close(m_db);
    }
    RawSearch(const RawSearch &) = delete;
    RawSearch &operator=(const RawSearch &) = delete;

    std::vector<RawHit> search(const std::string &match, int limit)
    {
        std::vector<RawHit> out;
        sqlite3_bind_text(m_stmt, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
        sqlite3_bind_int(m_stmt, 2, limit);
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            auto text = [&](int col) {
                return std::string(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col)),
                                   static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)));
            };
            out.push_back({text(0), text(1), text(2), sqlite3_column_double(m_stmt, 3)});
        }
        sqlite3_reset(m_stmt);
        return out;
    }

    int count(const std::string &match)
    {
        sqlite3_bind_text(m_count, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
        const int n = sqlite3_step(m_count) == SQLITE_ROW ? sqlite3_column_int(m_count, 0) : -1;
        sqlite3_reset(m_count);
        return n;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3_stmt *m_count = nullptr;
};

void removeWorkspace(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".done"})
        QFile::remove(path + QLatin1StringView(suffix));
}

void markDone(const QString &path)
{
    QFile f(path + QStringLiteral(".done"));
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(f.fileName()));
}

QString textFileName(const QString &dir, int index)
{
    return QStringLiteral("%1/%2.txt").arg(dir).arg(index, 5, 10, QLatin1Char('0'));
}

void writeText(const QString &dir, int index, const Guide &g)
{
    QFile f(textFileName(dir, index));
    if (!f.open(QIODevice::WriteOnly) || f.write(textOf(g)) < 0)
        die(QStringLiteral("cannot write %1").arg(f.fileName()));
}

// Makes the workspace and the text files that are not cached yet.
void prepare(const QString &wsPath, const QString &textDir, int guides, int words, bool rebuild)
{
    if (rebuild) {
        removeWorkspace(wsPath);
        QDir(textDir).removeRecursively();
        QFile::remove(textDir + QStringLiteral(".done"));
    }
    const bool needWorkspace = !QFileInfo::exists(wsPath + QStringLiteral(".done"));
    const bool needText = !QFileInfo::exists(textDir + QStringLiteral(".done"));
    if (!needWorkspace && !needText) {
        std::printf("reusing %s and %s\n", qPrintable(wsPath), qPrintable(textDir));
        return;
    }
    std::unique_ptr<Workspace> ws;
    if (needWorkspace) {
        removeWorkspace(wsPath);
        QString error;
        ws = Workspace::create(wsPath, &error);
        if (!ws)
            die(error);
    }
    if (needText) {
        QDir(textDir).removeRecursively();
        if (!QDir().mkpath(textDir))
            die(QStringLiteral("cannot make %1").arg(textDir));
    }
    std::printf("building %s%s%s (%d guides of ~%d words)...\n", needWorkspace ? qPrintable(wsPath) : "",
                needWorkspace && needText ? " and " : "", needText ? qPrintable(textDir) : "", guides, words);
    std::fflush(stdout);
    const auto start = Clock::now();
    double saveMs = 0;
    constexpr int batch = 100;
    long long totalWords = 0;
    for (int first = 0; first < guides; first += batch) {
        QList<Guide> list;
        for (int i = first; i < std::min(guides, first + batch); ++i) {
            list << generateGuide(corpusSeed, i, words, guides);
            totalWords += countWords(list.back());
            if (needText)
                writeText(textDir, i, list.back());
        }
        if (ws) {
            const auto t = Clock::now();
            QString error;
            if (!ws->saveGuides(list, &error))
                die(error);
            saveMs += msSince(t);
        }
        if ((first + batch) % 1000 == 0)
            std::fprintf(stderr, "  %d/%d guides, %.0f s\n", first + batch, guides, msSince(start) / 1000);
    }
    ws.reset();
    if (needWorkspace) {
        markDone(wsPath);
        std::printf(
            "workspace built: %d guides, %lld words, saveGuides in batches of %d took %.1f s (%.1f ms per "
            "guide), file %.0f MB\n",
            guides, totalWords, batch, saveMs / 1000, saveMs / guides,
            static_cast<double>(QFileInfo(wsPath).size()) / 1e6);
    }
    if (needText)
        markDone(textDir);
    std::printf("built in %.1f s\n\n", msSince(start) / 1000);
}

struct QueryResult
{
    std::string query;
    int matches = 0; // documents that match at all
    int hits = 0;    // rows returned (at most the limit)
    Stats ours;
    Stats raw;
    std::vector<double> oursMs, rawMs;
};

QueryResult measureQuery(Workspace &ws, RawSearch &raw, const QString &query, bool prefix, int iterations,
                         double budgetMs)
{
    QueryResult r;
    r.query = query.toStdString();
    const std::string match = toFtsQuery(query, prefix).toStdString();
    r.matches = raw.count(match);
    QString error;
    // Same rows in the same order, or the comparison means nothing.
    const QList<SearchHit> ourHits = ws.search(query, searchLimit, prefix, &error);
    if (!error.isEmpty())
        die(error);
    const std::vector<RawHit> rawHits = raw.search(match, searchLimit);
    if (static_cast<std::size_t>(ourHits.size()) != rawHits.size())
        die(QStringLiteral("\"%1\": %2 hits, raw FTS5 %3")
                .arg(query)
                .arg(ourHits.size())
                .arg(rawHits.size()));
    for (std::size_t i = 0; i < rawHits.size(); ++i) {
        if (ourHits[static_cast<qsizetype>(i)].slug.toStdString() != rawHits[i].slug)
            die(QStringLiteral("\"%1\": hit %2 differs from raw FTS5").arg(query).arg(i));
    }
    r.hits = static_cast<int>(rawHits.size());
    for (int i = 0; i < 3; ++i) {
        keep(static_cast<std::size_t>(ws.search(query, searchLimit, prefix, &error).size()));
        keep(raw.search(match, searchLimit).size());
    }
    const auto start = Clock::now();
    for (int i = 0; i < iterations || (msSince(start) < budgetMs && i < 10 * iterations); ++i) {
        for (int k = 0; k < 2; ++k) {
            const auto t = Clock::now();
            if ((i + k) % 2 == 0) {
                keep(static_cast<std::size_t>(ws.search(query, searchLimit, prefix, &error).size()));
                r.oursMs.push_back(msSince(t));
            } else {
                keep(raw.search(match, searchLimit).size());
                r.rawMs.push_back(msSince(t));
            }
        }
    }
    r.ours = Stats::of(r.oursMs);
    r.raw = Stats::of(r.rawMs);
    return r;
}

// Prints one table; returns the pooled statistics of all its queries.
std::pair<Stats, Stats> printTable(const char *title, const std::vector<QueryResult> &results)
{
    std::printf("%s (limit %d)\n\n", title, searchLimit);
    std::printf("| query | matching guides | runs | ours median | ours p90 | raw median | raw p90 | ratio "
                "(median) |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    std::vector<double> allOurs, allRaw;
    for (const QueryResult &r : results) {
        std::printf("| `%s` | %d | %zu | %s ms | %s ms | %s ms | %s ms | %.2fx |\n", r.query.c_str(),
                    r.matches, r.ours.n, fmt(r.ours.median).c_str(), fmt(r.ours.p90).c_str(),
                    fmt(r.raw.median).c_str(), fmt(r.raw.p90).c_str(), r.ours.median / r.raw.median);
        allOurs.insert(allOurs.end(), r.oursMs.begin(), r.oursMs.end());
        allRaw.insert(allRaw.end(), r.rawMs.begin(), r.rawMs.end());
    }
    const Stats ours = Stats::of(allOurs);
    const Stats raw = Stats::of(allRaw);
    std::printf("| **all** | | %zu | %s ms | %s ms | %s ms | %s ms | %.2fx |\n\n", ours.n,
                fmt(ours.median).c_str(), fmt(ours.p90).c_str(), fmt(raw.median).c_str(),
                fmt(raw.p90).c_str(), ours.median / raw.median);
    return {ours, raw};
}

struct GrepResult
{
    std::string word;
    int files = 0;
    Stats time;
};

GrepResult timeGrep(const QString &word, const QString &dir, int runs)
{
    GrepResult r;
    r.word = word.toStdString();
    std::vector<double> ms;
    for (int i = 0; i <= runs; ++i) { // the first run warms the page cache
        QProcess grep;
        grep.setStandardErrorFile(QProcess::nullDevice());
        const auto t = Clock::now();
        grep.start(QStringLiteral("grep"), {QStringLiteral("-rliw"), word, dir});
        if (!grep.waitForFinished(-1))
            die(QStringLiteral("grep did not run: %1").arg(grep.errorString()));
        const QByteArray out = grep.readAllStandardOutput();
        if (i > 0)
            ms.push_back(msSince(t));
        r.files = static_cast<int>(out.count('\n'));
    }
    r.time = Stats::of(ms);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral("/tmp/almanac-bench");
    CorpusSize size;
    bool rebuild = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        QString problem;
        if (takeCorpusOption(args, i, size, &problem)) {
            if (!problem.isEmpty())
                die(problem);
        } else if (a == QLatin1String("--rebuild"))
            rebuild = true;
        else if (!a.startsWith(u'-'))
            dir = a;
        else
            die(QStringLiteral(
                "usage: bench_search [DIR] [--guides N] [--words N] [--iterations N] [--rebuild]"));
    }
    const int guides = size.guides;
    const int words = size.words;
    const int iterations = size.iterations;
    if (!QDir().mkpath(dir))
        die(QStringLiteral("cannot make %1").arg(dir));
    const QString stem = QStringLiteral("%1/g%2-w%3-v%4")
                             .arg(QDir(dir).absolutePath())
                             .arg(guides)
                             .arg(words)
                             .arg(cacheVersion);
    const QString wsPath = stem + QStringLiteral(".almanac");
    const QString textDir = stem + QStringLiteral("-text");

    std::printf("bench_search: Workspace::search vs raw FTS5 (SQLite %s) over %d guides of ~%d words\n\n",
                sqlite3_libversion(), guides, words);
    prepare(wsPath, textDir, guides, words, rebuild);

    QString error;
    const auto openStart = Clock::now();
    auto ws = Workspace::open(wsPath, &error);
    if (!ws)
        die(error);
    const double openMs = msSince(openStart);
    const auto listStart = Clock::now();
    const qsizetype listed = ws->guides().size();
    const double listMs = msSince(listStart);
    std::printf("Workspace::open %s ms; guides() lists %lld guides in %s ms; file %.0f MB\n\n",
                fmt(openMs).c_str(), static_cast<long long>(listed), fmt(listMs).c_str(),
                static_cast<double>(QFileInfo(wsPath).size()) / 1e6);
    RawSearch raw(wsPath);

    const QStringList typical = {QStringLiteral("battery storage"),    QStringLiteral("supply chain"),
                                 QStringLiteral("chip design"),        QStringLiteral("energy market"),
                                 QStringLiteral("privacy regulation"), QStringLiteral("open standard")};
    const QStringList asYouType = {QStringLiteral("sto"),         QStringLiteral("stor"),
                                   QStringLiteral("stora"),       QStringLiteral("storag"),
                                   QStringLiteral("battery sto"), QStringLiteral("battery stor")};
    std::vector<QueryResult> typicalResults, prefixResults;
    for (const QString &q : typical)
        typicalResults.push_back(measureQuery(*ws, raw, q, false, iterations, 2000));
    for (const QString &q : asYouType)
        prefixResults.push_back(measureQuery(*ws, raw, q, true, std::max(10, iterations / 2), 2000));

    const auto [typicalOurs, typicalRaw] = printTable("Two-word searches, ranked by bm25", typicalResults);
    printTable("Prefix searches as you type (prefix = true)", prefixResults);

    std::printf("grep -rliw WORD over the same text as %d files\n\n", guides);
    std::printf("| word | files | runs | median | p90 |\n|---|---:|---:|---:|---:|\n");
    for (const QString &w : {QStringLiteral("storage"), QStringLiteral("battery")}) {
        const GrepResult g = timeGrep(w, textDir, 5);
        std::printf("| `%s` | %d | %zu | %s ms | %s ms |\n", g.word.c_str(), g.files, g.time.n,
                    fmt(g.time.median).c_str(), fmt(g.time.p90).c_str());
    }

    double worstPrefix = 0;
    for (const QueryResult &r : prefixResults)
        worstPrefix = std::max(worstPrefix, r.ours.median);
    const double typicalRatio = typicalOurs.median / typicalRaw.median;
    const bool typicalFast = typicalOurs.median < 5;
    const bool typicalClose = typicalRatio <= 1.5;
    const bool prefixFast = worstPrefix < 20;
    std::printf("\ntargets:\n");
    std::printf("  two-word search median %s ms (< 5 ms): %s\n", fmt(typicalOurs.median).c_str(),
                typicalFast ? "met" : "MISSED");
    std::printf("  two-word search ours/raw FTS5 %.2fx (<= 1.5x): %s\n", typicalRatio,
                typicalClose ? "met" : "MISSED");
    std::printf("  prefix search, slowest median %s ms (< 20 ms): %s\n", fmt(worstPrefix).c_str(),
                prefixFast ? "met" : "MISSED");
    return 0;
}
