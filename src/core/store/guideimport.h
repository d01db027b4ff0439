#pragma once

#include "store/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace almanac::guideimport {

// A whole guide read from a file, with the draft revision it was exported
// from (0 when the file does not say).
struct Incoming
{
    QString path;
    Guide guide;
    qint64 revision = 0;
};

struct Options
{
    std::optional<Guide> base; // the file the incoming one was edited from (--base)
    QString basePath;
    bool replace = false; // overwrite the stored draft on purpose
};

// What to write for one incoming guide.
struct Plan
{
    DraftWrite write;
    QString verb; // "imported", "merged ...", ...; empty when nothing changes
};

struct Outcome
{
    QList<Plan> plans;
    QStringList problems; // "FILE: PATH: what", nothing written when any
    bool conflicts = false;
};

// Decides, against what is stored now, what each incoming guide writes: a new
// guide as it is; one whose file was exported at the stored revision as it is;
// one exported earlier merged (three-way, from the draft at its revision) with
// what was saved since; conflicts, an unknown base or a missing revision are
// problems, and then nothing is written.
Outcome plan(const Workspace &workspace, const QList<Incoming> &incoming, const Options &options);

// Plans and writes all of them in one compare-and-set transaction, planning
// again when another program saves in between. A file whose guide is not in
// the workspace never overwrites another guide's slug.
Outcome run(Workspace &workspace, const QList<Incoming> &incoming, const Options &options,
            const QString &actor);

} // namespace almanac::guideimport
