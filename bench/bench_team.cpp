// bench_team: a team workspace on PostgreSQL against a workspace file on
// SQLite, on the same generated corpus, in the same run: opening the
// workspace, listing its guides, an autosave (the compare-and-set save of one
// draft) and two-word searches, each timed alternately on the two; and how
// far the two rankings agree (the guides both put in their first ten).
//
//   bench_team URL [DIR] [--guides N] [--words N] [--iterations N]
//
// URL names an empty PostgreSQL database, or one this program filled before
// with the same corpus (bench/run.sh starts a throwaway cluster for it). DIR
// (default /tmp/almanac-bench) caches the SQLite file.

#include "guidegen.h"
#include "stats.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t corpusSeed = 20261127; // bench_search's corpus
constexpr int searchLimit = 50;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<Workspace> openOrDie(const QString &location)
{
    QString error;
    auto ws = Workspace::open(location, &error);
    if (!ws)
        die(error);
    return ws;
}

// The corpus in a workspace that does not hold it yet, in batches of 100.
std::unique_ptr<Workspace> filled(const QString &location, int guides, int words)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::open(location, &error);
    if (ws && ws->guides().size() == guides)
        return ws;
    if (ws && !ws->guides().isEmpty())
        die(QStringLiteral("%1 holds other guides; give an empty database or file").arg(location));
    if (!ws)
        ws = Workspace::create(location, &error);
    if (!ws)
        die(error);
    const auto start = Clock::now();
    for (int first = 0; first < guides; first += 100) {
        QList<Guide> batch;
        for (int i = first; i < std::min(guides, first + 100); ++i)
            batch << generateGuide(corpusSeed, i, words, guides);
        if (!ws->saveGuides(batch, &error))
            die(error);
        if ((first + 100) % 2000 == 0)
            std::fprintf(stderr, "  %s: %d/%d guides, %.0f s\n", qPrintable(location), first + 100, guides,
                         msSince(start) / 1000);
    }
    std::printf("filled %s with %d guides in %.1f s\n", qPrintable(location), guides, msSince(start) / 1000);
    return ws;
}

struct Pair
{
    std::vector<double> sqlite, postgres;
};

// Runs each measurement alternately on the two workspaces, after one warm-up each.
Pair alternate(int iterations, const std::function<double(bool postgres, int i)> &measure)
{
    Pair p;
    measure(false, 0);
    measure(true, 0);
    for (int i = 0; i < iterations; ++i) {
        p.sqlite.push_back(measure(false, i));
        p.postgres.push_back(measure(true, i));
    }
    return p;
}

void printRow(const char *what, const Pair &p)
{
    const Stats s = Stats::of(p.sqlite);
    const Stats g = Stats::of(p.postgres);
    std::printf("| %s | %zu | %s ms | %s ms | %s ms | %s ms | %.2fx |\n", what, s.n, fmt(s.median).c_str(),
                fmt(s.p90).c_str(), fmt(g.median).c_str(), fmt(g.p90).c_str(), g.median / s.median);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString url;
    QString dir = QStringLiteral("/tmp/almanac-bench");
    CorpusSize size;
    size.iterations = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        QString problem;
        if (takeCorpusOption(args, i, size, &problem)) {
            if (!problem.isEmpty())
                die(problem);
        } else if (a.startsWith(u'-'))
            die(QStringLiteral("usage: bench_team URL [DIR] [--guides N] [--words N] [--iterations N]"));
        else if (url.isEmpty())
            url = a;
        else
            dir = a;
    }
    const int guides = size.guides;
    const int words = size.words;
    const int iterations = size.iterations;
    if (url.isEmpty())
        die(QStringLiteral("usage: bench_team URL [DIR] [--guides N] [--words N] [--iterations N]"));
    if (!QDir().mkpath(dir))
        die(QStringLiteral("cannot make %1").arg(dir));
    const QString file =
        QStringLiteral("%1/team-g%2-w%3.almanac").arg(QDir(dir).absolutePath()).arg(guides).arg(words);

    std::printf("bench_team: PostgreSQL (%s) against SQLite (%s), %d guides of ~%d words\n\n",
                qPrintable(url), qPrintable(file), guides, words);
    std::unique_ptr<Workspace> sqlite = filled(file, guides, words);
    std::unique_ptr<Workspace> postgres = filled(url, guides, words);
    auto on = [&](bool pg) -> Workspace & { return pg ? *postgres : *sqlite; };

    std::printf("\n| operation | runs | SQLite median | SQLite p90 | PostgreSQL median | PostgreSQL p90 | "
                "ratio |\n|---|---:|---:|---:|---:|---:|---:|\n");
    const Pair open = alternate(std::max(5, iterations / 5), [&](bool pg, int) {
        const auto t = Clock::now();
        auto ws = openOrDie(pg ? url : file);
        keep(static_cast<std::size_t>(ws->schemaVersion()));
        return msSince(t);
    });
    printRow("open", open);
    const Pair list = alternate(std::max(5, iterations / 5), [&](bool pg, int) {
        const auto t = Clock::now();
        keep(static_cast<std::size_t>(on(pg).guides().size()));
        return msSince(t);
    });
    printRow("list all guides", list);
    const Pair save = alternate(iterations, [&](bool pg, int i) {
        const QString slug = slugFor(corpusSeed, i % 100);
        auto d = on(pg).draft(slug);
        if (!d)
            die(QStringLiteral("no guide %1").arg(slug));
        d->guide.tldr += QStringLiteral(" Edited.");
        const auto t = Clock::now();
        const SaveResult r = on(pg).saveDraft(d->guide, d->revision, QStringLiteral("bench"));
        const double ms = msSince(t);
        if (!r.ok())
            die(r.error);
        return ms;
    });
    printRow("autosave one draft", save);

    const QStringList queries = {QStringLiteral("battery storage"),    QStringLiteral("supply chain"),
                                 QStringLiteral("chip design"),        QStringLiteral("energy market"),
                                 QStringLiteral("privacy regulation"), QStringLiteral("open standard")};
    Pair search;
    int shared = 0;
    for (const QString &query : queries) {
        QString error;
        const Pair one = alternate(iterations, [&](bool pg, int) {
            const auto t = Clock::now();
            keep(static_cast<std::size_t>(on(pg).search(query, searchLimit, false, &error).size()));
            return msSince(t);
        });
        if (!error.isEmpty())
            die(error);
        printRow(qPrintable(QStringLiteral("search `%1`").arg(query)), one);
        search.sqlite.insert(search.sqlite.end(), one.sqlite.begin(), one.sqlite.end());
        search.postgres.insert(search.postgres.end(), one.postgres.begin(), one.postgres.end());
        QSet<QString> first;
        for (const SearchHit &h : sqlite->search(query, 10, false, &error))
            first.insert(h.slug);
        for (const SearchHit &h : postgres->search(query, 10, false, &error))
            shared += first.contains(h.slug) ? 1 : 0;
    }
    printRow("**search, all queries**", search);

    const Stats pgSearch = Stats::of(search.postgres);
    const double ratio = pgSearch.median / Stats::of(search.sqlite).median;
    std::printf("\nranking: %d of the %lld first-ten places agree between the two (bm25 on FTS5, "
                "ts_rank_cd on tsvector)\n",
                shared, static_cast<long long>(queries.size() * 10));
    std::printf("\ntargets:\n");
    std::printf("  two-word search on PostgreSQL, median %s ms (< 10 ms): %s\n", fmt(pgSearch.median).c_str(),
                pgSearch.median < 10 ? "met" : "MISSED");
    std::printf("  two-word search PostgreSQL/SQLite %.2fx (<= 2x): %s\n", ratio,
                ratio <= 2 ? "met" : "MISSED");
    return 0;
}
