// Team workspaces on a real PostgreSQL server (the throwaway cluster ctest
// starts): naming one in libpq's forms, creating and opening it, writers on two
// connections that never undo each other, and the change feed's NOTIFY.

#include "store/dialect.h"
#include "store/schema.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "store/workspacesession.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace almanac;

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverLocations_data();
    void serverLocations();
    void passwordIsRefused();
    void createOpenAndReopen();
    void keyValueConnectionString();
    void openRefusesWhatIsNoWorkspace();
    void unreachableServerIsAClearError();
    void twoClientsNeverLoseAWrite();
    void versionsFromTwoClientsAreNumberedOnce();
    void changesAreNotified();
    void sessionHearsOtherClientsAtOnce();

private:
    std::unique_ptr<Workspace> create(QString *location = nullptr);
};

std::unique_ptr<Workspace> TestTeamWorkspace::create(QString *location)
{
    const QString url = test::newDatabase();
    if (location)
        *location = url;
    QString error;
    auto ws = Workspace::create(url, &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws;
}

void TestTeamWorkspace::serverLocations_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("server");
    QTest::newRow("uri") << "postgresql://ana@db.example.org:5433/newsroom" << true;
    QTest::newRow("short uri") << "postgres://db/newsroom" << true;
    QTest::newRow("uri with sslmode") << "postgresql://db/newsroom?sslmode=verify-full" << true;
    QTest::newRow("service") << "service=newsroom" << true;
    QTest::newRow("key value") << "host=db.example.org dbname=newsroom user=ana" << true;
    QTest::newRow("dbname first") << "dbname=newsroom" << true;
    QTest::newRow("socket folder") << "host=/run/postgresql dbname=newsroom" << true;
    QTest::newRow("file") << "/home/ana/newsroom.almanac" << false;
    QTest::newRow("relative file") << "newsroom.almanac" << false;
    QTest::newRow("file with = in its name") << "/tmp/a=b.almanac" << false;
    QTest::newRow("file named like a key") << "/tmp/xhost=y.almanac" << false;
    QTest::newRow("empty") << "" << false;
}

void TestTeamWorkspace::serverLocations()
{
    QFETCH(QString, location);
    QFETCH(bool, server);
    QCOMPARE(dialect::isServerLocation(location), server);
}

void TestTeamWorkspace::passwordIsRefused()
{
    QUrl url(test::serverUrl());
    url.setPassword(QStringLiteral("s3cret-pw"));
    QString error;
    QVERIFY(!Workspace::open(url.toString(), &error));
    QVERIFY2(error.contains(QLatin1String(".pgpass")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("s3cret-pw")), qPrintable(error));
    QVERIFY(!Workspace::open(QStringLiteral("host=127.0.0.1 dbname=x password=s3cret-pw"), &error));
    QVERIFY2(!error.contains(QLatin1String("s3cret-pw")), qPrintable(error));
}

void TestTeamWorkspace::createOpenAndReopen()
{
    QString url;
    Guide g = test::demo(QStringLiteral("crispr.json"));
    {
        auto ws = create(&url);
        QCOMPARE(ws->schemaVersion(), schema::latestVersion());
        QCOMPARE(ws->path(), url);
        QVERIFY(dialect::isPostgres(ws->database()));
        const SaveResult r = ws->saveDraft(g, 0, QStringLiteral("ana"));
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
    QString error;
    auto ws = Workspace::open(url, &error);
    QVERIFY2(ws, qPrintable(error));
    const auto d = ws->draft(g.slug);
    QVERIFY(d);
    QCOMPARE(d->revision, 1);
    QCOMPARE(d->guide, g);
    // A second "init" of the same database changes nothing.
    QVERIFY(!Workspace::create(url, &error));
    QVERIFY2(error.contains(QLatin1String("already an Almanac workspace")), qPrintable(error));
    QCOMPARE(ws->draft(g.slug)->guide, g);
}

void TestTeamWorkspace::keyValueConnectionString()
{
    QString url;
    create(&url);
    const QUrl u(url);
    const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                 .arg(u.host())
                                 .arg(u.port())
                                 .arg(u.userName(), u.path().mid(1));
    QString error;
    auto ws = Workspace::open(conninfo, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->schemaVersion(), schema::latestVersion());
    // libpq's own environment is honoured: PGDATABASE names the database here.
    qputenv("PGDATABASE", u.path().mid(1).toUtf8());
    auto fromEnv = Workspace::open(
        QStringLiteral("host=%1 port=%2 user=%3").arg(u.host()).arg(u.port()).arg(u.userName()), &error);
    qunsetenv("PGDATABASE");
    QVERIFY2(fromEnv, qPrintable(error));
}

void TestTeamWorkspace::openRefusesWhatIsNoWorkspace()
{
    const QString empty = test::newDatabase();
    QString error;
    QVERIFY(!Workspace::open(empty, &error));
    QVERIFY2(error.contains(QLatin1String("almanac init")), qPrintable(error));

    const QString other = test::newDatabase();
    {
        auto ws = Workspace::create(other, &error); // make it, then stand for someone else's database
        QVERIFY2(ws, qPrintable(error));
        QSqlQuery q(ws->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE almanac_meta SET value = 'payroll' WHERE key = 'application'")));
    }
    QVERIFY(!Workspace::open(other, &error));
    QVERIFY2(error.contains(QLatin1String("not an Almanac workspace")), qPrintable(error));
    QVERIFY(!Workspace::create(other, &error));
}

void TestTeamWorkspace::unreachableServerIsAClearError()
{
    QString error;
    QVERIFY(!Workspace::open(QStringLiteral("postgresql://127.0.0.1:1/nothing?connect_timeout=2"), &error));
    QVERIFY2(error.contains(QLatin1String("cannot connect")), qPrintable(error));
}

void TestTeamWorkspace::twoClientsNeverLoseAWrite()
{
    // Two programs append to the same guide as fast as they can, each
    // compare-and-set against the revision it read, reading again when it was
    // stale. Every save that reported success must be in the final draft.
    QString url;
    auto ws = create(&url);
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.takeaways.clear();
    QVERIFY(ws->saveDraft(g, 0, {}).ok());
    constexpr int perWriter = 40;
    QAtomicInt stale;
    auto writer = [&](const QString &name, QStringList *saved) {
        QString error;
        auto mine = Workspace::open(url, &error);
        if (!mine)
            return;
        for (int i = 0; i < perWriter; ++i) {
            for (;;) {
                auto d = mine->draft(g.slug);
                if (!d)
                    return;
                const QString text = QStringLiteral("%1 wrote %2").arg(name).arg(i);
                d->guide.takeaways.append({guide::newId(), text});
                const SaveResult r = mine->saveDraft(d->guide, d->revision, name);
                if (r.ok()) {
                    saved->append(text);
                    break;
                }
                if (r.status != SaveResult::Status::Stale)
                    return;
                stale.ref();
            }
        }
    };
    QStringList savedA, savedB;
    std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("ana"), &savedA));
    std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("bo"), &savedB));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QCOMPARE(savedA.size(), perWriter);
    QCOMPARE(savedB.size(), perWriter);
    const auto d = ws->draft(g.slug);
    QVERIFY(d);
    QStringList stored;
    for (const Takeaway &t : d->guide.takeaways)
        stored << t.text;
    for (const QString &text : savedA + savedB)
        QVERIFY2(stored.contains(text), qPrintable(text + QStringLiteral(" was lost")));
    QCOMPARE(stored.size(), 2 * perWriter);
    QCOMPARE(d->revision, 1 + 2 * perWriter);
    // One change row per save, in commit order.
    const QList<Change> changes = ws->changesSince(0, 10000);
    QCOMPARE(changes.size(), 1 + 2 * perWriter);
    for (qsizetype i = 0; i < changes.size(); ++i)
        QCOMPARE(changes[i].revision, i + 1);
    qInfo("%d stale saves were retried", stale.loadRelaxed());
}

void TestTeamWorkspace::versionsFromTwoClientsAreNumberedOnce()
{
    QString url;
    auto ws = create(&url);
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.related.clear();
    QVERIFY(ws->saveDraft(g, 0, {}).ok());
    constexpr int perWriter = 10;
    auto writer = [&](const QString &name) {
        QString error;
        auto mine = Workspace::open(url, &error);
        VersionStore store(*mine);
        for (int i = 0; i < perWriter; ++i)
            store.snapshot(g.slug, name, QStringLiteral("%1 %2").arg(name).arg(i), &error);
    };
    std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("ana")));
    std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("bo")));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QString error;
    const auto versions = VersionStore(*ws).versions(g.slug, &error);
    QCOMPARE(versions.size(), 2 * perWriter);
    QList<int> numbers;
    for (const VersionInfo &v : versions)
        numbers << v.number;
    std::sort(numbers.begin(), numbers.end());
    for (qsizetype i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], i + 1);
}

void TestTeamWorkspace::changesAreNotified()
{
    QString url;
    auto listener = create(&url);
    QSqlDriver *driver = listener->database().driver();
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(dialect::changesChannel)));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QString error;
    auto writer = Workspace::open(url, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->saveDraft(test::demo(QStringLiteral("crispr.json")), 0, QStringLiteral("ana")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    // The payload is the change's sequence number, never the row.
    QCOMPARE(spy.at(0).at(0).toString(), QString::fromLatin1(dialect::changesChannel));
    QCOMPARE(spy.at(0).at(2).toString().toLongLong(), writer->lastChange());
    QCOMPARE(listener->dataVersion(), writer->lastChange());
}

void TestTeamWorkspace::sessionHearsOtherClientsAtOnce()
{
    // The poll is ten minutes away: only the notification can bring the change in time.
    qRegisterMetaType<QList<Change>>();
    QString url;
    create(&url);
    WorkspaceSession::Options options;
    options.pollIntervalMs = 600000;
    QString error;
    auto session = WorkspaceSession::open(url, &error, options);
    QVERIFY2(session, qPrintable(error));
    QSignalSpy spy(session.get(), &WorkspaceSession::changesArrived);
    auto writer = Workspace::open(url, &error);
    QVERIFY2(writer, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(writer->saveDraft(g, 0, QStringLiteral("ana")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 3000);
    const auto changes = spy.at(0).at(0).value<QList<Change>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].guideId, g.id);
    QTRY_COMPARE_WITH_TIMEOUT(session->cache().guides.size(), 1, 3000);
}

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
