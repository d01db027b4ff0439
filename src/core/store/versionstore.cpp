#include "versionstore.h"

#include "guide/validate.h"
#include "io/guidefile.h"
#include "messages.h"
#include "sqlvalues.h"
#include "team.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace almanac {

namespace {

QString now()
{
    return guide::timestampText(QDateTime::currentDateTimeUtc());
}

QDateTime fromText(const QString &s)
{
    return guide::timestampFromText(s);
}

struct Transition
{
    VersionStore::Action action;
    QStringList from;
    QString to;
};

const QList<Transition> &transitions()
{
    static const QList<Transition> list = {
        {VersionStore::Action::Submit, {QStringLiteral("draft")}, QStringLiteral("in-review")},
        {VersionStore::Action::Approve, {QStringLiteral("in-review")}, QStringLiteral("approved")},
        {VersionStore::Action::RequestChanges,
         {QStringLiteral("in-review"), QStringLiteral("approved")},
         QStringLiteral("draft")},
        {VersionStore::Action::Publish, {QStringLiteral("approved")}, QStringLiteral("published")},
    };
    return list;
}

// What can be done to a version in this state, for error messages.
QString allowedFrom(const QString &state)
{
    QStringList names;
    for (const Transition &t : transitions()) {
        if (t.from.contains(state))
            names << VersionStore::actionName(t.action);
    }
    return names.isEmpty() ? StoreText::tr("nothing more can be done to it")
                           //: %1 lists what can be done, as in "submitted for review, approved"
                           : StoreText::tr("it can only be: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

VersionStore::VersionStore(Workspace &workspace) : m_workspace(workspace) {}

QString VersionStore::actionName(Action action)
{
    switch (action) {
    case Action::Submit:
        //: What was done to a version: "tidal-power v2 submitted for review"
        return StoreText::tr("submitted for review");
    case Action::Approve:
        //: What was done to a version: "tidal-power v2 approved"
        return StoreText::tr("approved");
    case Action::RequestChanges:
        //: What was done to a version: "tidal-power v2 sent back with changes requested"
        return StoreText::tr("sent back with changes requested");
    case Action::Publish:
        //: What was done to a version: "tidal-power v2 published"
        return StoreText::tr("published");
    }
    return {};
}

int VersionStore::parseLabel(const QString &label)
{
    if (!label.startsWith(u'v'))
        return 0;
    bool ok = false;
    const int n = label.mid(1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

QString VersionStore::guideId(const QString &slug, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    if (execSql(q, QStringLiteral("SELECT id FROM guides WHERE slug = ?"), {slug}, error) && q.next())
        return q.value(0).toString();
    if (error && error->isEmpty())
        *error = StoreText::tr("%1: no guide with the slug \"%2\"").arg(m_workspace.path(), slug);
    return {};
}

bool VersionStore::allows(Action action, const QString &state)
{
    for (const Transition &t : transitions()) {
        if (t.action == action)
            return t.from.contains(state);
    }
    return false;
}

std::optional<VersionStore::PublishCheck> VersionStore::checkPublish(const QString &slug, int number,
                                                                     QString *error) const
{
    const auto g = content(slug, number, error);
    if (!g)
        return std::nullopt;
    PublishCheck check{lint(*g, m_workspace.lintContext())};
    // A related guide that exists but is not live: the published page cannot
    // link to it, and the publisher is told before, not the reader after.
    QSqlQuery q(m_workspace.database());
    for (qsizetype i = 0; i < g->related.size(); ++i) {
        q.prepare(QStringLiteral("SELECT live_version FROM guides WHERE slug = ?"));
        if (execBound(q, {g->related[i]}, nullptr) && q.next() && q.value(0).isNull())
            check.findings.append({Finding::Severity::Warning, QStringLiteral("unpublished-related"),
                                   QStringLiteral("related[%1]").arg(i),
                                   StoreText::tr("\"%1\" is not published: the published page will not "
                                                 "link to it")
                                       .arg(g->related[i])});
        q.finish();
    }
    return check;
}

std::optional<VersionInfo> VersionStore::snapshot(const QString &slug, const QString &author,
                                                  const QString &note, QString *error)
{
    // The draft is read inside the write transaction: the version is exactly
    // the draft as stored when it was made.
    QSqlDatabase db = m_workspace.database();
    if (!m_workspace.beginWrite(error))
        return std::nullopt;
    const auto stored = m_workspace.draft(slug);
    if (!stored) {
        db.rollback();
        if (error)
            *error = StoreText::tr("%1: no guide with the slug \"%2\"").arg(m_workspace.path(), slug);
        return std::nullopt;
    }
    const Guide *draft = &stored->guide;
    if (m_workspace.hasUnclaimedSlug(draft->id)) {
        db.rollback();
        if (error)
            *error =
                (guide::isValidSlug(draft->slug)
                     ? StoreText::tr("%1: \"%2\" cannot be made a version: its slug \"%3\" belongs to "
                                     "another guide; choose another one")
                     : StoreText::tr("%1: \"%2\" cannot be made a version: its slug \"%3\" is not a slug "
                                     "(lowercase letters, digits and dashes)"))
                    .arg(m_workspace.path(), slug, draft->slug);
        return std::nullopt;
    }
    // A version is immutable: what its reader would refuse must not get in (issue 10).
    if (const auto invalid = guide::validate(*draft)) {
        db.rollback();
        if (error)
            *error = StoreText::tr("%1: cannot make a version of \"%2\": %3")
                         .arg(m_workspace.path(), slug, invalid->toString());
        return std::nullopt;
    }
    const QByteArray content = guidefile::write(*draft);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(db);
    QString detail;
    VersionInfo v;
    v.state = QStringLiteral("draft");
    // On a team workspace a version is made by whoever logged in, whatever name is given.
    v.author = team::isTeamWorkspace(m_workspace) ? team::whoAmI(m_workspace).name : author;
    v.note = note;
    v.sha256 = sha;
    const QString at = now();
    v.created = fromText(at);
    bool ok =
        execSql(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE guide_id = ?"),
                {draft->id}, &detail) &&
        q.next();
    if (ok) {
        v.number = q.value(0).toInt();
        ok = execSql(q,
                     QStringLiteral(
                         "INSERT INTO versions (guide_id, number, state, author, created, note, content, "
                         "sha256, draft_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {draft->id, v.number, v.state, v.author, at, note, QString::fromUtf8(content), sha,
                      stored->revision},
                     &detail) &&
             execSql(
                 q,
                 QStringLiteral(
                     "INSERT INTO version_events (guide_id, number, seq, action, from_state, to_state, "
                     "actor, at, note) SELECT ?, CAST(? AS INTEGER), COALESCE(MAX(seq), 0) + 1, 'snapshot', "
                     "'', 'draft', "
                     "?, ?, ? FROM version_events WHERE guide_id = ?"),
                 {draft->id, v.number, v.author, at, note, draft->id}, &detail) &&
             m_workspace.appendChange(draft->id, QStringLiteral("version"), 0, v.author, &detail);
    }
    if (!ok)
        db.rollback();
    if (!ok || !m_workspace.commitWrite(&detail)) {
        if (error)
            *error = StoreText::tr("%1: cannot make a version of \"%2\": %3")
                         .arg(m_workspace.path(), slug, detail);
        return std::nullopt;
    }
    return v;
}

QList<VersionInfo> VersionStore::versions(const QString &slug, QString *error) const
{
    QList<VersionInfo> out;
    const QString id = guideId(slug, error);
    if (id.isEmpty())
        return out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!execSql(
            q,
            QStringLiteral("SELECT v.number, v.state, v.author, v.created, v.note, v.sha256, g.live_version "
                           "FROM versions v JOIN guides g ON g.id = v.guide_id WHERE v.guide_id = ? "
                           "ORDER BY v.number DESC"),
            {id}, error))
        return out;
    while (q.next()) {
        VersionInfo v;
        v.number = q.value(0).toInt();
        v.state = q.value(1).toString();
        v.author = q.value(2).toString();
        v.created = fromText(q.value(3).toString());
        v.note = q.value(4).toString();
        v.sha256 = q.value(5).toString();
        v.live = !q.value(6).isNull() && q.value(6).toInt() == v.number;
        out.append(v);
    }
    return out;
}

std::optional<VersionInfo> VersionStore::version(const QString &slug, int number, QString *error) const
{
    for (const VersionInfo &v : versions(slug, error)) {
        if (v.number == number)
            return v;
    }
    if (error && error->isEmpty())
        *error = StoreText::tr("%1: \"%2\" has no version v%3").arg(m_workspace.path(), slug).arg(number);
    return std::nullopt;
}

std::optional<Guide> VersionStore::content(const QString &slug, int number, QString *error) const
{
    const QString id = guideId(slug, error);
    if (id.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_workspace.database());
    if (!execSql(q, QStringLiteral("SELECT content, sha256 FROM versions WHERE guide_id = ? AND number = ?"),
                 {id, number}, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = StoreText::tr("%1: \"%2\" has no version v%3").arg(m_workspace.path(), slug).arg(number);
        return std::nullopt;
    }
    const QByteArray content = q.value(0).toString().toUtf8();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (sha != q.value(1).toString()) {
        if (error)
            *error = StoreText::tr("%1: version v%2 of \"%3\" is damaged (its SHA-256 does not match)")
                         .arg(m_workspace.path())
                         .arg(number)
                         .arg(slug);
        return std::nullopt;
    }
    return guidefile::read(content, QStringLiteral("%1 v%2").arg(slug).arg(number), error);
}

bool VersionStore::restore(const QString &slug, int number, const QString &actor, QString *error)
{
    auto g = content(slug, number, error);
    if (!g)
        return false;
    g->updated = fromText(now());
    // Restoring replaces the draft on purpose; compare and set still keeps a
    // write that lands in between from being lost without a word.
    const auto current = m_workspace.draft(slug);
    if (!current) {
        if (error)
            *error = StoreText::tr("%1: no guide with the slug \"%2\"").arg(m_workspace.path(), slug);
        return false;
    }
    const SaveResult r = m_workspace.saveDraft(*g, current->revision, actor);
    if (!r.ok() && error)
        *error = r.error;
    return r.ok();
}

bool VersionStore::apply(const QString &slug, int number, Action action, const QString &actor,
                         const QString &note, QString *error)
{
    const auto v = version(slug, number, error);
    if (!v)
        return false;
    const auto t = std::find_if(transitions().begin(), transitions().end(),
                                [&](const Transition &x) { return x.action == action; });
    if (!t->from.contains(v->state)) {
        if (error)
            //: %4 is the version's state as stored (draft, in-review, approved, published); %5 what
            //: was asked ("approved"); %6 what can be done instead ("it can only be: ...")
            *error = StoreText::tr("%1: v%2 of \"%3\" is %4 and cannot be %5; %6")
                         .arg(m_workspace.path())
                         .arg(number)
                         .arg(slug, v->state, actionName(action), allowedFrom(v->state));
        return false;
    }
    // The same gate as publishing, one step earlier: a reviewer never gets a
    // version that could not go out.
    if (action == Action::Submit) {
        const auto check = checkPublish(slug, number, error);
        if (!check)
            return false;
        if (check->blocked()) {
            QStringList lines;
            for (const Finding &f : check->findings) {
                if (f.severity == Finding::Severity::Error)
                    lines << QStringLiteral("%1: %2").arg(f.place, f.message);
            }
            if (error)
                *error = StoreText::tr("%1: v%2 of \"%3\" has lint errors and cannot be submitted: %4")
                             .arg(m_workspace.path())
                             .arg(number)
                             .arg(slug, lines.join(QStringLiteral("; ")));
            return false;
        }
    }
    if (action == Action::RequestChanges && note.trimmed().isEmpty()) {
        if (error)
            *error = StoreText::tr("%1: a request for changes needs a note saying what to change")
                         .arg(m_workspace.path());
        return false;
    }
    const QString id = guideId(slug, error);
    QSqlDatabase db = m_workspace.database();
    const QString step = action == Action::Submit           ? QStringLiteral("submit")
                         : action == Action::Approve        ? QStringLiteral("approve")
                         : action == Action::RequestChanges ? QStringLiteral("request-changes")
                                                            : QStringLiteral("publish");
    // On a team workspace the server decides who may take the step and records who did.
    const bool onTeam = team::isTeamWorkspace(m_workspace);
    if (!m_workspace.beginWrite(error))
        return false;
    QSqlQuery q(db);
    QString detail;
    const QString at = now();
    if (onTeam) {
        const bool done = q.prepare(QStringLiteral("SELECT almanac_step(?, CAST(? AS INTEGER), ?, ?)")) &&
                          (bindValues(q, {id, number, step, note}), q.exec()) && db.commit();
        if (!done) {
            db.rollback();
            if (error)
                *error = QStringLiteral("%1: %2").arg(
                    m_workspace.path(),
                    q.lastError().databaseText().trimmed().remove(QStringLiteral("ERROR:  ")));
        }
        return done;
    }
    bool ok =
        execSql(
            q,
            QStringLiteral("UPDATE versions SET state = ? WHERE guide_id = ? AND number = ? AND state = ?"),
            {t->to, id, number, v->state}, &detail) &&
        // Another reviewer's step in between: the state read above no longer holds.
        (q.numRowsAffected() == 1 ||
         (detail = StoreText::tr("v%1 of \"%2\" was changed by someone else meanwhile; look again")
                       .arg(number)
                       .arg(slug),
          false)) &&
        execSql(
            q,
            QStringLiteral(
                "INSERT INTO version_events (guide_id, number, seq, action, from_state, to_state, "
                "actor, at, note) SELECT ?, CAST(? AS INTEGER), COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ? "
                "FROM version_events WHERE guide_id = ?"),
            {id, number, step, v->state, t->to, actor, at, note, id}, &detail) &&
        m_workspace.appendChange(id, QStringLiteral("review"), 0, actor, &detail);
    if (ok && action == Action::Publish)
        ok = execSql(q, QStringLiteral("UPDATE guides SET live_version = ? WHERE id = ?"), {number, id},
                     &detail);
    if (!ok)
        db.rollback();
    if (!ok || !m_workspace.commitWrite(&detail)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_workspace.path(), detail);
        return false;
    }
    return true;
}

QList<VersionEvent> VersionStore::history(const QString &slug, QString *error) const
{
    QList<VersionEvent> out;
    const QString id = guideId(slug, error);
    if (id.isEmpty())
        return out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    // seq numbers a guide's events in the order they happened: times have whole
    // seconds only, and several steps often fall in the same one.
    if (!execSql(
            q,
            QStringLiteral("SELECT number, action, from_state, to_state, actor, at, note FROM version_events "
                           "WHERE guide_id = ? ORDER BY at, seq, number"),
            {id}, error))
        return out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), fromText(q.value(5).toString()), q.value(6).toString()});
    return out;
}

} // namespace almanac
