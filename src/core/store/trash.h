#pragma once

#include "guide/guide.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

class Workspace;

// One deleted guide, as the trash keeps it.
struct TrashedGuide
{
    QString guideId;
    QString slug;
    QString title;
    QString actor;
    QDateTime at;
};

// Deleting a guide so that it can be put back: the draft is kept whole in the
// trash. Only a guide without versions can be deleted; one that has versions
// (reviewed, maybe published) is archived instead, so that no history is lost.
class Trash
{
public:
    explicit Trash(Workspace &workspace);

    // Moves the guide with this slug to the trash; false (and why) when it cannot.
    bool remove(const QString &slug, const QString &actor, QString *error);
    // Puts a trashed guide back as a draft; its slug, if another guide took it
    // meanwhile, waits as an unclaimed slug (see DraftWrite::keepUnclaimedSlug).
    std::optional<Guide> restore(const QString &guideId, const QString &actor, QString *error);
    // Newest first.
    QList<TrashedGuide> guides(QString *error) const;

private:
    Workspace &m_workspace;
};

} // namespace almanac
