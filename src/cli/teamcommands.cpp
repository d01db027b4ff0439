// The CLI's team administration: team init, add-user, users, remove-user.

#include "commandline.h"
#include "store/team.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QUrl>

namespace almanac {

int CommandLine::team(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    QString error;
    if (sub == QLatin1String("init")) {
        if (rest.size() != 1)
            return usageError(tr("team init takes one PostgreSQL connection string"));
        // An existing workspace is kept; an empty database becomes one first
        // (whatever else is wrong, creating says so: other tables, no connection).
        m_workspace = Workspace::open(rest.first(), &error);
        if (!m_workspace)
            m_workspace = Workspace::create(rest.first(), &error);
        if (!m_workspace)
            return fail(error);
        if (!team::init(*m_workspace, &error))
            return fail(error);
        m_out << tr("made team workspace %1").arg(rest.first()) << "\n";
        return Ok;
    }
    if (sub == QLatin1String("add-user")) {
        const QString role = m_parser->value(QStringLiteral("role"));
        if (rest.size() != 1 || role.isEmpty())
            return usageError(tr("team add-user takes one NAME and --role editor|reviewer|publisher|admin"));
        if (!openWorkspace())
            return BadInput;
        if (!team::addUser(*m_workspace, rest.first(), role, &error))
            return fail(error);
        QUrl url(m_workspace->path());
        url.setUserName(rest.first());
        //: %1: the user, %2: the role (editor, reviewer, publisher, admin), %3: the connection string
        m_out << tr("%1 is a %2; they connect with %3 and a password set with psql's \\password %1 (kept in "
                    "their ~/.pgpass, never in a workspace name)")
                     .arg(rest.first(), role,
                          url.scheme().startsWith(QLatin1String("postgres"))
                              ? url.toString()
                              : m_workspace->path() + QStringLiteral(" user=") + rest.first())
              << "\n";
        return Ok;
    }
    if (sub == QLatin1String("users")) {
        if (!rest.isEmpty())
            return usageError(tr("team users takes no arguments"));
        if (!openWorkspace())
            return BadInput;
        const QList<team::Member> members = team::users(*m_workspace, &error);
        if (!error.isEmpty())
            return fail(error);
        for (const team::Member &m : members)
            m_out << m.name << '\t' << m.roles.join(u',') << "\n";
        return Ok;
    }
    if (sub == QLatin1String("remove-user")) {
        if (rest.size() != 1)
            return usageError(tr("team remove-user takes one NAME"));
        if (!openWorkspace())
            return BadInput;
        if (!team::removeUser(*m_workspace, rest.first(), &error))
            return fail(error);
        m_out << tr("%1 has no Almanac role any more").arg(rest.first()) << "\n";
        return Ok;
    }
    return usageError(tr("team takes init, add-user, users or remove-user"));
}

} // namespace almanac
