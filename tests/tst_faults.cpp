// Faults (issue 10, deliverable 5), through the real `almanac` binary: damage
// found by `almanac check` and refused on open, `almanac backup` copying a workspace that another
// process is writing, a full disk (a small tmpfs the test mounts; skipped
// unless the test may mount), a disk that turns read-only under an open
// workspace (ext4 on a loop device, as ext4 does after an I/O error), and SIGKILL at random moments of
// import, snapshot, publish and bundle.

#include "store/versionstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace almanac;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Result runIn(const QString &ws, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ALMANAC_CLI_PATH), QStringList{QStringLiteral("-w"), ws} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool mountTmpfs(const QString &dir, const QString &options)
{
    QProcess p;
    p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      options, QStringLiteral("tmpfs"), dir});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void umount(const QString &dir)
{
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir});
}

bool succeeds(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// ext4's own path to read-only: the error it would meet on a failing disk,
// with errors=remount-ro, turns the mounted file system read-only at once,
// files open for writing and all.
bool turnReadOnly(const QString &mountPoint)
{
    QProcess find;
    find.start(QStringLiteral("findmnt"), {QStringLiteral("-no"), QStringLiteral("SOURCE"), mountPoint});
    if (!find.waitForFinished(10000))
        return false;
    const QString device =
        QFileInfo(QString::fromLocal8Bit(find.readAllStandardOutput()).trimmed()).fileName();
    QFile trigger(QStringLiteral("/sys/fs/ext4/%1/trigger_fs_error").arg(device));
    if (device.isEmpty() || !trigger.open(QIODevice::WriteOnly) || trigger.write("1\n") < 0)
        return false;
    trigger.close();
    QFile probe(mountPoint + QStringLiteral("/probe"));
    return !probe.open(QIODevice::WriteOnly);
}

QString demoFile(const char *name)
{
    return QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + QLatin1String(name);
}

// Names under dir that a program left behind: temporary files and folders.
QStringList leftovers(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (name.contains(QLatin1String(".tmp")) || name.startsWith(u'.'))
            out << name;
    }
    return out;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checkFindsDamage_data();
    void checkFindsDamage();
    void backupWhileAnotherProcessWrites();
    void backupNeverReplaces();
    void fullDisk();
    void readOnlyMidSession();
    void damagedWorkspaceIsRefusedOnOpen();
    void killedAtRandomMoments();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A workspace with the demo guides, webassembly published as v1.
    void makeWorkspace(const QString &ws);
    // Mounts a tmpfs of the size at path("mnt"), or skips the test.
    void mountOrSkip(const QString &size);
    // Mounts a new ext4 image (errors=remount-ro) at path("mnt") through a
    // loop device, or skips the test.
    void mountExt4OrSkip();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mounted;
};

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaults::cleanup()
{
    if (!m_mounted.isEmpty())
        umount(m_mounted);
    m_mounted.clear();
    m_dir.reset();
}

void TestFaults::makeWorkspace(const QString &ws)
{
    QCOMPARE(runIn(ws, {QStringLiteral("init"), ws}).code, 0);
    const Result r = runIn(ws, {QStringLiteral("import"), demoFile("webassembly.json"),
                                demoFile("crispr.json"), demoFile("euro-banknotes.json")});
    QVERIFY2(r.code == 0, r.err.constData());
    for (const QStringList &step : {QStringList{QStringLiteral("snapshot"), QStringLiteral("webassembly"),
                                                QStringLiteral("-m"), QStringLiteral("v1")},
                                    QStringList{QStringLiteral("review"), QStringLiteral("webassembly"),
                                                QStringLiteral("v1"), QStringLiteral("--submit")},
                                    QStringList{QStringLiteral("review"), QStringLiteral("webassembly"),
                                                QStringLiteral("v1"), QStringLiteral("--approve")},
                                    QStringList{QStringLiteral("publish"), QStringLiteral("webassembly"),
                                                QStringLiteral("v1"), QStringLiteral("--yes")}}) {
        const Result s = runIn(ws, step);
        QVERIFY2(s.code == 0, s.err.constData());
    }
}

void TestFaults::mountOrSkip(const QString &size)
{
    const QString mnt = path(QStringLiteral("mnt"));
    QVERIFY(QDir().mkpath(mnt));
    if (!mountTmpfs(mnt, QStringLiteral("size=") + size))
        QSKIP("cannot mount a tmpfs here (the fault tests need root, as the test command runs)");
    m_mounted = mnt;
}

void TestFaults::checkFindsDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("bytes overwritten") << "bytes"
                                       << "database: ";
    QTest::newRow("a version's content changed") << "version"
                                                 << "webassembly v1: ";
    QTest::newRow("a draft changed behind the program's back") << "draft"
                                                               << "webassembly: draft: sources[0].key";
}

void TestFaults::checkFindsDamage()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    const QString ws = path(QStringLiteral("ws.almanac"));
    makeWorkspace(ws);
    Result r = runIn(ws, {QStringLiteral("check")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains("no damage found (3 guide(s), 1 version(s) checked)"), r.err.constData());
    if (damage == QLatin1String("bytes")) {
        QFile f(ws);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 60000);
        f.seek(40960); // a page in the middle
        f.write(QByteArray(3000, 'Z'));
    } else {
        QString error;
        auto w = Workspace::open(ws, &error);
        QVERIFY2(w, qPrintable(error));
        QSqlQuery q(w->database());
        QVERIFY(q.exec(
            damage == QLatin1String("version")
                ? QStringLiteral("UPDATE versions SET content = replace(content, 'WebAssembly', 'WebAss')")
                : QStringLiteral("UPDATE sources SET source_key = 'bad key' WHERE position = 0 AND "
                                 "guide_id = (SELECT id FROM guides WHERE slug = 'webassembly')")));
    }
    r = runIn(ws, {QStringLiteral("check")});
    QVERIFY2(r.code == 1 || (damage == QLatin1String("bytes") && r.code == 2), r.err.constData());
    QVERIFY2((r.out + r.err).contains(message.toUtf8()), (r.out + r.err).constData());
}

void TestFaults::backupWhileAnotherProcessWrites()
{
    const QString ws = path(QStringLiteral("ws.almanac"));
    makeWorkspace(ws);
    // Another program writes all the while: a version, then an import, over and over.
    QProcess writer;
    writer.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("for i in $(seq 1 60); do \"%1\" -w \"%2\" snapshot crispr-gene-editing -m \"n$i\" "
                        ">/dev/null 2>&1; \"%1\" -w \"%2\" import \"%3\" >/dev/null 2>&1; done")
             .arg(QStringLiteral(ALMANAC_CLI_PATH), ws, demoFile("euro-banknotes.json"))});
    QVERIFY(writer.waitForStarted());
    int copies = 0;
    for (; copies < 8 && writer.state() == QProcess::Running; ++copies) {
        const QString copy = path(QStringLiteral("copy%1.almanac").arg(copies));
        const Result b = runIn(ws, {QStringLiteral("backup"), copy});
        QVERIFY2(b.code == 0, b.err.constData());
        const Result c = runIn(copy, {QStringLiteral("check")});
        QVERIFY2(c.code == 0, (c.out + c.err).constData());
        QVERIFY2(c.err.contains("(3 guide(s), "), c.err.constData());
    }
    QVERIFY(writer.waitForFinished(300000));
    QVERIFY(copies >= 2);
    QVERIFY2(leftovers(m_dir->path()).isEmpty(), qPrintable(leftovers(m_dir->path()).join(u' ')));
}

void TestFaults::backupNeverReplaces()
{
    const QString ws = path(QStringLiteral("ws.almanac"));
    makeWorkspace(ws);
    const QString existing = path(QStringLiteral("precious.almanac"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep");
    f.close();
    const Result r = runIn(ws, {QStringLiteral("backup"), existing});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("exists; a backup never replaces a file"), r.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
}

void TestFaults::mountExt4OrSkip()
{
    const QString mnt = path(QStringLiteral("mnt"));
    const QString image = path(QStringLiteral("disk.img"));
    QVERIFY(QDir().mkpath(mnt));
    QFile img(image);
    QVERIFY(img.open(QIODevice::WriteOnly) && img.resize(32 << 20));
    img.close();
    if (!succeeds(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), image}) ||
        !succeeds(QStringLiteral("mount"),
                  {QStringLiteral("-o"), QStringLiteral("loop,errors=remount-ro"), image, mnt}))
        QSKIP("cannot mount an ext4 image on a loop device here (the fault tests need root, as the test "
              "command runs)");
    m_mounted = mnt;
}

void TestFaults::fullDisk()
{
    mountOrSkip(QStringLiteral("3m"));
    // (Reading needs room too: SQLite makes its -shm file when a workspace is opened.)
    const QString ws = m_mounted + QStringLiteral("/ws.almanac");
    makeWorkspace(ws);
    const QByteArray listBefore = runIn(ws, {QStringLiteral("list")}).out;
    // Fill the disk to the last byte.
    QFile filler(m_mounted + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) > 0 && filler.flush()) {
    }
    filler.close();
    QFile one(m_mounted + QStringLiteral("/one-more-byte"));
    QVERIFY(!one.open(QIODevice::WriteOnly) || one.write("x") < 0 || !one.flush());
    one.close();
    QFile::remove(m_mounted + QStringLiteral("/one-more-byte"));

    // Even a read needs room (SQLite's shared-memory file): it says so, and
    // never that the file is not a workspace.
    QFile::remove(ws + QStringLiteral("-shm"));
    const Result read = runIn(ws, {QStringLiteral("list")});
    QCOMPARE(read.code, 2);
    QVERIFY2(!read.err.contains("not an Almanac workspace") && read.err.contains("full"),
             read.err.constData());

    // Every write fails with a message and changes nothing.
    const QList<QStringList> writes = {
        {QStringLiteral("import"), demoFile("webassembly.json"),
         QStringLiteral(ALMANAC_TEST_DATA "/cli/tidal-power.json")},
        {QStringLiteral("snapshot"), QStringLiteral("crispr-gene-editing"), QStringLiteral("-m"),
         QStringLiteral("x")},
        {QStringLiteral("bundle"), QStringLiteral("-o"), m_mounted + QStringLiteral("/site.zip")},
    };
    for (const QStringList &w : writes) {
        const Result r = runIn(ws, w);
        QVERIFY2(r.code == 2, qPrintable(w.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.startsWith("almanac: ") && r.err.size() > 20, r.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_mounted + QStringLiteral("/site.zip")));

    // With room again the workspace is as it was, whole, and the same writes work.
    QVERIFY(QFile::remove(m_mounted + QStringLiteral("/filler")));
    QCOMPARE(runIn(ws, {QStringLiteral("list")}).out, listBefore);
    Result c = runIn(ws, {QStringLiteral("check")});
    QVERIFY2(c.code == 0, (c.out + c.err).constData());
    const Result r = runIn(ws, {QStringLiteral("snapshot"), QStringLiteral("crispr-gene-editing"),
                                QStringLiteral("-m"), QStringLiteral("x")});
    QVERIFY2(r.code == 0, r.err.constData());
    c = runIn(ws, {QStringLiteral("check")});
    QVERIFY2(c.code == 0, (c.out + c.err).constData());
    QVERIFY2(leftovers(m_mounted).isEmpty(), qPrintable(leftovers(m_mounted).join(u' ')));
}

// The disk turns read-only while a workspace is open and another program
// comes to write: every write fails, saying the disk is read-only, and once
// the disk is back the workspace is whole and as it was.
void TestFaults::readOnlyMidSession()
{
    mountExt4OrSkip();
    const QString ws = m_mounted + QStringLiteral("/ws.almanac");
    makeWorkspace(ws);
    const QByteArray listBefore = runIn(ws, {QStringLiteral("list")}).out;
    const QByteArray versionsBefore =
        runIn(ws, {QStringLiteral("versions"), QStringLiteral("webassembly")}).out;

    QString error;
    auto open = Workspace::open(ws, &error);
    QVERIFY2(open, qPrintable(error));
    const auto draft = open->draft(QStringLiteral("crispr-gene-editing"));
    QVERIFY(draft);
    QVERIFY(turnReadOnly(m_mounted));

    auto readOnlyMessage = [&](const QString &what, const QString &message) {
        QVERIFY2(message.contains(QLatin1String("read-only")) && message.contains(ws),
                 qPrintable(what + QStringLiteral(": ") + message));
    };
    Guide edited = draft->guide;
    edited.tldr += QStringLiteral(" One more sentence.");
    const SaveResult saved = open->saveDraft(edited, draft->revision, QStringLiteral("ana"));
    QCOMPARE(saved.status, SaveResult::Status::Failed);
    readOnlyMessage(QStringLiteral("autosave"), saved.error);
    VersionStore store(*open);
    QVERIFY(!store.snapshot(QStringLiteral("crispr-gene-editing"), QStringLiteral("ana"), QString(), &error));
    readOnlyMessage(QStringLiteral("snapshot"), error);
    const SaveResult removed = open->removeGuide(QStringLiteral("crispr-gene-editing"));
    QCOMPARE(removed.status, SaveResult::Status::Failed);
    readOnlyMessage(QStringLiteral("remove"), removed.error);
    open.reset();

    // Another program that comes to write is told the same, and writes nothing.
    for (const QStringList &w :
         {QStringList{QStringLiteral("import"), QStringLiteral(ALMANAC_TEST_DATA "/cli/tidal-power.json")},
          QStringList{QStringLiteral("snapshot"), QStringLiteral("crispr-gene-editing"), QStringLiteral("-m"),
                      QStringLiteral("x")}}) {
        const Result r = runIn(ws, w);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("almanac: ") && r.err.contains("read-only"), r.err.constData());
    }

    // The disk mended and mounted again: the workspace is whole, as before.
    umount(m_mounted);
    m_mounted.clear();
    QVERIFY(QProcess::execute(QStringLiteral("e2fsck"),
                              {QStringLiteral("-fy"), path(QStringLiteral("disk.img"))}) < 4);
    QVERIFY(
        succeeds(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("loop"),
                                           path(QStringLiteral("disk.img")), path(QStringLiteral("mnt"))}));
    m_mounted = path(QStringLiteral("mnt"));
    const Result c = runIn(ws, {QStringLiteral("check")});
    QVERIFY2(c.code == 0, (c.out + c.err).constData());
    QCOMPARE(runIn(ws, {QStringLiteral("list")}).out, listBefore);
    QCOMPARE(runIn(ws, {QStringLiteral("versions"), QStringLiteral("webassembly")}).out, versionsBefore);
    QVERIFY2(leftovers(m_mounted).isEmpty(), qPrintable(leftovers(m_mounted).join(u' ')));
}

// Bytes overwritten in the middle of the file: opening refuses it at once,
// naming the damage and what to do, and "almanac check" still reports it.
void TestFaults::damagedWorkspaceIsRefusedOnOpen()
{
    const QString ws = path(QStringLiteral("ws.almanac"));
    makeWorkspace(ws);
    {
        QFile f(ws);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 60000);
        f.seek(f.size() / 2 / 4096 * 4096);
        f.write(QByteArray(4096, 'Z'));
    }
    for (const QStringList &command :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("versions"), QStringLiteral("webassembly")}}) {
        const Result r = runIn(ws, command);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("the workspace file is damaged") && r.err.contains("almanac check"),
                 r.err.constData());
    }
    QString error;
    QVERIFY(!Workspace::open(ws, &error));
    QVERIFY2(error.startsWith(ws) && error.contains(QLatin1String("damaged")), qPrintable(error));
    const Result c = runIn(ws, {QStringLiteral("check")});
    QVERIFY2(c.code != 0 && (c.out + c.err).contains("database: "), (c.out + c.err).constData());
}

void TestFaults::killedAtRandomMoments()
{
    // SIGKILL after a random delay, hundreds of times, during the commands that write.
    const QString ws = path(QStringLiteral("ws.almanac"));
    makeWorkspace(ws);
    const QString out = path(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QRandomGenerator rng(20261201);
    const QList<QStringList> commands = {
        {QStringLiteral("import"), demoFile("crispr.json"), demoFile("euro-banknotes.json")},
        {QStringLiteral("snapshot"), QStringLiteral("crispr-gene-editing"), QStringLiteral("-m"),
         QStringLiteral("k")},
        {QStringLiteral("publish"), QStringLiteral("webassembly"), QStringLiteral("v1"),
         QStringLiteral("--yes")},
        {QStringLiteral("bundle"), QStringLiteral("-o"), out + QStringLiteral("/site")},
        {QStringLiteral("bundle"), QStringLiteral("-o"), out + QStringLiteral("/site.zip")},
    };
    // How long each command takes here, so that the kills land all through it.
    QList<qint64> micros;
    for (const QStringList &args : commands) {
        QElapsedTimer timer;
        timer.start();
        runIn(ws, args);
        micros << std::max<qint64>(1000, timer.nsecsElapsed() / 1000);
    }
    const int rounds = qEnvironmentVariableIntValue("ALMANAC_KILL_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("ALMANAC_KILL_ROUNDS")
                           : 200;
    for (int round = 0; round < rounds; ++round) {
        const int which = rng.bounded(int(commands.size()));
        QProcess p;
        p.start(QStringLiteral(ALMANAC_CLI_PATH), QStringList{QStringLiteral("-w"), ws} + commands[which]);
        QVERIFY(p.waitForStarted());
        QThread::usleep(static_cast<unsigned long>(rng.bounded(micros[which] * 6 / 5)));
        p.kill();
        p.waitForFinished(10000);
        if (round % 20 != 19)
            continue;
        // The workspace always opens, whole; bundles are there whole or not at all.
        const Result c = runIn(ws, {QStringLiteral("check")});
        QVERIFY2(c.code == 0,
                 qPrintable(QStringLiteral("round %1: ").arg(round) + QString::fromUtf8(c.out + c.err)));
        for (const char *bundle : {"/site", "/site.zip"}) {
            if (QFileInfo::exists(out + QLatin1String(bundle))) {
                const Result v = runIn(ws, {QStringLiteral("verify"), out + QLatin1String(bundle)});
                QVERIFY2(v.code == 0, (v.out + v.err).constData());
            }
        }
    }
    // What a killed export left is cleaned by the next one.
    QCOMPARE(runIn(ws, {QStringLiteral("bundle"), QStringLiteral("-o"), out + QStringLiteral("/site")}).code,
             0);
    QCOMPARE(
        runIn(ws, {QStringLiteral("bundle"), QStringLiteral("-o"), out + QStringLiteral("/site.zip")}).code,
        0);
    QVERIFY2(leftovers(out).isEmpty(), qPrintable(leftovers(out).join(u' ')));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
