#include "markdown.h"

#include "guide/citations.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QRegularExpression>

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

std::string citationHtml(const citations::Citation &c, const MarkdownRenderer::CitationLookup &lookup)
{
    std::string html = "<sup class=\"cite\">[";
    for (qsizetype i = 0; i < c.keys.size(); ++i) {
        if (i)
            html += ", ";
        const std::string key = c.keys[i].toStdString();
        const int n = lookup ? lookup(c.keys[i]) : 0;
        if (n > 0) {
            html += "<a href=\"#source-" + std::to_string(n) + "\" data-key=\"";
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

// Replaces a run of adjacent text nodes that holds citations by text and
// citation nodes. cmark splits "[@a]" into several text nodes ("[", "@a]").
void replaceCitations(std::vector<cmark_node *> &run, const MarkdownRenderer::CitationLookup &lookup)
{
    std::string joined;
    for (cmark_node *n : run)
        joined += cmark_node_get_literal(n);
    if (joined.find("[@") == std::string::npos)
        return;
    const QString text = QString::fromStdString(joined);
    const QList<citations::Citation> found = citations::find(text);
    if (found.isEmpty())
        return;
    cmark_node *anchor = run.front();
    auto insertText = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return;
        cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(t, text.sliced(from, to - from).toUtf8().constData());
        cmark_node_insert_before(anchor, t);
    };
    qsizetype pos = 0;
    for (const citations::Citation &c : found) {
        insertText(pos, c.start);
        cmark_node *cite = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(cite, citationHtml(c, lookup).c_str());
        cmark_node_set_on_exit(cite, "");
        cmark_node_insert_before(anchor, cite);
        pos = c.start + c.length;
    }
    insertText(pos, text.size());
    for (cmark_node *n : run)
        cmark_node_free(n);
}

void postProcess(cmark_node *document, const MarkdownRenderer::CitationLookup &lookup)
{
    std::vector<cmark_node *> links;
    std::vector<cmark_node *> images;
    std::vector<std::vector<cmark_node *>> textRuns;
    cmark_iter *iter = cmark_iter_new(document);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LINK) {
            links.push_back(node);
        } else if (type == CMARK_NODE_IMAGE) {
            images.push_back(node);
        } else if (type == CMARK_NODE_TEXT) {
            cmark_node *prev = cmark_node_previous(node);
            if (prev && cmark_node_get_type(prev) == CMARK_NODE_TEXT && !textRuns.empty() &&
                textRuns.back().back() == prev)
                textRuns.back().push_back(node);
            else
                textRuns.push_back({node});
        }
    }
    cmark_iter_free(iter);

    for (cmark_node *link : links) {
        const char *url = cmark_node_get_url(link);
        if (url && !isSafeUrl(url))
            cmark_node_set_url(link, "");
    }
    for (cmark_node *image : images) {
        cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
        const char *url = cmark_node_get_url(image);
        cmark_node_set_url(link, url && isSafeUrl(url) ? url : "");
        if (const char *title = cmark_node_get_title(image))
            cmark_node_set_title(link, title);
        while (cmark_node *c = cmark_node_first_child(image))
            cmark_node_append_child(link, c);
        cmark_node_insert_before(image, link);
        cmark_node_free(image);
    }
    for (auto &run : textRuns)
        replaceCitations(run, lookup);
}

} // namespace

MarkdownRenderer::MarkdownRenderer(CitationLookup lookup) : m_lookup(std::move(lookup)) {}

std::string MarkdownRenderer::toHtml(const QString &markdown) const
{
    return toHtml(markdown.toStdString());
}

std::string MarkdownRenderer::toHtml(const std::string &utf8) const
{
    auto parser = newParser();
    cmark_parser_feed(parser.get(), utf8.data(), utf8.size());
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
    postProcess(doc.get(), m_lookup);
    char *html = cmark_render_html(doc.get(), parseOptions, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out(html);
    cmark_get_default_mem_allocator()->free(html);
    return out;
}

QString MarkdownRenderer::toPlainText(const QString &markdown)
{
    QString text = markdown;
    const auto found = citations::find(markdown);
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        text.remove(it->start, it->length);
    const std::string utf8 = text.toStdString();
    auto parser = newParser();
    cmark_parser_feed(parser.get(), utf8.data(), utf8.size());
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
    char *plain = cmark_render_plaintext(doc.get(), CMARK_OPT_DEFAULT, 0);
    QString out = QString::fromUtf8(plain).simplified();
    cmark_get_default_mem_allocator()->free(plain);
    // Citations leave a space before punctuation: "fee [@a]." -> "fee ."
    static const QRegularExpression spaceBeforePunct(QStringLiteral(" +([.,;:!?])"));
    out.replace(spaceBeforePunct, QStringLiteral("\\1"));
    return out;
}

} // namespace almanac
