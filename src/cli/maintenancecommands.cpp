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
        return usageError(tr("check takes no arguments"));
    if (!openWorkspace())
        return BadInput;
    const WorkspaceCheck result = checkWorkspace(*m_workspace);
    for (const QString &p : result.problems)
        m_out << m_workspace->path() << ": " << p << "\n";
    if (!result.ok())
        return fail(tr("%1: %n problem(s) found; the workspace is damaged", nullptr,
                       static_cast<int>(result.problems.size()))
                        .arg(m_workspace->path()),
                    Problems);
    //: %1: the workspace, %2: "N guide(s)", %3: "N version(s)"
    m_err << tr("%1: no damage found (%2, %3 checked)")
                 .arg(m_workspace->path(), tr("%n guide(s)", nullptr, result.guides),
                      tr("%n version(s)", nullptr, result.versions))
          << "\n";
    return Ok;
}

int CommandLine::backup(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("backup takes one PATH: the file to write the copy to"));
    if (!openWorkspace())
        return BadInput;
    if (dialect::isPostgres(m_workspace->database()))
        return fail(tr("%1: a team workspace is backed up by its server: use pg_dump or "
                       "continuous archiving (docs/team.md)")
                        .arg(m_workspace->path()));
    QString error;
    if (!backup::copy(m_workspace->path(), args.first(), &error))
        return fail(error);
    m_out << tr("backed up %1 to %2").arg(m_workspace->path(), args.first()) << "\n";
    return Ok;
}

} // namespace almanac
