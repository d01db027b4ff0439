#include "textmerge.h"

#include "diff/worddiff.h"

#include <algorithm>

namespace almanac::merge {

namespace {

// The text of tokens [from, to): they lie back to back in their text.
QStringView span(const QList<QStringView> &tokens, qsizetype from, qsizetype to)
{
    if (from >= to)
        return {};
    const QChar *begin = tokens[from].data();
    const QStringView last = tokens[to - 1];
    return QStringView(begin, last.data() + last.size());
}

// Collects chunks, joining settled text that follows settled text.
class Chunks
{
public:
    // stable: the text is the same in all three versions.
    void settle(QStringView text, bool stable = false)
    {
        if (text.isEmpty())
            return;
        if (m_chunks.isEmpty() || m_chunks.back().conflict) {
            m_chunks.append(TextChunk{});
            m_stable = true;
        }
        m_chunks.back().text += text;
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
    }

    QList<TextChunk> take() { return std::move(m_chunks); }

private:
    static bool hasWord(QStringView text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    }

    QList<TextChunk> m_chunks;
    bool m_stable = true; // the last chunk is settled text that all three versions share
};

// One stretch where at least one side differs from the base (diff3's unstable
// chunk): tokens [b0, b1) of base, [o0, o1) of ours, [t0, t1) of theirs.
void unstable(Chunks &out, const QList<QStringView> &tb, qsizetype b0, qsizetype b1,
              const QList<QStringView> &to, qsizetype o0, qsizetype o1, const QList<QStringView> &tt,
              qsizetype t0, qsizetype t1)
{
    const QStringView base = span(tb, b0, b1);
    const QStringView ours = span(to, o0, o1);
    const QStringView theirs = span(tt, t0, t1);
    if (ours == base || ours == theirs) {
        out.settle(theirs);
        return;
    }
    if (theirs == base) {
        out.settle(ours);
        return;
    }
    // Both changed it differently. What both put at the start or the end alike
    // is settled; the conflict is what lies between.
    while (o0 < o1 && t0 < t1 && to[o0] == tt[t0]) {
        out.settle(to[o0]);
        ++o0;
        ++t0;
    }
    qsizetype suffix = 0;
    while (o1 - suffix > o0 && t1 - suffix > t0 && to[o1 - suffix - 1] == tt[t1 - suffix - 1])
        ++suffix;
    const QStringView oursLeft = span(to, o0, o1 - suffix);
    const QStringView theirsLeft = span(tt, t0, t1 - suffix);
    // Both inserted at the same place and one inserted more: no real conflict.
    if (base.isEmpty() && (oursLeft.isEmpty() || theirsLeft.isEmpty()))
        out.settle(oursLeft.isEmpty() ? theirsLeft : oursLeft);
    else
        out.conflict(base, oursLeft, theirsLeft);
    out.settle(span(to, o1 - suffix, o1));
}

} // namespace

QList<TextChunk> mergeText(const QString &base, const QString &ours, const QString &theirs)
{
    Chunks out;
    // Most fields: one side or neither changed the text.
    if (ours == base || ours == theirs) {
        out.settle(theirs);
        return out.take();
    }
    if (theirs == base) {
        out.settle(ours);
        return out.take();
    }

    const QList<QStringView> tb = worddiff::tokenize(base);
    const QList<QStringView> to = worddiff::tokenize(ours);
    const QList<QStringView> tt = worddiff::tokenize(theirs);
    const QList<qsizetype> mo = worddiff::matchTokens(tb, to);
    const QList<qsizetype> mt = worddiff::matchTokens(tb, tt);
    const qsizetype nb = tb.size();
    // diff3: walk the base; a stretch where both sides keep the base tokens
    // one after another is stable; between stable stretches, each side's text
    // runs up to where it keeps the next base token that both sides keep.
    qsizetype b = 0;
    qsizetype o = 0;
    qsizetype t = 0;
    while (b < nb || o < to.size() || t < tt.size()) {
        qsizetype end = b;
        while (end < nb && mo[end] == o + (end - b) && mt[end] == t + (end - b))
            ++end;
        if (end > b) {
            out.settle(span(tb, b, end), true);
            o += end - b;
            t += end - b;
            b = end;
            continue;
        }
        while (end < nb && (mo[end] < 0 || mt[end] < 0))
            ++end;
        const qsizetype oEnd = end < nb ? mo[end] : to.size();
        const qsizetype tEnd = end < nb ? mt[end] : tt.size();
        unstable(out, tb, b, end, to, o, oEnd, tt, t, tEnd);
        b = end;
        o = oEnd;
        t = tEnd;
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
