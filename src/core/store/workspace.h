#pragma once

#include "guide/guide.h"
#include "guide/lint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace almanac {

struct GuideSummary
{
    QString id;
    QString slug;
    QString title;
    QString subject;
    QString level;
    QString status;
    QDateTime updated;
};

// A guide's draft as stored, with the revision that every write raises.
struct Draft
{
    Guide guide;
    qint64 revision = 0;
};

// One row of the change feed: something a writer committed.
struct Change
{
    qint64 seq = 0;
    QString guideId;
    QString kind;        // "draft", "removed", "version", "review", "comment"
    qint64 revision = 0; // the draft's revision after a "draft" change; 0 otherwise
    QString actor;
    QDateTime at;
};

// What a compare-and-set write did.
struct SaveResult
{
    enum class Status
    {
        Saved,
        Stale, // someone else saved first: nothing was written
        Failed
    };
    Status status = Status::Failed;
    qint64 revision = 0; // Saved: the new revision; Stale: the one stored now (0: no such guide)
    QString guideId;     // Stale: which guide
    QString error;
    // Failed because a team workspace's server could not be reached: worth
    // keeping on this computer and trying again. A save the server refused
    // (a right the person lacks, a check) is not: it is reported as it is.
    bool unreachable = false;
    bool ok() const { return status == Status::Saved; }
};

// A base revision that matches whatever is stored: for writers that read
// nothing first (new guides, fixtures), never for one that edited a draft.
inline constexpr qint64 anyRevision = -1;

// How a guide is removed: see Workspace::removeGuide.
struct GuideRemoval
{
    qint64 baseRevision = anyRevision;
    QString actor; // for the change feed
    std::function<bool(const Draft &draft, QString *error)> keep;
};

// A draft to write over the stored one, if that is still at baseRevision.
struct DraftWrite
{
    Guide guide;
    qint64 baseRevision = 0; // 0: a new guide, which must not exist yet
    // An editor's autosave: a slug another guide has, or not a slug, does not
    // stop the save (the guide keeps its stored slug meanwhile; see
    // Workspace::hasUnclaimedSlug). Imports refuse such a guide instead.
    bool keepUnclaimedSlug = false;
};

struct SearchHit
{
    QString slug;
    QString title;
    QString subject;
    double score = 0; // bm25: lower is better
};

// One workspace: a database of guides. The embedded kind is one SQLite file
// (WAL journal, foreign keys, every write a transaction); its SQL is kept
// portable so that a team can run the same schema on PostgreSQL.
class Workspace
{
public:
    struct Options
    {
        int busyTimeoutMs = 3000; // how long to wait for another program's write lock
        // Opening checks an SQLite workspace's pages (PRAGMA quick_check) up to
        // this size, so that a damaged file is refused at once with a message
        // instead of failing later in the middle of work; 0 never checks
        // ("almanac check", which reads everything itself, and backups).
        qint64 checkOnOpenUpTo = 256 * 1024 * 1024;
    };

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Makes a new workspace file; fails if anything exists at path.
    static std::unique_ptr<Workspace> create(const QString &path, QString *error, const Options &options);
    static std::unique_ptr<Workspace> create(const QString &path, QString *error)
    {
        return create(path, error, {});
    }
    // Opens an existing workspace, migrating an older schema. A file that is not
    // a workspace, one of a newer schema, a read-only or locked file: an error,
    // and the file is left as it was.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error, const Options &options);
    static std::unique_ptr<Workspace> open(const QString &path, QString *error)
    {
        return open(path, error, {});
    }

    QString path() const { return m_path; }
    int schemaVersion() const;

    // A team workspace's link to its server. When libpq saw the connection
    // fail (a terminated backend, a restarted server, a lost network), connects
    // again with the same options: Restored, or Down and *error says why.
    // Otherwise (and always on SQLite) Up, at no cost.
    enum class Link
    {
        Up,
        Restored,
        Down
    };
    Link keepConnected(QString *error);
    QSqlDatabase database() const { return m_db; }

    // Every guide, by title then slug.
    QList<GuideSummary> guides() const;
    std::optional<GuideSummary> guideSummary(const QString &id) const;
    std::optional<Guide> guide(const QString &slug) const;
    std::optional<Guide> guideById(const QString &id) const;
    QHash<QString, QString> guideIdsBySlug() const;
    QHash<QString, QString> titlesBySlug() const;
    LintContext lintContext() const;
    // Every outlet the workspace's sources name, for completion.
    QStringList outlets() const;
    // The workspace's own spelling dictionary.
    QStringList personalWords() const;
    bool addPersonalWord(const QString &word, QString *error);

    std::optional<Draft> draft(const QString &slug) const;
    std::optional<Draft> draftById(const QString &id) const;
    // The draft as it was at a recent revision (the last keptRevisions are kept),
    // the base from which a stale writer merges.
    std::optional<Guide> draftAtRevision(const QString &id, qint64 revision) const;
    static constexpr int keptRevisions = 200;

    // Compare and set: writes each draft only if the stored one is still at its
    // base revision, all in one transaction, with a row in the change feed for
    // each. A stale base writes nothing and says which guide moved on. A slug
    // that another guide has is an error.
    SaveResult saveDrafts(const QList<DraftWrite> &writes, const QString &actor);
    // Whether a guide's draft asks for a slug it does not have (another guide's,
    // or one that is no slug): such a draft cannot be made a version.
    bool hasUnclaimedSlug(const QString &guideId) const;
    SaveResult saveDraft(const Guide &guide, qint64 baseRevision, const QString &actor)
    {
        return saveDrafts({{guide, baseRevision}}, actor);
    }
    // Writes over whatever draft is stored (new guides, test fixtures): for a
    // writer that read nothing before, so there is nothing it could undo.
    bool saveGuide(const Guide &guide, QString *error);
    bool saveGuides(const QList<Guide> &guides, QString *error);
    bool setStatus(const QString &slug, const QString &status, QString *error);
    // Removes a guide with its versions, in one write transaction. With
    // how.baseRevision, only if the draft is still at that revision: otherwise
    // nothing is removed and the result is Stale. how.keep runs inside the same
    // transaction with the draft as it is then (no other program can save it
    // in between); it may keep a copy, and if it fails nothing is removed.
    SaveResult removeGuide(const QString &slug, const GuideRemoval &how = {});

    // Edits that met a conflict, kept here until a person decides, so that a
    // crash in the meantime loses nothing. holder names the program instance.
    bool holdEdits(const Guide &ours, qint64 baseRevision, const QString &holder, const QString &author,
                   QString *error);
    bool releaseEdits(const QString &guideId, const QString &holder, QString *error);
    std::optional<Draft> heldEdits(const QString &guideId, const QString &holder) const;

    // The change feed. dataVersion() changes when another connection commits
    // (PRAGMA data_version: no I/O when nothing changed).
    qint64 dataVersion() const;
    qint64 lastChange() const;
    QList<Change> changesSince(qint64 seq, int limit = 1000) const;
    // For other stores' writes: a change row in the caller's open transaction.
    bool appendChange(const QString &guideId, const QString &kind, qint64 revision, const QString &actor,
                      QString *error);
    // Starts a write transaction holding the write lock from the start, so that
    // what it reads first cannot change before it writes.
    bool beginWrite(QString *error);
    // Ends it: commits, or rolls back and says why (for a workspace file,
    // whether its disk has become full or read-only).
    bool commitWrite(QString *error);

    // Full-text search over titles, subjects, TL;DRs, sections, takeaways, FAQ,
    // the timeline and sources; best first.
    QList<SearchHit> search(const QString &query, int limit, bool prefix, QString *error) const;

private:
    Workspace() = default;
    static std::unique_ptr<Workspace> connect(const QString &path, bool creating, QString *error,
                                              const Options &options);
    static std::unique_ptr<Workspace> connectServer(const QString &location, bool creating, QString *error);
    bool migrateFrom(int version, QString *error);
    bool loadParts(Guide &g) const;
    bool writeGuide(const Guide &g, qint64 revision, bool keepUnclaimedSlug, QString *error);
    bool writeDraft(const DraftWrite &w, const QString &actor, SaveResult &result);
    std::optional<Draft> readDraft(const QString &column, const QString &value) const;
    bool writeParts(const Guide &g, QString *error);
    QString fail(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    // search()'s statement, prepared on first use and kept, so that a search
    // only binds and runs it (prefix and whole-word searches differ only in the
    // MATCH expression bound to it).
    mutable std::unique_ptr<QSqlQuery> m_searchQuery;
};

} // namespace almanac
