#include "markdown.h"

#include "guide/citations.h"
#include "guide/validate.h"

#include <QMutex>
#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace almanac {

namespace {

constexpr int parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG;

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

std::unique_ptr<cmark_parser, ParserDeleter> newParser()
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(parseOptions));
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    return parser;
}

bool isSafeUrl(std::string_view url)
{
    auto startsWithNoCase = [&](std::string_view prefix) {
        if (url.size() < prefix.size())
            return false;
        for (size_t i = 0; i < prefix.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i])
                return false;
        }
        return true;
    };
    return url.empty() || url.front() == '#' || startsWithNoCase("http://") || startsWithNoCase("https://") ||
           startsWithNoCase("mailto:");
}

void appendEscaped(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// guide::isValidSourceKey for an ASCII key, without the regular expression.
bool isValidAsciiKey(std::string_view key)
{
    if (key.empty() || key.size() > 200 || !isKeyChar(key.front()) || !isKeyChar(key.back()))
        return false;
    for (const char c : key.substr(1)) {
        if (!isKeyChar(c) && std::string_view(":.#$%&+?<>~/-").find(c) == std::string_view::npos)
            return false;
    }
    return true;
}

struct Citation
{
    std::size_t start = 0;  // offset of '[' in the UTF-8 text
    std::size_t length = 0; // up to and including ']'
    QStringList keys;
};

// The keys of "[inner]" if it is a citation group, as citations::find decides it.
bool citationKeys(std::string_view inner, QStringList &keys)
{
    keys.clear();
    const bool ascii = std::all_of(inner.begin(), inner.end(), [](char c) { return (c & 0x80) == 0; });
    if (!ascii) {
        // Rare: let citations::find judge it (Unicode spaces around keys are trimmed).
        const QString text = QLatin1Char('[') +
                             QString::fromUtf8(inner.data(), static_cast<qsizetype>(inner.size())) +
                             QLatin1Char(']');
        const QList<citations::Citation> found = citations::find(text);
        if (found.size() != 1 || found.front().length != text.size())
            return false;
        keys = found.front().keys;
        return true;
    }
    std::size_t from = 0;
    while (true) {
        const std::size_t semicolon = std::min(inner.find(';', from), inner.size());
        std::string_view part = inner.substr(from, semicolon - from);
        while (!part.empty() && isAsciiSpace(part.front()))
            part.remove_prefix(1);
        while (!part.empty() && isAsciiSpace(part.back()))
            part.remove_suffix(1);
        if (part.empty() || part.front() != '@' || !isValidAsciiKey(part.substr(1)))
            return false;
        keys << QString::fromLatin1(part.data() + 1, static_cast<qsizetype>(part.size() - 1));
        if (semicolon == inner.size())
            return true;
        from = semicolon + 1;
    }
}

// citations::find over UTF-8 text: the same groups, at byte offsets, in the same
// single pass (only the last '[' before a ']' can open a group).
void findCitations(std::string_view text, std::vector<Citation> &out)
{
    out.clear();
    QStringList keys;
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '[') {
            open = i;
        } else if (text[i] == ']') {
            if (open != std::string_view::npos && open + 1 < i && text[open + 1] == '@' &&
                citationKeys(text.substr(open + 1, i - open - 1), keys))
                out.push_back({open, i - open + 1, keys});
            open = std::string_view::npos;
        }
    }
}

// The source numbers of citation keys, and how a citation is named for a screen
// reader ("Source %1" in the page's language).
struct Citing
{
    const MarkdownRenderer::CitationLookup &lookup;
    const QString &label;
    int number(const QString &key) const { return lookup ? lookup(key) : 0; }
};

std::string citationHtml(const Citation &c, const Citing &lookup)
{
    std::string html = "<sup class=\"cite\">[";
    for (qsizetype i = 0; i < c.keys.size(); ++i) {
        if (i)
            html += ", ";
        const std::string key = c.keys[i].toStdString();
        const int n = lookup.number(c.keys[i]);
        if (n > 0) {
            // Named for a screen reader, which reads a link on its own: "Source 3", not "3".
            html += "<a href=\"#source-" + std::to_string(n) + "\" aria-label=\"";
            appendEscaped(html, lookup.label.arg(n).toStdString());
            html += "\" data-key=\"";
            appendEscaped(html, key);
            html += "\">" + std::to_string(n) + "</a>";
        } else {
            html += "<span class=\"cite-missing\" title=\"No source has this key\">@";
            appendEscaped(html, key);
            html += "?</span>";
        }
    }
    html += "]</sup>";
    return html;
}

// A citation as "[" link ", " link "]" before node: what a table cell, which takes
// no custom inline node, can hold. A missing key stays as text, marked.
void insertCitationLinks(cmark_node *node, const Citation &c, const Citing &lookup)
{
    auto text = [&](const std::string &literal) {
        cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(t, literal.c_str());
        cmark_node_insert_before(node, t);
    };
    text("[");
    for (qsizetype i = 0; i < c.keys.size(); ++i) {
        if (i)
            text(", ");
        const int n = lookup.number(c.keys[i]);
        if (n <= 0) {
            text("@" + c.keys[i].toStdString() + "?");
            continue;
        }
        cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, ("#source-" + std::to_string(n)).c_str());
        cmark_node *label = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(label, std::to_string(n).c_str());
        cmark_node_append_child(link, label);
        cmark_node_insert_before(node, link);
    }
    text("]");
}

// Replaces a run of adjacent text nodes (first to last) that holds citations by
// text and citation nodes. cmark splits "[@a]" into several text nodes ("[", "@a]").
void replaceCitations(cmark_node *first, cmark_node *last, const Citing &lookup, std::string &joined,
                      std::vector<Citation> &found)
{
    std::string_view text = cmark_node_get_literal(first);
    if (first != last) {
        joined.assign(text);
        for (cmark_node *n = first; n != last;) {
            n = cmark_node_next(n);
            joined += cmark_node_get_literal(n);
        }
        text = joined;
    }
    if (text.find("[@") == std::string_view::npos)
        return;
    findCitations(text, found);
    if (found.empty())
        return;
    std::string piece;
    auto insertText = [&](std::size_t from, std::size_t to) {
        if (to <= from)
            return;
        cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
        piece.assign(text.substr(from, to - from));
        cmark_node_set_literal(t, piece.c_str());
        cmark_node_insert_before(first, t);
    };
    std::size_t pos = 0;
    for (const Citation &c : found) {
        insertText(pos, c.start);
        cmark_node *cite = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(cite, citationHtml(c, lookup).c_str());
        cmark_node_set_on_exit(cite, "");
        if (!cmark_node_insert_before(first, cite)) {
            // A table cell takes no custom inline: the citation as plain links instead.
            cmark_node_free(cite);
            insertCitationLinks(first, c, lookup);
        }
        pos = c.start + c.length;
    }
    insertText(pos, text.size());
    // text may point into first's literal: free the run only now.
    cmark_node *end = cmark_node_next(last);
    for (cmark_node *n = first; n != end;) {
        cmark_node *next = cmark_node_next(n);
        cmark_node_free(n);
        n = next;
    }
}

cmark_node *imageToLink(cmark_node *image)
{
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    const char *url = cmark_node_get_url(image);
    cmark_node_set_url(link, url && isSafeUrl(url) ? url : "");
    if (const char *title = cmark_node_get_title(image))
        cmark_node_set_title(link, title);
    while (cmark_node *c = cmark_node_first_child(image))
        cmark_node_append_child(link, c);
    cmark_node_insert_before(image, link);
    cmark_node_free(image);
    return link;
}

// One walk over the tree: unsafe link targets emptied, images made links,
// citations replaced in every run of adjacent text nodes.
void postProcess(cmark_node *document, const Citing &lookup)
{
    std::string joined;
    std::vector<Citation> found;
    cmark_node *node = cmark_node_first_child(document);
    while (node) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT: {
            cmark_node *last = node;
            while (cmark_node *n = cmark_node_next(last)) {
                if (cmark_node_get_type(n) != CMARK_NODE_TEXT)
                    break;
                last = n;
            }
            cmark_node *after = cmark_node_next(last);
            cmark_node *parent = cmark_node_parent(node);
            replaceCitations(node, last, lookup, joined, found);
            if (after) {
                node = after;
                continue;
            }
            node = parent; // and on to what follows the parent
            break;
        }
        case CMARK_NODE_IMAGE:
            node = imageToLink(node);
            [[fallthrough]];
        case CMARK_NODE_LINK:
            if (const char *url = cmark_node_get_url(node); url && !isSafeUrl(url))
                cmark_node_set_url(node, "");
            [[fallthrough]];
        default:
            if (cmark_node *child = cmark_node_first_child(node)) {
                node = child;
                continue;
            }
            break;
        }
        while (node != document && !cmark_node_next(node))
            node = cmark_node_parent(node);
        node = node == document ? nullptr : cmark_node_next(node);
    }
}

// One parser per thread, set up once: cmark_parser_finish resets it for the
// next document and keeps its extensions.
cmark_parser *threadParser()
{
    thread_local const std::unique_ptr<cmark_parser, ParserDeleter> parser = newParser();
    return parser.get();
}

std::unique_ptr<cmark_node, NodeDeleter> parse(std::string_view utf8)
{
    cmark_parser *parser = threadParser();
    cmark_parser_feed(parser, utf8.data(), utf8.size());
    // cmark-gfm's inline pass marks the extensions' characters ("~" for
    // strikethrough) in a table shared by every thread, and unmarks them when
    // it ends: two at once would miss each other's "~~". Block parsing above
    // runs on every core; the inline pass, one thread at a time.
    static QMutex inlinePass;
    const QMutexLocker lock(&inlinePass);
    return std::unique_ptr<cmark_node, NodeDeleter>(cmark_parser_finish(parser));
}

// The words cmark_render_plaintext gives for the tree, in order, with some
// whitespace wherever it puts some (a list item's "- " marker included); after
// QString::simplified() the two are the same. False for what it does not
// mimic: ordered lists (their numbering), tables and strikethrough.
bool plainWords(cmark_node *document, std::string &out)
{
    cmark_node *node = cmark_node_first_child(document);
    while (node) {
        bool enterChildren = true;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += cmark_node_get_literal(node);
            enterChildren = false;
            break;
        case CMARK_NODE_CODE_BLOCK:
            out += ' ';
            out += cmark_node_get_literal(node);
            out += ' ';
            enterChildren = false;
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_THEMATIC_BREAK:
        case CMARK_NODE_HTML_BLOCK:
            out += ' ';
            enterChildren = false;
            break;
        case CMARK_NODE_HTML_INLINE:
            enterChildren = false;
            break;
        case CMARK_NODE_LIST:
            if (cmark_node_get_list_type(node) != CMARK_BULLET_LIST)
                return false;
            out += ' ';
            break;
        case CMARK_NODE_ITEM:
            out += " - ";
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_BLOCK_QUOTE:
            out += ' ';
            break;
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            break;
        default:
            return false;
        }
        if (enterChildren) {
            if (cmark_node *child = cmark_node_first_child(node)) {
                node = child;
                continue;
            }
        }
        // Leaving node (and every parent it is the last child of): blocks end in whitespace.
        while (true) {
            if ((cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
                out += ' ';
            if (cmark_node *next = cmark_node_next(node)) {
                node = next;
                break;
            }
            node = cmark_node_parent(node);
            if (node == document) {
                node = nullptr;
                break;
            }
        }
    }
    return true;
}

} // namespace

MarkdownRenderer::MarkdownRenderer(CitationLookup lookup, QString citationLabel)
    : m_lookup(std::move(lookup)), m_citationLabel(std::move(citationLabel))
{}

std::string MarkdownRenderer::toHtml(const QString &markdown) const
{
    return toHtml(markdown.toStdString());
}

std::string MarkdownRenderer::toHtml(const std::string &utf8) const
{
    // cmark-gfm is linear but takes about 230 bytes of memory per '[': a field over the
    // limit every stored guide keeps to (guide/validate.h) is named, not rendered. Only
    // text still in an editor can be that large.
    if (utf8.size() > static_cast<std::size_t>(guide::maxMarkdownBytes)) {
        return QStringLiteral(
                   "<p class=\"too-large\">This field holds %1 MiB of Markdown; a Markdown field may "
                   "hold at most %2 MiB, so it is not shown.</p>\n")
            .arg(double(utf8.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(guide::maxMarkdownBytes / (1024 * 1024))
            .toStdString();
    }
    const auto doc = parse(utf8);
    postProcess(doc.get(), Citing{m_lookup, m_citationLabel});
    char *html =
        cmark_render_html(doc.get(), parseOptions, cmark_parser_get_syntax_extensions(threadParser()));
    std::string out(html);
    cmark_get_default_mem_allocator()->free(html);
    // cmark turns NUL into U+FFFD but passes the other control characters through;
    // no page shows one (tab and line ends aside).
    auto control = [](char c) {
        return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    };
    if (std::any_of(out.begin(), out.end(), control)) {
        std::string clean;
        clean.reserve(out.size() + 16);
        for (const char c : out) {
            if (control(c))
                clean += "\xEF\xBF\xBD";
            else
                clean += c;
        }
        out.swap(clean);
    }
    return out;
}

QString MarkdownRenderer::toPlainText(const QString &markdown, bool viaCmark)
{
    const std::string utf8 = markdown.toStdString();
    if (utf8.size() > static_cast<std::size_t>(guide::maxMarkdownBytes))
        return {}; // as toHtml(): too large to render
    std::vector<Citation> found;
    findCitations(utf8, found);
    std::string text;
    text.reserve(utf8.size());
    std::size_t pos = 0;
    for (const Citation &c : found) {
        text.append(utf8, pos, c.start - pos);
        pos = c.start + c.length;
    }
    text.append(utf8, pos);
    const auto doc = parse(text);
    QString out;
    std::string words;
    // (cmark's renderer stops at a NUL in a literal, and QString::fromUtf8 drops
    // a byte order mark that starts cmark's text.)
    if (!viaCmark && text.find('\0') == std::string::npos && plainWords(doc.get(), words) &&
        words.find("\xEF\xBB\xBF") == std::string::npos) {
        out = QString::fromUtf8(words.data(), static_cast<qsizetype>(words.size())).simplified();
    } else {
        char *plain = cmark_render_plaintext(doc.get(), CMARK_OPT_DEFAULT, 0);
        out = QString::fromUtf8(plain).simplified();
        cmark_get_default_mem_allocator()->free(plain);
    }
    // Citations leave a space before punctuation: "fee [@a]." -> "fee ."
    // (simplified() has left single spaces only).
    QChar *chars = out.data();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (chars[i] == u' ' && i + 1 < out.size()) {
            const char16_t next = chars[i + 1].unicode();
            if (next == u'.' || next == u',' || next == u';' || next == u':' || next == u'!' || next == u'?')
                continue;
        }
        chars[kept++] = chars[i];
    }
    out.truncate(kept);
    return out;
}

} // namespace almanac
