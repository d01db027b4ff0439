#include "dialect.h"
#include "io/guidefile.h"
#include "messages.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QSqlQuery>

// The change feed and the edits held through a conflict.

namespace almanac {

bool Workspace::appendChange(const QString &guideId, const QString &kind, qint64 revision,
                             const QString &actor, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO changes (guide_id, kind, revision, actor, at) VALUES (?, ?, ?, ?, ?)"));
    return execBound(
        q, {guideId, kind, revision, actor, guide::timestampText(QDateTime::currentDateTimeUtc())}, error);
}

qint64 Workspace::dataVersion() const
{
    return dialect::dataVersion(m_db);
}

qint64 Workspace::lastChange() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QList<Change> Workspace::changesSince(qint64 seq, int limit) const
{
    QList<Change> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, guide_id, kind, revision, actor, at FROM changes WHERE seq > ? "
                             "ORDER BY seq LIMIT ?"));
    if (!execBound(q, {seq, limit}, nullptr))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(),
                    guide::timestampFromText(q.value(5).toString())});
    return out;
}

bool Workspace::holdEdits(const Guide &ours, qint64 baseRevision, const QString &holder,
                          const QString &author, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO held_edits (guide_id, holder, base_revision, content, author, at) VALUES "
                       "(?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (guide_id, holder) DO UPDATE SET base_revision = excluded.base_revision, "
                       "content = excluded.content, author = excluded.author, at = excluded.at"));
    QString detail;
    if (execBound(q,
                  {ours.id, holder, baseRevision, QString::fromUtf8(guidefile::write(ours)), author,
                   guide::timestampText(QDateTime::currentDateTimeUtc())},
                  &detail))
        return true;
    if (error)
        *error = fail(StoreText::tr("cannot keep the edits of \"%1\"").arg(ours.slug), detail);
    return false;
}

bool Workspace::releaseEdits(const QString &guideId, const QString &holder, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM held_edits WHERE guide_id = ? AND holder = ?"));
    return execBound(q, {guideId, holder}, error);
}

std::optional<Draft> Workspace::heldEdits(const QString &guideId, const QString &holder) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT base_revision, content FROM held_edits WHERE guide_id = ? AND holder = ?"));
    if (!execBound(q, {guideId, holder}, nullptr) || !q.next())
        return std::nullopt;
    auto g = guidefile::read(q.value(1).toString().toUtf8(), QStringLiteral("held edits"), nullptr);
    if (!g)
        return std::nullopt;
    return Draft{*g, q.value(0).toLongLong()};
}

} // namespace almanac
