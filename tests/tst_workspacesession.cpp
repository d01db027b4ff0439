// The workstation's session: jobs on the worker thread, the cache, and other
// programs' commits noticed through the change feed. A second real connection
// to the same file stands for the other program.

#include "store/workspacesession.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
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
    void presenceShowsWhoElseHasAGuideOpen();
    void presenceExpiresWithoutAHeartbeat();
    void personalWordsAddedAtOnceAreAllKept();

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

// Two programs on one guide: each sees the other arrive, type, stop typing and
// leave; neither sees itself.
void TestWorkspaceSession::presenceShowsWhoElseHasAGuideOpen()
{
    const QString id = test::demo(QStringLiteral("crispr.json")).id;
    WorkspaceSession::Options optionsA;
    optionsA.person = QStringLiteral("Ana");
    optionsA.presenceIntervalMs = 200;
    optionsA.presence = true; // on a file too (the workstation turns it on for team workspaces)
    WorkspaceSession::Options optionsB = optionsA;
    optionsB.person = QStringLiteral("Bo");
    QString error;
    auto a = WorkspaceSession::open(m_path, &error, optionsA);
    QVERIFY2(a, qPrintable(error));
    auto b = WorkspaceSession::open(m_path, &error, optionsB);
    QVERIFY2(b, qPrintable(error));
    // The names the programs give (a team's server records who logged in instead: tst_team).
    const QString bo = QStringLiteral("Bo");

    QSignalSpy arrived(a.get(), &WorkspaceSession::presenceChanged);
    b->setOpenGuides({id});
    QTRY_VERIFY_WITH_TIMEOUT(!a->presenceIn(id).isEmpty(), 2000);
    QVERIFY(arrived.count() >= 1);
    QCOMPARE(a->presenceIn(id).size(), 1);
    const Presence seen = a->presenceIn(id).constFirst();
    QCOMPARE(seen.person, bo);
    QCOMPARE(seen.client, b->holder());
    QVERIFY(!seen.typing);
    QVERIFY(b->presence().isEmpty()); // b does not see itself

    // Typing shows within a second, and fades once it stops.
    QElapsedTimer timer;
    timer.start();
    b->noteTyping(id);
    QTRY_VERIFY_WITH_TIMEOUT(a->presenceIn(id).value(0).typing, 2000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(presence::describe(a->presence()), QStringLiteral("%1 (typing)").arg(bo));
    QTRY_VERIFY_WITH_TIMEOUT(!a->presenceIn(id).value(0).typing, (presence::typingSeconds + 5) * 1000);
    QVERIFY(!a->presenceIn(id).isEmpty());

    // a opens it too: b sees a; b closes the guide, then its program.
    a->setOpenGuides({id});
    QTRY_COMPARE_WITH_TIMEOUT(b->presenceIn(id).size(), 1, 2000);
    b->setOpenGuides({});
    QTRY_VERIFY_WITH_TIMEOUT(a->presenceIn(id).isEmpty(), 2000);
    b->setOpenGuides({id});
    QTRY_VERIFY_WITH_TIMEOUT(!a->presenceIn(id).isEmpty(), 2000);
    b.reset();
    QTRY_VERIFY_WITH_TIMEOUT(a->presenceIn(id).isEmpty(), 2000);
}

// A program that died without leaving stays present until its heartbeat is
// overdue, then nobody sees it; its rows are cleared by the next to announce.
void TestWorkspaceSession::presenceExpiresWithoutAHeartbeat()
{
    const QString id = test::demo(QStringLiteral("crispr.json")).id;
    QString error;
    auto ws = Workspace::open(m_path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(presence::announce(*ws, QStringLiteral("crashed"), QStringLiteral("Cy"), {id}, {}, &error),
             qPrintable(error));
    QCOMPARE(presence::others(*ws, QStringLiteral("me"), &error).size(), 1);
    // Its last heartbeat, long ago on the database's clock.
    QSqlQuery q(ws->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE presence SET seen = seen - %1 WHERE client = 'crashed'")
                       .arg(presence::expirySeconds + 1)));
    QVERIFY(presence::others(*ws, QStringLiteral("me"), &error).isEmpty());
    QVERIFY2(presence::announce(*ws, QStringLiteral("me"), QStringLiteral("Me"), {id}, {}, &error),
             qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM presence WHERE client = 'crashed'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(presence::leave(*ws, QStringLiteral("me"), &error));
}

// Two programs adding words to the spelling check at the same moment both keep theirs.
void TestWorkspaceSession::personalWordsAddedAtOnceAreAllKept()
{
    QString error;
    auto one = Workspace::open(m_path, &error);
    auto two = Workspace::open(m_path, &error);
    QVERIFY2(one && two, qPrintable(error));
    const QStringList before = one->personalWords();
    QVERIFY(one->addPersonalWord(QStringLiteral("Cas9"), &error));
    QVERIFY(two->addPersonalWord(QStringLiteral("Doudna"), &error));
    QVERIFY(two->addPersonalWord(QStringLiteral("Cas9"), &error)); // again: kept once
    const QStringList after = one->personalWords();
    QCOMPARE(after.size(), before.size() + 2);
    QVERIFY(after.contains(QStringLiteral("Cas9")) && after.contains(QStringLiteral("Doudna")));
}

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
