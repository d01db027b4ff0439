#include "render/pagepatch.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <algorithm>

namespace almanac::pagepatch {

namespace {

// Below this many bytes an element is replaced whole rather than gone into:
// parsing a few hundred bytes costs the page less than the path to them.
constexpr qsizetype smallElement = 256;

bool isVoid(QByteArrayView name)
{
    static constexpr QByteArrayView voids[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                               "input", "link", "meta", "param", "source", "track", "wbr"};
    return std::find(std::begin(voids), std::end(voids), name) != std::end(voids);
}

bool isRawText(QByteArrayView name)
{
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
           name == "iframe" || name == "noscript" || name == "plaintext";
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

QByteArrayView slice(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    return QByteArrayView(bytes).sliced(from, to - from);
}

} // namespace

std::optional<QList<Element>> children(const QByteArray &html, qsizetype from, qsizetype to)
{
    QList<Element> out;
    Element current;
    int depth = 0;
    qsizetype pos = from;
    for (;;) {
        const qsizetype lt = html.indexOf('<', pos);
        if (lt < 0 || lt >= to)
            break;
        if (lt + 1 >= to)
            return std::nullopt;
        const QByteArrayView rest = slice(html, lt, to);
        if (rest.startsWith("<!--")) {
            const qsizetype close = html.indexOf("-->", lt + 4);
            if (close < 0 || close + 3 > to)
                return std::nullopt;
            pos = close + 3;
            continue;
        }
        if (html[lt + 1] == '/') {
            const qsizetype gt = html.indexOf('>', lt);
            if (gt < 0 || gt >= to || depth == 0)
                return std::nullopt;
            if (--depth == 0) {
                current.contentEnd = lt;
                current.end = gt + 1;
                out.append(current);
            }
            pos = gt + 1;
            continue;
        }
        qsizetype nameEnd = lt + 1;
        while (nameEnd < to && isNameChar(html[nameEnd]))
            ++nameEnd;
        const QByteArrayView name = slice(html, lt + 1, nameEnd);
        if (name.isEmpty() || isRawText(name))
            return std::nullopt; // a doctype, a stray '<' or a script: not a page's <main>
        // The end of the opening tag: the first '>' outside a quoted value.
        qsizetype gt = nameEnd;
        char quote = 0;
        for (; gt < to; ++gt) {
            const char c = html[gt];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (gt >= to)
            return std::nullopt;
        if (isVoid(name) || html[gt - 1] == '/') {
            if (depth == 0)
                out.append(Element{lt, gt + 1, gt + 1, gt + 1});
        } else {
            if (depth++ == 0) {
                current.start = lt;
                current.contentStart = gt + 1;
            }
        }
        pos = gt + 1;
    }
    if (depth != 0)
        return std::nullopt;
    return out;
}

namespace {

// Adds the patches that turn the element a of `from` into the element b of
// `to` (the same tag and attributes) to `out`; false if either cannot be read.
bool diffInside(const QByteArray &from, const QByteArray &to, Element a, Element b, QList<int> &path,
                QList<Patch> &out)
{
    const auto kidsFrom = children(from, a.contentStart, a.contentEnd);
    const auto kidsTo = children(to, b.contentStart, b.contentEnd);
    if (!kidsFrom || !kidsTo)
        return false;
    const QList<Element> &ka = *kidsFrom;
    const QList<Element> &kb = *kidsTo;
    const int na = int(ka.size());
    const int nb = int(kb.size());
    // Where the text before child i starts: the end of child i - 1.
    auto startOf = [&](const QList<Element> &kids, const Element &parent, int i) {
        return i == 0 ? parent.contentStart : kids[i - 1].end;
    };
    auto endOf = [&](const QList<Element> &kids, const Element &parent, int i) {
        return i == int(kids.size()) ? parent.contentEnd : kids[i].start;
    };
    // Children i of both with the text before them, the same?
    auto same = [&](int i) {
        return slice(from, startOf(ka, a, i), ka[i].end) == slice(to, startOf(kb, b, i), kb[i].end);
    };
    // Replaces children [first, last] of both (and the text around them).
    auto replace = [&](int first, int last) {
        const qsizetype toStart = startOf(kb, b, first);
        const qsizetype toEnd = endOf(kb, b, last + 1 + nb - na);
        Patch p;
        p.path = path;
        p.childCount = na;
        p.keepBefore = first;
        p.keepAfter = na - 1 - last;
        p.html = to.sliced(toStart, toEnd - toStart);
        out.append(std::move(p));
    };
    // One child changed on its inside alone (its tag and the text around it
    // the same): go into it.
    auto inside = [&](int i) {
        const Element &ca = ka[i];
        const Element &cb = kb[i];
        if (ca.end - ca.start <= smallElement || ca.contentEnd == ca.contentStart ||
            slice(from, startOf(ka, a, i), ca.contentStart) !=
                slice(to, startOf(kb, b, i), cb.contentStart) ||
            slice(from, ca.contentEnd, endOf(ka, a, i + 1)) != slice(to, cb.contentEnd, endOf(kb, b, i + 1)))
            return false;
        path.append(i);
        const bool ok = diffInside(from, to, ca, cb, path, out);
        path.removeLast();
        return ok;
    };
    if (na == nb) {
        // The same number of children: each run of changed ones on its own.
        bool tailDone = false;
        for (int i = 0; i < na; ++i) {
            if (same(i))
                continue;
            int last = i;
            while (last + 1 < na && !same(last + 1))
                ++last;
            if (last != i || !inside(i)) {
                replace(i, last);
                tailDone = last == na - 1;
            }
            i = last;
        }
        // The text after the last child.
        if (!tailDone &&
            slice(from, startOf(ka, a, na), a.contentEnd) != slice(to, startOf(kb, b, nb), b.contentEnd))
            replace(na, na - 1);
        return true;
    }
    // Children added or removed: one replacement between what is kept at
    // either end (each child with the text before it at the start, with the
    // text after it at the end).
    int before = 0;
    while (before < std::min(na, nb) && same(before))
        ++before;
    int after = 0;
    while (after < std::min(na, nb) - before &&
           slice(from, ka[na - 1 - after].start, endOf(ka, a, na - after)) ==
               slice(to, kb[nb - 1 - after].start, endOf(kb, b, nb - after)))
        ++after;
    replace(before, na - 1 - after);
    return true;
}

} // namespace

QList<Patch> diff(const QByteArray &from, const QByteArray &to)
{
    if (from == to)
        return {};
    Patch whole;
    whole.whole = true;
    whole.html = to;
    const auto mainFrom = children(from, 0, from.size());
    const auto mainTo = children(to, 0, to.size());
    if (!mainFrom || !mainTo || mainFrom->size() != 1 || mainTo->size() != 1)
        return {whole};
    const Element a = mainFrom->front();
    const Element b = mainTo->front();
    if (slice(from, a.start, a.contentStart) != slice(to, b.start, b.contentStart) ||
        slice(from, a.contentEnd, a.end) != slice(to, b.contentEnd, b.end))
        return {whole}; // <main>'s own tag changed
    QList<int> path;
    QList<Patch> patches;
    if (!diffInside(from, to, a, b, path, patches))
        return {whole};
    return patches;
}

std::optional<QByteArray> applied(QByteArray page, const QList<Patch> &patches)
{
    for (const Patch &p : patches) {
        if (p.whole) {
            page = p.html;
            continue;
        }
        const auto top = children(page, 0, page.size());
        if (!top || top->size() != 1)
            return std::nullopt;
        Element e = top->front();
        for (int i : p.path) {
            const auto kids = children(page, e.contentStart, e.contentEnd);
            if (!kids || i < 0 || i >= kids->size())
                return std::nullopt;
            e = kids->at(i);
        }
        const auto kids = children(page, e.contentStart, e.contentEnd);
        if (!kids || kids->size() != p.childCount || p.keepBefore < 0 || p.keepAfter < 0 ||
            p.keepBefore + p.keepAfter > p.childCount)
            return std::nullopt;
        const qsizetype start = p.keepBefore > 0 ? kids->at(p.keepBefore - 1).end : e.contentStart;
        const qsizetype end = p.keepAfter > 0 ? kids->at(p.childCount - p.keepAfter).start : e.contentEnd;
        page.replace(start, end - start, p.html);
    }
    return page;
}

QJsonArray toJson(const QList<Patch> &patches)
{
    QJsonArray out;
    for (const Patch &p : patches) {
        QJsonArray path;
        for (int i : p.path)
            path.append(i);
        out.append(QJsonObject{{QStringLiteral("whole"), p.whole},
                               {QStringLiteral("path"), path},
                               {QStringLiteral("count"), p.childCount},
                               {QStringLiteral("before"), p.keepBefore},
                               {QStringLiteral("after"), p.keepAfter},
                               {QStringLiteral("html"), QString::fromUtf8(p.html)}});
    }
    return out;
}

QByteArray mainOf(const QByteArray &page)
{
    const qsizetype start = page.indexOf("<main");
    const qsizetype end = page.lastIndexOf("</main>");
    if (start < 0 || end < start)
        return {};
    return page.sliced(start, end + 7 - start);
}

} // namespace almanac::pagepatch
