#pragma once

#include "guide/guide.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace almanac {

class Workspace;

// An edit to a team workspace's draft that could not be saved because the
// server could not be reached, kept on this computer with the revision it was
// edited from.
struct JournalEntry
{
    QString workspace; // the location, as the workspace was opened
    Guide guide;
    qint64 baseRevision = 0;
    QDateTime at;
};

// What became of a kept edit once the server was back.
struct ReplayOutcome
{
    enum class Kind
    {
        Saved,    // nobody had saved the guide since: saved as it was
        Merged,   // others had: merged with theirs, cleanly, and saved
        Held,     // merged with conflicts: held in the workspace until a person decides
        Restored, // someone deleted the guide meanwhile: it is back, with these edits
        Failed    // not now (the server went away again): it stays in the journal
    };
    Kind kind = Kind::Failed;
    QString title;
    QString error;
};

// The offline journal: an SQLite file in the user's data folder that keeps
// edits to team workspaces while their server cannot be reached, one per
// guide (the latest), until they are saved. It outlives the program: edits
// kept when it quit offline are brought in at the next start.
class OfflineJournal
{
public:
    ~OfflineJournal();
    OfflineJournal(const OfflineJournal &) = delete;
    OfflineJournal &operator=(const OfflineJournal &) = delete;

    // Opens (or makes) the journal at path; its folder is made if missing.
    static std::unique_ptr<OfflineJournal> open(const QString &path, QString *error);
    QString path() const { return m_path; }

    // Keeps the guide's edits (replacing what was kept for it before).
    bool keep(const QString &workspace, const Guide &guide, qint64 baseRevision, QString *error);
    bool drop(const QString &workspace, const QString &guideId, QString *error);
    // What is kept for a workspace, oldest first.
    QList<JournalEntry> entries(const QString &workspace, QString *error) const;

    // Brings a kept edit into the workspace through the three-way merge, as an
    // editor's autosave would have: saved, merged with what others saved since
    // its base revision, or held with its conflicts for the holder (the
    // program instance) to resolve when the guide is next opened.
    static ReplayOutcome replay(Workspace &workspace, const JournalEntry &entry, const QString &holder,
                                const QString &actor);

private:
    OfflineJournal() = default;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace almanac
