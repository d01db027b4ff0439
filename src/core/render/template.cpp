#include "template.h"

#include <algorithm>
#include <utility>

namespace almanac {

namespace {

bool hasContent(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t'; });
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isValidName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-';
    });
}

void appendEscaped(std::string &out, std::string_view text)
{
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char *entity = nullptr;
        switch (text[i]) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '\'':
            entity = "&apos;";
            break;
        case '\t':
        case '\n':
        case '\r':
            continue;
        default:
            // NUL and the other control characters have no place in HTML (a NUL in a
            // title reached <title> and og:title): each shows as U+FFFD.
            if (static_cast<unsigned char>(text[i]) >= 0x20 && text[i] != '\x7f')
                continue;
            entity = "\xEF\xBF\xBD";
        }
        out.append(text.substr(from, i - from));
        out.append(entity);
        from = i + 1;
    }
    out.append(text.substr(from));
}

} // namespace

TemplateData::Field &TemplateData::field(std::string_view name)
{
    for (Field &f : m_fields) {
        if (f.name == name) {
            f = Field{name, Kind::False, {}, {}};
            return f;
        }
    }
    return m_fields.emplace_back(Field{name, Kind::False, {}, {}});
}

const TemplateData::Field *TemplateData::find(std::string_view name) const
{
    for (const Field &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

TemplateData &TemplateData::set(std::string_view name, std::string value)
{
    Field &f = field(name);
    f.kind = Kind::String;
    f.text = std::move(value);
    return *this;
}

TemplateData &TemplateData::set(std::string_view name, bool value)
{
    field(name).kind = value ? Kind::True : Kind::False;
    return *this;
}

TemplateData &TemplateData::set(std::string_view name, TemplateList list)
{
    Field &f = field(name);
    f.kind = Kind::List;
    f.list = std::move(list);
    return *this;
}

TemplateData &TemplateData::set(std::string_view name, TemplateData object)
{
    Field &f = field(name);
    f.kind = Kind::List;
    f.list.push_back(std::move(object));
    return *this;
}

Template::Template(std::string text) : m_source(std::move(text))
{
    compile();
}

void Template::compile()
{
    auto fail = [this](std::size_t offset, const std::string &message) {
        const auto line =
            1 + std::count(m_source.begin(), m_source.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
        m_error = "line " + std::to_string(line) + ": " + message;
        m_nodes.clear();
    };
    if (m_source.size() >= UINT32_MAX) {
        fail(0, "template too large");
        return;
    }
    const std::string_view src(m_source);
    std::vector<std::pair<std::uint32_t, std::string_view>> open; // section node, name
    std::size_t textStart = 0;
    auto flushText = [&](std::size_t to) {
        if (to > textStart) {
            m_nodes.push_back({NodeType::Text, hasContent(src.substr(textStart, to - textStart)),
                               static_cast<std::uint32_t>(textStart),
                               static_cast<std::uint32_t>(to - textStart), 0});
        }
    };
    std::size_t pos = 0;
    while (pos < src.size()) {
        const char c = src[pos];
        if (c == '\n' || c == '\r') {
            flushText(pos);
            const std::size_t length = c == '\r' && pos + 1 < src.size() && src[pos + 1] == '\n' ? 2 : 1;
            m_nodes.push_back({NodeType::Newline, false, static_cast<std::uint32_t>(pos),
                               static_cast<std::uint32_t>(length), 0});
            pos += length;
            textStart = pos;
            continue;
        }
        if (c != '{' || src.substr(pos, 2) != "{{") {
            ++pos;
            continue;
        }
        flushText(pos);
        const std::size_t tagStart = pos;
        std::size_t contentStart = pos + 2;
        const bool triple = contentStart < src.size() && src[contentStart] == '{';
        if (triple)
            ++contentStart;
        const std::string_view close = triple ? "}}}" : "}}";
        const std::size_t closeAt = src.find(close, contentStart);
        if (closeAt == std::string_view::npos)
            return fail(tagStart, "unclosed tag");
        pos = textStart = closeAt + close.size();
        std::string_view contents = trimmed(src.substr(contentStart, closeAt - contentStart));
        NodeType type = NodeType::Variable;
        if (triple) {
            type = NodeType::Raw;
        } else if (!contents.empty()) {
            switch (contents.front()) {
            case '!':
                continue; // a comment
            case '#':
                type = NodeType::Section;
                break;
            case '^':
                type = NodeType::Inverted;
                break;
            case '&':
                type = NodeType::Raw;
                break;
            case '/': {
                const std::string_view name = trimmed(contents.substr(1));
                if (open.empty())
                    return fail(tagStart, "section \"" + std::string(name) + "\" closed but never opened");
                if (open.back().second != name) {
                    return fail(tagStart, "section \"" + std::string(open.back().second) + "\" closed by \"" +
                                              std::string(name) + "\"");
                }
                m_nodes[open.back().first].end = static_cast<std::uint32_t>(m_nodes.size());
                open.pop_back();
                continue;
            }
            case '>':
                return fail(tagStart, "partials are not supported");
            case '=':
                return fail(tagStart, "changing the delimiters is not supported");
            default:
                break;
            }
            if (type != NodeType::Variable)
                contents = trimmed(contents.substr(1));
        }
        if (!isValidName(contents))
            return fail(tagStart,
                        "bad name \"" + std::string(contents) + "\" (letters, digits, _ and - only)");
        if (type == NodeType::Section || type == NodeType::Inverted)
            open.emplace_back(static_cast<std::uint32_t>(m_nodes.size()), contents);
        m_nodes.push_back({type, false, static_cast<std::uint32_t>(contents.data() - src.data()),
                           static_cast<std::uint32_t>(contents.size()), 0});
    }
    flushText(src.size());
    if (!open.empty()) {
        return fail(m_nodes[open.back().first].offset,
                    "section \"" + std::string(open.back().second) + "\" is never closed");
    }
}

struct Template::State
{
    std::string &out;
    std::size_t lineStart = 0;
    bool lineHasContent = false; // the current line holds more than spaces and tabs
    bool sectionTag = false;     // ... and a section tag
    std::vector<const TemplateData *> scopes;

    void append(std::string_view text, bool content)
    {
        out.append(text);
        lineHasContent = lineHasContent || content;
    }
    // A line with section tags and only whitespace is left out, newline and all.
    void endLine(std::string_view newline)
    {
        if (sectionTag && !lineHasContent)
            out.resize(lineStart);
        else
            out.append(newline);
        lineStart = out.size();
        lineHasContent = sectionTag = false;
    }
    const TemplateData::Field *lookup(std::string_view name) const
    {
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
            if (const TemplateData::Field *f = (*it)->find(name))
                return f;
        }
        return nullptr;
    }
};

void Template::renderNodes(std::uint32_t begin, std::uint32_t end, State &state) const
{
    using Kind = TemplateData::Kind;
    for (std::uint32_t i = begin; i < end;) {
        const Node &node = m_nodes[i];
        switch (node.type) {
        case NodeType::Text:
            state.append(textOf(node), node.hasContent);
            ++i;
            break;
        case NodeType::Newline:
            state.endLine(textOf(node));
            ++i;
            break;
        case NodeType::Variable:
        case NodeType::Raw:
            if (const TemplateData::Field *f = state.lookup(textOf(node)); f && f->kind == Kind::String) {
                if (node.type == NodeType::Raw)
                    state.out.append(f->text);
                else
                    appendEscaped(state.out, f->text);
                state.lineHasContent = state.lineHasContent || hasContent(f->text);
            }
            ++i;
            break;
        case NodeType::Section:
        case NodeType::Inverted: {
            const TemplateData::Field *f = state.lookup(textOf(node));
            const bool falsy = !f || f->kind == Kind::False || (f->kind == Kind::List && f->list.empty());
            if (node.type == NodeType::Section && f && f->kind == Kind::List && !falsy) {
                for (const TemplateData &item : f->list) {
                    state.sectionTag = true;
                    state.scopes.push_back(&item);
                    renderNodes(i + 1, node.end, state);
                    state.scopes.pop_back();
                    state.sectionTag = true;
                }
            } else if ((node.type == NodeType::Section) != falsy) {
                state.sectionTag = true;
                renderNodes(i + 1, node.end, state);
                state.sectionTag = true;
            }
            i = node.end;
            break;
        }
        }
    }
}

void Template::render(const TemplateData &data, std::string &out) const
{
    if (!isValid())
        return;
    State state{out, out.size(), false, false, {}};
    state.scopes.reserve(8);
    state.scopes.push_back(&data);
    renderNodes(0, static_cast<std::uint32_t>(m_nodes.size()), state);
    if (state.sectionTag && !state.lineHasContent)
        out.resize(state.lineStart);
}

std::string Template::render(const TemplateData &data) const
{
    std::string out;
    render(data, out);
    return out;
}

} // namespace almanac
