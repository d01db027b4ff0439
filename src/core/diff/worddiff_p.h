#pragma once

// What the two halves of the word diff share (worddiff.cpp: diff() and what it
// needs; tokenmatch.cpp: the token match for the three-way merge): character
// classes, the tokenizer's scanner, token ids and Myers' algorithm. Internal to
// src/core/diff.

#include <QChar>
#include <QStringView>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace almanac::worddiff::detail {

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

inline CharClass classOfOther(QChar c)
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

// Myers' greedy forward algorithm, remembering each round's frontier to trace
// the path back; keep(x, y) is called for each pair of tokens kept. Returns
// false, having called nothing, if more than limit edits are needed.
template <typename Keep> bool myers(const int *a, int n, const int *b, int m, int limit, Keep &&keep)
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
            keep(x, y);
        }
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        keep(x, y);
    }
    return true;
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

// The same ids as idOf with a QHash gives, faster, for the tokens of one diff:
// open addressing (a word-at-a-time hash over the UTF-16 code units, kept at most half full by
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
        const std::uint32_t h = hashOf(text);
        for (size_t i = slotOf(h);; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.id < 0) {
                const int id = m_next++;
                s = {text.data(), text.size(), h, id};
                if (2 * static_cast<size_t>(m_next) > m_slots.size())
                    grow();
                return id;
            }
            if (s.hash == h && s.size == text.size() &&
                std::memcmp(text.data(), s.data, static_cast<size_t>(text.size()) * sizeof(QChar)) == 0)
                return s.id;
        }
    }

private:
    // Eight bytes (four UTF-16 code units) at a time, each step mixed by a
    // multiply and a shift: a word costs a step or two rather than a multiply
    // per character.
    static std::uint32_t hashOf(QStringView text)
    {
        const char *p = reinterpret_cast<const char *>(text.data());
        size_t bytes = static_cast<size_t>(text.size()) * sizeof(QChar);
        std::uint64_t h = bytes * 0x9e3779b97f4a7c15ULL;
        auto mix = [&](std::uint64_t w) {
            h = (h ^ w) * 0xff51afd7ed558ccdULL;
            h ^= h >> 32;
        };
        for (; bytes >= 8; bytes -= 8, p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            mix(w);
        }
        std::uint64_t rest = 0;
        std::memcpy(&rest, p, bytes);
        mix(rest);
        return static_cast<std::uint32_t>(h);
    }

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

} // namespace almanac::worddiff::detail
