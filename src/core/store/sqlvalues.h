#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace almanac {

// Binds values to a prepared statement in order. A null QString would bind as
// SQL NULL; absent text is stored as '' (text columns are NOT NULL).
inline void bindValues(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(static_cast<int>(i), nullText ? QVariant(QStringLiteral("")) : v);
    }
}

// What went wrong, in words a person can act on: the database's own text, and
// for the faults of the disk under an SQLite workspace, what they mean.
inline QString sqlErrorText(const QSqlError &e)
{
    const QString text = e.text();
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff; // SQLite's primary result code
    if (!ok || e.driverText().isEmpty())
        return text;
    switch (code) {
    case 8: // SQLITE_READONLY
        return text + QStringLiteral(" (the workspace's disk or file became read-only; nothing was written)");
    case 10: // SQLITE_IOERR
        return text + QStringLiteral(" (the disk failed to read or write; nothing was written)");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return text + QStringLiteral(
                          " (the workspace file is damaged: \"almanac check\" says where; restore a backup)");
    case 13: // SQLITE_FULL
        return text + QStringLiteral(" (the disk is full; free some space: nothing was written)");
    case 14: // SQLITE_CANTOPEN
        return text + QStringLiteral(" (the workspace or its journal cannot be opened: is the disk full or "
                                     "read-only?)");
    default:
        return text;
    }
}

// What is wrong with the disk under a workspace file, in words, or nothing:
// read-only (as a file system turns after an I/O error) or full. A database
// error alone says only "disk I/O error".
QString diskTrouble(const QString &workspacePath); // in workspaceopen.cpp

// Imported records kept whole (a CSL item, TimelineJS fields): '' for none.
inline QString jsonToText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject jsonFromText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

// Binds values to a prepared statement and runs it; on failure *error says why.
inline bool execBound(QSqlQuery &q, const QVariantList &values, QString *error)
{
    bindValues(q, values);
    if (q.exec())
        return true;
    if (error)
        *error = sqlErrorText(q.lastError());
    return false;
}

// Prepares a statement, binds values to it and runs it; on failure *error says why.
inline bool execSql(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.prepare(sql);
    return execBound(q, values, error);
}

} // namespace almanac
