#pragma once

#include "guidediff.h"

#include <QByteArray>

namespace almanac::diff {

// The page of a comparison: the newer guide, with every inserted run of text
// wrapped in private-use markers and every deleted run put back between other
// markers (removed items return where they were). Rendered by the normal page
// renderer, then markHtml() turns the markers into <ins> and <del>.
Guide markedGuide(const Guide &from, const Guide &to, const GuideDiff &diff);

// Replaces the markers in the rendered body's text by <ins class="diff"> and
// <del class="diff"> (elsewhere they are dropped), then puts back the marker
// characters the guide's own text held.
QByteArray markHtml(QByteArray html);
// Puts back the marker characters of the guide's text (escaped by markedGuide()).
QByteArray unescapeMarkers(const QByteArray &html);

// A field's word diff as text with the markers, closed and reopened at each line
// break so that a change never spans two Markdown blocks.
QString markedText(const QList<worddiff::Op> &ops);

} // namespace almanac::diff
