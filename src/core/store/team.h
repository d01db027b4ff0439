#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace almanac {

class Workspace;

// A team workspace's people and what each may do, enforced by the PostgreSQL
// server: group roles almanac_editor, almanac_reviewer, almanac_publisher and
// almanac_admin; tables owned by almanac_owner, a role nobody logs in as; the
// workflow steps only through a SECURITY DEFINER function that checks the
// caller's groups and records session_user as who did the step.
namespace team {

inline const QStringList roles = {QStringLiteral("editor"), QStringLiteral("reviewer"),
                                  QStringLiteral("publisher"), QStringLiteral("admin")};

struct Member
{
    QString name;
    QStringList roles; // "editor", …
};

// Makes the group roles and the owner role (if the cluster has none yet), hands
// the tables to the owner and grants each group its part. Run by the database
// owner with the right to create roles; running it again changes nothing more.
bool init(Workspace &workspace, QString *error);
// Whether init was run on this workspace (SQLite workspaces: never).
bool isTeamWorkspace(Workspace &workspace);

// Creates the login role if it does not exist and grants it the group.
bool addUser(Workspace &workspace, const QString &name, const QString &role, QString *error);
QList<Member> users(Workspace &workspace, QString *error);
// Revokes every Almanac group; the login role itself stays (it may own things elsewhere).
bool removeUser(Workspace &workspace, const QString &name, QString *error);
// Who the connection is: the server's session_user, and its Almanac groups.
Member whoAmI(Workspace &workspace);

// The roles that may take a step, as the server checks them: "edit" (drafts),
// "snapshot" and "submit" take editor; "approve" and "request-changes"
// reviewer; "publish" publisher; "comment" reviewer or editor.
QStringList rolesFor(const QString &step);
// Why me may not take the step, in words for a tooltip; empty when they may.
QString refusal(const Member &me, const QString &step);

} // namespace team
} // namespace almanac
