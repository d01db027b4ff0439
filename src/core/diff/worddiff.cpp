#include "worddiff.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace almanac::worddiff {

namespace {

enum class CharClass
{
    Space,
    Word,
    Mark
};

// ASCII, most of any text, by table; the rest through QChar's Unicode data.
constexpr std::array<CharClass, 128> asciiClasses = [] {
    std::array<CharClass, 128> t{};
    for (int i = 0; i < 128; ++i) {
        const bool space = i == ' ' || (i >= '\t' && i <= '\r');
        const bool word =
            (i >= '0' && i <= '9') || (i >= 'A' && i <= 'Z') || (i >= 'a' && i <= 'z') || i == '_';
        t[static_cast<size_t>(i)] = space ? CharClass::Space : (word ? CharClass::Word : CharClass::Mark);
    }
    return t;
}();

CharClass classOfOther(QChar c)
{
    if (c.isSpace())
        return CharClass::Space;
    if (c.isLetterOrNumber() || c.isMark())
        return CharClass::Word;
    return CharClass::Mark;
}

inline CharClass classOf(QChar c)
{
    return c.unicode() < 128 ? asciiClasses[c.unicode()] : classOfOther(c);
}

// Edits beyond this many per call switch to the paragraph-first strategy.
constexpr int maxEdits = 6000;

struct Script
{
    // For each token of a and b: true when it is kept.
    std::vector<char> keepA; // not vector<bool>: bytes are faster to set and test
    std::vector<char> keepB;
};

// Myers' greedy forward algorithm, remembering each round's frontier to trace
// the path back. Returns false if more than limit edits are needed.
bool myers(const int *a, int n, const int *b, int m, Script &out, size_t offsetA, size_t offsetB, int limit)
{
    const int max = n + m;
    const int bound = std::min(max, limit);
    std::vector<int> v(2 * static_cast<size_t>(bound) + 3, 0);
    const int off = bound + 1;
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= bound && found < 0; ++d) {
        trace.emplace_back(v.begin() + (off - d), v.begin() + (off + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
                x = v[off + k + 1];
            else
                x = v[off + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[off + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    // Walk back from (n, m) through the stored frontiers.
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[d]; // frontier before round d, indices -(d-1)..(d-1) at d..
        // trace[d] holds v as it was at the start of round d: k from -d..d mapped to 0..2d.
        auto at = [&](int k) { return prev[static_cast<size_t>(k + d)]; };
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && at(k - 1) < at(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            out.keepA[offsetA + x] = true;
            out.keepB[offsetB + y] = true;
        }
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        out.keepA[offsetA + x] = true;
        out.keepB[offsetB + y] = true;
    }
    return true;
}

// Diffs token ids; marks kept tokens in out. Trims the common ends first.
bool diffIds(const std::vector<int> &a, size_t a0, size_t a1, const std::vector<int> &b, size_t b0, size_t b1,
             Script &out)
{
    while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) {
        out.keepA[a0++] = true;
        out.keepB[b0++] = true;
    }
    while (a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1]) {
        out.keepA[--a1] = true;
        out.keepB[--b1] = true;
    }
    if (a0 == a1 || b0 == b1)
        return true;
    return myers(a.data() + a0, static_cast<int>(a1 - a0), b.data() + b0, static_cast<int>(b1 - b0), out, a0,
                 b0, maxEdits);
}

// Calls onToken(begin, end) for each token of text, in order (see tokenize).
template <typename Emit> void scanTokens(QStringView text, Emit &&onToken)
{
    const QChar *const end = text.data() + text.size();
    const QChar *i = text.data();
    while (i < end) {
        const CharClass c = classOf(*i);
        const QChar *j = i + 1;
        if (c == CharClass::Mark) {
            if (i->isHighSurrogate() && j < end)
                ++j;
        } else {
            while (j < end && classOf(*j) == c)
                ++j;
            // Keep words like "don't" and "3.5" whole.
            while (c == CharClass::Word && j + 1 < end && (*j == u'\'' || *j == u'’' || *j == u'.') &&
                   classOf(j[1]) == CharClass::Word) {
                j += 2;
                while (j < end && classOf(*j) == CharClass::Word)
                    ++j;
            }
        }
        onToken(i, j);
        i = j;
    }
}

// The tokens of one text, in a plain vector (cheaper to fill than a QList).
class Tokens
{
public:
    explicit Tokens(QStringView text)
    {
        m_tokens.reserve(static_cast<size_t>(text.size() / 3 + 1));
        scanTokens(text, [this](const QChar *b, const QChar *e) { m_tokens.emplace_back(b, e); });
    }
    qsizetype size() const { return static_cast<qsizetype>(m_tokens.size()); }
    QStringView operator[](qsizetype i) const { return m_tokens[static_cast<size_t>(i)]; }
    auto begin() const { return m_tokens.begin(); }
    auto end() const { return m_tokens.end(); }

private:
    std::vector<QStringView> m_tokens;
};

// Paragraph boundaries (token index after each blank-line run) of a token list.
std::vector<size_t> paragraphStarts(const Tokens &tokens)
{
    std::vector<size_t> starts{0};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].count(u'\n') >= 2 && i + 1 < tokens.size())
            starts.push_back(static_cast<size_t>(i + 1));
    }
    starts.push_back(static_cast<size_t>(tokens.size()));
    return starts;
}

// A small integer for each distinct piece of text, so the diff compares ints.
int idOf(QHash<QStringView, int> &ids, QStringView text)
{
    auto it = ids.constFind(text);
    if (it == ids.cend())
        it = ids.insert(text, static_cast<int>(ids.size()));
    return it.value();
}

// The same ids as idOf with a QHash gives, faster, for the tokens of one diff:
// open addressing (FNV-1a over the UTF-16 code units, kept at most half full by
// doubling), and single ASCII characters straight from an array.
class TokenIds
{
public:
    int idOf(QStringView text)
    {
        // Single ASCII characters (spaces, marks), half of all tokens, by table.
        if (text.size() == 1 && text.front().unicode() < 128) {
            int &id = m_ascii[text.front().unicode()];
            if (id < 0)
                id = m_next++;
            return id;
        }
        std::uint32_t h = 2166136261u;
        for (QChar c : text)
            h = (h ^ c.unicode()) * 16777619u;
        for (size_t i = slotOf(h);; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.id < 0) {
                const int id = m_next++;
                s = {text.data(), text.size(), h, id};
                if (2 * static_cast<size_t>(m_next) > m_slots.size())
                    grow();
                return id;
            }
            if (s.hash == h && s.size == text.size() && std::equal(text.begin(), text.end(), s.data))
                return s.id;
        }
    }
    // How many distinct tokens have an id so far (ids are 0 .. count - 1).
    int count() const { return m_next; }

private:
    struct Slot
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        std::uint32_t hash = 0;
        int id = -1;
    };

    size_t slotOf(std::uint32_t hash) const
    {
        return static_cast<size_t>((hash * 0x9e3779b97f4a7c15ULL) >> 32) & m_mask;
    }

    // Doubles the table, keeping it at most half full.
    void grow()
    {
        std::vector<Slot> old(2 * m_slots.size());
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.id < 0)
                continue;
            size_t i = slotOf(s.hash);
            while (m_slots[i].id >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
        }
    }

    std::array<int, 128> m_ascii = [] {
        std::array<int, 128> a{};
        a.fill(-1);
        return a;
    }();
    std::vector<Slot> m_slots = std::vector<Slot>(1024);
    size_t m_mask = 1023;
    int m_next = 0;
};

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
    AnchoredMatch(const std::vector<int> &a, const std::vector<int> &b, int idCount, Script &out)
        : m_a(a), m_b(b), m_out(out), m_countA(static_cast<size_t>(idCount)),
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

    void keep(size_t i, size_t j)
    {
        m_out.keepA[i] = true;
        m_out.keepB[j] = true;
    }

    void step(Region r, std::vector<Region> &todo)
    {
        while (r.a0 < r.a1 && r.b0 < r.b1 && m_a[r.a0] == m_b[r.b0])
            keep(r.a0++, r.b0++);
        while (r.a0 < r.a1 && r.b0 < r.b1 && m_a[r.a1 - 1] == m_b[r.b1 - 1])
            keep(--r.a1, --r.b1);
        if (r.a0 == r.a1 || r.b0 == r.b1)
            return;
        const int n = static_cast<int>(r.a1 - r.a0);
        const int m = static_cast<int>(r.b1 - r.b0);
        if (myers(m_a.data() + r.a0, n, m_b.data() + r.b0, m, m_out, r.a0, r.b0, std::min(n + m, tryEdits)))
            return;
        const std::vector<std::pair<size_t, size_t>> anchors = uniqueAnchors(r);
        if (!anchors.empty()) {
            size_t a0 = r.a0;
            size_t b0 = r.b0;
            for (const auto &[i, j] : anchors) {
                keep(i, j);
                todo.push_back({a0, i, b0, j});
                a0 = i + 1;
                b0 = j + 1;
            }
            todo.push_back({a0, r.a1, b0, r.b1});
            return;
        }
        // Too different to match within the bound: the region stays unmatched,
        // which is a valid (if coarse) edit.
        myers(m_a.data() + r.a0, n, m_b.data() + r.b0, m, m_out, r.a0, r.b0, maxEdits);
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
    Script &m_out;
    std::vector<int> m_countA;
    std::vector<int> m_countB;
    std::vector<size_t> m_posA;
};

} // namespace

QList<QStringView> tokenize(QStringView text)
{
    QList<QStringView> tokens;
    tokens.reserve(text.size() / 3 + 1);
    scanTokens(text, [&](const QChar *b, const QChar *e) { tokens.emplaceBack(b, e); });
    return tokens;
}

QList<Op> diff(QStringView a, QStringView b)
{
    QList<Op> ops;
    if (a == b) {
        if (!a.isEmpty())
            ops.append({Op::Kind::Equal, a.toString()});
        return ops;
    }
    const Tokens ta(a);
    const Tokens tb(b);
    TokenIds ids;
    auto toIds = [&](const Tokens &tokens) {
        std::vector<int> out;
        out.reserve(static_cast<size_t>(tokens.size()));
        for (QStringView t : tokens)
            out.push_back(ids.idOf(t));
        return out;
    };
    const std::vector<int> ia = toIds(ta);
    const std::vector<int> ib = toIds(tb);
    Script script{std::vector<char>(ia.size()), std::vector<char>(ib.size())};

    if (!diffIds(ia, 0, ia.size(), ib, 0, ib.size(), script)) {
        // Too different to diff word by word in one go: match whole paragraphs
        // first, then diff the words inside each stretch between matches.
        script = Script{std::vector<char>(ia.size()), std::vector<char>(ib.size())};
        const std::vector<size_t> pa = paragraphStarts(ta);
        const std::vector<size_t> pb = paragraphStarts(tb);
        QHash<QStringView, int> paraIds;
        auto paragraphIds = [&](QStringView text, const Tokens &tokens, const std::vector<size_t> &starts) {
            std::vector<int> out;
            for (size_t p = 0; p + 1 < starts.size(); ++p) {
                const qsizetype from = tokens[static_cast<qsizetype>(starts[p])].data() - text.data();
                const QStringView last = tokens[static_cast<qsizetype>(starts[p + 1] - 1)];
                const qsizetype to = last.data() + last.size() - text.data();
                out.push_back(idOf(paraIds, text.sliced(from, to - from)));
            }
            return out;
        };
        const std::vector<int> qa = paragraphIds(a, ta, pa);
        const std::vector<int> qb = paragraphIds(b, tb, pb);
        Script paras{std::vector<char>(qa.size()), std::vector<char>(qb.size())};
        diffIds(qa, 0, qa.size(), qb, 0, qb.size(), paras);
        size_t x = 0;
        size_t y = 0;
        size_t sx = 0;
        size_t sy = 0;
        while (x < qa.size() || y < qb.size()) {
            if (x < qa.size() && y < qb.size() && paras.keepA[x] && paras.keepB[y]) {
                diffIds(ia, pa[sx], pa[x], ib, pb[sy], pb[y], script);
                std::fill(script.keepA.begin() + static_cast<std::ptrdiff_t>(pa[x]),
                          script.keepA.begin() + static_cast<std::ptrdiff_t>(pa[x + 1]), true);
                std::fill(script.keepB.begin() + static_cast<std::ptrdiff_t>(pb[y]),
                          script.keepB.begin() + static_cast<std::ptrdiff_t>(pb[y + 1]), true);
                sx = ++x;
                sy = ++y;
            } else if (x < qa.size() && !paras.keepA[x]) {
                ++x;
            } else if (y < qb.size() && !paras.keepB[y]) {
                ++y;
            } else {
                break;
            }
        }
        diffIds(ia, pa[sx], pa[qa.size()], ib, pb[sy], pb[qb.size()], script);
    }

    // Emit runs: deletions before insertions between kept tokens. Each run is
    // a stretch of consecutive tokens of a (kept, deleted) or b (inserted), so
    // it is copied out of the text in one go.
    struct Run
    {
        Op::Kind kind;
        const QChar *begin;
        const QChar *end;
    };
    std::vector<Run> runs;
    auto push = [&](Op::Kind kind, QStringView text) {
        if (!runs.empty() && runs.back().kind == kind && runs.back().end == text.data())
            runs.back().end = text.data() + text.size();
        else
            runs.push_back({kind, text.data(), text.data() + text.size()});
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < ta.size() || j < tb.size()) {
        while (i < ta.size() && !script.keepA[static_cast<size_t>(i)])
            push(Op::Kind::Delete, ta[i++]);
        while (j < tb.size() && !script.keepB[static_cast<size_t>(j)])
            push(Op::Kind::Insert, tb[j++]);
        if (i < ta.size() && j < tb.size()) {
            push(Op::Kind::Equal, ta[i]);
            ++i;
            ++j;
        }
    }
    ops.reserve(static_cast<qsizetype>(runs.size()));
    for (const Run &r : runs) {
        const QStringView text(r.begin, r.end);
        if (!ops.isEmpty() && ops.back().kind == r.kind)
            ops.back().text += text;
        else
            ops.append({r.kind, text.toString()});
    }

    // Fold a lone space or mark between two changes into them, so that
    // "[-a b-]{+c d+}" reads as one change rather than two.
    QList<Op> folded;
    for (qsizetype k = 0; k < ops.size(); ++k) {
        const Op &op = ops[k];
        const bool between = op.kind == Op::Kind::Equal && k > 0 && k + 1 < ops.size() &&
                             ops[k - 1].kind != Op::Kind::Equal && ops[k + 1].kind != Op::Kind::Equal;
        const bool thin = std::all_of(op.text.begin(), op.text.end(),
                                      [](QChar c) { return classOf(c) != CharClass::Word; }) &&
                          op.text.size() <= 2 && !op.text.contains(u'\n');
        if (between && thin) {
            // Attach to the delete and the insert around it.
            QString del = op.text;
            QString ins = op.text;
            // Pull the neighbours into place: ... D I [eq] D I ... -> merged below.
            folded.append({Op::Kind::Delete, del});
            folded.append({Op::Kind::Insert, ins});
            continue;
        }
        folded.append(op);
    }
    // Merge: collect each stretch of changes into one delete then one insert.
    QList<Op> out;
    QString del;
    QString ins;
    auto flushChanges = [&] {
        if (!del.isEmpty())
            out.append({Op::Kind::Delete, del});
        if (!ins.isEmpty())
            out.append({Op::Kind::Insert, ins});
        del.clear();
        ins.clear();
    };
    for (const Op &op : std::as_const(folded)) {
        if (op.kind == Op::Kind::Delete) {
            del += op.text;
        } else if (op.kind == Op::Kind::Insert) {
            ins += op.text;
        } else {
            flushChanges();
            if (!out.isEmpty() && out.back().kind == Op::Kind::Equal)
                out.back().text += op.text;
            else
                out.append(op);
        }
    }
    flushChanges();
    return out;
}

QList<qsizetype> matchTokens(const QList<QStringView> &a, const QList<QStringView> &b)
{
    TokenIds ids;
    std::vector<int> ia;
    ia.reserve(static_cast<size_t>(a.size()));
    for (QStringView t : a)
        ia.push_back(ids.idOf(t));
    std::vector<int> ib;
    ib.reserve(static_cast<size_t>(b.size()));
    for (QStringView t : b)
        ib.push_back(ids.idOf(t));
    Script script{std::vector<char>(ia.size()), std::vector<char>(ib.size())};
    AnchoredMatch(ia, ib, ids.count(), script).run();

    // Every region keeps as many tokens of a as of b, in order, so the k-th kept
    // token of a is the k-th kept token of b.
    QList<qsizetype> match(a.size(), -1);
    size_t j = 0;
    for (size_t i = 0; i < ia.size(); ++i) {
        if (!script.keepA[i])
            continue;
        while (!script.keepB[j])
            ++j;
        match[static_cast<qsizetype>(i)] = static_cast<qsizetype>(j++);
    }
    return match;
}

bool hasChanges(const QList<Op> &ops)
{
    return std::any_of(ops.begin(), ops.end(), [](const Op &op) { return op.kind != Op::Kind::Equal; });
}

Counts countWords(const QList<Op> &ops)
{
    Counts c;
    for (const Op &op : ops) {
        if (op.kind == Op::Kind::Equal)
            continue;
        int words = 0;
        for (QStringView t : tokenize(op.text))
            words += classOf(t.front()) == CharClass::Word ? 1 : 0;
        (op.kind == Op::Kind::Delete ? c.deleted : c.inserted) += words;
    }
    return c;
}

} // namespace almanac::worddiff
