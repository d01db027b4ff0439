#include "offlinejournal.h"

#include "io/guidefile.h"
#include "merge/guidemerge.h"
#include "messages.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace almanac {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("almanac-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Saves theirs-and-ours until nobody saves in between (a few rounds at most:
// each round merges what the other writer saved).
ReplayOutcome mergeAndSave(Workspace &ws, const JournalEntry &entry, const QString &holder,
                           const QString &actor)
{
    ReplayOutcome out;
    out.title = entry.guide.title;
    const auto base = ws.draftAtRevision(entry.guide.id, entry.baseRevision);
    for (int round = 0; round < 5; ++round) {
        const auto theirs = ws.draftById(entry.guide.id);
        if (!theirs) {
            out.error = StoreText::tr("%1: cannot read \"%2\"").arg(ws.path(), entry.guide.slug);
            return out;
        }
        // Without the base (pruned after many saves), every difference is a
        // question for the person: held, never guessed.
        const merge::Result merged = base ? merge::merge(*base, entry.guide, theirs->guide) : merge::Result{};
        if (!base || !merged.clean()) {
            if (!ws.holdEdits(entry.guide, entry.baseRevision, holder, actor, &out.error))
                return out;
            out.kind = ReplayOutcome::Kind::Held;
            return out;
        }
        if (guide::sameContent(merged.guide, theirs->guide)) {
            out.kind = ReplayOutcome::Kind::Merged; // already in (an open editor saved it)
            return out;
        }
        DraftWrite write{merged.guide, theirs->revision};
        write.keepUnclaimedSlug = true;
        const SaveResult r = ws.saveDrafts({write}, actor);
        if (r.ok()) {
            out.kind = ReplayOutcome::Kind::Merged;
            return out;
        }
        if (r.status == SaveResult::Status::Failed) {
            out.error = r.error;
            return out;
        }
    }
    out.error = StoreText::tr("%1: \"%2\" kept being saved by others; trying again later")
                    .arg(ws.path(), entry.guide.slug);
    return out;
}

} // namespace

OfflineJournal::~OfflineJournal()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<OfflineJournal> OfflineJournal::open(const QString &path, QString *error)
{
    std::unique_ptr<OfflineJournal> journal(new OfflineJournal);
    journal->m_path = path;
    journal->m_connectionName = newConnectionName();
    auto failWith = [&](const QString &why) -> std::unique_ptr<OfflineJournal> {
        if (error)
            *error = StoreText::tr("%1: the offline journal cannot be opened: %2").arg(path, why);
        return nullptr;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failWith(StoreText::tr("its folder cannot be made"));
    journal->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), journal->m_connectionName);
    journal->m_db.setDatabaseName(path);
    journal->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!journal->m_db.open())
        return failWith(sqlErrorText(journal->m_db.lastError()));
    QSqlQuery q(journal->m_db);
    // Several programs (one per team workspace window) may share it.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS kept_edits (workspace TEXT NOT NULL, guide_id TEXT "
                           "NOT NULL, base_revision INTEGER NOT NULL, content TEXT NOT NULL, at TEXT NOT "
                           "NULL, PRIMARY KEY (workspace, guide_id))")))
        return failWith(sqlErrorText(q.lastError()));
    return journal;
}

bool OfflineJournal::keep(const QString &workspace, const Guide &guide, qint64 baseRevision, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO kept_edits (workspace, guide_id, base_revision, content, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (workspace, guide_id) DO UPDATE SET base_revision = excluded.base_revision, "
        "content = excluded.content, at = excluded.at"));
    return execBound(q,
                     {workspace, guide.id, baseRevision, QString::fromUtf8(guidefile::write(guide)),
                      guide::timestampText(QDateTime::currentDateTimeUtc())},
                     error);
}

bool OfflineJournal::drop(const QString &workspace, const QString &guideId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM kept_edits WHERE workspace = ? AND guide_id = ?"));
    return execBound(q, {workspace, guideId}, error);
}

QList<JournalEntry> OfflineJournal::entries(const QString &workspace, QString *error) const
{
    QList<JournalEntry> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT base_revision, content, at FROM kept_edits WHERE workspace = ? ORDER BY at, guide_id"));
    if (!execBound(q, {workspace}, error))
        return out;
    while (q.next()) {
        const auto g = guidefile::read(q.value(1).toString().toUtf8(), m_path, error);
        if (!g)
            continue; // reported; the rest still come back
        out.append({workspace, *g, q.value(0).toLongLong(), guide::timestampFromText(q.value(2).toString())});
    }
    return out;
}

ReplayOutcome OfflineJournal::replay(Workspace &workspace, const JournalEntry &entry, const QString &holder,
                                     const QString &actor)
{
    ReplayOutcome out;
    out.title = entry.guide.title;
    DraftWrite write{entry.guide, entry.baseRevision};
    write.keepUnclaimedSlug = true;
    const SaveResult r = workspace.saveDrafts({write}, actor);
    if (r.ok()) {
        out.kind = ReplayOutcome::Kind::Saved;
        return out;
    }
    if (r.status == SaveResult::Status::Failed) {
        out.error = r.error;
        return out;
    }
    if (r.revision == 0) {
        // Deleted by someone meanwhile: the edits bring it back, never lost.
        DraftWrite again{entry.guide, 0};
        again.keepUnclaimedSlug = true;
        const SaveResult restored = workspace.saveDrafts({again}, actor);
        out.kind = restored.ok() ? ReplayOutcome::Kind::Restored : ReplayOutcome::Kind::Failed;
        out.error = restored.error;
        return out;
    }
    return mergeAndSave(workspace, entry, holder, actor);
}

} // namespace almanac
