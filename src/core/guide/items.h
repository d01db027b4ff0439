#pragma once

#include "guide/guide.h"

#include <QString>
#include <optional>

namespace almanac::items {

// The guide's items by part name, as comments, the CLI and the workstation
// name them: "takeaways", "sections", "timeline", "faq", "sources", and
// "metadata" for the guide's own fields (its id is the guide's id).

// Whether the name is one of those parts ("metadata" included).
bool isPart(QStringView part);
// The number of items in a list part; 1 for metadata, 0 for any other name.
qsizetype count(const Guide &guide, QStringView part);
// The id of the item at that index, or an empty string when there is none.
QString idAt(const Guide &guide, QStringView part, qsizetype index);
// The index of the item with that id in the part, or -1 when the guide has none.
qsizetype indexOf(const Guide &guide, QStringView part, QStringView id);
// The text field of a part that a passage is quoted from and that a comment's
// place opens: "tldr", "text", "body", "description", "answer", "summary".
QString textField(QStringView part);
// That field's text in the item with this id, or nothing when the item is gone.
std::optional<QString> text(const Guide &guide, QStringView part, QStringView id);

} // namespace almanac::items
