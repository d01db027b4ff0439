#pragma once

#include "guidediff.h"

#include <QByteArray>
#include <QString>

namespace almanac::diff {

// What a diff compares, for its heading.
struct DiffLabels
{
    QString slug;
    QString from; // "v1"
    QString to;   // "v2" or "draft"
};

// Like `git diff --word-diff`, grouped by part: "[-deleted-]" and "{+inserted+}",
// only the lines of a field that changed.
QString toText(const GuideDiff &diff, const DiffLabels &labels);
// The almanac-diff/1 JSON document (docs/diff-format.md); canonical, one line
// per key, so the same diff always gives the same bytes.
QByteArray toJson(const GuideDiff &diff, const DiffLabels &labels);
// A standalone HTML page with insertions and deletions marked.
QByteArray toHtml(const GuideDiff &diff, const DiffLabels &labels);
// One field's word diff as HTML (<del>/<ins>), escaped.
QString wordsToHtml(const QList<worddiff::Op> &ops);

} // namespace almanac::diff
