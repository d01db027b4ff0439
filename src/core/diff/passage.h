#pragma once

#include <QString>

namespace almanac::passage {

// Where a passage quoted from one text is in a later text of the same field:
// what keeps a comment on "this sentence" on it while the text around it is
// edited, and says when its words were changed or are gone.

enum class Fate
{
    Kept,    // the passage is in the later text, word for word (perhaps moved)
    Changed, // some of its words are still there; start and length span them
    Gone     // none of its words are left
};

struct Place
{
    Fate fate = Fate::Gone;
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const Place &) const = default;
};

// The passage of from at [start, start + length) followed into to through the
// word diff of the two texts (worddiff::matchTokens), so an edit before it
// shifts it and an edit inside it shows as Changed. When the diff does not keep
// it whole but the same words occur in to, the occurrence nearest to where the
// diff puts it is taken (a moved sentence). An empty or out-of-range passage is Gone.
Place follow(QStringView from, qsizetype start, qsizetype length, QStringView to);

} // namespace almanac::passage
