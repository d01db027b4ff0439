// The CLI's commands for the workspace file itself: check and backup.

#include "commandline.h"
#include "store/backup.h"
#include "store/dialect.h"
#include "store/workspace.h"
#include "store/workspacecheck.h"

namespace almanac {

int CommandLine::check(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("check takes no arguments"));
    if (!openWorkspace())
        return BadInput;
    const WorkspaceCheck result = checkWorkspace(*m_workspace);
    for (const QString &p : result.problems)
        m_out << m_workspace->path() << ": " << p << "\n";
    if (!result.ok())
        return fail(QStringLiteral("%1: %2 problem(s) found; the workspace is damaged")
                        .arg(m_workspace->path())
                        .arg(result.problems.size()),
                    Problems);
    m_err << m_workspace->path() << ": no damage found (" << result.guides << " guide(s), " << result.versions
          << " version(s) checked)\n";
    return Ok;
}

int CommandLine::backup(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("backup takes one PATH: the file to write the copy to"));
    if (!openWorkspace())
        return BadInput;
    if (dialect::isPostgres(m_workspace->database()))
        return fail(QStringLiteral("%1: a team workspace is backed up by its server: use pg_dump or "
                                   "continuous archiving (docs/team.md)")
                        .arg(m_workspace->path()));
    QString error;
    if (!backup::copy(m_workspace->path(), args.first(), &error))
        return fail(error);
    m_out << "backed up " << m_workspace->path() << " to " << args.first() << "\n";
    return Ok;
}

} // namespace almanac
