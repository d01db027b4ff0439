#pragma once

#include <QString>

namespace almanac::backup {

// Copies a workspace file with SQLite's online backup API: the copy is the
// workspace as it was at one moment, even while other programs write to it
// (in WAL mode a reader sees one snapshot and writers go on). The copy is
// written under a temporary name beside target, checked with PRAGMA
// integrity_check, and only then appears at target, which must not exist.
bool copy(const QString &source, const QString &target, QString *error);

} // namespace almanac::backup
