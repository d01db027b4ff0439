#pragma once

#include "guide/guide.h"

#include <QSqlDatabase>
#include <QString>

namespace almanac::searchindex {

// The full-text index of a workspace, one row per guide keyed by its number:
// SQLite FTS5 (columns weighted in the ranking) or, on PostgreSQL, a weighted
// tsvector with a GIN index (title A; subject, TL;DR and takeaways B; sections
// and FAQ C; timeline, topics and sources D).

// Replaces the guide's row, in the caller's transaction.
bool write(QSqlDatabase &db, const Guide &g, qint64 num, QString *error);
bool remove(QSqlDatabase &db, qint64 num, QString *error);

// A statement taking the match expression and a limit, giving slug, title,
// subject and score (lower is better), best first.
QString searchStatement(const QSqlDatabase &db);
// What a person typed as the match expression for searchStatement; empty when
// there is nothing to search for.
QString matchExpression(const QSqlDatabase &db, const QString &typed, bool prefix);

} // namespace almanac::searchindex
