// bench_merge: merge::merge (the three-way merge of guides, in-process) against
// the whole process `git merge-file -p OURS BASE THEIRS` on the same three
// versions as plain text, alternately in one run.
//
//   bench_merge [--runs N] [--only guide|text]
//                             N timed runs of each (default 41), after a warm-up
//   bench_merge --stages      where the time of the long text's merge goes
//   bench_merge --write DIR   writes the three versions of both inputs as plain
//                             text (NAME-base.txt, NAME-ours.txt, NAME-theirs.txt)
//                             and as guide files (NAME-*.json) into DIR
//
// Inputs, both ~100,000 words, from one generated base (bench/guidegen.*):
// "guide", the large generated guide (186 sections and the other parts), and
// "text", the same words as one section body, one 100,000-word text field. Ours
// and theirs each edit ~2% of the prose words of every text field, apart
// (replace half of the time, insert a word after or delete it a quarter each),
// so most edits fall on different words and some on the same ones; on the
// guide, ours also moves two sections and theirs deletes one.

#include "diff/worddiff.h"
#include "guidegen.h"
#include "io/guidefile.h"
#include "merge/guidemerge.h"
#include "merge/textmerge.h"
#include "stats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t seed = 20261127;
constexpr double editRate = 0.02;

bool isWord(QStringView token)
{
    return !token.isEmpty() && token.front().isLetterOrNumber();
}

// Edits about editRate of the prose words of text; counts the words edited.
QString edit(const QString &text, Rng &rng, int &edited)
{
    const std::vector<QString> &vocab = vocabulary();
    auto someWord = [&] { return vocab[rng.below(static_cast<std::uint32_t>(vocab.size()))]; };
    const QList<QStringView> tokens = worddiff::tokenize(text);
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView t = tokens[i];
        // Citation keys and URLs stay as they are: the edits go to the prose.
        const bool prose = isWord(t) && (i == 0 || (tokens[i - 1] != u"@" && tokens[i - 1] != u"/" &&
                                                    tokens[i - 1] != u"." && tokens[i - 1] != u":"));
        if (!prose || !rng.chance(editRate)) {
            out += t;
            continue;
        }
        ++edited;
        const double r = rng.unit();
        if (r < 0.5) {
            out += someWord();
        } else if (r < 0.75) {
            out += t;
            out += u' ';
            out += someWord();
        } else if (i + 1 < tokens.size() && tokens[i + 1] == u" ") {
            ++i; // the word and the space after it
        }
    }
    return out;
}

int editGuide(Guide &g, Rng &rng)
{
    int edited = 0;
    g.tldr = edit(g.tldr, rng, edited);
    for (Takeaway &t : g.takeaways)
        t.text = edit(t.text, rng, edited);
    for (Section &s : g.sections)
        s.body = edit(s.body, rng, edited);
    for (TimelineEntry &e : g.timeline)
        e.description = edit(e.description, rng, edited);
    for (FaqEntry &f : g.faq)
        f.answer = edit(f.answer, rng, edited);
    for (Source &s : g.sources)
        s.summary = edit(s.summary, rng, edited);
    return edited;
}

struct Input
{
    QString name;
    Guide base;
    Guide ours;
    Guide theirs;
    int oursEdits = 0;
    int theirsEdits = 0;
};

Input makeInput(const QString &name)
{
    Input in;
    in.name = name;
    in.base = generateGuide(seed, 0, largeWords);
    if (name == QLatin1String("text")) {
        // Every section's body as one body: one long text field.
        QStringList bodies;
        for (const Section &s : std::as_const(in.base.sections))
            bodies << s.body;
        in.base.sections = {Section{in.base.sections.first().id, QStringLiteral("All of it"),
                                    bodies.join(QStringLiteral("\n\n"))}};
    }
    in.ours = in.base;
    in.theirs = in.base;
    Rng oursRng(seed ^ 0x0005ULL);
    Rng theirsRng(seed ^ 0x7be1ULL);
    in.oursEdits = editGuide(in.ours, oursRng);
    in.theirsEdits = editGuide(in.theirs, theirsRng);
    if (in.base.sections.size() > 8) {
        in.ours.sections.move(3, in.ours.sections.size() - 1);
        in.ours.sections.move(in.ours.sections.size() / 2, 0);
        in.theirs.sections.removeAt(5);
    }
    return in;
}

struct Files
{
    QString base, ours, theirs;
};

Files writeFiles(const Input &in, const QString &dir)
{
    auto write = [&](const QString &which, const QByteArray &bytes) {
        const QString path = dir + u'/' + in.name + u'-' + which;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::exit(2);
        }
        return path;
    };
    write(QStringLiteral("base.json"), guidefile::write(in.base));
    write(QStringLiteral("ours.json"), guidefile::write(in.ours));
    write(QStringLiteral("theirs.json"), guidefile::write(in.theirs));
    return {write(QStringLiteral("base.txt"), textOf(in.base)),
            write(QStringLiteral("ours.txt"), textOf(in.ours)),
            write(QStringLiteral("theirs.txt"), textOf(in.theirs))};
}

struct GitRun
{
    double ms = 0;
    int conflicts = 0; // conflict blocks (lines starting "<<<<<<< ") in its output
    qsizetype bytes = 0;
};

// The whole git process: start, read all of its output, wait.
GitRun runGit(const Files &f)
{
    const Clock::time_point start = Clock::now();
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("merge-file"), QStringLiteral("-p"), f.ours, f.base, f.theirs});
    if (!git.waitForStarted()) {
        std::fprintf(stderr, "cannot run git\n");
        std::exit(2);
    }
    QByteArray out;
    while (git.state() != QProcess::NotRunning) {
        git.waitForReadyRead(-1);
        out += git.readAllStandardOutput();
    }
    out += git.readAllStandardOutput();
    GitRun r;
    r.ms = msSince(start);
    r.conflicts = static_cast<int>(out.count("\n<<<<<<< ") + (out.startsWith("<<<<<<< ") ? 1 : 0));
    r.bytes = out.size();
    return r;
}

void measure(const Input &in, const QString &dir, int runs)
{
    const Files files = writeFiles(in, dir);
    const merge::Result result = merge::merge(in.base, in.ours, in.theirs);
    const GitRun firstGit = runGit(files);
    std::vector<double> ours;
    std::vector<double> git;
    for (int i = 0; i < runs; ++i) {
        const Clock::time_point start = Clock::now();
        const merge::Result r = merge::merge(in.base, in.ours, in.theirs);
        ours.push_back(msSince(start));
        keep(static_cast<std::size_t>(r.conflicts.size()));
        git.push_back(runGit(files).ms);
    }
    const Stats o = Stats::of(ours);
    const Stats g = Stats::of(git);
    std::printf("%-6s %7d words, %d section(s), words edited by ours/theirs %d/%d; conflicts: ours %lld, "
                "git %d\n",
                qPrintable(in.name), countWords(in.base), static_cast<int>(in.base.sections.size()),
                in.oursEdits, in.theirsEdits, static_cast<long long>(result.conflicts.size()),
                firstGit.conflicts);
    std::printf("%-6s ours median %s ms (min %s, p90 %s), git merge-file median %s ms (min %s), "
                "ratio ours/git %.2fx, %zu runs\n",
                qPrintable(in.name), fmt(o.median).c_str(), fmt(o.min).c_str(), fmt(o.p90).c_str(),
                fmt(g.median).c_str(), fmt(g.min).c_str(), o.median / g.median, o.n);
}

// Where the time of one long text field's merge goes, and how many pages the
// process touches for the first time during it (minor faults, which cost
// several microseconds each in a virtual machine).
void stages(const Input &in)
{
    const QString &b = in.base.sections.first().body;
    const QString &o = in.ours.sections.first().body;
    const QString &t = in.theirs.sections.first().body;
    auto faults = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return u.ru_minflt;
    };
    for (int run = 0; run < 7; ++run) {
        Clock::time_point start = Clock::now();
        const worddiff::TokenizedTexts tokens = worddiff::tokenizeAll({b, o, t});
        const double tokenizing = msSince(start);
        start = Clock::now();
        const std::vector<int> mo = worddiff::matchTokens(tokens.ids[0], tokens.ids[1]);
        const double matchOurs = msSince(start);
        start = Clock::now();
        const std::vector<int> mt = worddiff::matchTokens(tokens.ids[0], tokens.ids[2]);
        const double matchTheirs = msSince(start);
        const long faultsBefore = faults();
        start = Clock::now();
        const QList<merge::TextChunk> chunks = merge::mergeText(b, o, t);
        const double whole = msSince(start);
        std::printf("%zu tokens: tokenize x3 %s ms, match ours %s ms, theirs %s ms; "
                    "mergeText %s ms, %ld page faults\n",
                    tokens.ids[0].size(), fmt(tokenizing).c_str(), fmt(matchOurs).c_str(),
                    fmt(matchTheirs).c_str(), fmt(whole).c_str(), faults() - faultsBefore);
        keep(static_cast<std::size_t>(chunks.size()) + mo.size() + mt.size());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 41;
    QString only;
    QString writeDir;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i];
        else if (args[i] == QLatin1String("--stages")) {
            stages(makeInput(QStringLiteral("text")));
            return 0;
        } else if (args[i] == QLatin1String("--write") && i + 1 < args.size())
            writeDir = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_merge [--runs N] [--only guide|text] | --write DIR\n");
            return 2;
        }
    }
    QTemporaryDir tmp;
    const QString dir = writeDir.isEmpty() ? tmp.path() : writeDir;
    QDir().mkpath(dir);
    for (const QString &name : {QStringLiteral("guide"), QStringLiteral("text")}) {
        if (!only.isEmpty() && only != name)
            continue;
        const Input in = makeInput(name);
        if (!writeDir.isEmpty()) {
            writeFiles(in, dir);
            continue;
        }
        measure(in, dir, std::max(runs, 1));
    }
    if (writeDir.isEmpty())
        std::printf("merge target: faster than git merge-file and under 50 ms on both\n");
    return 0;
}
