#pragma once

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

} // namespace almanac
