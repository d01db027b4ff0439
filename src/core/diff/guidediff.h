#pragma once

#include "guide/guide.h"
#include "worddiff.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace almanac::diff {

// One text field that differs, with its word-level diff.
struct FieldChange
{
    QString field; // "title", "body", "relevance", ...; a record's member: "csl.DOI", "timelinejs.media.url"
    QString before;
    QString after;
    QList<worddiff::Op> words;
};

// One item of a list part (a section, a timeline entry, ...), matched by id.
struct ItemChange
{
    enum class Kind
    {
        Added,
        Removed,
        Kept
    };
    Kind kind = Kind::Kept;
    QString part; // "sections", "timeline", ...
    QString id;
    qsizetype from = -1;       // index in the old guide, -1 when added
    qsizetype to = -1;         // index in the new guide, -1 when removed
    bool moved = false;        // kept, but its place among the kept items changed
    QString label;             // heading, title, question, key or text, for people
    QList<FieldChange> fields; // for kept items: what changed; for added/removed: every field
};

// Topics and related guides: plain lists of strings.
struct ListChange
{
    QString part;
    QStringList added;
    QStringList removed;
    bool reordered = false;
};

struct PartCounts
{
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    int total() const { return added + removed + changed + moved; }
};

// Everything that differs between two states of one guide. Timestamps are not
// compared: two versions with the same content have an empty diff.
struct GuideDiff
{
    QList<FieldChange> metadata; // slug, title, subject, kind, level, status, tldr, timelinejs.*
    QList<ItemChange>
        items; // in part order; within a part, in the new guide's order, removed ones where they were
    QList<ListChange> lists;

    bool isEmpty() const { return metadata.isEmpty() && items.isEmpty() && lists.isEmpty(); }
    // Counts per part, in the guide's part order, for the parts that changed.
    QList<std::pair<QString, PartCounts>> summary() const;
};

GuideDiff compare(const Guide &from, const Guide &to);

// The parts of a guide in their order, as named in the guide file.
const QStringList &partNames();

} // namespace almanac::diff
