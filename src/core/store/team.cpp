#include "team.h"

#include "dialect.h"
#include "messages.h"
#include "presence.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace almanac::team {

namespace {

const QString owner = QStringLiteral("almanac_owner");

QString groupOf(const QString &role)
{
    return QStringLiteral("almanac_") + role;
}

// Tables an editor writes: drafts and everything kept with them, and versions (made, never changed).
const QStringList editorWrites = {
    QStringLiteral("guides"),           QStringLiteral("takeaways"),  QStringLiteral("sections"),
    QStringLiteral("timeline_entries"), QStringLiteral("topics"),     QStringLiteral("faq_entries"),
    QStringLiteral("related_guides"),   QStringLiteral("sources"),    QStringLiteral("guide_search"),
    QStringLiteral("draft_revisions"),  QStringLiteral("held_edits"), QStringLiteral("trash")};

// The one way to take a workflow step: who may is the server's to say, and the
// step is recorded as done by the role that logged in, whatever name a program gives.
const char stepFunction[] = R"SQL(
CREATE OR REPLACE FUNCTION almanac_step(p_guide TEXT, p_number INTEGER, p_action TEXT, p_note TEXT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_needed TEXT;
    v_from TEXT[];
    v_to TEXT;
    v_was TEXT;
    v_at TEXT := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
BEGIN
    CASE p_action
        WHEN 'submit' THEN v_needed := 'editor'; v_from := ARRAY['draft']; v_to := 'in-review';
        WHEN 'approve' THEN v_needed := 'reviewer'; v_from := ARRAY['in-review']; v_to := 'approved';
        WHEN 'request-changes' THEN
            v_needed := 'reviewer'; v_from := ARRAY['in-review', 'approved']; v_to := 'draft';
        WHEN 'publish' THEN v_needed := 'publisher'; v_from := ARRAY['approved']; v_to := 'published';
        ELSE RAISE EXCEPTION 'almanac: "%" is not a workflow step', p_action;
    END CASE;
    PERFORM almanac_require(p_action || ' a version', ARRAY[v_needed]);
    SELECT state INTO v_was FROM versions WHERE guide_id = p_guide AND number = p_number FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'almanac: no version % of guide %', p_number, p_guide;
    END IF;
    IF NOT (v_was = ANY (v_from)) THEN
        RAISE EXCEPTION 'almanac: the version is % and cannot take the step %', v_was, p_action;
    END IF;
    UPDATE versions SET state = v_to WHERE guide_id = p_guide AND number = p_number;
    INSERT INTO version_events (guide_id, number, seq, action, from_state, to_state, actor, at, note)
        SELECT p_guide, p_number, COALESCE(MAX(e.seq), 0) + 1, p_action, v_was, v_to, session_user, v_at,
               COALESCE(p_note, '')
        FROM version_events AS e WHERE e.guide_id = p_guide;
    INSERT INTO changes (guide_id, kind, revision, actor, at) VALUES (p_guide, 'review', 0, session_user, v_at);
    IF p_action = 'publish' THEN
        UPDATE guides SET live_version = p_number WHERE id = p_guide;
    END IF;
    RETURN v_to;
END $$)SQL";

// Rows that programs write directly still name who logged in, and only
// almanac_step (running as the owner) records a step or a state other than draft.
const char guardFunction[] = R"SQL(
CREATE OR REPLACE FUNCTION almanac_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user = 'almanac_owner' THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'version_events' THEN
        IF NEW.action <> 'snapshot' OR NEW.to_state <> 'draft' THEN
            RAISE EXCEPTION 'almanac: workflow steps are taken with almanac_step(), not written'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.actor := session_user;
    ELSIF TG_TABLE_NAME = 'versions' THEN
        IF NEW.state <> 'draft' THEN
            RAISE EXCEPTION 'almanac: a new version is a draft; almanac_step() moves it on'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.author := session_user;
    ELSIF TG_TABLE_NAME = 'comments' THEN
        IF TG_OP = 'INSERT' THEN
            NEW.author := session_user;
        ELSE -- resolving: the comment itself stays as its author wrote it
            NEW.author := OLD.author;
            NEW.body := OLD.body;
            NEW.quote := OLD.quote;
            NEW.quote_start := OLD.quote_start;
            NEW.reply_to := OLD.reply_to;
            IF NEW.resolved_by <> '' THEN
                NEW.resolved_by := session_user;
            END IF;
        END IF;
    ELSIF TG_TABLE_NAME = 'presence' THEN
        NEW.person := session_user;
    ELSE
        NEW.actor := session_user;
    END IF;
    RETURN NEW;
END $$)SQL";

// The check every function below starts with: the login role (session_user,
// not the function's owner) is in one of the groups, or the step is refused.
const char requireFunction[] = R"SQL(
CREATE OR REPLACE FUNCTION almanac_require(p_doing TEXT, p_roles TEXT[]) RETURNS VOID LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
DECLARE
    v_role TEXT;
BEGIN
    FOREACH v_role IN ARRAY p_roles LOOP
        IF pg_has_role(session_user, 'almanac_' || v_role, 'MEMBER') THEN
            RETURN;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'almanac: % may not %: that takes the % role', session_user, p_doing,
        array_to_string(p_roles, ' or ') USING ERRCODE = 'insufficient_privilege';
END $$)SQL";

// Comments, like steps, only through functions that check the caller's groups
// and record session_user as the author or the one who resolved it.
const char commentFunctions[] = R"SQL(
DROP FUNCTION IF EXISTS almanac_comment(TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT);
CREATE OR REPLACE FUNCTION almanac_comment(p_id TEXT, p_guide TEXT, p_number INTEGER, p_part TEXT,
                                           p_part_id TEXT, p_body TEXT, p_quote TEXT, p_quote_start INTEGER,
                                           p_reply_to TEXT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_at TEXT := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
BEGIN
    PERFORM almanac_require('comment', ARRAY['reviewer', 'editor']);
    IF btrim(COALESCE(p_body, '')) = '' THEN
        RAISE EXCEPTION 'almanac: a comment needs some text';
    END IF;
    PERFORM 1 FROM versions WHERE guide_id = p_guide AND number = p_number;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'almanac: no version % of guide %', p_number, p_guide;
    END IF;
    IF COALESCE(p_reply_to, '') <> '' THEN
        PERFORM 1 FROM comments WHERE id = p_reply_to AND guide_id = p_guide AND reply_to = ''
            AND version_number = p_number AND part = p_part AND part_id = p_part_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'almanac: a reply answers a thread of guide % on the same place; % is not one',
                p_guide, p_reply_to;
        END IF;
    END IF;
    INSERT INTO comments (id, guide_id, version_number, part, part_id, author, created, body, resolved_by,
                          resolved_at, quote, quote_start, reply_to)
        VALUES (p_id, p_guide, p_number, p_part, p_part_id, session_user, v_at, p_body, '', '',
                COALESCE(p_quote, ''), COALESCE(p_quote_start, 0), COALESCE(p_reply_to, ''));
    INSERT INTO changes (guide_id, kind, revision, actor, at)
        VALUES (p_guide, 'comment', 0, session_user, v_at);
    RETURN v_at;
END $$;
CREATE OR REPLACE FUNCTION almanac_resolve_comment(p_id TEXT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_at TEXT := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    v_guide TEXT;
BEGIN
    PERFORM almanac_require('comment', ARRAY['reviewer', 'editor']);
    -- A thread is resolved as one: its first comment holds its state.
    UPDATE comments SET resolved_by = session_user, resolved_at = v_at
        WHERE id = (SELECT CASE WHEN c.reply_to = '' THEN c.id ELSE c.reply_to END FROM comments AS c
                    WHERE c.id = p_id)
          AND resolved_by = '' RETURNING guide_id INTO v_guide;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'almanac: no open comment with the id %', p_id;
    END IF;
    INSERT INTO changes (guide_id, kind, revision, actor, at)
        VALUES (v_guide, 'comment', 0, session_user, v_at);
    RETURN v_at;
END $$)SQL";

// People, managed by admins: the owner role may create roles, and only these
// functions act as it, for members of almanac_admin, on the Almanac groups alone.
const char peopleFunctions[] = R"SQL(
CREATE OR REPLACE FUNCTION almanac_add_user(p_name TEXT, p_role TEXT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM almanac_require('manage people', ARRAY['admin']);
    IF p_role IS NULL OR p_role NOT IN ('editor', 'reviewer', 'publisher', 'admin') THEN
        RAISE EXCEPTION 'almanac: "%" is not a role; use editor, reviewer, publisher, admin', p_role;
    END IF;
    IF p_name IS NULL OR p_name !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_name LIKE 'almanac\_%' OR p_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'almanac: "%" cannot be a user name: lowercase letters, digits and _, not starting with almanac_ or pg_', p_name;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_name);
    END IF;
    EXECUTE format('GRANT %I TO %I', 'almanac_' || p_role, p_name);
    RETURN p_name;
END $$;
CREATE OR REPLACE FUNCTION almanac_remove_user(p_name TEXT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_role TEXT;
BEGIN
    PERFORM almanac_require('manage people', ARRAY['admin']);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) OR p_name LIKE 'almanac\_%' THEN
        RAISE EXCEPTION 'almanac: no user "%"', p_name;
    END IF;
    IF p_name = session_user THEN
        RAISE EXCEPTION 'almanac: % cannot remove themself; another admin can', p_name;
    END IF;
    FOREACH v_role IN ARRAY ARRAY['editor', 'reviewer', 'publisher', 'admin'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members AS a JOIN pg_roles AS g ON g.oid = a.roleid
                   JOIN pg_roles AS m ON m.oid = a.member
                   WHERE g.rolname = 'almanac_' || v_role AND m.rolname = p_name) THEN
            EXECUTE format('REVOKE %I FROM %I', 'almanac_' || v_role, p_name);
        END IF;
    END LOOP;
    RETURN p_name;
END $$)SQL";

// The owner's functions, each callable by the groups alone.
const QStringList ownedFunctions = {
    QStringLiteral("almanac_step(TEXT, INTEGER, TEXT, TEXT)"),
    QStringLiteral("almanac_comment(TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT)"),
    QStringLiteral("almanac_resolve_comment(TEXT)"),
    QStringLiteral("almanac_add_user(TEXT, TEXT)"),
    QStringLiteral("almanac_remove_user(TEXT)"),
};

bool isRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("almanac_")) &&
           !name.startsWith(QLatin1String("pg_"));
}

// Runs a statement; one without values directly, since PostgreSQL cannot
// prepare utility statements (CREATE ROLE, GRANT, ALTER).
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (values.isEmpty()) {
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().databaseText().trimmed();
        return false;
    }
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().databaseText();
        return false;
    }
    bindValues(q, values);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().databaseText().trimmed();
    return false;
}

// The guard trigger on a table, made once.
bool guard(QSqlQuery &q, const QString &table, QString *error)
{
    return exec(q, QStringLiteral("DROP TRIGGER IF EXISTS %1_guard ON %1").arg(table), {}, error) &&
           exec(q,
                QStringLiteral("CREATE TRIGGER %1_guard BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                               "EXECUTE FUNCTION almanac_guard()")
                    .arg(table),
                {}, error);
}

bool roleExists(QSqlQuery &q, const QString &name)
{
    return exec(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name}, nullptr) && q.next();
}

bool requireServer(Workspace &workspace, QString *error)
{
    if (dialect::isPostgres(workspace.database()))
        return true;
    if (error)
        *error = StoreText::tr("%1: not a team workspace; teams work on a PostgreSQL server (docs/team.md)")
                     .arg(workspace.path());
    return false;
}

} // namespace

bool init(Workspace &workspace, QString *error)
{
    if (!requireServer(workspace, error))
        return false;
    QSqlDatabase db = workspace.database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    QString detail;
    bool ok = true;
    for (const QString &role : QStringList{owner} + roles) {
        const QString name = role == owner ? owner : groupOf(role);
        if (ok && !roleExists(q, name))
            ok = exec(q, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(name), {}, &detail);
    }
    // Only a member of the owner role may hand it the tables.
    ok = ok && exec(q, QStringLiteral("GRANT %1 TO CURRENT_USER").arg(owner), {}, &detail);
    QStringList tables;
    ok = ok &&
         exec(q, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"), {}, &detail);
    while (ok && q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables))
        ok = ok && exec(q, QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(table, owner), {}, &detail);
    const QString groups =
        QStringList{groupOf(roles[0]), groupOf(roles[1]), groupOf(roles[2]), groupOf(roles[3])}.join(
            QStringLiteral(", "));
    // The owner makes and drops login roles for admins (almanac_add_user);
    // whoever sets the team up is its first admin.
    ok = ok && exec(q, QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(owner), {}, &detail) &&
         exec(q, QStringLiteral("GRANT almanac_admin TO CURRENT_USER"), {}, &detail);
    ok = ok && exec(q, QString::fromLatin1(requireFunction), {}, &detail) &&
         exec(q, QString::fromLatin1(stepFunction), {}, &detail) &&
         exec(q, QString::fromLatin1(commentFunctions), {}, &detail) &&
         exec(q, QString::fromLatin1(peopleFunctions), {}, &detail) &&
         exec(q, QString::fromLatin1(guardFunction), {}, &detail);
    for (const QString &function :
         ownedFunctions + QStringList{QStringLiteral("almanac_guard()"),
                                      QStringLiteral("almanac_require(TEXT, TEXT[])")}) {
        ok = ok &&
             exec(q, QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, owner), {}, &detail) &&
             exec(q, QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(function), {}, &detail);
    }
    for (const QString &function : ownedFunctions)
        ok = ok &&
             exec(q, QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(function, groups), {}, &detail);
    for (const QString &function :
         {QStringLiteral("almanac_notify_change()"), QStringLiteral("almanac_notify_presence()")})
        ok = ok && exec(q, QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, owner), {}, &detail);
    for (const QString &table :
         {QStringLiteral("versions"), QStringLiteral("version_events"), QStringLiteral("changes"),
          QStringLiteral("comments"), QStringLiteral("presence")})
        ok = ok && guard(q, table, &detail);
    ok = ok &&
         exec(q, QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"), {}, &detail) &&
         // A workspace made a team before these rights were narrowed keeps none of the old ones.
         exec(q,
              QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM %1")
                  .arg(groups),
              {}, &detail) &&
         exec(q, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(groups), {},
              &detail) &&
         exec(q,
              QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO almanac_editor")
                  .arg(editorWrites.join(QStringLiteral(", "))),
              {}, &detail) &&
         // Versions are made by editors and never changed but by almanac_step.
         exec(q, QStringLiteral("GRANT INSERT ON versions, version_events, changes TO almanac_editor"), {},
              &detail) &&
         // Everyone's own words for the spelling check, and their own presence rows.
         exec(q, QStringLiteral("GRANT INSERT ON personal_words TO %1").arg(groups), {}, &detail) &&
         exec(q, QStringLiteral("GRANT INSERT, UPDATE, DELETE ON presence TO %1").arg(groups), {}, &detail) &&
         exec(q, QStringLiteral("ALTER TABLE presence ENABLE ROW LEVEL SECURITY"), {}, &detail);
    // A person changes only their own presence, and clears anyone's that expired.
    const QStringList policies = {
        QStringLiteral("presence_read ON presence FOR SELECT USING (true)"),
        QStringLiteral("presence_add ON presence FOR INSERT WITH CHECK (person = session_user)"),
        QStringLiteral("presence_keep ON presence FOR UPDATE USING (person = session_user)"),
        QStringLiteral("presence_clear ON presence FOR DELETE USING (person = session_user OR seen < "
                       "CAST(extract(epoch FROM now()) AS BIGINT) - %1)")
            .arg(presence::expirySeconds),
    };
    for (const QString &policy : policies)
        ok = ok &&
             exec(q, QStringLiteral("DROP POLICY IF EXISTS %1 ON presence").arg(policy.section(u' ', 0, 0)),
                  {}, &detail) &&
             exec(q, QStringLiteral("CREATE POLICY ") + policy, {}, &detail);
    if (!ok || !db.commit()) {
        db.rollback();
        if (error)
            *error = workspace.path() + QStringLiteral(": team init: ") +
                     (detail.isEmpty() ? db.lastError().text() : detail);
        return false;
    }
    return true;
}

bool isTeamWorkspace(Workspace &workspace)
{
    if (!dialect::isPostgres(workspace.database()))
        return false;
    QSqlQuery q(workspace.database());
    return exec(q, QStringLiteral("SELECT 1 FROM pg_proc WHERE proname = 'almanac_step'"), {}, nullptr) &&
           q.next();
}

bool addUser(Workspace &workspace, const QString &name, const QString &role, QString *error)
{
    if (!requireServer(workspace, error))
        return false;
    if (!roles.contains(role)) {
        if (error)
            *error =
                StoreText::tr("\"%1\" is not a role; use %2").arg(role, roles.join(QStringLiteral(", ")));
        return false;
    }
    if (!isRoleName(name)) {
        if (error)
            *error = StoreText::tr("\"%1\" cannot be a user name: lowercase letters, digits and _, "
                                   "not starting with almanac_ or pg_")
                         .arg(name);
        return false;
    }
    if (!isTeamWorkspace(workspace)) {
        if (error)
            *error =
                StoreText::tr("%1: not a team yet; run \"almanac team init\" first").arg(workspace.path());
        return false;
    }
    // The server checks that the caller is an admin, and makes the login role if it is new.
    QSqlQuery q(workspace.database());
    QString detail;
    const bool ok = exec(q, QStringLiteral("SELECT almanac_add_user(?, ?)"), {name, role}, &detail);
    if (!ok && error)
        *error = StoreText::tr("%1: cannot add %2: %3").arg(workspace.path(), name, detail);
    return ok;
}

QList<Member> users(Workspace &workspace, QString *error)
{
    QList<Member> out;
    if (!requireServer(workspace, error))
        return out;
    QSqlQuery q(workspace.database());
    QString detail;
    if (!exec(q,
              QStringLiteral("SELECT m.rolname, substr(g.rolname, 9) FROM pg_auth_members AS a "
                             "JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member "
                             "WHERE g.rolname IN ('almanac_editor', 'almanac_reviewer', 'almanac_publisher', "
                             "'almanac_admin') AND m.rolcanlogin ORDER BY m.rolname, g.rolname"),
              {}, &detail)) {
        if (error)
            *error = workspace.path() + QStringLiteral(": ") + detail;
        return out;
    }
    while (q.next()) {
        if (out.isEmpty() || out.constLast().name != q.value(0).toString())
            out.append({q.value(0).toString(), {}});
        out.last().roles << q.value(1).toString();
    }
    return out;
}

bool removeUser(Workspace &workspace, const QString &name, QString *error)
{
    if (!requireServer(workspace, error))
        return false;
    QSqlQuery q(workspace.database());
    if (!isRoleName(name) || !roleExists(q, name)) {
        if (error)
            *error = StoreText::tr("%1: no user \"%2\"").arg(workspace.path(), name);
        return false;
    }
    QString detail;
    if (!exec(q, QStringLiteral("SELECT almanac_remove_user(?)"), {name}, &detail)) {
        if (error)
            *error = StoreText::tr("%1: cannot remove %2: %3").arg(workspace.path(), name, detail);
        return false;
    }
    return true;
}

Member whoAmI(Workspace &workspace)
{
    Member me;
    if (!dialect::isPostgres(workspace.database()))
        return me;
    QSqlQuery q(workspace.database());
    if (exec(q, QStringLiteral("SELECT session_user"), {}, nullptr) && q.next())
        me.name = q.value(0).toString();
    for (const QString &role : roles) {
        if (exec(q, QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"), {groupOf(role)},
                 nullptr) &&
            q.next() && q.value(0).toBool())
            me.roles << role;
    }
    return me;
}

QStringList rolesFor(const QString &step)
{
    static const QHash<QString, QStringList> needed = {
        {QStringLiteral("edit"), {QStringLiteral("editor")}},
        {QStringLiteral("snapshot"), {QStringLiteral("editor")}},
        {QStringLiteral("submit"), {QStringLiteral("editor")}},
        {QStringLiteral("approve"), {QStringLiteral("reviewer")}},
        {QStringLiteral("request-changes"), {QStringLiteral("reviewer")}},
        {QStringLiteral("publish"), {QStringLiteral("publisher")}},
        {QStringLiteral("comment"), {QStringLiteral("reviewer"), QStringLiteral("editor")}},
        {QStringLiteral("manage-people"), {QStringLiteral("admin")}},
    };
    return needed.value(step);
}

QString refusal(const Member &me, const QString &step)
{
    const QStringList needed = rolesFor(step);
    for (const QString &role : needed) {
        if (me.roles.contains(role))
            return {};
    }
    // Translated where used (StoreText::tr below).
    static const QHash<QString, const char *> doing = {
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("almanac::StoreText", "Editing drafts")},
        {QStringLiteral("snapshot"), QT_TRANSLATE_NOOP("almanac::StoreText", "Making a version")},
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("almanac::StoreText", "Submitting for review")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("almanac::StoreText", "Approving")},
        {QStringLiteral("request-changes"), QT_TRANSLATE_NOOP("almanac::StoreText", "Requesting changes")},
        {QStringLiteral("publish"), QT_TRANSLATE_NOOP("almanac::StoreText", "Publishing")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("almanac::StoreText", "Commenting")},
        {QStringLiteral("manage-people"), QT_TRANSLATE_NOOP("almanac::StoreText", "Managing people")},
    };
    const char *doingText = doing.value(step);
    //: Joins the names of roles: "reviewer or editor"
    const QString neededRoles = needed.join(StoreText::tr(" or "));
    //: %1 is what is refused ("Approving"), %2 the roles it takes ("reviewer"), %3 the person's
    //: login name, %4 what they have ("no Almanac role" or "the editor role")
    return StoreText::tr("%1 takes the %2 role on this team workspace; %3 has %4.")
        .arg(doingText ? StoreText::tr(doingText) : step, neededRoles, me.name,
             me.roles.isEmpty() ? StoreText::tr("no Almanac role")
                                //: %1 is one or more role names joined by ", "
                                : StoreText::tr("the %1 role").arg(me.roles.join(QStringLiteral(", "))));
}

} // namespace almanac::team
