#pragma once

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

// Binds values to a prepared statement and runs it; on failure *error says why.
inline bool execBound(QSqlQuery &q, const QVariantList &values, QString *error)
{
    bindValues(q, values);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace almanac
