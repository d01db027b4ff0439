// bench_diff: diff::compare + diff::toJson (the structured diff of two versions
// of a guide, as `almanac diff --format json` writes it, in-process) against the
// whole process `git diff --no-index --word-diff=porcelain A B` on the same two
// versions as plain text, alternately in one run.
//
//   bench_diff [--scale F] [--only typical|large]
//                                   F multiplies the iteration counts (default 1)
//   bench_diff --write WORDS DIR    writes both versions as plain text (a.txt, b.txt)
//                                   and our JSON diff (diff.json) into DIR
//   bench_diff --profile WORDS N    diffs N times and nothing else, for callgrind:
//                                   valgrind --tool=callgrind bench_diff --profile 100000 5
//
// The second version differs from the first in ~2% of the words of every text
// field (word replacements, insertions and deletions, spread evenly), has 1-2
// sections deleted and 2-3 sections moved elsewhere.

#include "diff/diffformat.h"
#include "diff/guidediff.h"
#include "diff/worddiff.h"
#include "guidegen.h"
#include "stats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <malloc.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t seed = 20261127;
constexpr double editRate = 0.02;

// What one field's edits were, in words.
struct Edits
{
    int replaced = 0;
    int inserted = 0;
    int deleted = 0;
    int changedWords() const { return 2 * replaced + inserted + deleted; }
};

bool isWord(QStringView token)
{
    return !token.isEmpty() && token.front().isLetterOrNumber();
}

// Replaces, inserts or deletes about editRate of the words of text.
QString mutate(const QString &text, Rng &rng, Edits &edits)
{
    const std::vector<QString> &vocab = vocabulary();
    auto someWord = [&](QStringView not1, QStringView not2) {
        for (;;) {
            const QString &w = vocab[rng.below(static_cast<std::uint32_t>(vocab.size()))];
            if (w != not1 && w != not2)
                return w;
        }
    };
    const QList<QStringView> tokens = worddiff::tokenize(text);
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView t = tokens[i];
        // Leave citation keys and URLs alone: edits go to the prose.
        const bool prose = isWord(t) && (i == 0 || (tokens[i - 1] != u"@" && tokens[i - 1] != u"/" &&
                                                    tokens[i - 1] != u"." && tokens[i - 1] != u":"));
        if (!prose || !rng.chance(editRate)) {
            out += t;
            continue;
        }
        const QStringView next = i + 1 < tokens.size() ? tokens[i + 1] : QStringView();
        const double r = rng.unit();
        if (r < 0.5) {
            out += someWord(t, t);
            ++edits.replaced;
        } else if (r < 0.75) {
            out += t;
            out += u' ';
            out += someWord(t, next.size() > 0 && i + 2 < tokens.size() ? tokens[i + 2] : QStringView());
            ++edits.inserted;
        } else {
            // The word and the single space after it.
            if (next == u" ")
                ++i;
            ++edits.deleted;
        }
    }
    return out;
}

struct Pair
{
    Guide a;
    Guide b;
    Edits edits; // over every field still there in b
    int fieldsEdited = 0;
    QHash<QString, Edits> made; // "part/id/field" -> the edits made there
    int deletedSections = 0;
    int movedSections = 0;
};

QString key(const QString &part, const QString &id, const QString &field)
{
    return part + u'/' + id + u'/' + field;
}

Pair makePair(int words)
{
    Pair p;
    p.a = generateGuide(seed, 0, words);
    p.b = p.a;
    Rng rng(seed ^ 0xd1ffULL ^ static_cast<std::uint64_t>(words));
    auto edit = [&](const QString &part, const QString &id, const QString &field, QString &text) {
        Edits e;
        text = mutate(text, rng, e);
        if (e.changedWords() > 0)
            p.made.insert(key(part, id, field), e);
    };
    Guide &g = p.b;
    edit(QStringLiteral("metadata"), QString(), QStringLiteral("tldr"), g.tldr);
    for (Takeaway &t : g.takeaways)
        edit(QStringLiteral("takeaways"), t.id, QStringLiteral("text"), t.text);
    for (Section &s : g.sections)
        edit(QStringLiteral("sections"), s.id, QStringLiteral("body"), s.body);
    for (TimelineEntry &e : g.timeline)
        edit(QStringLiteral("timeline"), e.id, QStringLiteral("description"), e.description);
    for (FaqEntry &f : g.faq)
        edit(QStringLiteral("faq"), f.id, QStringLiteral("answer"), f.answer);
    for (Source &s : g.sources)
        edit(QStringLiteral("sources"), s.id, QStringLiteral("summary"), s.summary);

    // Delete 1-2 sections (not the first), then move 2-3 others elsewhere.
    const int deletions = g.sections.size() > 8 ? 2 : 1;
    for (int d = 0; d < deletions; ++d) {
        const qsizetype at = 1 + rng.below(static_cast<std::uint32_t>(g.sections.size() - 1));
        // Its edits do not count: the whole section is gone.
        p.made.remove(key(QStringLiteral("sections"), g.sections[at].id, QStringLiteral("body")));
        g.sections.removeAt(at);
        ++p.deletedSections;
    }
    const int moves = g.sections.size() > 8 ? 3 : 2;
    for (int m = 0; m < moves; ++m) {
        const qsizetype from = rng.below(static_cast<std::uint32_t>(g.sections.size()));
        qsizetype to = rng.below(static_cast<std::uint32_t>(g.sections.size()));
        if (to == from)
            to = (from + g.sections.size() / 2) % g.sections.size();
        g.sections.move(from, to);
        ++p.movedSections;
    }
    for (const Edits &e : std::as_const(p.made)) {
        p.edits.replaced += e.replaced;
        p.edits.inserted += e.inserted;
        p.edits.deleted += e.deleted;
        ++p.fieldsEdited;
    }
    return p;
}

diff::DiffLabels labelsFor(const Guide &g)
{
    return {g.slug, QStringLiteral("v1"), QStringLiteral("v2")};
}

QByteArray ours(const Pair &p)
{
    return diff::toJson(diff::compare(p.a, p.b), labelsFor(p.a));
}

struct GitRun
{
    double ms = 0;
    std::size_t bytes = 0;
    long maxRssKb = 0;
};

// The whole git process: spawn, read all of its output, wait.
GitRun runGit(const std::string &fileA, const std::string &fileB)
{
    int fds[2];
    if (pipe(fds) != 0) {
        std::perror("pipe");
        std::exit(2);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    std::string a0 = "git", a1 = "diff", a2 = "--no-index", a3 = "--word-diff=porcelain";
    std::string a4 = fileA, a5 = fileB;
    char *argv[] = {a0.data(), a1.data(), a2.data(), a3.data(), a4.data(), a5.data(), nullptr};
    GitRun r;
    const Clock::time_point start = Clock::now();
    pid_t pid;
    if (posix_spawnp(&pid, "git", &actions, nullptr, argv, environ) != 0) {
        std::perror("posix_spawnp git");
        std::exit(2);
    }
    close(fds[1]);
    char buf[65536];
    for (;;) {
        const ssize_t got = read(fds[0], buf, sizeof buf);
        if (got > 0)
            r.bytes += static_cast<std::size_t>(got);
        else if (got == 0 || errno != EINTR)
            break;
    }
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.ms = msSince(start);
    r.maxRssKb = usage.ru_maxrss;
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
        std::fprintf(stderr, "git diff failed (status %d)\n", status);
        std::exit(2);
    }
    return r;
}

long statusKb(const char *field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::size_t n = std::strlen(field);
    while (std::getline(in, line)) {
        if (line.compare(0, n, field) == 0 && line.size() > n && line[n] == ':')
            return std::atol(line.c_str() + n + 1);
    }
    return -1;
}

// Peak memory one diff adds: the high-water mark is reset (clear_refs 5), so
// the growth is the diff's own peak over what the process held before it.
long diffPeakKb(const Pair &p)
{
    malloc_trim(0);
    {
        std::ofstream reset("/proc/self/clear_refs");
        reset << "5";
    }
    const long before = statusKb("VmRSS");
    keep(static_cast<std::size_t>(ours(p).size()));
    return statusKb("VmHWM") - before;
}

struct Result
{
    const char *name = "";
    int words = 0;
    Pair pair;
    std::size_t jsonBytes = 0;
    std::size_t textBytes = 0;
    std::size_t gitBytes = 0;
    long gitRssKb = 0;
    long ourPeakKb = 0;
    Stats ours;
    Stats git;
    int foundWords = 0; // deleted + inserted words in kept fields
    int madeWords = 0;
    int fieldsOver = 0;  // fields where more words changed than were edited
    int fieldsFound = 0; // kept fields with a word diff
    int removedItems = 0;
    int movedItems = 0;
};

Result measure(const char *name, int words, int iterations, double budgetMs, const QString &dir)
{
    Result r;
    r.name = name;
    r.words = words;
    r.pair = makePair(words);
    const Pair &p = r.pair;
    const QByteArray textA = textOf(p.a);
    const QByteArray textB = textOf(p.b);
    r.textBytes = static_cast<std::size_t>(textA.size());
    const std::string fileA = (dir + QStringLiteral("/%1-a.txt").arg(name)).toStdString();
    const std::string fileB = (dir + QStringLiteral("/%1-b.txt").arg(name)).toStdString();
    for (const auto &[file, text] : {std::pair{fileA, textA}, std::pair{fileB, textB}}) {
        QFile f(QString::fromStdString(file));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            std::fprintf(stderr, "cannot write %s\n", file.c_str());
            std::exit(2);
        }
    }

    // What the diff found, against what was done.
    const diff::GuideDiff d = diff::compare(p.a, p.b);
    r.madeWords = p.edits.changedWords();
    for (const diff::ItemChange &c : d.items) {
        if (c.kind == diff::ItemChange::Kind::Removed) {
            ++r.removedItems;
            continue;
        }
        r.movedItems += c.moved ? 1 : 0;
        for (const diff::FieldChange &f : c.fields) {
            const worddiff::Counts n = worddiff::countWords(f.words);
            r.foundWords += n.deleted + n.inserted;
            ++r.fieldsFound;
            if (n.deleted + n.inserted > p.made.value(key(c.part, c.id, f.field)).changedWords())
                ++r.fieldsOver;
        }
    }
    for (const diff::FieldChange &f : d.metadata) {
        const worddiff::Counts n = worddiff::countWords(f.words);
        r.foundWords += n.deleted + n.inserted;
        ++r.fieldsFound;
        if (n.deleted + n.inserted >
            p.made.value(key(QStringLiteral("metadata"), QString(), f.field)).changedWords())
            ++r.fieldsOver;
    }
    r.ourPeakKb = diffPeakKb(p);

    // Warm up both, then alternate.
    r.jsonBytes = static_cast<std::size_t>(ours(p).size());
    const GitRun warm = runGit(fileA, fileB);
    r.gitBytes = warm.bytes;
    r.gitRssKb = warm.maxRssKb;
    std::vector<double> o;
    std::vector<double> g;
    const Clock::time_point all = Clock::now();
    for (int i = 0; i < iterations || (msSince(all) < budgetMs && i < 20 * iterations); ++i) {
        Clock::time_point t = Clock::now();
        keep(static_cast<std::size_t>(ours(p).size()));
        o.push_back(msSince(t));
        const GitRun run = runGit(fileA, fileB);
        g.push_back(run.ms);
        r.gitRssKb = std::max(r.gitRssKb, run.maxRssKb);
    }
    r.ours = Stats::of(o);
    r.git = Stats::of(g);
    return r;
}

void print(const Result &r)
{
    const Pair &p = r.pair;
    std::printf("%s guide: %d words (wc -w), %zu bytes as text, %lld sections -> %lld\n", r.name,
                countWords(p.a), r.textBytes, static_cast<long long>(p.a.sections.size()),
                static_cast<long long>(p.b.sections.size()));
    std::printf("  edits: %d words replaced, %d inserted, %d deleted in %d fields (%.2f%% of words); "
                "%d sections deleted, %d moved\n",
                p.edits.replaced, p.edits.inserted, p.edits.deleted, p.fieldsEdited,
                100.0 * (p.edits.replaced + p.edits.inserted + p.edits.deleted) / countWords(p.a),
                p.deletedSections, p.movedSections);
    std::printf(
        "  found: %d removed items, %d moved items, %d changed fields; %d words deleted+inserted in kept "
        "fields vs %d edited (%+.1f%%); fields with more changes than edits: %d\n",
        r.removedItems, r.movedItems, r.fieldsFound, r.foundWords, r.madeWords,
        r.madeWords ? 100.0 * (r.foundWords - r.madeWords) / r.madeWords : 0.0, r.fieldsOver);
    std::printf("  output: ours %zu bytes of JSON, git %zu bytes of porcelain\n", r.jsonBytes, r.gitBytes);
    std::printf("  %-34s median %8s ms  min %8s ms  p90 %8s ms  (n=%zu)\n", "ours (compare + toJson)",
                fmt(r.ours.median).c_str(), fmt(r.ours.min).c_str(), fmt(r.ours.p90).c_str(), r.ours.n);
    std::printf("  %-34s median %8s ms  min %8s ms  p90 %8s ms  (n=%zu)\n", "git diff --word-diff=porcelain",
                fmt(r.git.median).c_str(), fmt(r.git.min).c_str(), fmt(r.git.p90).c_str(), r.git.n);
    std::printf("  ratio ours/git: median %.3f  min %.3f\n", r.ours.median / r.git.median,
                r.ours.min / r.git.min);
    std::printf("  memory: ours peak +%ld KB over the process (VmHWM), git process peak %ld KB (ru_maxrss)\n",
                r.ourPeakKb, r.gitRssKb);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();

    if (args.size() == 4 && args[1] == QLatin1String("--write")) {
        const Pair p = makePair(args[2].toInt());
        QDir().mkpath(args[3]);
        const QList<std::pair<QString, QByteArray>> files = {{QStringLiteral("a.txt"), textOf(p.a)},
                                                             {QStringLiteral("b.txt"), textOf(p.b)},
                                                             {QStringLiteral("diff.json"), ours(p)}};
        for (const auto &[name, bytes] : files) {
            QFile f(args[3] + u'/' + name);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return 1;
        }
        return 0;
    }
    if (args.size() == 4 && args[1] == QLatin1String("--profile")) {
        const Pair p = makePair(args[2].toInt());
        for (int i = 0; i < args[3].toInt(); ++i)
            keep(static_cast<std::size_t>(ours(p).size()));
        return 0;
    }

    double scale = 1;
    QString only;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--scale"))
            scale = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
        else {
            std::fprintf(stderr, "usage: bench_diff [--scale F] [--only typical|large]\n");
            return 1;
        }
    }
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;
    std::vector<Result> results;
    if (only.isEmpty() || only == QLatin1String("typical")) {
        results.push_back(
            measure("typical", typicalWords, static_cast<int>(200 * scale), 2000 * scale, tmp.path()));
        print(results.back());
    }
    if (only.isEmpty() || only == QLatin1String("large")) {
        results.push_back(
            measure("large", largeWords, static_cast<int>(40 * scale), 4000 * scale, tmp.path()));
        print(results.back());
    }
    std::printf("diff targets (ours faster than git; large under 100 ms):\n");
    for (const Result &r : results) {
        const bool faster = r.ours.median < r.git.median;
        const bool under = std::string(r.name) != "large" || r.ours.median < 100;
        std::printf("  %-8s ours %s ms, git %s ms, ratio %.2f: %s\n", r.name, fmt(r.ours.median).c_str(),
                    fmt(r.git.median).c_str(), r.ours.median / r.git.median,
                    faster && under ? "met" : "MISSED");
    }
    return 0;
}
