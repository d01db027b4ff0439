// BundleWriter::write of N generated guides (default 1,000) to a .zip, against
// `zip -rX` of the same files already rendered: the bundle is first exported to
// a folder, then zip compresses that folder. Both in the same run; prints the
// medians and the ratio. See docs/benchmarks.md.

#include "guidegen.h"
#include "publish/bundlewriter.h"
#include "stats.h"
#include "store/versionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <cstdlib>

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t seed = 20261127;

int usage()
{
    std::fprintf(stderr, "usage: bench_bundle [--guides N] [--runs N]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int guides = 1000;
    int runs = 5;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        bool ok = false;
        if (args[i] == QLatin1String("--guides") && i + 1 < args.size())
            guides = args[++i].toInt(&ok);
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt(&ok);
        if (!ok || guides < 1 || runs < 1)
            return usage();
    }
    const QString zipTool = QStandardPaths::findExecutable(QStringLiteral("zip"));
    if (zipTool.isEmpty()) {
        std::fprintf(stderr, "bench_bundle: zip is not installed (apt-get install zip)\n");
        return 2;
    }

    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("bench.almanac")), &error);
    if (!ws) {
        std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(error));
        return 2;
    }
    std::fprintf(stderr, "making %d guides (%d words each) and publishing them...\n", guides, typicalWords);
    QList<Guide> corpus;
    for (int i = 0; i < guides; ++i)
        corpus << generateGuide(seed, i, typicalWords, guides);
    if (!ws->saveGuides(corpus, &error)) {
        std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(error));
        return 2;
    }
    VersionStore store(*ws);
    using A = VersionStore::Action;
    for (const Guide &g : std::as_const(corpus)) {
        const auto v = store.snapshot(g.slug, QStringLiteral("bench"), QStringLiteral("bench"), &error);
        bool ok = v.has_value();
        for (A a : {A::Submit, A::Approve, A::Publish})
            ok = ok && store.apply(g.slug, v->number, a, QStringLiteral("bench"), QString(), &error);
        if (!ok) {
            std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(error));
            return 2;
        }
    }
    corpus.clear();

    BundleWriter writer(*ws);
    const QString folder = dir.filePath(QStringLiteral("site"));
    auto r = writer.write({}, folder);
    if (r.status != BundleWriter::Status::Written) {
        std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(r.error));
        return 2;
    }
    std::printf("bundle: %d guides, %d files\n", r.guides, r.files);

    std::vector<double> ours;
    std::vector<double> zips;
    qint64 ourSize = 0;
    qint64 zipSize = 0;
    for (int run = 0; run < runs; ++run) {
        const QString ourZip = dir.filePath(QStringLiteral("ours.zip"));
        auto start = Clock::now();
        r = writer.write({}, ourZip);
        ours.push_back(msSince(start));
        if (r.status != BundleWriter::Status::Written) {
            std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(r.error));
            return 2;
        }
        ourSize = QFileInfo(ourZip).size();

        // zip -rX, run from inside the folder so the entry names are the bundle's.
        const QString theirZip = dir.filePath(QStringLiteral("zip.zip"));
        QFile::remove(theirZip);
        QProcess zip;
        zip.setWorkingDirectory(folder);
        start = Clock::now();
        zip.start(zipTool, {QStringLiteral("-rXq"), theirZip, QStringLiteral(".")});
        if (!zip.waitForFinished(600000) || zip.exitCode() != 0) {
            std::fprintf(stderr, "bench_bundle: zip failed: %s\n", zip.readAllStandardError().constData());
            return 2;
        }
        zips.push_back(msSince(start));
        zipSize = QFileInfo(theirZip).size();
    }
    const Stats o = Stats::of(ours);
    const Stats z = Stats::of(zips);
    std::printf("ours  (load, render, write zip): median %s ms  min %s ms  (%s runs)  zip %lld bytes\n",
                fmt(o.median).c_str(), fmt(o.min).c_str(), std::to_string(o.n).c_str(),
                static_cast<long long>(ourSize));
    std::printf("zip -rX (files already rendered): median %s ms  min %s ms  zip %lld bytes\n",
                fmt(z.median).c_str(), fmt(z.min).c_str(), static_cast<long long>(zipSize));
    const double ratio = o.median / z.median;
    std::printf("ratio ours / zip -rX: %.2fx (median; target <= 1.2x: %s; %d cores)\n", ratio,
                ratio <= 1.2 ? "met" : "MISSED", QThread::idealThreadCount());
    return 0;
}
