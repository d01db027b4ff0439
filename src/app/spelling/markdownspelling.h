#pragma once

#include <QList>
#include <QPair>
#include <QString>

// What of a Markdown text spelling applies to, one line at a time so an editor
// can check only the lines on screen.
namespace almanac::markdownspelling {

// Fenced code state after a line, given the state before it (0: not in a fence).
quint16 fenceStateAfter(quint16 before, QStringView line);

// Offsets and lengths of the words in one line worth checking: not in code
// spans, URLs, link targets, citation keys, e-mail addresses or HTML, and not
// acronyms, CamelCase names or words with digits or underscores.
// A word may run across emphasis markers ("**C**lustered" is one word).
QList<QPair<int, int>> spellableWords(const QString &line);
// The word at a span spellableWords() gave, as it reads: without the markers.
QString wordAt(const QString &line, int start, int length);

} // namespace almanac::markdownspelling
