#pragma once

#include "guide/guide.h"

#include <QList>
#include <QString>

namespace almanac {

// What a review comment can be anchored to: the guide's details or any item of
// one of its parts, by the item's stable id, with a label people read.
struct CommentAnchor
{
    QString part;   // "metadata", "takeaways", "sections", "timeline", "faq", "sources"
    QString partId; // the item's id; the guide's id for metadata
    QString label;  // "Section: How it works", "FAQ: Is it safe?"

    bool operator==(const CommentAnchor &) const = default;
};

// Where the editor is when a comment is started: the item being edited, and
// the words selected in its text field (items::textField), if any.
struct EditorPlace
{
    QString part;
    QString partId;
    qsizetype selectionStart = 0;
    qsizetype selectionLength = 0;
};

namespace commentanchors {

// Every anchor of a guide, in the guide's order: details, takeaways, sections,
// timeline, FAQ, sources.
QList<CommentAnchor> of(const Guide &guide);
// The label of one anchor in this guide ("Section: How it works"), or, when the
// guide has no such item, the kind of part and that it is gone.
QString label(const Guide &guide, const QString &part, const QString &partId);
// Where an anchor is in this guide, as a JSON path of the field to edit
// ("sections[2].body"; for the details "title", or with text "tldr", the field
// passages are quoted from); empty when the guide no longer has the item.
QString placeIn(const Guide &guide, const QString &part, const QString &partId, bool text = false);

} // namespace commentanchors

} // namespace almanac
