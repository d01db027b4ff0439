#include "guideimport.h"

#include "merge/guidemerge.h"
#include "messages.h"

namespace almanac::guideimport {

namespace {

QString shortText(const QString &text)
{
    QString t = text.simplified();
    return t.size() > 60 ? t.left(57) + QStringLiteral("...") : t;
}

bool planOne(const Workspace &workspace, const Guide &incoming, qint64 fileRevision, const QString &path,
             const Options &options, Plan &plan, Outcome &out)
{
    const auto stored = workspace.draftById(incoming.id);
    if (!stored) {
        plan = {{incoming, 0},
                //: What "almanac import" did, printed before the guide's slug: "imported tidal-power"
                StoreText::tr("imported")};
        return true;
    }
    if (options.replace) {
        plan = {{incoming, stored->revision},
                //: What "almanac import" did, printed before the guide's slug: "replaced draft tidal-power"
                StoreText::tr("replaced draft")};
        return true;
    }
    std::optional<Guide> base = options.base;
    const QString &basePath = options.basePath;
    if (base) {
        if (base->id != incoming.id) {
            out.problems << StoreText::tr("%1: id: the base is another guide (%2) than %3 (%4)")
                                .arg(basePath, base->id, path, incoming.id);
            return false;
        }
    } else if (fileRevision == stored->revision) {
        plan = {{incoming, stored->revision},
                //: What "almanac import" did, printed before the guide's slug: "updated draft tidal-power"
                StoreText::tr("updated draft")};
        return true;
    } else if (fileRevision > stored->revision) {
        out.problems << StoreText::tr(
                            "%1: revision: the file says it was exported at revision %2, but the "
                            "draft of \"%3\" in %4 is at revision %5: it comes from another workspace; "
                            "pass --base FILE or --replace")
                            .arg(path)
                            .arg(fileRevision)
                            .arg(incoming.slug, workspace.path())
                            .arg(stored->revision);
        return false;
    } else if (fileRevision > 0) {
        base = workspace.draftAtRevision(incoming.id, fileRevision);
        if (!base) {
            out.problems << StoreText::tr(
                                "%1: revision: revision %2 of \"%3\" is no longer kept (the workspace "
                                "keeps the last %4); pass --base FILE with the file it was edited from, "
                                "or --replace to overwrite the draft")
                                .arg(path)
                                .arg(fileRevision)
                                .arg(incoming.slug)
                                .arg(Workspace::keptRevisions);
            return false;
        }
    } else if (guide::sameContent(incoming, stored->guide)) {
        plan = {{stored->guide, stored->revision}, QString()}; // nothing to write
        return true;
    } else {
        out.problems << StoreText::tr(
                            "%1: the file has no \"revision\" (it was not exported from this "
                            "workspace's draft), so what was saved to \"%2\" since cannot be told "
                            "apart from its own changes; nothing was overwritten. Export the draft again "
                            "and apply your edits, pass --base FILE with the file yours started from, "
                            "or --replace to overwrite the draft")
                            .arg(path, incoming.slug);
        return false;
    }
    const merge::Result merged = merge::merge(*base, incoming, stored->guide);
    if (!merged.conflicts.isEmpty()) {
        out.conflicts = true;
        for (const merge::Conflict &c : merged.conflicts)
            out.problems << StoreText::tr(
                                "%1: %2: conflict: this file has \"%3\", the draft (revision %4) has "
                                "\"%5\", where both started from \"%6\"")
                                .arg(path, c.path, shortText(c.ours))
                                .arg(stored->revision)
                                .arg(shortText(c.theirs), shortText(c.base));
        return false;
    }
    Guide result = merged.guide;
    result.updated = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    plan = {{result, stored->revision},
            guide::sameContent(merged.guide, incoming)
                //: What "almanac import" did, printed before the guide's slug: "updated draft tidal-power"
                ? StoreText::tr("updated draft")
                //: What "almanac import" did, printed before the guide's slug
                : StoreText::tr("merged with changes saved since, into")};
    return true;
}

} // namespace

Outcome plan(const Workspace &workspace, const QList<Incoming> &incoming, const Options &options)
{
    Outcome out;
    const QHash<QString, QString> owners = workspace.guideIdsBySlug();
    for (const Incoming &in : incoming) {
        const auto owner = owners.constFind(in.guide.slug);
        if (owner != owners.cend() && owner.value() != in.guide.id) {
            out.problems << StoreText::tr("%1: slug: \"%2\" belongs to another guide in the workspace")
                                .arg(in.path, in.guide.slug);
            continue;
        }
        Plan p;
        if (planOne(workspace, in.guide, in.revision, in.path, options, p, out))
            out.plans << p;
    }
    return out;
}

Outcome run(Workspace &workspace, const QList<Incoming> &incoming, const Options &options,
            const QString &actor)
{
    // Plan against what is stored now and write with compare and set; when
    // another program saves in between, plan again from what it saved.
    for (int attempt = 0; attempt < 20; ++attempt) {
        Outcome out = plan(workspace, incoming, options);
        if (!out.problems.isEmpty())
            return out;
        QList<DraftWrite> writes;
        for (const Plan &p : std::as_const(out.plans)) {
            if (!p.verb.isEmpty())
                writes << p.write;
        }
        if (writes.isEmpty())
            return out;
        const SaveResult r = workspace.saveDrafts(writes, actor);
        if (r.status == SaveResult::Status::Stale)
            continue;
        if (!r.ok())
            out.problems << r.error;
        return out;
    }
    Outcome out;
    out.problems
        << StoreText::tr("%1: other programs kept saving these guides; try again").arg(workspace.path());
    return out;
}

} // namespace almanac::guideimport
