// From one process's commit to another's screen: a writer process saves a new
// title to a guide's draft, N times at irregular intervals, and prints when
// each commit returned; the workstation (MainWindow, offscreen) has the guide
// open, and the time is taken when its title field shows the new text. The
// reference is the poll itself: a bare SQLite connection asking
// PRAGMA data_version in a tight loop, the fastest a reader can notice.
//
//   bench_feed [N]              (default 60 commits)
//   bench_feed --writer WS N    the writer half, started by the bench itself

#include "editor/guideeditor.h"
#include "io/guidefile.h"
#include "preview/previewpage.h"
#include "stats.h"
#include "store/dialect.h"
#include "store/workspace.h"
#include "ui_overviewform.h"
#include "window/graphicsbackend.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace almanac;

namespace {

const QString slug = QStringLiteral("crispr-gene-editing");

int writer(const QString &path, int n)
{
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QRandomGenerator random(42);
    for (int i = 1; i <= n; ++i) {
        QThread::msleep(250 + random.bounded(250));
        auto d = ws->draft(slug);
        d->guide.title = QStringLiteral("Title %1").arg(i);
        const SaveResult r = ws->saveDraft(d->guide, d->revision, QStringLiteral("bench"));
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("%d %lld\n", i, static_cast<long long>(at));
        std::fflush(stdout);
    }
    return 0;
}

// The same writer, noticed by a bare connection polling data_version.
QString describe(const QList<double> &ms)
{
    const bench::Stats s = bench::Stats::of(std::vector<double>(ms.begin(), ms.end()));
    const double max = ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end());
    return QStringLiteral("median %1  p90 %2  min %3  max %4  (n=%5)")
        .arg(QString::fromStdString(bench::fmt(s.median)), QString::fromStdString(bench::fmt(s.p90)),
             QString::fromStdString(bench::fmt(s.min)), QString::fromStdString(bench::fmt(max)))
        .arg(s.n);
}

// The commits the writer reports ("N time" lines), by number.
void takeWriterLines(QProcess &child, QHash<int, qint64> &committed)
{
    while (child.canReadLine()) {
        const QList<QByteArray> f = child.readLine().trimmed().split(' ');
        committed.insert(f.value(0).toInt(), f.value(1).toLongLong());
    }
}

// From each commit to when the reader saw it (a line may arrive before or after the reader sees it).
QList<double> latencies(const QHash<int, qint64> &committed, const QHash<int, qint64> &seen)
{
    QList<double> out;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (seen.contains(it.key()))
            out << double(seen.value(it.key()) - it.value());
    }
    return out;
}

int titleNumber(QSqlDatabase &db)
{
    QSqlQuery t(db);
    if (t.exec(QStringLiteral("SELECT title FROM guides")) && t.next() &&
        t.value(0).toString().startsWith(QLatin1String("Title ")))
        return t.value(0).toString().mid(6).toInt();
    return 0;
}

// A bare connection to the team workspace's server, listening on the change
// feed's channel: the fastest a reader can hear of a commit.
QList<double> bareListenLatencies(const QString &url, int n, const QString &self)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bare"));
    QString error;
    db.setConnectOptions(dialect::connectOptions(url, &error));
    if (!db.open() || !db.driver()->subscribeToNotification(QString::fromLatin1(dialect::changesChannel)))
        return {};
    QHash<int, qint64> seen;
    QObject::connect(db.driver(), &QSqlDriver::notification, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (const int i = titleNumber(db))
            seen.insert(i, now);
    });
    QProcess child;
    child.start(self, {QStringLiteral("--writer"), url, QString::number(n)});
    QHash<int, qint64> committed;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        child.waitForReadyRead(1);
        takeWriterLines(child, committed);
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50); // the last notification
    return latencies(committed, seen);
}

QList<double> bareLatencies(const QString &path, int n, const QString &self)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery q(db);
    auto version = [&] {
        q.exec(QStringLiteral("PRAGMA data_version"));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    QProcess child;
    child.start(self, {QStringLiteral("--writer"), path, QString::number(n)});
    QHash<int, qint64> committed;
    QHash<int, qint64> seen;
    qint64 last = version();
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        const qint64 v = version();
        if (v != last) {
            // Something was committed: which title is it?
            last = v;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (const int i = titleNumber(db))
                seen.insert(i, now);
        }
        child.waitForReadyRead(0);
        takeWriterLines(child, committed);
        QThread::usleep(200);
    }
    return latencies(committed, seen);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return writer(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    almanac::chooseGraphicsBackend();
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int n = 60;
    QString server;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--server") == 0 && i + 1 < argc)
            server = QString::fromLocal8Bit(argv[++i]);
        else
            n = atoi(argv[i]);
    }
    QTemporaryDir dir;
    const QString path = server.isEmpty() ? dir.filePath(QStringLiteral("feed.almanac")) : server;
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        auto g =
            guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"), &error);
        if (!ws || !g || !ws->saveGuide(*g, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openWorkspace(path, &error) || !window.showGuide(slug)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QLineEdit *title = window.currentEditor()->overview()->titleEdit;
    QHash<int, qint64> shown;
    QObject::connect(title, &QLineEdit::textChanged, [&](const QString &text) {
        if (text.startsWith(QLatin1String("Title ")))
            shown.insert(text.mid(6).toInt(), QDateTime::currentMSecsSinceEpoch());
    });
    QProcess child;
    QHash<int, qint64> committed;
    QObject::connect(&child, &QProcess::readyReadStandardOutput, [&] { takeWriterLines(child, committed); });
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--writer"), path, QString::number(n)});
    QElapsedTimer clock;
    clock.start();
    while ((child.state() != QProcess::NotRunning || shown.size() < committed.size()) &&
           clock.elapsed() < n * 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const QList<double> studio = latencies(committed, shown);
    window.close();
    const QList<double> bare = server.isEmpty()
                                   ? bareLatencies(path, n, QCoreApplication::applicationFilePath())
                                   : bareListenLatencies(path, n, QCoreApplication::applicationFilePath());
    std::printf("commit to screen, %d commits by another process, %s (ms):\n", n,
                server.isEmpty() ? "SQLite file" : "PostgreSQL team workspace");
    std::printf("  %-34s %s\n", "workstation title field", qPrintable(describe(studio)));
    std::printf("  %-34s %s\n",
                server.isEmpty() ? "bare data_version poll (reference)" : "bare LISTEN (reference)",
                qPrintable(describe(bare)));
    std::printf("  shown %lld of %lld commits\n", static_cast<long long>(studio.size()),
                static_cast<long long>(committed.size()));
    std::printf("feed targets: median under 250 ms: %s\n",
                !studio.isEmpty() &&
                        bench::Stats::of(std::vector<double>(studio.begin(), studio.end())).median < 250
                    ? "met"
                    : "NOT met");
    return 0;
}
