#pragma once

#include "guide/guide.h"
#include "textmerge.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <variant>

// What a merge result keeps besides the guide so that resolve() can redo the
// place of one conflict without merging again. Not for callers.
namespace almanac::merge::detail {

using AnyItem = std::variant<Takeaway, Section, TimelineEntry, FaqEntry, Source>;

// One conflict's place, beside its public record.
struct ConflictState
{
    QString key;                 // the item's key in its part's order; empty for metadata
    qsizetype textField = -1;    // Text: index into State::textFields
    qsizetype chunk = -1;        // Text: the conflict's chunk in that field
    QVariant base, ours, theirs; // Value: the values as they are typed
    std::optional<AnyItem> item; // EditDelete, DeleteEdit: the edited item
};

struct State
{
    QList<QList<TextChunk>> textFields; // each text field with conflicts, chunk by chunk
    QList<ConflictState> conflicts;     // one per entry of Result::conflicts
    QHash<QString, QStringList> order;  // list part -> merged order of every item that may be in it
};

} // namespace almanac::merge::detail
