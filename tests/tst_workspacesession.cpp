// The workstation's session: jobs on the worker thread, the cache, and other
// programs' commits noticed through the change feed. A second real connection
// to the same file stands for the other program.

#include "store/workspacesession.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAndCaches();
    void refusesWhatIsNotAWorkspace();
    void jobsRunOffTheCallersThread();
    void otherProgramsCommitArrivesWithinASecond();
    void ownWritesAreReportedToo();
    void resultIsDroppedWhenContextIsGone();
    void cacheFollowsNewRenamedAndRemovedGuides();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestWorkspaceSession::initTestCase()
{
    qRegisterMetaType<QList<Change>>();
    m_path = test::newWorkspaceLocation(m_dir.path(), QStringLiteral("s.almanac"));
    QString error;
    auto ws = Workspace::create(m_path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->saveGuide(test::demo(QStringLiteral("crispr.json")), &error));
}

void TestWorkspaceSession::opensAndCaches()
{
    QString error;
    auto session = WorkspaceSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    const Guide crispr = test::demo(QStringLiteral("crispr.json"));
    QCOMPARE(session->cache().guides.size(), 1);
    QCOMPARE(session->cache().guideIdsBySlug.value(crispr.slug), crispr.id);
    QCOMPARE(session->cache().titlesBySlug.value(crispr.slug), crispr.title);
    QVERIFY(!session->cache().outlets.isEmpty());
    QVERIFY(session->lintContext().knowsWorkspace);
    QVERIFY(!session->holder().isEmpty());
}

void TestWorkspaceSession::refusesWhatIsNotAWorkspace()
{
    QString error;
    QVERIFY(!WorkspaceSession::open(m_dir.filePath(QStringLiteral("missing.almanac")), &error));
    QVERIFY2(error.contains(QLatin1String("missing.almanac")), qPrintable(error));
}

void TestWorkspaceSession::jobsRunOffTheCallersThread()
{
    QString error;
    auto session = WorkspaceSession::open(m_path, &error);
    QVERIFY(session);
    QThread *jobThread = nullptr;
    QString title;
    bool done = false;
    session->run(
        this,
        [&jobThread](Workspace &ws) {
            jobThread = QThread::currentThread();
            return ws.guide(QStringLiteral("crispr-gene-editing"))->title;
        },
        [&](const QString &t) {
            QCOMPARE(QThread::currentThread(), thread());
            title = t;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(title, test::demo(QStringLiteral("crispr.json")).title);
    // call() waits for the same worker.
    const qint64 revision = session->call(
        [](Workspace &ws) { return ws.draft(QStringLiteral("crispr-gene-editing"))->revision; });
    QVERIFY(revision >= 1);
}

void TestWorkspaceSession::otherProgramsCommitArrivesWithinASecond()
{
    QString error;
    auto session = WorkspaceSession::open(m_path, &error);
    QVERIFY(session);
    QSignalSpy arrived(session.get(), &WorkspaceSession::changesArrived);
    auto other = Workspace::open(m_path, &error);
    QVERIFY2(other, qPrintable(error));
    auto d = other->draft(QStringLiteral("crispr-gene-editing"));
    d->guide.title = QStringLiteral("Retitled by another program");
    QElapsedTimer clock;
    clock.start();
    const SaveResult r = other->saveDraft(d->guide, d->revision, QStringLiteral("cli"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    const auto changes = arrived.first().first().value<QList<Change>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().kind, QStringLiteral("draft"));
    QCOMPARE(changes.first().revision, r.revision);
    QCOMPARE(changes.first().actor, QStringLiteral("cli"));
    QCOMPARE(session->cache().titlesBySlug.value(QStringLiteral("crispr-gene-editing")),
             QStringLiteral("Retitled by another program"));
    QCOMPARE(session->cache().lastChange, changes.first().seq);
}

void TestWorkspaceSession::ownWritesAreReportedToo()
{
    QString error;
    auto session = WorkspaceSession::open(m_path, &error);
    QVERIFY(session);
    QSignalSpy arrived(session.get(), &WorkspaceSession::changesArrived);
    Guide euro = test::demo(QStringLiteral("euro-banknotes.json"));
    SaveResult result;
    session->run(
        this, [euro](Workspace &ws) { return ws.saveDraft(euro, 0, QStringLiteral("studio")); },
        [&result](const SaveResult &r) { result = r; });
    QTRY_VERIFY(result.ok());
    QTRY_VERIFY(!arrived.isEmpty());
    QVERIFY(session->cache().guideIdsBySlug.contains(euro.slug));
}

void TestWorkspaceSession::resultIsDroppedWhenContextIsGone()
{
    QString error;
    auto session = WorkspaceSession::open(m_path, &error);
    QVERIFY(session);
    auto *context = new QObject;
    bool called = false;
    session->run(
        context,
        [](Workspace &) {
            QThread::msleep(50);
            return 1;
        },
        [&called](int) { called = true; });
    delete context;
    // A later job's result arrives; the earlier one never does.
    bool later = false;
    session->run(
        this, [](Workspace &) { return 2; }, [&later](int) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

void TestWorkspaceSession::cacheFollowsNewRenamedAndRemovedGuides()
{
    QString error;
    auto session = WorkspaceSession::open(m_path, &error);
    QVERIFY(session);
    auto other = Workspace::open(m_path, &error);
    QVERIFY(other);
    auto slugs = [&session] {
        QStringList out;
        for (const GuideSummary &g : session->cache().guides)
            out << g.slug;
        return out;
    };
    // A new guide lands in title order; the cache matches a full read.
    Guide wasm = test::demo(QStringLiteral("webassembly.json"));
    wasm.title = QStringLiteral("AAA first by title");
    QVERIFY(other->saveDraft(wasm, 0, {}).ok());
    QTRY_COMPARE(slugs().value(0), wasm.slug);
    QCOMPARE(session->cache().guides.size(), other->guides().size());
    // Renamed: it moves.
    auto d = other->draft(wasm.slug);
    d->guide.title = QStringLiteral("zzz last by title");
    QVERIFY(other->saveDraft(d->guide, d->revision, {}).ok());
    QTRY_COMPARE(slugs().constLast(), wasm.slug);
    QCOMPARE(session->cache().titlesBySlug.value(wasm.slug), QStringLiteral("zzz last by title"));
    QStringList expected;
    for (const GuideSummary &g : other->guides())
        expected << g.slug;
    QCOMPARE(slugs(), expected);
    // Removed: gone from the list and the slug owners.
    QVERIFY(other->removeGuide(wasm.slug).ok());
    QTRY_VERIFY(!slugs().contains(wasm.slug));
    QVERIFY(!session->cache().guideIdsBySlug.contains(wasm.slug));
}

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
