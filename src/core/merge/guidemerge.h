#pragma once

#include "guide/guide.h"
#include "mergestate.h"

#include <QList>
#include <QString>

// Three-way merge of guides (DESIGN.md, "Several writers"): base is the
// revision a writer started from, ours the writer's guide, theirs what another
// writer stored meanwhile.
namespace almanac::merge {

// A change both sides made differently, kept for a person to decide.
struct Conflict
{
    enum class Kind
    {
        Text,       // both changed the same words of a text field differently
        Value,      // both changed a field that merges as one value differently
        EditDelete, // ours edited an item that theirs deleted
        DeleteEdit  // ours deleted an item that theirs edited
    };
    Kind kind = Kind::Text;
    QString part;   // "metadata" for the guide's own fields, else "takeaways", "sections", ...
    QString itemId; // the item's id; empty for metadata
    QString field;  // "title", "body", ...; empty for EditDelete and DeleteEdit
    QString path;   // JSON path in the result: "title", "sections[2].body", "timeline[0]"
    // Text: the conflicting region of each version; Value: the whole values
    // (relevance as a number, key lists joined by ", "); EditDelete, DeleteEdit:
    // the item as compact JSON, empty on the side that deleted it.
    QString base;
    QString ours;
    QString theirs;
    QString label; // for people: "Title", the section's heading, the question, the key, ...
    bool resolved = false;

    bool operator==(const Conflict &) const = default;
};

// "text", "value", "edit-delete", "delete-edit".
QString kindName(Conflict::Kind kind);

struct Result
{
    // Every change that does not conflict, from both sides; at each unresolved
    // conflict, theirs (so saving it never writes over the other writer's text).
    Guide guide;
    // In guide order; resolving one changes no index.
    QList<Conflict> conflicts;

    // No conflict left unresolved.
    bool clean() const;
    qsizetype unresolvedCount() const;

    detail::State state; // what resolve() needs; not for callers
};

// Deterministic: the same three guides always give the same result. Metadata
// merges field by field (tldr word by word); created stays the base's unless
// both sides changed it alike; updated is the later of ours and theirs. List
// parts merge by item id (insertions, deletions and moves from either side),
// each kept item field by field; topics and related guides as string lists.
Result merge(const Guide &base, const Guide &ours, const Guide &theirs);

enum class Choice
{
    Ours,
    Theirs,
    // Text: ours then theirs (see joinBoth); an item: keep it, as the side that
    // edited it has it; a key list: theirs plus what only ours has.
    Both,
    // Text or value: the given text replaces the region or value.
    Custom
};

// Applies a choice to one conflict (again, if it was resolved before) and marks
// it resolved; the paths of the other conflicts follow the guide. False, and
// nothing changed, for an index out of range, a choice that does not apply to
// the kind (Custom for an item, Both for a single value) or a custom value that
// the field cannot hold (a relevance that is not a number, a bad slug, ...).
// Defined in resolution.cpp.
bool resolve(Result &result, qsizetype conflictIndex, Choice choice, const QString &custom = {});

} // namespace almanac::merge
