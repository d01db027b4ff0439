// Tests for the SQLite workspace: real files in a temporary folder, no mocks.

#include "io/guidefile.h"
#include "store/schema.h"
#include "store/workspace.h"
#include "testbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

namespace {

const QStringList childTables = {QStringLiteral("takeaways"),        QStringLiteral("sections"),
                                 QStringLiteral("timeline_entries"), QStringLiteral("topics"),
                                 QStringLiteral("faq_entries"),      QStringLiteral("related_guides"),
                                 QStringLiteral("sources")};

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList demoFiles()
{
    const QDir dir(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

Guide readGuide(const QString &path)
{
    QString error;
    const auto g = guidefile::readFile(path, &error);
    if (!g)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
    return *g;
}

// A small guide with every kind of part, made in code.
Guide makeGuide(const QString &slug, const QString &title)
{
    Guide g;
    g.id = guide::newId();
    g.slug = slug;
    g.title = title;
    g.subject = QStringLiteral("Subject of ") + title;
    g.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    g.updated = QDateTime(QDate(2026, 1, 3), QTime(4, 5, 6), Qt::UTC);
    g.tldr = QStringLiteral("Short summary [@src-one].");
    g.takeaways = {{guide::newId(), QStringLiteral("First takeaway")},
                   {guide::newId(), QStringLiteral("Second")}};
    g.sections = {
        {guide::newId(), QStringLiteral("Alpha heading"), QStringLiteral("Alpha body with marmalade")},
        {guide::newId(), QStringLiteral("Beta heading"), QStringLiteral("Beta body with porcupine")},
        {guide::newId(), QStringLiteral("Gamma heading"), QStringLiteral("Gamma body with xylophone")}};
    g.timeline = {{guide::newId(),
                   QStringLiteral("2020-05"),
                   QStringLiteral("Something happened"),
                   QStringLiteral("Details"),
                   {QStringLiteral("src-one")},
                   {}}};
    g.topics = {QStringLiteral("Topic A"), QStringLiteral("Topic B")};
    g.faq = {{guide::newId(), QStringLiteral("Why?"), QStringLiteral("Because.")}};
    g.related = {QStringLiteral("some-other-guide")};
    g.sources = {{guide::newId(),
                  QStringLiteral("src-one"),
                  QStringLiteral("Outlet"),
                  QStringLiteral("Title"),
                  QStringLiteral("https://example.org/a"),
                  QStringLiteral("2020"),
                  QStringLiteral("2026-01-01"),
                  7,
                  QStringLiteral("Summary"),
                  {}}};
    return g;
}

int scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}

// Runs statements on a file through its own short-lived connection.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + guide::newId();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createMakesWorkspace();
    void createRefusesExistingPath();
    void createRefusesMissingFolder();
    void migrateFromEmptyDatabase();
    void reopenKeepsData();
    void roundTripDemoGuides_data();
    void roundTripDemoGuides();
    void roundTripAbsentOptionalText();
    void saveAgainReplacesDraft();
    void slugOfAnotherGuideIsAnError();
    void saveGuidesIsAtomic();
    void setStatusArchives();
    void removeGuideCascades();
    void openErrorsLeaveFileAlone_data();
    void openErrorsLeaveFileAlone();
    void openDirectoryFails();
    void openMissingFileFails();
    void lockedFileFailsThenOpens();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // A workspace file in the test's folder, or (the _pg run) a new database.
    QString path(const QString &name) const { return test::newWorkspaceLocation(m_dir->path(), name); }
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspace::createMakesWorkspace()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    const QString p = path(QStringLiteral("new.almanac"));
    QString error;
    auto ws = Workspace::create(p, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFileInfo(p).isFile());
    QCOMPARE(ws->path(), p);
    QCOMPARE(ws->schemaVersion(), schema::latestVersion());
    QVERIFY(schema::latestVersion() >= 1);

    const QSqlDatabase db = ws->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM almanac_meta WHERE key = 'schema_version'")),
             schema::latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM almanac_meta WHERE key = 'application'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("almanac-studio"));
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));

    const QStringList tables = db.tables();
    for (const QString &t :
         childTables + QStringList{QStringLiteral("guides"), QStringLiteral("guide_search")})
        QVERIFY2(tables.contains(t), qPrintable(t));
    QVERIFY(ws->guides().isEmpty());
    QVERIFY(ws->guideIdsBySlug().isEmpty());
}

void TestWorkspace::createRefusesExistingPath()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    const QString p = path(QStringLiteral("taken.almanac"));
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious notes, not a workspace\n");
    }
    const QByteArray before = sha256(p);
    QString error;
    QVERIFY(!Workspace::create(p, &error));
    QVERIFY2(error.contains(p), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(sha256(p), before);
    QCOMPARE(QFileInfo(p).size(), qint64(32));

    // An existing folder is refused too, and stays a folder.
    const QString folder = path(QStringLiteral("folder.almanac"));
    QVERIFY(QDir().mkpath(folder));
    error.clear();
    QVERIFY(!Workspace::create(folder, &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());

    // So is an existing workspace, which keeps its data.
    const QString existing = path(QStringLiteral("existing.almanac"));
    {
        auto ws = Workspace::create(existing, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->saveGuide(makeGuide(QStringLiteral("kept"), QStringLiteral("Kept")), &error),
                 qPrintable(error));
    }
    const QByteArray existingBefore = sha256(existing);
    error.clear();
    QVERIFY(!Workspace::create(existing, &error));
    QVERIFY2(error.contains(existing), qPrintable(error));
    QCOMPARE(sha256(existing), existingBefore);
    auto reopened = Workspace::open(existing, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(reopened->guide(QStringLiteral("kept")));
}

void TestWorkspace::createRefusesMissingFolder()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    const QString folder = path(QStringLiteral("no-such-folder"));
    const QString p = folder + QStringLiteral("/ws.almanac");
    QString error;
    QVERIFY(!Workspace::create(p, &error));
    QVERIFY2(error.contains(p), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!QFileInfo::exists(p));
}

void TestWorkspace::migrateFromEmptyDatabase()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    // An empty database is version 0; the migrations bring it to the latest.
    const QString p = path(QStringLiteral("empty.sqlite"));
    const QString name = QStringLiteral("migrate-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(p);
        QVERIFY(db.open());
        QString error;
        QCOMPARE(schema::currentVersion(db, &error), 0);
        QVERIFY(error.isEmpty());
        QVERIFY2(schema::migrate(db, 0, &error), qPrintable(error));
        QCOMPARE(schema::currentVersion(db, &error), schema::latestVersion());
        QVERIFY(db.tables().contains(QStringLiteral("guides")));
        QVERIFY(db.tables().contains(QStringLiteral("guide_search")));
        // Migrating again from the latest version changes nothing.
        QVERIFY2(schema::migrate(db, schema::latestVersion(), &error), qPrintable(error));
        QCOMPARE(schema::currentVersion(db, &error), schema::latestVersion());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // A database with tables of its own is not a workspace: -1.
    const QString other = path(QStringLiteral("other.sqlite"));
    QVERIFY(rawExec(other, {QStringLiteral("CREATE TABLE invoices (n INTEGER)")}));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QCOMPARE(schema::currentVersion(db, nullptr), -1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // create() starts from such an empty (version 0) database and migrates it.
    QString error;
    auto ws = Workspace::create(path(QStringLiteral("created.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), schema::latestVersion());
}

void TestWorkspace::reopenKeepsData()
{
    const QString p = path(QStringLiteral("reopen.almanac"));
    const Guide g = makeGuide(QStringLiteral("reopen-me"), QStringLiteral("Reopen Me"));
    QString error;
    {
        auto ws = Workspace::create(p, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->saveGuide(g, &error), qPrintable(error));
    }
    auto ws = Workspace::open(p, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), schema::latestVersion());
    if (!test::onPostgres()) {
        QCOMPARE(pragma(ws->database(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(ws->database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }
    const auto loaded = ws->guide(QStringLiteral("reopen-me"));
    QVERIFY(loaded);
    QCOMPARE(*loaded, g);
    QCOMPARE(ws->guides().size(), 1);
    QCOMPARE(ws->search(QStringLiteral("porcupine"), 10, false, &error).size(), 1);

    // A second reopen after a write still sees both guides.
    QVERIFY2(ws->saveGuide(makeGuide(QStringLiteral("second"), QStringLiteral("Second")), &error),
             qPrintable(error));
    ws.reset();
    ws = Workspace::open(p, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->guides().size(), 2);
}

void TestWorkspace::roundTripDemoGuides_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = demoFiles();
    QVERIFY(files.size() >= 3);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestWorkspace::roundTripDemoGuides()
{
    QFETCH(QString, file);
    const Guide original = readGuide(file);
    QVERIFY(!original.sections.isEmpty());
    QVERIFY(!original.sources.isEmpty());
    const QString p = path(QStringLiteral("roundtrip.almanac"));
    QString error;
    {
        auto ws = Workspace::create(p, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->saveGuide(original, &error), qPrintable(error));
        const auto bySlug = ws->guide(original.slug);
        QVERIFY(bySlug);
        QCOMPARE(*bySlug, original);
        const auto byId = ws->guideById(original.id);
        QVERIFY(byId);
        QCOMPARE(*byId, original);
        // The canonical file is the same bytes again.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(guidefile::write(*bySlug), f.readAll());

        const QList<GuideSummary> list = ws->guides();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].id, original.id);
        QCOMPARE(list[0].slug, original.slug);
        QCOMPARE(list[0].title, original.title);
        QCOMPARE(list[0].status, original.status);
        QCOMPARE(list[0].updated, original.updated);
        QCOMPARE(ws->titlesBySlug().value(original.slug), original.title);
    }
    auto ws = Workspace::open(p, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto reloaded = ws->guide(original.slug);
    QVERIFY(reloaded);
    QCOMPARE(*reloaded, original);
}

void TestWorkspace::roundTripAbsentOptionalText()
{
    // A guide file may leave out optional text (tldr, subject, a source's dates):
    // the reader gives null strings, which must still save.
    const QByteArray json = R"({
  "format": "almanac-guide/1",
  "id": "3f2e1d0c-b9a8-4766-8544-332211009988",
  "slug": "bare-minimum",
  "title": "Bare Minimum",
  "sources": [{"key": "k1"}],
  "timeline": [{"title": "Undated"}],
  "faq": [{"question": "Unanswered?"}],
  "sections": [{}]
})";
    QString error;
    const auto g = guidefile::read(json, QStringLiteral("bare.json"), &error);
    QVERIFY2(g, qPrintable(error));
    auto ws = Workspace::create(path(QStringLiteral("bare.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(ws->saveGuide(*g, &error), qPrintable(error));
    const auto loaded = ws->guide(QStringLiteral("bare-minimum"));
    QVERIFY(loaded);
    QCOMPARE(*loaded, *g);
    QCOMPARE(loaded->sources.size(), 1);
    QCOMPARE(loaded->sources[0].published, QString());
    QCOMPARE(loaded->tldr, QString());

    // A guide made in code without its times is refused, naming the field: its guide file
    // ("created": "") would not read back as a version. With them it saves.
    Guide fresh;
    fresh.id = guide::newId();
    fresh.slug = QStringLiteral("fresh");
    QVERIFY(!ws->saveGuide(fresh, &error));
    QVERIFY2(error.contains(QStringLiteral("created: \"\" is not a UTC timestamp")), qPrintable(error));
    QVERIFY(!ws->guide(QStringLiteral("fresh")));
    fresh.created = fresh.updated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY2(ws->saveGuide(fresh, &error), qPrintable(error));
    QVERIFY(ws->guide(QStringLiteral("fresh")));
}

void TestWorkspace::saveAgainReplacesDraft()
{
    QString error;
    auto ws = Workspace::create(path(QStringLiteral("replace.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    Guide g = makeGuide(QStringLiteral("replace-me"), QStringLiteral("Original Title"));
    QVERIFY2(ws->saveGuide(g, &error), qPrintable(error));
    const QSqlDatabase db = ws->database();
    const int num = scalar(db, QStringLiteral("SELECT num FROM guides WHERE id = ?"), {g.id});
    QVERIFY(num > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sections WHERE guide_id = ?"), {g.id}), 3);

    // Drop the middle section, reverse the rest, drop every takeaway and topic,
    // rename the guide and its slug.
    Guide edited = g;
    edited.title = QStringLiteral("Edited Title");
    edited.subject = QStringLiteral("Edited subject");
    edited.slug = QStringLiteral("replaced");
    edited.sections = {g.sections[2], g.sections[0]};
    edited.sections[1].body = QStringLiteral("Alpha body rewritten with kumquat");
    edited.takeaways.clear();
    edited.topics = {QStringLiteral("Topic B")};
    edited.sources.clear();
    edited.timeline[0].sources.clear();
    QVERIFY2(ws->saveGuide(edited, &error), qPrintable(error));

    QVERIFY(!ws->guide(QStringLiteral("replace-me")));
    const auto loaded = ws->guide(QStringLiteral("replaced"));
    QVERIFY(loaded);
    QCOMPARE(*loaded, edited);
    QCOMPARE(loaded->sections.size(), 2);
    QCOMPARE(loaded->sections[0].heading, QStringLiteral("Gamma heading"));
    QCOMPARE(loaded->sections[1].heading, QStringLiteral("Alpha heading"));
    QCOMPARE(ws->guides().size(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM guides")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT num FROM guides WHERE id = ?"), {g.id}), num);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sections WHERE guide_id = ?"), {g.id}), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM takeaways WHERE guide_id = ?"), {g.id}), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sources WHERE guide_id = ?"), {g.id}), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM topics WHERE guide_id = ?"), {g.id}), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM guide_search")), 1);

    // The search index follows: removed and replaced words are gone, new ones found.
    QVERIFY(ws->search(QStringLiteral("porcupine"), 10, false, &error).isEmpty());
    QVERIFY(ws->search(QStringLiteral("marmalade"), 10, false, &error).isEmpty());
    QVERIFY(ws->search(QStringLiteral("Original"), 10, false, &error).isEmpty());
    const auto hits = ws->search(QStringLiteral("kumquat"), 10, false, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].slug, QStringLiteral("replaced"));
    QCOMPARE(hits[0].title, QStringLiteral("Edited Title"));
}

void TestWorkspace::slugOfAnotherGuideIsAnError()
{
    QString error;
    auto ws = Workspace::create(path(QStringLiteral("slug.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide first = makeGuide(QStringLiteral("shared-slug"), QStringLiteral("First Owner"));
    const Guide other = makeGuide(QStringLiteral("other"), QStringLiteral("Other Guide"));
    QVERIFY2(ws->saveGuides({first, other}, &error), qPrintable(error));

    Guide intruder = makeGuide(QStringLiteral("shared-slug"), QStringLiteral("Intruder"));
    error.clear();
    QVERIFY(!ws->saveGuide(intruder, &error));
    QVERIFY2(error.contains(QLatin1String("shared-slug")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("belongs to another guide")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("First Owner")), qPrintable(error));
    QVERIFY2(error.contains(ws->path()), qPrintable(error));

    QCOMPARE(ws->guides().size(), 2);
    QCOMPARE(*ws->guide(QStringLiteral("shared-slug")), first);
    QVERIFY(!ws->guideById(intruder.id));
    QVERIFY(ws->search(QStringLiteral("Intruder"), 10, false, &error).isEmpty());

    // Renaming an existing guide onto another's slug fails the same way.
    Guide renamed = other;
    renamed.slug = QStringLiteral("shared-slug");
    error.clear();
    QVERIFY(!ws->saveGuide(renamed, &error));
    QVERIFY2(error.contains(QLatin1String("belongs to another guide")), qPrintable(error));
    QCOMPARE(*ws->guide(QStringLiteral("other")), other);
    QCOMPARE(*ws->guide(QStringLiteral("shared-slug")), first);
}

void TestWorkspace::saveGuidesIsAtomic()
{
    QString error;
    auto ws = Workspace::create(path(QStringLiteral("atomic.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide existing = makeGuide(QStringLiteral("existing"), QStringLiteral("Existing"));
    QVERIFY2(ws->saveGuide(existing, &error), qPrintable(error));

    const Guide good1 = makeGuide(QStringLiteral("good-one"), QStringLiteral("Good One"));
    const Guide good2 = makeGuide(QStringLiteral("good-two"), QStringLiteral("Good Two"));
    Guide badSlug = makeGuide(QStringLiteral("Not A Slug"), QStringLiteral("Bad Slug"));
    Guide badId = makeGuide(QStringLiteral("bad-id"), QStringLiteral("Bad Id"));
    badId.id = QStringLiteral("not-a-uuid");
    Guide collides = makeGuide(QStringLiteral("existing"), QStringLiteral("Collides"));
    Guide updatedExisting = existing;
    updatedExisting.title = QStringLiteral("Existing Changed");
    const Guide sameSlugAsGood1 = makeGuide(QStringLiteral("good-one"), QStringLiteral("Good Twin"));

    const QList<QList<Guide>> batches = {{good1, badSlug, good2},
                                         {good1, good2, badId},
                                         {updatedExisting, good1, collides},
                                         {good1, good2, sameSlugAsGood1}};
    for (const QList<Guide> &batch : batches) {
        error.clear();
        QVERIFY(!ws->saveGuides(batch, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ws->guides().size(), 1);
        QVERIFY(!ws->guide(QStringLiteral("good-one")));
        QVERIFY(!ws->guide(QStringLiteral("good-two")));
        QCOMPARE(*ws->guide(QStringLiteral("existing")), existing);
        QCOMPARE(scalar(ws->database(), QStringLiteral("SELECT COUNT(*) FROM sections")), 3);
        QCOMPARE(scalar(ws->database(), QStringLiteral("SELECT COUNT(*) FROM guide_search")), 1);
        QVERIFY(ws->search(QStringLiteral("Good"), 10, false, &error).isEmpty());
    }

    // The error names the guide that could not be saved.
    error.clear();
    QVERIFY(!ws->saveGuides({good1, badSlug}, &error));
    QVERIFY2(error.contains(QLatin1String("Not A Slug")), qPrintable(error));

    // And a clean batch saves every guide.
    error.clear();
    QVERIFY2(ws->saveGuides({good1, good2, updatedExisting}, &error), qPrintable(error));
    QCOMPARE(ws->guides().size(), 3);
    QCOMPARE(ws->guide(QStringLiteral("existing"))->title, QStringLiteral("Existing Changed"));
}

void TestWorkspace::setStatusArchives()
{
    QString error;
    auto ws = Workspace::create(path(QStringLiteral("status.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide g = makeGuide(QStringLiteral("to-archive"), QStringLiteral("To Archive"));
    QVERIFY2(ws->saveGuide(g, &error), qPrintable(error));
    QCOMPARE(ws->guide(QStringLiteral("to-archive"))->status, QStringLiteral("active"));

    QVERIFY2(ws->setStatus(QStringLiteral("to-archive"), QStringLiteral("archived"), &error),
             qPrintable(error));
    const auto archived = ws->guide(QStringLiteral("to-archive"));
    QVERIFY(archived);
    QCOMPARE(archived->status, QStringLiteral("archived"));
    Guide expected = g;
    expected.status = QStringLiteral("archived");
    QCOMPARE(*archived, expected);
    QCOMPARE(ws->guides().value(0).status, QStringLiteral("archived"));

    error.clear();
    QVERIFY(!ws->setStatus(QStringLiteral("to-archive"), QStringLiteral("deleted"), &error));
    QVERIFY2(error.contains(QLatin1String("deleted")), qPrintable(error));
    QCOMPARE(ws->guide(QStringLiteral("to-archive"))->status, QStringLiteral("archived"));

    error.clear();
    QVERIFY(!ws->setStatus(QStringLiteral("no-such-guide"), QStringLiteral("archived"), &error));
    QVERIFY2(error.contains(QLatin1String("no-such-guide")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no such guide")), qPrintable(error));

    QVERIFY2(ws->setStatus(QStringLiteral("to-archive"), QStringLiteral("active"), &error),
             qPrintable(error));
    QCOMPARE(*ws->guide(QStringLiteral("to-archive")), g);
}

void TestWorkspace::removeGuideCascades()
{
    QString error;
    auto ws = Workspace::create(path(QStringLiteral("remove.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    const QStringList files = demoFiles();
    QVERIFY(files.size() >= 2);
    const Guide doomed = readGuide(files[0]);
    const Guide kept = readGuide(files[1]);
    QVERIFY2(ws->saveGuides({doomed, kept}, &error), qPrintable(error));
    const QSqlDatabase db = ws->database();
    for (const QString &table : childTables) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE guide_id = ?").arg(table);
        QVERIFY2(scalar(db, sql, {doomed.id}) > 0 || table == QLatin1String("related_guides"),
                 qPrintable(table));
    }
    QCOMPARE(ws->search(doomed.subject, 10, false, &error).value(0).slug, doomed.slug);

    const SaveResult removed = ws->removeGuide(doomed.slug);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QVERIFY(!ws->guide(doomed.slug));
    QVERIFY(!ws->guideById(doomed.id));
    QCOMPARE(ws->guides().size(), 1);
    for (const QString &table : childTables) {
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE guide_id = ?").arg(table), {doomed.id}),
            0);
        // No orphans of any kind.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE guide_id NOT IN (SELECT id FROM guides)")
                           .arg(table)),
            0);
    }
    if (!test::onPostgres()) { // a server enforces foreign keys itself
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM guide_search")), 1);
    const auto hits = ws->search(doomed.subject, 10, false, &error);
    QVERIFY(error.isEmpty());
    for (const SearchHit &h : hits)
        QVERIFY(h.slug != doomed.slug);

    // The other guide is untouched.
    QCOMPARE(*ws->guide(kept.slug), kept);
    QCOMPARE(ws->search(kept.subject, 10, false, &error).value(0).slug, kept.slug);

    const SaveResult again = ws->removeGuide(doomed.slug);
    QCOMPARE(again.status, SaveResult::Status::Failed);
    error = again.error;
    QVERIFY2(error.contains(QLatin1String("no such guide")), qPrintable(error));
    QVERIFY2(error.contains(doomed.slug), qPrintable(error));
}

void TestWorkspace::openErrorsLeaveFileAlone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "not an Almanac workspace";
    QTest::newRow("other SQLite database") << "other"
                                           << "not an Almanac workspace";
    QTest::newRow("SQLite database with no tables") << "no-tables"
                                                    << "not an Almanac workspace";
    QTest::newRow("other application's almanac_meta") << "foreign-meta"
                                                      << "not an Almanac workspace";
    QTest::newRow("newer schema") << "newer"
                                  << "newer";
    QTest::newRow("read-only file") << "read-only"
                                    << "read-only";
}

void TestWorkspace::openErrorsLeaveFileAlone()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString p = path(QStringLiteral("subject.almanac"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("text"))
            f.write("# My shopping list\neggs\nflour\n");
    } else if (kind == QLatin1String("other")) {
        QVERIFY(rawExec(p, {QStringLiteral("CREATE TABLE invoices (n INTEGER, total REAL)"),
                            QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")}));
    } else if (kind == QLatin1String("no-tables")) {
        QVERIFY(rawExec(p, {QStringLiteral("CREATE TABLE t (n INTEGER)"), QStringLiteral("DROP TABLE t")}));
    } else if (kind == QLatin1String("foreign-meta")) {
        QVERIFY(rawExec(p, {QStringLiteral("CREATE TABLE almanac_meta (key TEXT PRIMARY KEY, value TEXT)"),
                            QStringLiteral("INSERT INTO almanac_meta VALUES ('schema_version', '1')")}));
    } else {
        QString error;
        {
            auto ws = Workspace::create(p, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY2(ws->saveGuide(makeGuide(QStringLiteral("inside"), QStringLiteral("Inside")), &error),
                     qPrintable(error));
        }
        if (kind == QLatin1String("newer")) {
            QVERIFY(rawExec(
                p, {QStringLiteral("UPDATE almanac_meta SET value = '%1' WHERE key = 'schema_version'")
                        .arg(schema::latestVersion() + 7)}));
        } else {
            QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadUser |
                                                 QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
    }
    QVERIFY(QFileInfo::exists(p));
    const QByteArray before = sha256(p);
    const qint64 sizeBefore = QFileInfo(p).size();
    QVERIFY(!before.isEmpty());

    QString error;
    auto ws = Workspace::open(p, &error);
    QVERIFY(!ws);
    QVERIFY2(error.startsWith(p + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    if (kind == QLatin1String("newer")) {
        QVERIFY2(error.contains(QString::number(schema::latestVersion() + 7)), qPrintable(error));
        QVERIFY2(error.contains(QString::number(schema::latestVersion())), qPrintable(error));
    }
    QCOMPARE(sha256(p), before);
    QCOMPARE(QFileInfo(p).size(), sizeBefore);

    // Still untouched after a second attempt (nothing was half-done the first time).
    QVERIFY(!Workspace::open(p, &error));
    QCOMPARE(sha256(p), before);
    if (kind == QLatin1String("read-only"))
        QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestWorkspace::openDirectoryFails()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    const QString p = path(QStringLiteral("a-folder.almanac"));
    QVERIFY(QDir().mkpath(p));
    QFile marker(p + QStringLiteral("/marker.txt"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("x");
    marker.close();
    QString error;
    QVERIFY(!Workspace::open(p, &error));
    QVERIFY2(error.startsWith(p + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
    QVERIFY(QFileInfo(p).isDir());
    QCOMPARE(QDir(p).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("marker.txt")});
}

void TestWorkspace::openMissingFileFails()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    const QString p = path(QStringLiteral("missing.almanac"));
    QString error;
    QVERIFY(!Workspace::open(p, &error));
    QVERIFY2(error.startsWith(p + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("no such workspace")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(p));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestWorkspace::lockedFileFailsThenOpens()
{
    if (test::onPostgres())
        QSKIP("about workspace files; tst_teamworkspace tests a server's");
    const QString p = path(QStringLiteral("locked.almanac"));
    QString error;
    {
        auto ws = Workspace::create(p, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(ws->saveGuide(makeGuide(QStringLiteral("locked-guide"), QStringLiteral("Locked")), &error),
                 qPrintable(error));
    }
    const QByteArray before = sha256(p);
    const QString lockerName = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockerName);
        locker.setDatabaseName(p);
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));

        Workspace::Options options;
        options.busyTimeoutMs = 200;
        QElapsedTimer timer;
        timer.start();
        auto ws = Workspace::open(p, &error, options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!ws);
        QVERIFY2(error.startsWith(p + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed))); // the short timeout was used
        QCOMPARE(sha256(p), before);

        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(lockerName);

    error.clear();
    Workspace::Options options;
    options.busyTimeoutMs = 200;
    auto ws = Workspace::open(p, &error, options);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(ws->guide(QStringLiteral("locked-guide")));
    QVERIFY2(ws->saveGuide(makeGuide(QStringLiteral("after-lock"), QStringLiteral("After")), &error),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
