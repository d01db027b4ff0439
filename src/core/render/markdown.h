#pragma once

#include <QString>
#include <functional>
#include <string>

namespace almanac {

// Renders one Markdown field (CommonMark with GitHub's tables, strikethrough,
// autolinks and tag filter) to safe HTML through cmark-gfm:
// - raw HTML never reaches the output, and only http(s), mailto and in-page
//   links keep their targets (no javascript:, data:, file: ...);
// - images become plain links, so a page loads nothing from the network;
// - Pandoc citations "[@key]" and "[@a; @b]" become numbered links to the
//   sources list (or a marked missing key);
// - every block carries data-sourcepos="line:col-line:col" for scroll sync;
// - a field over guide::maxMarkdownBytes is not rendered: a paragraph says so.
class MarkdownRenderer
{
public:
    // Returns the 1-based number of the source with this key, or 0 if none has it.
    using CitationLookup = std::function<int(const QString &key)>;

    // citationLabel names a citation's link for a screen reader, %1 its number:
    // "Source %1" in the page's language (PageWords).
    explicit MarkdownRenderer(CitationLookup lookup = {},
                              QString citationLabel = QStringLiteral("Source %1"));

    std::string toHtml(const QString &markdown) const;
    std::string toHtml(const std::string &utf8) const;
    // The text without markup or citations, for meta descriptions: cmark's
    // plain-text rendering with whitespace simplified. Simple Markdown (no ordered
    // lists, tables or strikethrough) is read from the tree directly, to the same
    // string; viaCmark = true always uses cmark_render_plaintext (for tests).
    static QString toPlainText(const QString &markdown, bool viaCmark = false);

private:
    CitationLookup m_lookup;
    QString m_citationLabel;
};

} // namespace almanac
