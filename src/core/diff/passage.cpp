#include "diff/passage.h"

#include "diff/worddiff.h"

#include <vector>

namespace almanac::passage {

namespace {

// Where each token starts, and the text's length after the last.
std::vector<qsizetype> offsets(const std::vector<int> &ids, const std::vector<int> &lengths)
{
    std::vector<qsizetype> out;
    out.reserve(ids.size() + 1);
    qsizetype at = 0;
    for (int id : ids) {
        out.push_back(at);
        at += lengths[static_cast<size_t>(id)];
    }
    out.push_back(at);
    return out;
}

// The token that holds the character at pos.
size_t tokenAt(const std::vector<qsizetype> &starts, qsizetype pos)
{
    size_t lo = 0;
    size_t hi = starts.size() - 1; // starts.back() is the end of the text
    while (hi - lo > 1) {
        const size_t mid = (lo + hi) / 2;
        (starts[mid] <= pos ? lo : hi) = mid;
    }
    return lo;
}

// The occurrence of needle in hay nearest to near, or -1.
qsizetype nearest(QStringView hay, QStringView needle, qsizetype near)
{
    qsizetype best = -1;
    for (qsizetype at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        if (best < 0 || std::abs(at - near) < std::abs(best - near))
            best = at;
        if (at > near)
            break;
    }
    return best;
}

} // namespace

Place follow(QStringView from, qsizetype start, qsizetype length, QStringView to)
{
    if (length <= 0 || start < 0 || start + length > from.size())
        return {};
    const QStringView quote = from.mid(start, length);
    if (from == to)
        return {Fate::Kept, start, length};
    // The usual case, typing elsewhere in the field: words that occur once in
    // both texts are where the later one has them, found without a diff (a
    // diff of a 100,000-word section takes about 13 ms; this well under one).
    const auto once = [&](QStringView text) {
        const qsizetype at = text.indexOf(quote);
        return at >= 0 && text.indexOf(quote, at + 1) < 0 ? at : -1;
    };
    if (once(from) == start) {
        if (const qsizetype at = once(to); at >= 0)
            return {Fate::Kept, at, length};
    }
    const worddiff::TokenizedTexts t = worddiff::tokenizeAll({from, to});
    const std::vector<qsizetype> a = offsets(t.ids[0], t.lengths);
    const std::vector<qsizetype> b = offsets(t.ids[1], t.lengths);
    const std::vector<int> match = worddiff::matchTokens(t.ids[0], t.ids[1]);
    const qsizetype end = start + length;
    const size_t first = tokenAt(a, start);
    const size_t last = tokenAt(a, end - 1);

    // Whole: every token of the passage kept, side by side as before.
    bool whole = true;
    for (size_t i = first; i <= last; ++i)
        whole = whole && match[i] >= 0 && (i == first || match[i] == match[i - 1] + 1);
    if (whole) {
        const qsizetype s = b[static_cast<size_t>(match[first])] + (start - a[first]);
        const qsizetype e = b[static_cast<size_t>(match[last])] + (end - a[last]);
        return {Fate::Kept, s, e - s};
    }
    // The first and last of its words still there (white space alone keeps nothing).
    int firstKept = -1;
    int lastKept = -1;
    for (size_t i = first; i <= last; ++i) {
        if (match[i] < 0 || from.mid(a[i], a[i + 1] - a[i]).trimmed().isEmpty())
            continue;
        if (firstKept < 0)
            firstKept = match[i];
        lastKept = match[i];
    }
    // Where the diff puts the passage's start, to choose among repeated words.
    const qsizetype mapped = firstKept >= 0 ? b[static_cast<size_t>(firstKept)] : std::min(start, to.size());
    if (const qsizetype at = nearest(to, quote, mapped); at >= 0)
        return {Fate::Kept, at, length};
    if (firstKept < 0)
        return {};
    const qsizetype s = b[static_cast<size_t>(firstKept)];
    const qsizetype e = b[static_cast<size_t>(lastKept) + 1];
    return {Fate::Changed, s, e - s};
}

} // namespace almanac::passage
