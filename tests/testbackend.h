#pragma once

// The database a core test runs on. ctest runs each backend-aware test twice:
// on SQLite files, and (the "_pg" entries) with ALMANAC_TEST_BACKEND=postgres
// on the throwaway PostgreSQL cluster that tests/pg/cluster.sh starts for the
// run (its URL in $ALMANAC_TEST_PG_CLUSTER/url, or a server of your own in
// $ALMANAC_TEST_PG). Each workspace gets a fresh database, dropped at exit.

#include "io/guidefile.h"
#include "store/dialect.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QtGlobal>

namespace almanac::test {

inline bool onPostgres()
{
    return qEnvironmentVariable("ALMANAC_TEST_BACKEND") == QLatin1String("postgres");
}

// The cluster's URL (its maintenance database).
inline QString serverUrl()
{
    const QString url = qEnvironmentVariable("ALMANAC_TEST_PG");
    if (!url.isEmpty())
        return url;
    QFile f(qEnvironmentVariable("ALMANAC_TEST_PG_CLUSTER") + QStringLiteral("/url"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no PostgreSQL for the test: set ALMANAC_TEST_PG or run it through ctest");
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Runs one statement on the database at url, through a connection kept for it.
inline void execOn(const QString &url, const QString &sql)
{
    const QString name = QStringLiteral("almanac-test-admin ") + url;
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QString error;
        db.setConnectOptions(dialect::connectOptions(url, &error));
        if (!db.isOpen() && !db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

inline void closeConnectionTo(const QString &url)
{
    QSqlDatabase::removeDatabase(QStringLiteral("almanac-test-admin ") + url);
}

// Runs one statement on the cluster's maintenance database.
inline void adminExec(const QString &sql)
{
    execOn(serverUrl(), sql);
}

inline QStringList &createdDatabases()
{
    static QStringList names;
    return names;
}

inline void dropCreatedDatabases()
{
    for (const QString &name : std::as_const(createdDatabases()))
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    createdDatabases().clear();
    closeConnectionTo(serverUrl());
}

// A new, empty PostgreSQL database in the test cluster; its URL.
inline QString newDatabase()
{
    static int counter = 0;
    const QString name =
        QStringLiteral("almanac_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    if (createdDatabases().isEmpty())
        qAddPostRoutine(dropCreatedDatabases);
    createdDatabases() << name;
    QUrl url(serverUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

// Where a test makes a workspace: a file named fileName in dir on SQLite, a new
// database on PostgreSQL.
inline QString newWorkspaceLocation(const QString &dir, const QString &fileName)
{
    return onPostgres() ? newDatabase() : QDir(dir).filePath(fileName);
}

// What a workspace holds, to see that a refused command wrote nothing: the
// file's bytes, or on a server the change feed's position and every draft.
inline QByteArray workspaceState(const QString &location)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!onPostgres()) {
        QFile f(location);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        return hash.result();
    }
    QString error;
    auto ws = Workspace::open(location, &error);
    if (!ws)
        return error.toUtf8();
    hash.addData(QByteArray::number(ws->lastChange()));
    for (const GuideSummary &s : ws->guides()) {
        if (const auto g = ws->guideById(s.id))
            hash.addData(guidefile::write(*g));
    }
    return hash.result();
}

// A PostgreSQL cluster of the test's own (tests/pg/cluster.sh), for a test that
// stops and starts its server: the run's shared cluster must not go down under
// other tests. Removed when the object goes.
class OwnCluster
{
public:
    OwnCluster()
    {
        // The server runs as the postgres user when the tests run as root: it must reach its folder.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                QFile::ExeOther);
        if (!run(QStringLiteral("start")))
            return;
        QFile f(dir() + QStringLiteral("/url"));
        if (f.open(QIODevice::ReadOnly))
            m_url = QString::fromUtf8(f.readAll()).trimmed();
    }
    ~OwnCluster() { run(QStringLiteral("stop")); }
    OwnCluster(const OwnCluster &) = delete;
    OwnCluster &operator=(const OwnCluster &) = delete;

    // The maintenance database's URL; empty when the cluster did not start.
    QString url() const { return m_url; }
    // The server goes down, keeping its data; resume starts it on the same port.
    bool halt() { return run(QStringLiteral("halt")); }
    bool resume() { return run(QStringLiteral("resume")); }

private:
    QString dir() const { return m_dir.filePath(QStringLiteral("cluster")); }
    bool run(const QString &command)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(ALMANAC_SOURCE_DIR "/tests/pg/cluster.sh"), {command, dir()});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_url;
};

} // namespace almanac::test
