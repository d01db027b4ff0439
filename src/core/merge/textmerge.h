#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace almanac::merge {

// One stretch of a merged text: text the merge settled (kept by both sides,
// changed by one, or changed the same way by both), or a conflict, where both
// sides changed the same words differently, with the three versions of them.
struct TextChunk
{
    bool conflict = false;
    QString text; // the settled text; at a conflict, what stands in its place (theirs)
    QString base; // base, ours, theirs: a conflict's three versions

    QString ours;
    QString theirs;
    bool operator==(const TextChunk &) const = default;
};

// Three-way merge of one text field, word by word: diff3 over the word diff's
// tokens (worddiff::tokenize, matched with worddiff::matchTokens). Adjacent
// settled stretches are joined, so a clean merge is one chunk (none for an
// empty text). Conflicts are trimmed of what both sides inserted alike at their
// ends, which goes into the settled text around them.
QList<TextChunk> mergeText(const QString &base, const QString &ours, const QString &theirs);

// The merged text: every chunk's text (theirs at a conflict, unless changed).
QString joinText(const QList<TextChunk> &chunks);

// Both sides' texts of a conflict region joined, ours first: with nothing
// between them when either already has white space there, else a blank line
// between paragraphs, a line break between lines, or a space.
QString joinBoth(const QString &ours, const QString &theirs);

} // namespace almanac::merge
