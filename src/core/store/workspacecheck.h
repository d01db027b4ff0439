#pragma once

#include <QStringList>

namespace almanac {

class Workspace;

// What `almanac check` reports: damage that a workspace can hold after a disk
// fault, a crash or a write behind the program's back.
struct WorkspaceCheck
{
    QStringList problems; // each "PLACE: what"
    int guides = 0;
    int versions = 0;
    bool ok() const { return problems.isEmpty(); }
};

// SQLite's integrity and foreign key checks, then every draft (it loads and
// meets the guide's rules) and every version (its checksum and its content).
WorkspaceCheck checkWorkspace(Workspace &workspace);

} // namespace almanac
