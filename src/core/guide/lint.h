#pragma once

#include "guide.h"

#include <QHash>
#include <QList>
#include <QString>

namespace almanac {

// A problem lint found in a guide, with where it is (a JSON path such as
// "sections[2].body", as the guide file names it).
struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code;  // stable name of the rule, e.g. "undefined-citation"
    QString place; // JSON path of the part
    QString message;

    bool operator==(const Finding &) const = default;
    QString severityName() const;
};

// What lint needs to know about the rest of the workspace.
struct LintContext
{
    QHash<QString, QString> guideIdBySlug; // every guide's slug -> its id
    bool knowsWorkspace = false;           // false: skip the checks that need other guides
};

// Every finding for the guide, in the order of the guide's parts.
QList<Finding> lint(const Guide &guide, const LintContext &context = {});
bool hasErrors(const QList<Finding> &findings);

} // namespace almanac
