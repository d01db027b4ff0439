#include "trash.h"

#include "io/guidefile.h"
#include "messages.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QSqlQuery>

namespace almanac {

Trash::Trash(Workspace &workspace) : m_workspace(workspace) {}

bool Trash::remove(const QString &slug, const QString &actor, QString *error)
{
    // The copy is taken inside the removal's transaction, from the draft as it
    // is when removed: a save by another program just before is kept, not lost.
    GuideRemoval how;
    how.actor = actor;
    how.keep = [&](const Draft &draft, QString *why) {
        const Guide &g = draft.guide;
        QSqlQuery q(m_workspace.database());
        QString detail;
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM versions WHERE guide_id = ?"));
        if (!execBound(q, {g.id}, &detail) || !q.next()) {
            *why = StoreText::tr("%1: cannot delete \"%2\": %3").arg(m_workspace.path(), slug, detail);
            return false;
        }
        if (q.value(0).toInt() > 0) {
            //: "archived" is the name of a guide status, as guide files have it
            *why = StoreText::tr("%1: \"%2\" has versions and cannot be deleted; set its status to "
                                 "archived instead")
                       .arg(m_workspace.path(), slug);
            return false;
        }
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO trash (guide_id, slug, title, content, actor, at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (guide_id) DO UPDATE SET "
                                 "slug = excluded.slug, title = excluded.title, content = excluded.content, "
                                 "actor = excluded.actor, at = excluded.at"));
        if (!execBound(q,
                       {g.id, slug, g.title, QString::fromUtf8(guidefile::write(g)), actor,
                        guide::timestampText(QDateTime::currentDateTimeUtc())},
                       &detail)) {
            *why = StoreText::tr("%1: cannot delete \"%2\": %3").arg(m_workspace.path(), slug, detail);
            return false;
        }
        return true;
    };
    const SaveResult r = m_workspace.removeGuide(slug, how);
    if (!r.ok() && error)
        *error = r.error;
    return r.ok();
}

std::optional<Guide> Trash::restore(const QString &guideId, const QString &actor, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT content FROM trash WHERE guide_id = ?"));
    QString detail;
    if (!execBound(q, {guideId}, &detail) || !q.next()) {
        if (error)
            *error = StoreText::tr("%1: the trash holds no guide %2").arg(m_workspace.path(), guideId);
        return std::nullopt;
    }
    const QByteArray content = q.value(0).toString().toUtf8();
    q.finish();
    auto g = guidefile::read(content, QStringLiteral("trash"), error);
    if (!g)
        return std::nullopt;
    DraftWrite write{*g, 0};
    write.keepUnclaimedSlug = true;
    const SaveResult r = m_workspace.saveDrafts({write}, actor);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    q.prepare(QStringLiteral("DELETE FROM trash WHERE guide_id = ?"));
    execBound(q, {guideId}, nullptr);
    return g;
}

QList<TrashedGuide> Trash::guides(QString *error) const
{
    QList<TrashedGuide> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT guide_id, slug, title, actor, at FROM trash ORDER BY at DESC, slug"));
    if (!execBound(q, {}, error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), guide::timestampFromText(q.value(4).toString())});
    return out;
}

} // namespace almanac
