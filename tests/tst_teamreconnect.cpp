// A team workspace through a lost connection, on a real PostgreSQL server: a
// backend terminated between writes and while a save waits inside its transaction
// (pg_terminate_backend), and a whole server stopped and started again (a
// cluster of the test's own, tests/pg/cluster.sh halt and resume). Nothing
// saved is lost, a failed save says why and goes through once the server is
// back, and the session listens again and reports what it missed.

#include "store/offlinejournal.h"
#include "store/workspace.h"
#include "store/workspacesession.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

namespace {

qint64 backendPid(Workspace &ws)
{
    QSqlQuery q(ws.database());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong() : 0;
}

void terminate(qint64 pid)
{
    test::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
}

Guide withTldr(Guide g, const QString &tldr)
{
    g.tldr = tldr;
    return g;
}

} // namespace

class TestTeamReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void terminatedBetweenWritesReconnects();
    void terminatedWhileASaveWaitsLosesNothing();
    void sessionListensAgainAndReadsWhatItMissed();
    void serverRestartLosesNothing();
    void journalKeepsEditsThroughAQuit();
    void journalHoldsConflictsAndRestoresDeletedGuides();
    void refusedSaveIsNotUnreachable();
};

void TestTeamReconnect::initTestCase()
{
    qRegisterMetaType<QList<Change>>();
    qRegisterMetaType<QList<ReplayOutcome>>();
}

void TestTeamReconnect::terminatedBetweenWritesReconnects()
{
    QString error;
    const QString url = test::newDatabase();
    auto ws = Workspace::create(url, &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(ws->saveDraft(g, 0, QStringLiteral("ana")).ok());
    const qint64 before = backendPid(*ws);
    terminate(before);

    const Guide edited = withTldr(g, QStringLiteral("Written after the server dropped the connection."));
    const SaveResult r = ws->saveDraft(edited, 1, QStringLiteral("ana"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.revision, 2);
    QVERIFY(backendPid(*ws) != before);
    auto other = Workspace::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->draft(g.slug)->guide.tldr, edited.tldr);
}

void TestTeamReconnect::terminatedWhileASaveWaitsLosesNothing()
{
    QString error;
    const QString url = test::newDatabase();
    auto blocker = Workspace::create(url, &error);
    QVERIFY2(blocker, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(blocker->saveDraft(g, 0, QStringLiteral("ana")).ok());
    auto session = WorkspaceSession::open(url, &error);
    QVERIFY2(session, qPrintable(error));
    const qint64 pid = session->call([](Workspace &ws) { return backendPid(ws); });
    auto watcher = Workspace::open(url, &error); // outside any transaction: sees the server now
    QVERIFY2(watcher, qPrintable(error));

    // The save waits for the write lock another client holds; its backend is
    // terminated while it waits, inside its transaction.
    QVERIFY(blocker->beginWrite(&error));
    const Guide edited = withTldr(g, QStringLiteral("The words that were being saved."));
    std::optional<SaveResult> result;
    session->run(
        this, [edited](Workspace &ws) { return ws.saveDraft(edited, 1, QStringLiteral("ana")); },
        [&result](const SaveResult &r) { result = r; });
    auto waitingForTheLock = [&](qint64 backend) {
        QSqlQuery q(watcher->database());
        return q.exec(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1")
                          .arg(backend)) &&
               q.next() && q.value(0).toString() == QLatin1String("Lock");
    };
    QTRY_VERIFY_WITH_TIMEOUT(waitingForTheLock(pid), 10000);
    terminate(pid);

    // The workspace connects again and waits for the lock once more, on a new
    // backend; when the other client lets go, the save goes through, once.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery q(watcher->database());
            return q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                         "AND datname = current_database()")) &&
                   q.next() && q.value(0).toLongLong() != pid;
        }(),
        10000);
    QVERIFY(!result);
    blocker->database().rollback();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->revision, 2);
    const auto stored = watcher->draft(g.slug);
    QCOMPARE(stored->revision, 2);
    QCOMPARE(stored->guide.tldr, edited.tldr);
    QVERIFY(session->isOnline());
}

void TestTeamReconnect::sessionListensAgainAndReadsWhatItMissed()
{
    QString error;
    const QString url = test::newDatabase();
    auto writer = Workspace::create(url, &error);
    QVERIFY2(writer, qPrintable(error));
    // The poll is ten minutes away: only a notification, or the reconnect's
    // own reading of the change feed, can bring changes in time.
    WorkspaceSession::Options options;
    options.pollIntervalMs = 600000;
    auto session = WorkspaceSession::open(url, &error, options);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy arrived(session.get(), &WorkspaceSession::changesArrived);
    terminate(session->call([](Workspace &ws) { return backendPid(ws); }));

    // Saved while the session's connection is gone: it cannot be told.
    const Guide crispr = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(writer->saveDraft(crispr, 0, QStringLiteral("ana")).ok());
    QTest::qWait(300);
    QVERIFY(arrived.isEmpty());

    // The next look connects again and reads the change feed from where it was.
    session->poll();
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
    QCOMPARE(arrived.takeFirst().at(0).value<QList<Change>>().constFirst().guideId, crispr.id);
    QVERIFY(session->isOnline());

    // And listens again: the next change arrives by notification alone.
    const Guide euro = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(writer->saveDraft(euro, 0, QStringLiteral("bo")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
    const QList<Change> changes = arrived.takeFirst().at(0).value<QList<Change>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().guideId, euro.id);
    QCOMPARE(changes.constFirst().actor, QStringLiteral("bo"));
    QTRY_COMPARE_WITH_TIMEOUT(session->cache().guides.size(), 2, 3000);
}

void TestTeamReconnect::serverRestartLosesNothing()
{
    // A cluster of this test's own: stopping it must not disturb other tests.
    test::OwnCluster cluster;
    const QString url = cluster.url();
    QVERIFY(!url.isEmpty());

    QString error;
    auto made = Workspace::create(url, &error);
    QVERIFY2(made, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("webassembly.json"));
    QVERIFY(made->saveDraft(g, 0, QStringLiteral("ana")).ok());
    made.reset();

    WorkspaceSession::Options options;
    options.pollIntervalMs = 100;
    options.reconnectIntervalMs = 200;
    auto session = WorkspaceSession::open(url, &error, options);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy connection(session.get(), &WorkspaceSession::connectionChanged);
    QVERIFY(session->isOnline());

    QVERIFY(cluster.halt());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOnline(), 5000);
    QCOMPARE(connection.size(), 1);
    QCOMPARE(connection.at(0).at(0).toBool(), false);
    QVERIFY(session->offlineSince().isValid());
    QVERIFY2(session->connectionProblem().contains(QLatin1String("cannot be reached")),
             qPrintable(session->connectionProblem()));

    // A save while the server is down fails and says so; nothing is half-written.
    const Guide edited = withTldr(g, QStringLiteral("Typed while the server was down."));
    auto save = [edited](Workspace &ws) { return ws.saveDraft(edited, 1, QStringLiteral("ana")); };
    const SaveResult down = session->call(save);
    QCOMPARE(down.status, SaveResult::Status::Failed);
    QVERIFY2(down.error.contains(QLatin1String("cannot be reached")), qPrintable(down.error));
    QVERIFY(down.unreachable); // worth keeping on this computer and trying again

    QVERIFY(cluster.resume());
    QTRY_VERIFY_WITH_TIMEOUT(session->isOnline(), 10000);
    QCOMPARE(connection.size(), 2);
    QCOMPARE(connection.at(1).at(0).toBool(), true);
    QVERIFY(session->connectionProblem().isEmpty());

    // The retried save lands; another client's save reaches the session again.
    const SaveResult up = session->call(save);
    QVERIFY2(up.ok(), qPrintable(up.error));
    QSignalSpy arrived(session.get(), &WorkspaceSession::changesArrived);
    auto other = Workspace::open(url, &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->draft(g.slug)->guide.tldr, edited.tldr);
    const Guide crispr = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(other->saveDraft(crispr, 0, QStringLiteral("bo")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(session->cache().guides.size(), 2, 5000);
}

// Edits kept offline when the program quit come in at the next start: merged
// with what others saved meanwhile, and gone from the journal.
void TestTeamReconnect::journalKeepsEditsThroughAQuit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journalPath = dir.filePath(QStringLiteral("data/offline-journal.sqlite"));
    QString error;
    const QString url = test::newDatabase();
    auto other = Workspace::create(url, &error);
    QVERIFY2(other, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(other->saveDraft(g, 0, QStringLiteral("ana")).ok());

    WorkspaceSession::Options options;
    options.journalPath = journalPath;
    {
        auto session = WorkspaceSession::open(url, &error, options);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->hasJournal());
        // The editor's save failed (the server was away): the edits are kept, and the program quits.
        session->keepOffline(withTldr(g, QStringLiteral("Ours, typed offline.")), 1);
    }
    {
        auto journal = OfflineJournal::open(journalPath, &error);
        QVERIFY2(journal, qPrintable(error));
        const QList<JournalEntry> kept = journal->entries(url, &error);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.constFirst().baseRevision, 1);
        QCOMPARE(kept.constFirst().guide.tldr, QStringLiteral("Ours, typed offline."));
        QVERIFY(journal->entries(QStringLiteral("postgresql://elsewhere/other"), &error).isEmpty());
    }
    // Meanwhile someone else changes another part of the guide.
    Guide theirs = g;
    theirs.title = QStringLiteral("Their new title");
    QVERIFY(other->saveDraft(theirs, 1, QStringLiteral("bo")).ok());

    // The next start brings the kept edits in, merged with theirs.
    auto session = WorkspaceSession::open(url, &error, options);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy replayed(session.get(), &WorkspaceSession::journalReplayed);
    QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, 5000);
    const auto outcomes = replayed.at(0).at(0).value<QList<ReplayOutcome>>();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.constFirst().kind, ReplayOutcome::Kind::Merged);
    const auto stored = other->draft(g.slug);
    QCOMPARE(stored->guide.tldr, QStringLiteral("Ours, typed offline."));
    QCOMPARE(stored->guide.title, theirs.title);
    QCOMPARE(stored->revision, 3);
    auto journal = OfflineJournal::open(journalPath, &error);
    QVERIFY(journal->entries(url, &error).isEmpty());
}

void TestTeamReconnect::journalHoldsConflictsAndRestoresDeletedGuides()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString url = test::newDatabase();
    auto ws = Workspace::create(url, &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide euro = test::demo(QStringLiteral("euro-banknotes.json"));
    const Guide crispr = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(ws->saveDraft(euro, 0, QStringLiteral("ana")).ok());
    QVERIFY(ws->saveDraft(crispr, 0, QStringLiteral("ana")).ok());
    auto journal = OfflineJournal::open(dir.filePath(QStringLiteral("journal.sqlite")), &error);
    QVERIFY2(journal, qPrintable(error));

    // The same words changed both ways: held for the person, never guessed.
    QVERIFY(journal->keep(url, withTldr(euro, QStringLiteral("Ours.")), 1, &error));
    QVERIFY(ws->saveDraft(withTldr(euro, QStringLiteral("Theirs.")), 1, QStringLiteral("bo")).ok());
    // And a guide deleted meanwhile comes back with the edits.
    QVERIFY(journal->keep(url, withTldr(crispr, QStringLiteral("Kept through a delete.")), 1, &error));
    QVERIFY(ws->removeGuide(crispr.slug).ok());

    const QList<JournalEntry> kept = journal->entries(url, &error);
    QCOMPARE(kept.size(), 2);
    for (const JournalEntry &entry : kept) {
        const ReplayOutcome out =
            OfflineJournal::replay(*ws, entry, QStringLiteral("this-program"), QStringLiteral("ana"));
        if (entry.guide.id == euro.id) {
            QCOMPARE(out.kind, ReplayOutcome::Kind::Held);
            QCOMPARE(ws->draft(euro.slug)->guide.tldr, QStringLiteral("Theirs."));
            const auto held = ws->heldEdits(euro.id, QStringLiteral("this-program"));
            QVERIFY(held);
            QCOMPARE(held->guide.tldr, QStringLiteral("Ours."));
            QCOMPARE(held->revision, 1);
        } else {
            QCOMPARE(out.kind, ReplayOutcome::Kind::Restored);
            QCOMPARE(ws->draft(crispr.slug)->guide.tldr, QStringLiteral("Kept through a delete."));
        }
    }
}

// A save the server refuses while it is there (a rule of the newsroom's, a
// right the person lacks) is reported as refused: not "unreachable", so the
// workstation neither keeps it in its offline journal nor says the server is away.
void TestTeamReconnect::refusedSaveIsNotUnreachable()
{
    QString error;
    const QString url = test::newDatabase();
    auto ws = Workspace::create(url, &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(ws->saveDraft(g, 0, QStringLiteral("ana")).ok());
    QSqlQuery q(ws->database());
    QVERIFY2(
        q.exec(QStringLiteral("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                              "RAISE EXCEPTION 'the desk froze this guide'; END $$")),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TRIGGER refuse BEFORE UPDATE ON guides FOR EACH ROW EXECUTE FUNCTION test_refuse()")));
    const SaveResult refused =
        ws->saveDraft(withTldr(g, QStringLiteral("Refused words.")), 1, QStringLiteral("ana"));
    QCOMPARE(refused.status, SaveResult::Status::Failed);
    QVERIFY2(refused.error.contains(QLatin1String("the desk froze this guide")), qPrintable(refused.error));
    QVERIFY(!refused.unreachable);
    // The connection is as good as before: the next save, once allowed, goes in.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse ON guides")));
    const SaveResult allowed =
        ws->saveDraft(withTldr(g, QStringLiteral("Allowed words.")), 1, QStringLiteral("ana"));
    QVERIFY2(allowed.ok(), qPrintable(allowed.error));
}

QTEST_GUILESS_MAIN(TestTeamReconnect)
#include "tst_teamreconnect.moc"
