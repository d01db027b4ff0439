#pragma once

#include <QList>
#include <QString>
#include <vector>

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

// For callers that work on the tokens themselves (the three-way merge): texts
// as tokenize() splits them, each token as a small number, the same for equal
// tokens in all the texts given together. A token starts where the lengths of
// the tokens before it add up to.
struct TokenizedTexts
{
    std::vector<std::vector<int>> ids; // per text, its tokens' ids in order
    std::vector<int> lengths;          // per id, the token's length in UTF-16 code units
};
TokenizedTexts tokenizeAll(const QList<QStringView> &texts);

// For each token of a, the index of the token of b that it is kept as, or -1;
// the indices that are set increase. a and b come from one tokenizeAll. Unlike
// diff(), nothing is folded for readability, and long texts with many edits
// stay near linear: Myers finds the fewest edits where there are up to a few
// hundred; beyond that, tokens that occur once on each side anchor the match
// (as in patience diff) and Myers matches what lies between, so the edit is
// short but not always the shortest.
std::vector<int> matchTokens(const std::vector<int> &a, const std::vector<int> &b);

bool hasChanges(const QList<Op> &ops);
// Counts of words (not white space or punctuation) deleted and inserted.
struct Counts
{
    int deleted = 0;
    int inserted = 0;
};
Counts countWords(const QList<Op> &ops);

} // namespace almanac::worddiff
