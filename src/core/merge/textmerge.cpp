#include "textmerge.h"

#include "diff/worddiff.h"

#include <algorithm>

namespace almanac::merge {

namespace {

// One text's tokens (ids from worddiff::tokenizeAll) and where each starts,
// found by adding up token lengths while the merge walks forward.
class Tokens
{
public:
    Tokens(QStringView text, const std::vector<int> &ids, const std::vector<int> &lengths)
        : m_text(text), m_ids(ids), m_lengths(lengths)
    {}
    qsizetype size() const { return static_cast<qsizetype>(m_ids.size()); }
    int operator[](qsizetype i) const { return m_ids[static_cast<size_t>(i)]; }
    qsizetype position() const { return m_token; }

    // Moves on by count tokens that are chars long together.
    void skip(qsizetype count, qsizetype chars)
    {
        m_token += count;
        m_offset += chars;
    }

    // The text of the tokens from the current one up to `to`; moves there.
    QStringView take(qsizetype to)
    {
        qsizetype end = m_offset;
        for (; m_token < to; ++m_token)
            end += m_lengths[static_cast<size_t>(m_ids[static_cast<size_t>(m_token)])];
        const QStringView text = m_text.sliced(m_offset, end - m_offset);
        m_offset = end;
        return text;
    }

private:
    QStringView m_text;
    const std::vector<int> &m_ids;
    const std::vector<int> &m_lengths;
    qsizetype m_token = 0;
    qsizetype m_offset = 0;
};

// Collects chunks, joining settled text that follows settled text.
class Chunks
{
public:
    // expectedSize: about how long the merged text will be, so that a long
    // text is not copied again and again as it grows.
    explicit Chunks(qsizetype expectedSize = 0) : m_expected(expectedSize) {}

    // stable: the text is the same in all three versions.
    void settle(QStringView text, bool stable = false)
    {
        if (text.isEmpty())
            return;
        if (m_chunks.isEmpty() || m_chunks.back().conflict) {
            m_chunks.append(TextChunk{});
            m_chunks.back().text.reserve(std::max<qsizetype>(m_expected - m_written, 0));
            m_stable = true;
        }
        m_chunks.back().text += text;
        m_written += text.size();
        m_stable = m_stable && stable;
    }

    void conflict(QStringView base, QStringView ours, QStringView theirs)
    {
        // Two conflicts with only white space or punctuation kept between them
        // are one: a sentence both sides rewrote would otherwise split into a
        // conflict per word at the spaces the versions happen to share.
        const qsizetype n = m_chunks.size();
        if (n >= 2 && m_stable && m_chunks[n - 2].conflict && !hasWord(m_chunks.back().text)) {
            const QString between = m_chunks.takeLast().text;
            TextChunk &c = m_chunks.back();
            for (auto [to, add] : {std::pair{&c.base, base}, {&c.ours, ours}, {&c.theirs, theirs}}) {
                *to += between;
                *to += add;
            }
            c.text = c.theirs;
            return;
        }
        const QString theirsText = theirs.toString();
        m_chunks.append(TextChunk{true, theirsText, base.toString(), ours.toString(), theirsText});
        m_written += theirs.size();
    }

    QList<TextChunk> take() { return std::move(m_chunks); }

private:
    static bool hasWord(QStringView text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    }

    QList<TextChunk> m_chunks;
    bool m_stable = true; // the last chunk is settled text that all three versions share
    qsizetype m_expected = 0;
    qsizetype m_written = 0;
};

bool sameTokens(const Tokens &x, qsizetype x0, qsizetype x1, const Tokens &y, qsizetype y0, qsizetype y1)
{
    if (x1 - x0 != y1 - y0)
        return false;
    for (qsizetype i = 0; i < x1 - x0; ++i) {
        if (x[x0 + i] != y[y0 + i])
            return false;
    }
    return true;
}

// One stretch where at least one side differs from the base (diff3's unstable
// chunk): each side's tokens from where it is up to bEnd, oEnd, tEnd.
void unstable(Chunks &out, Tokens &tb, qsizetype bEnd, Tokens &to, qsizetype oEnd, Tokens &tt, qsizetype tEnd)
{
    const qsizetype b0 = tb.position();
    const qsizetype o0 = to.position();
    const qsizetype t0 = tt.position();
    if (sameTokens(to, o0, oEnd, tb, b0, bEnd) || sameTokens(to, o0, oEnd, tt, t0, tEnd)) {
        tb.take(bEnd);
        to.take(oEnd);
        out.settle(tt.take(tEnd));
        return;
    }
    if (sameTokens(tt, t0, tEnd, tb, b0, bEnd)) {
        tb.take(bEnd);
        tt.take(tEnd);
        out.settle(to.take(oEnd));
        return;
    }
    // Both changed it differently. What both put at the start or the end alike
    // is settled; the conflict is what lies between.
    qsizetype prefix = 0;
    while (o0 + prefix < oEnd && t0 + prefix < tEnd && to[o0 + prefix] == tt[t0 + prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (oEnd - suffix > o0 + prefix && tEnd - suffix > t0 + prefix &&
           to[oEnd - suffix - 1] == tt[tEnd - suffix - 1])
        ++suffix;
    const QStringView base = tb.take(bEnd);
    out.settle(to.take(o0 + prefix));
    tt.take(t0 + prefix);
    const QStringView ours = to.take(oEnd - suffix);
    const QStringView theirs = tt.take(tEnd - suffix);
    // Both inserted at the same place and one inserted more: no real conflict.
    if (base.isEmpty() && (ours.isEmpty() || theirs.isEmpty()))
        out.settle(ours.isEmpty() ? theirs : ours);
    else
        out.conflict(base, ours, theirs);
    tt.take(tEnd);
    out.settle(to.take(oEnd));
}

// Moves each kept word or punctuation token of the base to the earliest equal
// token of the other text that keeps the order. Where the same token could be
// kept before or after some inserted ones ("online." before or after "online.
// Ana offline." was added), the two sides' matches could take different ones,
// and then the words both sides added alike would be merged in twice; taking
// the earliest on both sides lines them up. White space stays where the match
// put it (it would otherwise split conflicts at every shared space). Linear:
// each search starts after the previous kept token and ends at the current one.
void keepEarliest(std::vector<int> &match, const std::vector<int> &base, const std::vector<bool> &space,
                  const std::vector<int> &other)
{
    int previous = -1;
    for (size_t i = 0; i < match.size(); ++i) {
        if (match[i] < 0)
            continue;
        if (!space[i]) {
            int j = previous + 1;
            while (j < match[i] && other[static_cast<size_t>(j)] != base[i])
                ++j;
            match[i] = j;
        }
        previous = match[i];
    }
}

// Whether each token of text is white space.
std::vector<bool> spaceTokens(QStringView text, const std::vector<int> &ids, const std::vector<int> &lengths)
{
    std::vector<bool> space(ids.size());
    qsizetype at = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
        space[i] = at < text.size() && text[at].isSpace();
        at += lengths[static_cast<size_t>(ids[i])];
    }
    return space;
}

} // namespace

QList<TextChunk> mergeText(const QString &base, const QString &ours, const QString &theirs)
{
    // Most fields: one side or neither changed the text.
    if (ours == base || ours == theirs || theirs == base) {
        Chunks out;
        out.settle(theirs == base ? ours : theirs);
        return out.take();
    }

    const worddiff::TokenizedTexts tokens = worddiff::tokenizeAll({base, ours, theirs});
    std::vector<int> mo = worddiff::matchTokens(tokens.ids[0], tokens.ids[1]);
    std::vector<int> mt = worddiff::matchTokens(tokens.ids[0], tokens.ids[2]);
    const std::vector<bool> space = spaceTokens(base, tokens.ids[0], tokens.lengths);
    keepEarliest(mo, tokens.ids[0], space, tokens.ids[1]);
    keepEarliest(mt, tokens.ids[0], space, tokens.ids[2]);
    Tokens tb(base, tokens.ids[0], tokens.lengths);
    Tokens to(ours, tokens.ids[1], tokens.lengths);
    Tokens tt(theirs, tokens.ids[2], tokens.lengths);
    Chunks out(std::max<qsizetype>(ours.size() + theirs.size() - base.size(), 0) + 16);
    const qsizetype nb = tb.size();
    auto matched = [](const std::vector<int> &m, qsizetype i) { return m[static_cast<size_t>(i)]; };
    // diff3: walk the base; a stretch where both sides keep the base tokens
    // one after another is stable; between stable stretches, each side's text
    // runs up to where it keeps the next base token that both sides keep.
    while (tb.position() < nb || to.position() < to.size() || tt.position() < tt.size()) {
        const qsizetype b = tb.position();
        const qsizetype o = to.position();
        const qsizetype t = tt.position();
        qsizetype end = b;
        while (end < nb && matched(mo, end) == o + (end - b) && matched(mt, end) == t + (end - b))
            ++end;
        if (end > b) {
            const QStringView stable = tb.take(end);
            to.skip(end - b, stable.size());
            tt.skip(end - b, stable.size());
            out.settle(stable, true);
            continue;
        }
        while (end < nb && (matched(mo, end) < 0 || matched(mt, end) < 0))
            ++end;
        unstable(out, tb, end, to, end < nb ? matched(mo, end) : to.size(), tt,
                 end < nb ? matched(mt, end) : tt.size());
    }
    return out.take();
}

QString joinText(const QList<TextChunk> &chunks)
{
    if (chunks.size() == 1)
        return chunks.front().text;
    QString text;
    for (const TextChunk &c : chunks)
        text += c.text;
    return text;
}

QString joinBoth(const QString &ours, const QString &theirs)
{
    if (ours.isEmpty() || theirs.isEmpty() || ours.back().isSpace() || theirs.front().isSpace())
        return ours + theirs;
    const auto has = [&](QStringView what) { return ours.contains(what) || theirs.contains(what); };
    const QString separator = has(u"\n\n") ? QStringLiteral("\n\n")
                              : has(u"\n") ? QStringLiteral("\n")
                                           : QStringLiteral(" ");
    return ours + separator + theirs;
}

} // namespace almanac::merge
