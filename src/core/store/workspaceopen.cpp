#include "dialect.h"
#include "messages.h"
#include "schema.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <cerrno>
#include <cstdlib>
#include <sys/statvfs.h>
#include <unistd.h>

// Making and opening a workspace (an SQLite file, or a PostgreSQL database named
// by a connection string), and keeping its connection.

namespace almanac {

QString diskTrouble(const QString &workspacePath)
{
    struct statvfs disk = {};
    const QByteArray folder = QFile::encodeName(QFileInfo(workspacePath).absolutePath());
    if (::statvfs(folder.constData(), &disk) != 0)
        return {};
    // A file system that turned read-only after an I/O error may still say
    // "rw" (ext4's emergency_ro): making a file there is what tells.
    QByteArray probe = folder + "/.almanac-probe-XXXXXX";
    const int fd = ::mkstemp(probe.data());
    const bool refused = fd < 0 && errno == EROFS;
    if (fd >= 0) {
        ::close(fd);
        ::unlink(probe.constData());
    }
    if ((disk.f_flag & ST_RDONLY) || refused)
        return StoreText::tr("the disk holding the workspace has become read-only; nothing was written, and "
                             "the workspace is as it was before");
    if (static_cast<quint64>(disk.f_bavail) * disk.f_frsize < 64 * 1024)
        return StoreText::tr("the disk holding the workspace is full; nothing was written; free some space");
    return {};
}

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("almanac-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isMarkedReadOnly(const QFileInfo &info)
{
    // The mode bits only: WriteUser says what access() allows, which is always true for root.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !(info.permissions() & writeBits) || !info.isWritable();
}

} // namespace

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error, const Options &options)
{
    if (dialect::isServerLocation(path))
        return connectServer(path, true, error);
    if (QFileInfo::exists(path)) {
        if (error)
            *error = StoreText::tr("%1: already exists; choose a new file name for the workspace").arg(path);
        return nullptr;
    }
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir()) {
        if (error)
            *error = StoreText::tr("%1: the folder %2 does not exist").arg(path, dir.filePath());
        return nullptr;
    }
    auto ws = connect(path, true, error, options);
    if (!ws)
        QFile::remove(path);
    return ws;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, const Options &options)
{
    const QFileInfo info(path);
    auto failWith = [&](const QString &message) -> std::unique_ptr<Workspace> {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return nullptr;
    };
    if (dialect::isServerLocation(path))
        return connectServer(path, false, error);
    if (!info.exists())
        return failWith(StoreText::tr("no such workspace (make one with \"almanac init\")"));
    if (info.isDir())
        return failWith(StoreText::tr("is a folder, not a workspace file"));
    // Whether it is an SQLite file at all is for SQLite to say (connect): opening
    // and closing the file here would drop every lock SQLite holds on it in this
    // process (POSIX locks belong to the process, and any close releases them),
    // and another program could then check the WAL out from under an open editor.
    if (isMarkedReadOnly(info))
        return failWith(StoreText::tr("the workspace file is read-only; make it writable to open it"));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return failWith(
            StoreText::tr("the folder %1 is read-only; the workspace needs to write its journal there")
                .arg(info.absolutePath()));
    return connect(path, false, error, options);
}

std::unique_ptr<Workspace> Workspace::connect(const QString &path, bool creating, QString *error,
                                              const Options &options)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = path;
    ws->m_connectionName = newConnectionName();
    ws->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    ws->m_db.setDatabaseName(path);
    ws->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    auto failWith = [&](const QString &message) -> std::unique_ptr<Workspace> {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return nullptr;
    };
    if (!ws->m_db.open())
        return failWith(StoreText::tr("cannot open: %1").arg(sqlErrorText(ws->m_db.lastError())));

    QSqlQuery q(ws->m_db);
    // Read-only checks first: nothing is written before we know the file is ours.
    QString detail;
    const int version = schema::currentVersion(ws->m_db, &detail);
    if (!detail.isEmpty()) {
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return failWith(
                StoreText::tr("the workspace is locked by another program; try again when it is done"));
        // SQLite needs room even to read (its shared-memory file): a full disk
        // shows only as an I/O error, so say what it is.
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
            return failWith(
                StoreText::tr("cannot read: the disk is full (%1 bytes free), and SQLite needs room "
                              "to open a workspace; free some space and try again (%2)")
                    .arg(disk.bytesAvailable())
                    .arg(detail));
        if (detail.contains(QLatin1String("file is not a database")))
            return failWith(StoreText::tr("not an Almanac workspace (the file is not an SQLite database)"));
        return failWith(StoreText::tr("cannot read: %1").arg(detail));
    }
    if (version < 0 || (version == 0 && !creating))
        return failWith(StoreText::tr("not an Almanac workspace (the database has no Almanac tables)"));
    if (version > schema::latestVersion())
        return failWith(
            StoreText::tr("the workspace has schema version %1, made by a newer Almanac Studio; this "
                          "program knows versions up to %2 and changed nothing")
                .arg(version)
                .arg(schema::latestVersion()));

    // A damaged file is refused now, not in the middle of an editor's work.
    if (!creating && QFileInfo(path).size() <= options.checkOnOpenUpTo) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return failWith(StoreText::tr("cannot read: %1").arg(sqlErrorText(q.lastError())));
        if (q.value(0).toString() != QLatin1String("ok"))
            return failWith(StoreText::tr("the workspace file is damaged (%1); \"almanac check\" says "
                                          "what is damaged; restore a backup")
                                .arg(q.value(0).toString()));
        q.finish();
    }

    // Take the write lock once, briefly, so that a locked file is reported now
    // rather than on the first save.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString text = sqlErrorText(q.lastError());
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
            return failWith(
                StoreText::tr("the workspace is locked by another program; try again when it is done"));
        if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
            return failWith(StoreText::tr("the workspace file is read-only; make it writable to open it"));
        return failWith(StoreText::tr("cannot write: %1").arg(text));
    }
    q.exec(QStringLiteral("ROLLBACK"));

    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
        q.value(0).toString() != QLatin1String("wal"))
        return failWith(
            StoreText::tr("cannot switch the journal to WAL: %1").arg(sqlErrorText(q.lastError())));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!ws->migrateFrom(version, error))
        return nullptr;
    return ws;
}

std::unique_ptr<Workspace> Workspace::connectServer(const QString &location, bool creating, QString *error)
{
    auto failWith = [&](const QString &message) -> std::unique_ptr<Workspace> {
        if (error)
            *error = location + QStringLiteral(": ") + message;
        return nullptr;
    };
    QString detail;
    const QString options = dialect::connectOptions(location, &detail);
    if (options.isEmpty()) {
        if (error)
            *error = detail; // without the location: it may hold a password
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failWith(StoreText::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = location;
    ws->m_connectionName = newConnectionName();
    ws->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), ws->m_connectionName);
    // libpq reads every key, including service, sslmode and the PG* environment;
    // the password comes from ~/.pgpass or PGPASSWORD, never from here.
    ws->m_db.setConnectOptions(options);
    if (!ws->m_db.open())
        return failWith(StoreText::tr("cannot connect: %1").arg(ws->m_db.lastError().text().trimmed()));
    QSqlQuery q(ws->m_db);
    // Notices (a search with no words, an extension that exists) are not for the user.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    const int version = schema::currentVersion(ws->m_db, &detail);
    if (!detail.isEmpty())
        return failWith(StoreText::tr("cannot read: %1").arg(detail));
    if (version < 0)
        return failWith(StoreText::tr("not an Almanac workspace (the database has other tables)"));
    if (version == 0 && !creating)
        return failWith(StoreText::tr(
            "not an Almanac workspace (the database is empty; make one with \"almanac init\")"));
    if (version > 0 && creating)
        return failWith(QStringLiteral("already an Almanac workspace; open it instead"));
    if (version > schema::latestVersion())
        return failWith(
            StoreText::tr("the workspace has schema version %1, made by a newer Almanac Studio; this "
                          "program knows versions up to %2 and changed nothing")
                .arg(version)
                .arg(schema::latestVersion()));
    if (!ws->migrateFrom(version, error))
        return nullptr;
    return ws;
}

Workspace::Link Workspace::keepConnected(QString *error)
{
    if (!dialect::connectionLost(m_db))
        return Link::Up;
    m_searchQuery.reset(); // prepared on the connection that is gone
    m_db.close();
    if (!m_db.open()) {
        if (error)
            *error = fail(StoreText::tr("the server cannot be reached"), m_db.lastError().text().trimmed());
        return Link::Down;
    }
    QSqlQuery(m_db).exec(QStringLiteral("SET client_min_messages = warning"));
    return Link::Restored;
}

bool Workspace::beginWrite(QString *error)
{
    QString text;
    // A team workspace whose connection was lost since the last write (a
    // restarted server, a terminated backend) connects again and goes on.
    bool ok = !dialect::connectionLost(m_db) && dialect::beginWrite(m_db, &text);
    if (!ok) {
        switch (keepConnected(&text)) {
        case Link::Restored:
            ok = dialect::beginWrite(m_db, &text);
            break;
        case Link::Down:
            if (error)
                *error = text;
            return false;
        case Link::Up:
            break;
        }
    }
    if (!ok && error) {
        *error = fail(StoreText::tr("cannot start a transaction"),
                      text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
                          ? StoreText::tr("the workspace is locked by another program")
                          : text);
    }
    return ok;
}

bool Workspace::commitWrite(QString *error)
{
    if (m_db.commit())
        return true;
    // Read before the rollback, which has its own error to say.
    QString text = sqlErrorText(m_db.lastError());
    const QString trouble = dialect::isPostgres(m_db) ? QString() : diskTrouble(m_path);
    if (!trouble.isEmpty())
        text = QStringLiteral("%1 (%2)").arg(trouble, text);
    if (!dialect::connectionLost(m_db))
        m_db.rollback();
    if (error)
        *error = text;
    return false;
}

bool Workspace::migrateFrom(int version, QString *error)
{
    QString detail;
    if (version >= schema::latestVersion() || schema::migrate(m_db, version, &detail))
        return true;
    if (error)
        *error = m_path + QStringLiteral(": ") +
                 StoreText::tr("cannot bring the schema from version %1 to %2: %3")
                     .arg(version)
                     .arg(schema::latestVersion())
                     .arg(detail);
    return false;
}

} // namespace almanac
