#include "presence.h"

#include "dialect.h"
#include "messages.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace almanac::presence {

namespace {

bool fail(QSqlDatabase &db, const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sqlErrorText(q.lastError());
    db.rollback();
    return false;
}

} // namespace

bool announce(Workspace &workspace, const QString &client, const QString &person, const QStringList &open,
              const QStringList &typing, QString *error)
{
    QSqlDatabase db = workspace.database();
    const QString now = dialect::epochNow(db);
    if (!db.transaction()) {
        if (error)
            *error = sqlErrorText(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    // Guides this client closed, and whoever's rows expired (on a team
    // workspace the server lets a person remove only their own and expired ones).
    QStringList marks(open.size(), QStringLiteral("?"));
    QVariantList values{client};
    for (const QString &id : open)
        values << id;
    q.prepare(open.isEmpty()
                  ? QStringLiteral("DELETE FROM presence WHERE client = ?")
                  : QStringLiteral("DELETE FROM presence WHERE client = ? AND guide_id NOT IN (%1)")
                        .arg(marks.join(QStringLiteral(", "))));
    if (!execBound(q, values, error))
        return fail(db, q, error);
    q.prepare(QStringLiteral("DELETE FROM presence WHERE seen < %1 - %2").arg(now).arg(expirySeconds));
    if (!q.exec())
        return fail(db, q, error);
    q.prepare(QStringLiteral("INSERT INTO presence (client, guide_id, person, seen, typing) "
                             "VALUES (?, ?, ?, %1, CASE WHEN ? = 1 THEN %1 ELSE 0 END) "
                             "ON CONFLICT (client, guide_id, person) DO UPDATE SET seen = excluded.seen, "
                             "typing = CASE WHEN excluded.typing > 0 "
                             "THEN excluded.typing ELSE presence.typing END")
                  .arg(now));
    for (const QString &id : open) {
        if (!execBound(q, {client, id, person, typing.contains(id) ? 1 : 0}, error))
            return fail(db, q, error);
    }
    if (!db.commit()) {
        if (error)
            *error = sqlErrorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool leave(Workspace &workspace, const QString &client, QString *error)
{
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("DELETE FROM presence WHERE client = ?"));
    return execBound(q, {client}, error);
}

QList<Presence> others(Workspace &workspace, const QString &client, QString *error)
{
    QList<Presence> out;
    QSqlDatabase db = workspace.database();
    const QString now = dialect::epochNow(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT guide_id, person, client, typing > %1 - %2 FROM presence "
                             "WHERE seen >= %1 - %3 AND client <> ? ORDER BY guide_id, person, client")
                  .arg(now)
                  .arg(typingSeconds)
                  .arg(expirySeconds));
    if (!execBound(q, {client}, error))
        return out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return out;
}

QString describe(const QList<Presence> &present)
{
    QMap<QString, bool> typingByPerson; // sorted by name
    for (const Presence &p : present)
        typingByPerson[p.person] = typingByPerson.value(p.person) || p.typing;
    QStringList parts;
    for (auto it = typingByPerson.cbegin(); it != typingByPerson.cend(); ++it)
        //: A person who has the guide open and is typing in it: "bo (typing)"
        parts << (it.value() ? StoreText::tr("%1 (typing)").arg(it.key()) : it.key());
    return parts.join(QStringLiteral(", "));
}

} // namespace almanac::presence
