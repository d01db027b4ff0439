#include "worddiff.h"

#include "worddiff_p.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace almanac::worddiff {

using namespace detail;

namespace {

struct Script
{
    // For each token of a and b: true when it is kept.
    std::vector<char> keepA; // not vector<bool>: bytes are faster to set and test
    std::vector<char> keepB;
};

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
    return myers(a.data() + a0, static_cast<int>(a1 - a0), b.data() + b0, static_cast<int>(b1 - b0), maxEdits,
                 [&](int x, int y) {
                     out.keepA[a0 + static_cast<size_t>(x)] = true;
                     out.keepB[b0 + static_cast<size_t>(y)] = true;
                 });
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
