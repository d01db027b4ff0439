#include "workspacecheck.h"

#include "dialect.h"
#include "guide/validate.h"
#include "messages.h"
#include "versionstore.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace almanac {

namespace {

// SQLite's own checks of its file: false when the tables cannot be trusted to
// read the guides.
bool checkFile(Workspace &workspace, WorkspaceCheck &check)
{
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        check.problems << StoreText::tr("database: cannot be checked: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("ok"))
            continue;
        for (const QString &line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts))
            //: %1 is a problem SQLite's integrity check found, in its own words
            check.problems << StoreText::tr("database: %1").arg(line);
    }
    if (!check.ok())
        return false;
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            check.problems << StoreText::tr("database: a row of %1 refers to a missing row of %2")
                                  .arg(q.value(0).toString(), q.value(2).toString());
    }
    return true;
}

} // namespace

WorkspaceCheck checkWorkspace(Workspace &workspace)
{
    WorkspaceCheck check;
    // A PostgreSQL server checks its own pages and enforces the foreign keys.
    if (!dialect::isPostgres(workspace.database()) && !checkFile(workspace, check))
        return check;
    VersionStore store(workspace);
    for (const GuideSummary &s : workspace.guides()) {
        ++check.guides;
        const auto g = workspace.guideById(s.id);
        if (!g) {
            check.problems << StoreText::tr("%1: the draft cannot be read").arg(s.slug);
            continue;
        }
        for (const guide::Invalid &invalid : guide::problems(*g, 10))
            check.problems << StoreText::tr("%1: draft: %2").arg(s.slug, invalid.toString());
        QString error;
        for (const VersionInfo &v : store.versions(s.slug, &error)) {
            ++check.versions;
            QString why;
            if (!store.content(s.slug, v.number, &why))
                check.problems << QStringLiteral("%1 %2: %3").arg(s.slug, v.label(), why);
        }
        if (!error.isEmpty())
            check.problems << StoreText::tr("%1: versions: %2").arg(s.slug, error);
    }
    return check;
}

} // namespace almanac
