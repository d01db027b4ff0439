#include "dialect.h"

#include "messages.h"
#include "sqlvalues.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <libpq-fe.h>
#include <memory>

namespace almanac::dialect {

namespace {

// A value for a libpq key=value list: single-quoted, with \ and ' escaped.
QString quotedValue(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}

// The key every writer of one workspace database locks (advisory locks are per database).
constexpr qint64 writeLockKey = 0x416c6d616e6163; // "Almanac"

// The libpq connection under Qt's driver, if it is one.
PGconn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the handle's type by libpq's struct.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

// Whether a PostgreSQL connection is inside a transaction. PostgreSQL answers a
// second BEGIN with a warning, not an error, so the driver cannot tell.
bool inServerTransaction(const QSqlDatabase &db)
{
    PGconn *connection = libpqConnection(db);
    return connection && PQtransactionStatus(connection) != PQTRANS_IDLE;
}

} // namespace

Backend of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::Postgres : Backend::Sqlite;
}

bool connectionLost(const QSqlDatabase &db)
{
    if (of(db) != Backend::Postgres)
        return false;
    PGconn *connection = libpqConnection(db);
    return !db.isOpen() || !connection || PQstatus(connection) == CONNECTION_BAD;
}

bool isServerLocation(const QString &location)
{
    const QString s = location.trimmed();
    if (s.startsWith(QLatin1String("postgresql://")) || s.startsWith(QLatin1String("postgres://")))
        return true;
    // A key=value connection string: a file name could hold "=", so ask for a known key.
    static const QStringList keys = {QStringLiteral("service="), QStringLiteral("host="),
                                     QStringLiteral("hostaddr="), QStringLiteral("dbname=")};
    for (const QString &key : keys) {
        const qsizetype at = s.indexOf(key);
        if (at == 0 || (at > 0 && s[at - 1].isSpace()))
            return true;
    }
    return false;
}

QString connectOptions(const QString &location, QString *error)
{
    char *parseError = nullptr;
    const QByteArray conninfo = location.trimmed().toUtf8();
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(conninfo.constData(), &parseError), &PQconninfoFree);
    if (!options) {
        if (error)
            *error = parseError ? QString::fromUtf8(parseError).trimmed()
                                : StoreText::tr("not a PostgreSQL connection string");
        PQfreemem(parseError);
        return {};
    }
    QStringList parts;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        if (key == QLatin1String("password")) {
            if (error)
                *error = StoreText::tr("the connection string holds a password; keep it in ~/.pgpass or "
                                       "PGPASSWORD instead, never in a workspace location");
            return {};
        }
        parts << key + u'=' + quotedValue(QString::fromUtf8(o->val));
    }
    // libpq waits for ever on a server that does not answer; a workspace gives
    // up after a while and says the server cannot be reached.
    if (std::none_of(parts.cbegin(), parts.cend(),
                     [](const QString &p) { return p.startsWith(QLatin1String("connect_timeout=")); }))
        parts << QStringLiteral("connect_timeout='10'");
    // Qt's driver reads ';' as a separator in connect options.
    const QString joined = parts.join(u' ');
    if (joined.contains(u';')) {
        if (error)
            *error = StoreText::tr("a \";\" in a connection string value is not supported");
        return {};
    }
    return joined;
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (of(db) == Backend::Sqlite) {
        // SQLite's plain BEGIN reads first and may find the snapshot stale when it
        // comes to write; IMMEDIATE takes the write lock (waiting the busy timeout).
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        if (error)
            *error = sqlErrorText(q.lastError());
        return false;
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writeLockKey)))
        return true;
    if (error)
        *error = q.lastError().text();
    if (!connectionLost(db)) // a lost connection took its transaction with it
        db.rollback();
    return false;
}

bool beginRead(QSqlDatabase &db)
{
    if ((of(db) == Backend::Postgres && inServerTransaction(db)) || !db.transaction())
        return false;
    if (of(db) == Backend::Sqlite)
        return true;
    // READ COMMITTED would give every statement a newer snapshot.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
        return true;
    db.rollback();
    return false;
}

QString forUpdate(const QSqlDatabase &db)
{
    return of(db) == Backend::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString epochNow(const QSqlDatabase &db)
{
    return of(db) == Backend::Postgres ? QStringLiteral("CAST(extract(epoch FROM now()) AS BIGINT)")
                                       : QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)");
}

qint64 dataVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QString sql = of(db) == Backend::Sqlite
                            ? QStringLiteral("PRAGMA data_version")
                            : QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes");
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace almanac::dialect
