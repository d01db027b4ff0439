#pragma once

#include <QList>
#include <QString>

namespace almanac::worddiff {

// One run of a word-level diff: text kept, deleted or inserted.
struct Op
{
    enum class Kind
    {
        Equal,
        Delete,
        Insert
    };
    Kind kind = Kind::Equal;
    QString text;
    bool operator==(const Op &) const = default;
};

// Splits text into words, runs of white space and single punctuation marks:
// the units the diff compares. Joining the tokens gives the text back.
QList<QStringView> tokenize(QStringView text);

// The shortest word-level edit from a to b (Myers' O(ND) algorithm on tokens),
// with white space and punctuation kept readable: a lone space or mark between
// two changes is folded into them. Very different long texts are first matched
// paragraph by paragraph so the cost stays bounded. Joining the Equal and Delete
// runs gives a, the Equal and Insert runs give b.
QList<Op> diff(QStringView a, QStringView b);

// For callers that work on the tokens themselves (the three-way merge): for
// each token of a, the index of the token of b that it is kept as, or -1; the
// indices that are set increase. Unlike diff(), nothing is folded for
// readability, and long texts with many edits stay near linear: common ends are
// trimmed, tokens that occur once on each side anchor the match (as in patience
// diff) and Myers matches what lies between the anchors, so the result is a
// short edit, not always the shortest.
QList<qsizetype> matchTokens(const QList<QStringView> &a, const QList<QStringView> &b);

bool hasChanges(const QList<Op> &ops);
// Counts of words (not white space or punctuation) deleted and inserted.
struct Counts
{
    int deleted = 0;
    int inserted = 0;
};
Counts countWords(const QList<Op> &ops);

} // namespace almanac::worddiff
