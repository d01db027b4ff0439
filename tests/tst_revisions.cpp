// Draft revisions, compare-and-set and the change feed: several writers on one
// real workspace file, each with its own connection, as separate programs are.

#include "guide/author.h"
#include "store/schema.h"
#include "store/trash.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace almanac;

class TestRevisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newGuideStartsAtRevisionOne();
    void saveFromCurrentBaseRaisesRevision();
    void staleBaseWritesNothing();
    void newGuideMustNotExist();
    void removedGuideIsStale();
    void removalFromAStaleBaseRemovesNothing();
    void trashKeepsTheDraftAsItIsWhenRemoved();
    void failedKeepRemovesNothing();
    void draftAtRecentRevisions();
    void oldRevisionsArePruned();
    void changeFeedRecordsEveryWrite();
    void dataVersionSeesOtherConnections();
    void heldEditsSurviveReopening();
    void migrationFromVersionTwoKeepsDrafts();
    void concurrentApprovalsOnlyOneWins();
    void defaultAuthorIsTheSystemUser();

private:
    std::unique_ptr<Workspace> openSecond();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
};

void TestRevisions::init()
{
    m_ws.reset();
    m_path = test::newWorkspaceLocation(
        m_dir.path(), QStringLiteral("w%1.almanac").arg(QDateTime::currentMSecsSinceEpoch()));
    QString error;
    m_ws = Workspace::create(m_path, &error);
    QVERIFY2(m_ws, qPrintable(error));
}

std::unique_ptr<Workspace> TestRevisions::openSecond()
{
    QString error;
    auto ws = Workspace::open(m_path, &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws;
}

void TestRevisions::newGuideStartsAtRevisionOne()
{
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    const SaveResult r = m_ws->saveDraft(g, 0, QStringLiteral("ana"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.revision, 1);
    const auto d = m_ws->draft(g.slug);
    QVERIFY(d);
    QCOMPARE(d->revision, 1);
    QCOMPARE(d->guide, g);
}

void TestRevisions::saveFromCurrentBaseRaisesRevision()
{
    Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    g.tldr = QStringLiteral("Changed once.");
    SaveResult r = m_ws->saveDraft(g, 1, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.revision, 2);
    g.tldr = QStringLiteral("Changed twice.");
    r = m_ws->saveDraft(g, 2, {});
    QCOMPARE(r.revision, 3);
    QCOMPARE(m_ws->draft(g.slug)->guide.tldr, QStringLiteral("Changed twice."));
}

void TestRevisions::staleBaseWritesNothing()
{
    // Two programs read revision 1; the second to save is told, and writes nothing.
    Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    auto other = openSecond();
    Guide theirs = other->draft(g.slug)->guide;
    theirs.tldr = QStringLiteral("Their TL;DR.");
    QVERIFY(other->saveDraft(theirs, 1, QStringLiteral("cli")).ok());

    Guide ours = g;
    ours.title = QStringLiteral("Our title");
    const qint64 before = m_ws->lastChange();
    const SaveResult r = m_ws->saveDraft(ours, 1, QStringLiteral("studio"));
    QCOMPARE(r.status, SaveResult::Status::Stale);
    QCOMPARE(r.revision, 2);
    QCOMPARE(r.guideId, g.id);
    QVERIFY2(r.error.contains(QLatin1String("revision 2")), qPrintable(r.error));
    const auto stored = m_ws->draft(g.slug);
    QCOMPARE(stored->revision, 2);
    QCOMPARE(stored->guide.tldr, QStringLiteral("Their TL;DR."));
    QCOMPARE(stored->guide.title, g.title);
    QCOMPARE(m_ws->lastChange(), before);
}

void TestRevisions::newGuideMustNotExist()
{
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    Guide again = g;
    again.title = QStringLiteral("Another program's new guide with the same id");
    const SaveResult r = m_ws->saveDraft(again, 0, {});
    QCOMPARE(r.status, SaveResult::Status::Stale);
    QCOMPARE(m_ws->draft(g.slug)->guide.title, g.title);
}

void TestRevisions::removedGuideIsStale()
{
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    const SaveResult removed = openSecond()->removeGuide(g.slug);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    const SaveResult r = m_ws->saveDraft(g, 1, {});
    QCOMPARE(r.status, SaveResult::Status::Stale);
    QCOMPARE(r.revision, 0);
    QVERIFY2(r.error.contains(QLatin1String("removed")), qPrintable(r.error));
    QVERIFY(!m_ws->draft(g.slug));
}

void TestRevisions::removalFromAStaleBaseRemovesNothing()
{
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    // Another program saves revision 2 after this one read revision 1.
    Guide theirs = g;
    theirs.tldr = QStringLiteral("Saved by another program after the removal was asked for.");
    QVERIFY(openSecond()->saveDraft(theirs, 1, {}).ok());

    GuideRemoval how;
    how.baseRevision = 1;
    how.actor = QStringLiteral("ana");
    const SaveResult r = m_ws->removeGuide(g.slug, how);
    QCOMPARE(r.status, SaveResult::Status::Stale);
    QCOMPARE(r.revision, 2);
    QVERIFY2(r.error.contains(QLatin1String("nothing was removed")), qPrintable(r.error));
    const auto kept = m_ws->draft(g.slug);
    QVERIFY(kept);
    QCOMPARE(kept->revision, 2);
    QCOMPARE(kept->guide.tldr, theirs.tldr);

    // From the revision it now has, it goes, and the feed says who removed it.
    how.baseRevision = 2;
    const qint64 start = m_ws->lastChange();
    QVERIFY(m_ws->removeGuide(g.slug, how).ok());
    QVERIFY(!m_ws->draft(g.slug));
    const QList<Change> changes = m_ws->changesSince(start);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.front().kind, QStringLiteral("removed"));
    QCOMPARE(changes.front().actor, QStringLiteral("ana"));
}

void TestRevisions::trashKeepsTheDraftAsItIsWhenRemoved()
{
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    QVERIFY(m_ws->draft(g.slug)); // this connection has read revision 1
    Guide theirs = g;
    theirs.tldr = QStringLiteral("The last words another program saved before the delete.");
    QVERIFY(openSecond()->saveDraft(theirs, 1, {}).ok());

    Trash trash(*m_ws);
    QString error;
    QVERIFY2(trash.remove(g.slug, QStringLiteral("ana"), &error), qPrintable(error));
    QVERIFY(!m_ws->draft(g.slug));
    const auto back = trash.restore(g.id, QStringLiteral("ana"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->tldr, theirs.tldr);
    QCOMPARE(m_ws->draft(g.slug)->guide.tldr, theirs.tldr);
}

void TestRevisions::failedKeepRemovesNothing()
{
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    const qint64 start = m_ws->lastChange();
    GuideRemoval how;
    QString keptId;
    how.keep = [&](const Draft &draft, QString *why) {
        keptId = draft.guide.id;
        *why = QStringLiteral("the copy could not be kept");
        return false;
    };
    const SaveResult r = m_ws->removeGuide(g.slug, how);
    QCOMPARE(keptId, g.id);
    QCOMPARE(r.status, SaveResult::Status::Failed);
    QCOMPARE(r.error, QStringLiteral("the copy could not be kept"));
    QVERIFY(m_ws->draft(g.slug));
    QVERIFY(m_ws->changesSince(start).isEmpty());
    // The write lock was let go: a save goes through.
    QVERIFY(openSecond()->saveDraft(g, 1, {}).ok());
}

void TestRevisions::draftAtRecentRevisions()
{
    Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    const Guide first = g;
    g.tldr = QStringLiteral("Second text.");
    QVERIFY(m_ws->saveDraft(g, 1, {}).ok());
    QCOMPARE(*m_ws->draftAtRevision(g.id, 1), first);
    QCOMPARE(m_ws->draftAtRevision(g.id, 2)->tldr, QStringLiteral("Second text."));
    QVERIFY(!m_ws->draftAtRevision(g.id, 3));
}

void TestRevisions::oldRevisionsArePruned()
{
    Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    qint64 revision = 0;
    for (int i = 0; i < Workspace::keptRevisions + 5; ++i) {
        g.tldr = QStringLiteral("Text %1").arg(i);
        const SaveResult r = m_ws->saveDraft(g, revision, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        revision = r.revision;
    }
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(revision) FROM draft_revisions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Workspace::keptRevisions);
    QCOMPARE(q.value(1).toLongLong(), revision - Workspace::keptRevisions + 1);
    QVERIFY(!m_ws->draftAtRevision(g.id, 1));
}

void TestRevisions::changeFeedRecordsEveryWrite()
{
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.related.clear(); // alone in this workspace: related guides would be lint errors that block submitting
    const qint64 start = m_ws->lastChange();
    QVERIFY(m_ws->saveDraft(g, 0, QStringLiteral("ana")).ok());
    VersionStore store(*m_ws);
    QString error;
    const auto v = store.snapshot(g.slug, QStringLiteral("ana"), QStringLiteral("first"), &error);
    QVERIFY2(v, qPrintable(error));
    QVERIFY2(store.apply(g.slug, 1, VersionStore::Action::Submit, QStringLiteral("ana"), {}, &error),
             qPrintable(error));
    const auto c = store.addComment(g.slug, 1, QStringLiteral("metadata"), g.id, QStringLiteral("rev"),
                                    QStringLiteral("Looks good"), &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY2(store.resolveComment(c->id, QStringLiteral("ana"), &error), qPrintable(error));
    QVERIFY2(m_ws->setStatus(g.slug, QStringLiteral("archived"), &error), qPrintable(error));
    const SaveResult removed = m_ws->removeGuide(g.slug);
    QVERIFY2(removed.ok(), qPrintable(removed.error));

    const QList<Change> changes = m_ws->changesSince(start);
    QStringList kinds;
    for (const Change &change : changes) {
        QCOMPARE(change.guideId, g.id);
        QVERIFY(change.at.isValid());
        kinds << change.kind;
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("draft"), QStringLiteral("version"), QStringLiteral("review"),
                                 QStringLiteral("comment"), QStringLiteral("comment"),
                                 QStringLiteral("draft"), QStringLiteral("removed")}));
    QCOMPARE(changes[0].actor, QStringLiteral("ana"));
    QCOMPARE(changes[0].revision, 1);
    QCOMPARE(changes[5].revision, 2);
    for (qsizetype i = 1; i < changes.size(); ++i)
        QVERIFY(changes[i].seq > changes[i - 1].seq);
    QCOMPARE(m_ws->lastChange(), changes.constLast().seq);
    QCOMPARE(m_ws->changesSince(changes[4].seq).size(), 2);
}

void TestRevisions::dataVersionSeesOtherConnections()
{
    auto other = openSecond();
    const qint64 before = m_ws->dataVersion();
    QVERIFY(before >= 0);
    QCOMPARE(m_ws->dataVersion(), before); // nothing happened: unchanged
    QVERIFY(other->saveDraft(test::demo(QStringLiteral("euro-banknotes.json")), 0, {}).ok());
    QVERIFY(m_ws->dataVersion() != before);
}

void TestRevisions::heldEditsSurviveReopening()
{
    Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    Guide ours = g;
    ours.tldr = QStringLiteral("Words that met a conflict.");
    QString error;
    QVERIFY2(m_ws->holdEdits(ours, 1, QStringLiteral("holder-a"), QStringLiteral("ana"), &error),
             qPrintable(error));
    m_ws.reset();
    m_ws = openSecond();
    const auto held = m_ws->heldEdits(g.id, QStringLiteral("holder-a"));
    QVERIFY(held);
    QCOMPARE(held->revision, 1);
    QCOMPARE(held->guide, ours);
    QVERIFY(!m_ws->heldEdits(g.id, QStringLiteral("holder-b")));
    QVERIFY(m_ws->releaseEdits(g.id, QStringLiteral("holder-a"), &error));
    QVERIFY(!m_ws->heldEdits(g.id, QStringLiteral("holder-a")));
    // The draft itself was never touched.
    QCOMPARE(m_ws->draft(g.slug)->guide, g);
}

void TestRevisions::migrationFromVersionTwoKeepsDrafts()
{
    if (test::onPostgres())
        QSKIP("team workspaces start at the current schema; this migrates an old SQLite file");
    // A workspace made by the previous release (schema 2) with a guide in it.
    const QString path = m_dir.filePath(QStringLiteral("old.almanac"));
    const Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(schema::migrate(db, 0, &error), qPrintable(error));
        QSqlQuery q(db);
        // Undo migrations 3 to 8 to stand for an old file: drop what they added.
        for (const char *sql :
             {"ALTER TABLE comments DROP COLUMN reply_to", "ALTER TABLE comments DROP COLUMN quote_start",
              "ALTER TABLE comments DROP COLUMN quote", "ALTER TABLE versions DROP COLUMN draft_revision",
              "ALTER TABLE guides DROP COLUMN language", "DROP TABLE presence", "DROP TABLE personal_words",
              "ALTER TABLE sources DROP COLUMN csl", "ALTER TABLE timeline_entries DROP COLUMN timelinejs",
              "ALTER TABLE guides DROP COLUMN timelinejs", "DROP TABLE trash",
              "ALTER TABLE guides DROP COLUMN wanted_slug", "DROP TABLE changes", "DROP TABLE held_edits",
              "DROP TABLE draft_revisions", "ALTER TABLE guides DROP COLUMN revision",
              "UPDATE almanac_meta SET value = '2' WHERE key = "
              "'schema_version'"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO guides (id, num, slug, title, subject, kind, level, status, "
                                  "created, updated, tldr) VALUES ('%1', 1, '%2', 'Old', '', 'Guide', "
                                  "'Beginner', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                                  "'old text')")
                       .arg(g.id, g.slug)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), schema::latestVersion());
    const auto d = ws->draft(g.slug);
    QVERIFY(d);
    QCOMPARE(d->revision, 1);
    QCOMPARE(d->guide.tldr, QStringLiteral("old text"));
    Guide changed = d->guide;
    changed.tldr = QStringLiteral("new text");
    QVERIFY(ws->saveDraft(changed, 1, {}).ok());
    QCOMPARE(ws->changesSince(0).size(), 1);
}

void TestRevisions::concurrentApprovalsOnlyOneWins()
{
    // Two reviewers act on the same version from two programs: the state each
    // read is checked again when it writes.
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.related.clear(); // alone in this workspace: related guides would be lint errors
    QVERIFY(m_ws->saveDraft(g, 0, {}).ok());
    VersionStore store(*m_ws);
    QString error;
    QVERIFY(store.snapshot(g.slug, QStringLiteral("ana"), {}, &error));
    QVERIFY(store.apply(g.slug, 1, VersionStore::Action::Submit, QStringLiteral("ana"), {}, &error));
    auto other = openSecond();
    VersionStore otherStore(*other);
    QVERIFY2(otherStore.apply(g.slug, 1, VersionStore::Action::Approve, QStringLiteral("bo"), {}, &error),
             qPrintable(error));
    QVERIFY(!store.apply(g.slug, 1, VersionStore::Action::Approve, QStringLiteral("cy"), {}, &error));
    QVERIFY2(error.contains(QLatin1String("approved")), qPrintable(error));
    QCOMPARE(store.version(g.slug, 1, &error)->state, QStringLiteral("approved"));
}

void TestRevisions::defaultAuthorIsTheSystemUser()
{
    qputenv("ALMANAC_AUTHOR", "Ana Editor");
    QCOMPARE(author::systemUser(), QStringLiteral("Ana Editor"));
    qunsetenv("ALMANAC_AUTHOR");
    const passwd *pw = getpwuid(getuid());
    QVERIFY(pw);
    const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
    QCOMPARE(author::systemUser(), full.isEmpty() ? QString::fromLocal8Bit(pw->pw_name) : full);
    QVERIFY(author::systemUser() != QLatin1String("unknown"));
}

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
