#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <optional>

// How the preview brings a page it has already loaded up to date with a new
// render: the smallest one replacement in the page's <main>, found by bytes, so
// that the page parses and lays out the block that changed, not the page.
namespace almanac::pagepatch {

// One element of an HTML fragment as byte offsets: <tag ...>content</tag>.
struct Element
{
    qsizetype start = 0;        // the '<' of the opening tag
    qsizetype contentStart = 0; // after the opening tag's '>'
    qsizetype contentEnd = 0;   // the '<' of the closing tag; contentStart for a void element
    qsizetype end = 0;          // after the closing tag's '>'
};

// The elements directly inside html[from, to), in order; the text between them
// is not listed. nullopt if the range is not markup as the page renderer writes
// it: every element closed, in order, and no raw-text element (script, style).
std::optional<QList<Element>> children(const QByteArray &html, qsizetype from, qsizetype to);

// One change to a page's <main>: inside the element at `path` (indices among
// element children, from <main>; empty is <main> itself), which has
// `childCount` element children, everything after the first `keepBefore` of
// them and before the last `keepAfter` (text included) becomes `html`.
// A `whole` patch replaces <main> by `html`, a whole <main> element.
struct Patch
{
    bool whole = false;
    QList<int> path;
    int childCount = 0;
    int keepBefore = 0;
    int keepAfter = 0;
    QByteArray html;
};

// The patches that turn `from` into `to`, each one <main> element as the page
// renderer writes it, in page order; none when they are the same. A changed
// element is gone into while its tag, its attributes and the text around it
// are the same, so typing in one paragraph of a long guide gives that
// paragraph. Patches at one level keep the number of children there, so each
// finds its place by the indices it was made with, in any order. Anything it
// cannot read gives one whole patch.
QList<Patch> diff(const QByteArray &from, const QByteArray &to);

// What the page's almanacApply does with the patches, on bytes: each element
// found by its path and the range between its kept children replaced. nullopt
// where the page would refuse them. For tests and the fuzzer.
std::optional<QByteArray> applied(QByteArray main, const QList<Patch> &patches);

// The patches as the page's almanacApply (resources/preview/bridge.js) takes
// them: {whole, path, count, before, after, html} each.
QJsonArray toJson(const QList<Patch> &patches);

// The <main> element of a rendered page, from <main to </main>; empty if none.
QByteArray mainOf(const QByteArray &page);

} // namespace almanac::pagepatch
