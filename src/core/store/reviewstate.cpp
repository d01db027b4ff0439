#include "reviewstate.h"

#include "guide/guide.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QSqlQuery>

namespace almanac {

QString ReviewState::stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Draft:
        return QStringLiteral("draft");
    case Stage::InReview:
        return QStringLiteral("in-review");
    case Stage::ChangesRequested:
        return QStringLiteral("changes-requested");
    case Stage::Approved:
        return QStringLiteral("approved");
    case Stage::Live:
        return QStringLiteral("live");
    case Stage::LiveNewerDraft:
        return QStringLiteral("live-newer-draft");
    }
    return {};
}

namespace {

// The states of the guides the condition picks (all of them when it is empty).
QHash<QString, ReviewState> readWhere(const Workspace &workspace, const QString &where,
                                      const QVariantList &values, QString *error)
{
    using Stage = ReviewState::Stage;
    QHash<QString, ReviewState> out;
    // One pass over all guides: the newest version, its last workflow event and
    // when the live version was made (an edit saved after it is a newer draft).
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT g.id, g.updated, g.live_version, v.number, v.state, e.action, e.note, "
                             "e.actor, e.at, lv.created, v.author, g.revision, lv.draft_revision "
                             "FROM guides g "
                             "LEFT JOIN versions v ON v.guide_id = g.id "
                             " AND v.number = (SELECT MAX(number) FROM versions WHERE guide_id = g.id) "
                             "LEFT JOIN version_events e ON e.guide_id = v.guide_id AND e.number = v.number "
                             " AND e.seq = (SELECT MAX(seq) FROM version_events WHERE guide_id = v.guide_id "
                             "AND number = v.number) "
                             "LEFT JOIN versions lv ON lv.guide_id = g.id AND lv.number = g.live_version") +
              where);
    if (!execBound(q, values, error))
        return out;
    while (q.next()) {
        ReviewState s;
        s.latest = q.value(3).isNull() ? 0 : q.value(3).toInt();
        s.live = q.value(2).isNull() ? 0 : q.value(2).toInt();
        s.latestBy = q.value(10).toString();
        const QString state = q.value(4).toString();
        if (state == QLatin1String("in-review")) {
            s.stage = Stage::InReview;
        } else if (state == QLatin1String("approved")) {
            s.stage = Stage::Approved;
        } else if (state == QLatin1String("draft") &&
                   q.value(5).toString() == QLatin1String("request-changes")) {
            s.stage = Stage::ChangesRequested;
            s.note = q.value(6).toString();
            s.noteBy = q.value(7).toString();
            s.noteAt = guide::timestampFromText(q.value(8).toString());
        } else if (s.live > 0) {
            // Saved since the live version was made: by revision where the version
            // kept it, else (versions made before) by time, to the second.
            const qint64 liveRevision = q.value(12).toLongLong();
            const bool savedSince = liveRevision > 0 ? q.value(11).toLongLong() > liveRevision
                                                     : guide::timestampFromText(q.value(1).toString()) >
                                                           guide::timestampFromText(q.value(9).toString());
            s.stage = s.latest > s.live || savedSince ? Stage::LiveNewerDraft : Stage::Live;
        }
        out.insert(q.value(0).toString(), s);
    }
    return out;
}

} // namespace

QHash<QString, ReviewState> ReviewState::readAll(const Workspace &workspace, QString *error)
{
    return readWhere(workspace, QString(), {}, error);
}

QHash<QString, ReviewState> ReviewState::read(const Workspace &workspace, const QStringList &guideIds,
                                              QString *error)
{
    QHash<QString, ReviewState> out;
    for (const QString &id : guideIds)
        out.insert(readWhere(workspace, QStringLiteral(" WHERE g.id = ?"), {id}, error));
    return out;
}

} // namespace almanac
