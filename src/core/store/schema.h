#pragma once

#include <QSqlDatabase>
#include <QString>

namespace almanac::schema {

// The schema version this program writes. Migrations bring older workspaces up
// to it, one version at a time; a released migration is never edited.
int latestVersion();

// The version recorded in the workspace, 0 for a database that has no Almanac
// tables yet, or -1 when it holds other tables (so it is not a workspace).
int currentVersion(QSqlDatabase &db, QString *error);

// Applies every migration above the current version, each in its own transaction.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace almanac::schema
