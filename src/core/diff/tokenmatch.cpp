// The token match that the three-way merge builds its diff3 on (see
// matchTokens in worddiff.h).

#include "worddiff.h"
#include "worddiff_p.h"

namespace almanac::worddiff {

using namespace detail;

namespace {

// A region is first given to Myers with this bound on its edits (cheap: about
// its size plus the square of the bound); a region that needs more is split at anchors.
constexpr int tryEdits = 256;

// Matches token ids for matchTokens: a region that needs more than tryEdits
// edits is split at the tokens that occur once on each side of it, in
// increasing order on both (patience diff's anchors), and the parts between
// are matched the same way. Regions wait on an explicit stack, so no input can
// recurse deeply.
class AnchoredMatch
{
public:
    AnchoredMatch(const std::vector<int> &a, const std::vector<int> &b, int idCount, std::vector<int> &match)
        : m_a(a), m_b(b), m_match(match), m_countA(static_cast<size_t>(idCount)),
          m_countB(static_cast<size_t>(idCount)), m_posA(static_cast<size_t>(idCount))
    {}

    void run()
    {
        std::vector<Region> todo{{0, m_a.size(), 0, m_b.size()}};
        while (!todo.empty()) {
            const Region r = todo.back();
            todo.pop_back();
            step(r, todo);
        }
    }

private:
    struct Region
    {
        size_t a0, a1, b0, b1;
    };

    void keep(size_t i, size_t j) { m_match[i] = static_cast<int>(j); }

    bool myersIn(const Region &r, int limit)
    {
        return myers(m_a.data() + r.a0, static_cast<int>(r.a1 - r.a0), m_b.data() + r.b0,
                     static_cast<int>(r.b1 - r.b0), limit, [&](int x, int y) {
                         keep(r.a0 + static_cast<size_t>(x), r.b0 + static_cast<size_t>(y));
                     });
    }

    void step(Region r, std::vector<Region> &todo)
    {
        while (r.a0 < r.a1 && r.b0 < r.b1 && m_a[r.a0] == m_b[r.b0])
            keep(r.a0++, r.b0++);
        while (r.a0 < r.a1 && r.b0 < r.b1 && m_a[r.a1 - 1] == m_b[r.b1 - 1])
            keep(--r.a1, --r.b1);
        if (r.a0 == r.a1 || r.b0 == r.b1)
            return;
        if (myersIn(r, static_cast<int>(std::min<size_t>((r.a1 - r.a0) + (r.b1 - r.b0), tryEdits))))
            return;
        const std::vector<std::pair<size_t, size_t>> anchors = uniqueAnchors(r);
        if (!anchors.empty()) {
            size_t a0 = r.a0;
            size_t b0 = r.b0;
            for (const auto &[i, j] : anchors) {
                keep(i, j);
                if (i > a0 && j > b0) // else nothing there to match
                    todo.push_back({a0, i, b0, j});
                a0 = i + 1;
                b0 = j + 1;
            }
            todo.push_back({a0, r.a1, b0, r.b1});
            return;
        }
        // Too different to match within the bound: the region stays unmatched,
        // which is a valid (if coarse) edit.
        myersIn(r, maxEdits);
    }

    // Tokens unique in both halves of the region, as (index in a, index in b),
    // the longest run increasing on both sides.
    std::vector<std::pair<size_t, size_t>> uniqueAnchors(const Region &r)
    {
        for (size_t i = r.a0; i < r.a1; ++i) {
            const auto id = static_cast<size_t>(m_a[i]);
            ++m_countA[id];
            m_posA[id] = i;
        }
        for (size_t j = r.b0; j < r.b1; ++j)
            ++m_countB[static_cast<size_t>(m_b[j])];
        std::vector<std::pair<size_t, size_t>> pairs; // in b's order
        for (size_t j = r.b0; j < r.b1; ++j) {
            const auto id = static_cast<size_t>(m_b[j]);
            if (m_countA[id] == 1 && m_countB[id] == 1)
                pairs.emplace_back(m_posA[id], j);
        }
        for (size_t i = r.a0; i < r.a1; ++i)
            m_countA[static_cast<size_t>(m_a[i])] = 0;
        for (size_t j = r.b0; j < r.b1; ++j)
            m_countB[static_cast<size_t>(m_b[j])] = 0;

        // Longest subsequence increasing in a (patience sorting with back links).
        std::vector<size_t> tails;
        std::vector<size_t> previous(pairs.size(), SIZE_MAX);
        for (size_t k = 0; k < pairs.size(); ++k) {
            auto it = std::lower_bound(tails.begin(), tails.end(), pairs[k].first,
                                       [&](size_t t, size_t value) { return pairs[t].first < value; });
            if (it != tails.begin())
                previous[k] = *(it - 1);
            if (it == tails.end())
                tails.push_back(k);
            else
                *it = k;
        }
        std::vector<std::pair<size_t, size_t>> chosen(tails.size());
        size_t k = tails.empty() ? SIZE_MAX : tails.back();
        for (size_t n = tails.size(); n > 0; --n) {
            chosen[n - 1] = pairs[k];
            k = previous[k];
        }
        return chosen;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<int> &m_match;
    std::vector<int> m_countA;
    std::vector<int> m_countB;
    std::vector<size_t> m_posA;
};

} // namespace

TokenizedTexts tokenizeAll(const QList<QStringView> &texts)
{
    TokenizedTexts out;
    TokenIds ids;
    out.ids.reserve(static_cast<size_t>(texts.size()));
    for (QStringView text : texts) {
        std::vector<int> &tokens = out.ids.emplace_back();
        // Enough never to grow: growing copies, and touches fresh pages, each
        // a page fault. Memory reserved but not written costs nothing.
        tokens.reserve(static_cast<size_t>(text.size() / 2 + 16));
        scanTokens(text, [&](const QChar *b, const QChar *e) {
            const int id = ids.idOf(QStringView(b, e));
            if (static_cast<size_t>(id) == out.lengths.size())
                out.lengths.push_back(static_cast<int>(e - b));
            tokens.push_back(id);
        });
    }
    return out;
}

std::vector<int> matchTokens(const std::vector<int> &a, const std::vector<int> &b)
{
    int idCount = 0;
    for (const std::vector<int> *side : {&a, &b}) {
        for (int id : *side)
            idCount = std::max(idCount, id + 1);
    }
    std::vector<int> match(a.size(), -1);
    AnchoredMatch(a, b, idCount, match).run();
    return match;
}

} // namespace almanac::worddiff
