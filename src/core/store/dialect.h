#pragma once

#include <QSqlDatabase>
#include <QString>

namespace almanac::dialect {

// Where SQLite and PostgreSQL say the same thing differently, in one place: the
// rest of the store writes portable SQL and asks here for the rest.
enum class Backend
{
    Sqlite,
    Postgres
};

Backend of(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return of(db) == Backend::Postgres;
}

// Whether a team workspace's connection to its server is broken (libpq saw it
// fail: a terminated backend, a restarted server, a lost network). Never for SQLite.
bool connectionLost(const QSqlDatabase &db);

// Whether a workspace location names a PostgreSQL database in one of libpq's
// forms (postgresql:// or postgres:// URIs, "service=name", "host=… dbname=…")
// rather than a workspace file.
bool isServerLocation(const QString &location);

// The location as key=value connect options for Qt's QPSQL driver, parsed by
// libpq itself, so every libpq keyword (sslmode, service, …) works. A password
// in the location is refused: it would end up in settings and shell history;
// libpq finds it in ~/.pgpass or PGPASSWORD instead.
QString connectOptions(const QString &location, QString *error);

// Starts a write transaction holding the workspace's write lock from the start,
// so that what it reads first cannot change before it writes and change-feed
// sequence numbers commit in order. SQLite: BEGIN IMMEDIATE. PostgreSQL: a
// transaction-scoped advisory lock, taken by every writer of the workspace.
bool beginWrite(QSqlDatabase &db, QString *error);

// Starts a read transaction whose statements all see one snapshot (SQLite's
// deferred transaction; PostgreSQL's REPEATABLE READ). False when one could not
// be started, e.g. inside a transaction already open.
bool beginRead(QSqlDatabase &db);

// Appended to a SELECT that reads a row the transaction will write: PostgreSQL
// locks it against other writers; SQLite's write lock already covers it.
QString forUpdate(const QSqlDatabase &db);

// The database's clock in whole seconds since 1970, as an SQL expression:
// one clock for every client of a team workspace, whatever their own say.
QString epochNow(const QSqlDatabase &db);

// A number that changes when any connection commits a write. SQLite: PRAGMA
// data_version (no I/O). PostgreSQL: the change feed's last sequence number.
qint64 dataVersion(const QSqlDatabase &db);

// The notification channel of the change feed on PostgreSQL; its payload is the
// sequence number of the change.
inline constexpr char changesChannel[] = "almanac_changes";

} // namespace almanac::dialect
