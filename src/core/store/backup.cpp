#include "backup.h"

#include "io/boundedfile.h"
#include "messages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

namespace almanac::backup {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Closes a connection when it goes out of scope.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

void removeTemporary(const QString &temp)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(temp + QLatin1String(suffix));
}

// "ok", or what integrity_check found.
QString integrity(sqlite3 *db)
{
    QStringList found;
    sqlite3_exec(
        db, "PRAGMA integrity_check",
        [](void *out, int, char **values, char **) {
            static_cast<QStringList *>(out)->append(QString::fromUtf8(values[0] ? values[0] : ""));
            return 0;
        },
        &found, nullptr);
    return found.join(QStringLiteral("; "));
}

} // namespace

bool copy(const QString &source, const QString &target, QString *error)
{
    const QFileInfo info(target);
    if (boundedfile::typeOf(target) != boundedfile::Type::Missing)
        return failWith(error, StoreText::tr("%1: exists; a backup never replaces a file").arg(target));
    if (!QFileInfo(info.absolutePath()).isDir())
        return failWith(error,
                        StoreText::tr("%1: the folder %2 does not exist").arg(target, info.absolutePath()));
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    removeTemporary(temp);

    Connection from;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return failWith(error, StoreText::tr("%1: cannot read: %2").arg(source, from.error()));
    sqlite3_busy_timeout(from.db, 5000);
    bool ok = false;
    QString detail;
    {
        Connection to;
        if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &to.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            detail = to.error();
        } else if (sqlite3_backup *b = sqlite3_backup_init(to.db, "main", from.db, "main")) {
            // All pages in one step: one read transaction, so one moment of the workspace.
            int rc = SQLITE_OK;
            for (int tries = 0; tries < 200; ++tries) {
                rc = sqlite3_backup_step(b, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                    break;
                QThread::msleep(50);
            }
            sqlite3_backup_finish(b);
            if (rc != SQLITE_DONE) {
                detail = QString::fromUtf8(sqlite3_errstr(rc));
            } else if (const QString check = integrity(to.db); check != QLatin1String("ok")) {
                detail = StoreText::tr("the copy fails its integrity check: %1").arg(check);
            } else {
                ok = true;
            }
        } else {
            detail = to.error();
        }
    } // the copy is closed (its WAL checkpointed) before it is moved into place
    if (!ok) {
        removeTemporary(temp);
        return failWith(error, StoreText::tr("%1: cannot back up %2: %3").arg(target, source, detail));
    }
    // link() never replaces: if something appeared at target meanwhile, it stays.
    if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removeTemporary(temp);
        return failWith(error, StoreText::tr("%1: cannot write: %2").arg(target, why));
    }
    removeTemporary(temp);
    return true;
}

} // namespace almanac::backup
