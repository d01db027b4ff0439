#pragma once

#include "guide/guide.h"
#include "guide/lint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
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
    QSqlDatabase database() const { return m_db; }

    QList<GuideSummary> guides() const;
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

    // Saves the guide as its draft, replacing the stored draft with the same id,
    // all in one transaction. A slug that another guide has is an error.
    bool saveGuide(const Guide &guide, QString *error);
    // Saves several guides in one transaction: all of them, or none.
    bool saveGuides(const QList<Guide> &guides, QString *error);
    bool setStatus(const QString &slug, const QString &status, QString *error);
    bool removeGuide(const QString &slug, QString *error);

    // Full-text search over titles, subjects, TL;DRs, sections, takeaways, FAQ,
    // the timeline and sources; best first.
    QList<SearchHit> search(const QString &query, int limit, bool prefix, QString *error) const;

private:
    Workspace() = default;
    static std::unique_ptr<Workspace> connect(const QString &path, bool creating, QString *error,
                                              const Options &options);
    bool loadParts(Guide &g) const;
    bool writeGuide(const Guide &g, QString *error);
    bool writeParts(const Guide &g, QString *error);
    bool updateSearchIndex(const Guide &g, qint64 num, QString *error);
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
