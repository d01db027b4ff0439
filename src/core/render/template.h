#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

class TemplateData;
using TemplateList = std::vector<TemplateData>;

// The values a Template renders: an object whose fields are strings, booleans,
// lists of objects or objects. Values are moved in, never copied, and the
// field names are not copied either: pass string literals (or strings that
// outlive the data).
class TemplateData
{
public:
    TemplateData() = default;

    TemplateData &set(std::string_view name, std::string value);
    TemplateData &set(std::string_view name, std::string_view value) { return set(name, std::string(value)); }
    TemplateData &set(std::string_view name, const char *value) { return set(name, std::string(value)); }
    TemplateData &set(std::string_view name, bool value);
    TemplateData &set(std::string_view name, TemplateList list);
    TemplateData &set(std::string_view name, TemplateData object);

private:
    friend class Template;

    enum class Kind : std::uint8_t
    {
        False,
        True,
        String,
        List, // an object is a list of one: a section renders both the same way
    };
    struct Field
    {
        std::string_view name;
        Kind kind = Kind::False;
        std::string text;
        TemplateList list;
    };

    Field &field(std::string_view name);
    const Field *find(std::string_view name) const;

    std::vector<Field> m_fields;
};

// A logic-less template: the subset of Mustache that the page templates use,
// compiled once and then rendered any number of times (render is const, so one
// Template may serve several threads).
//
//   {{name}}          the value, HTML-escaped (& < > " ' become &amp; &lt; &gt; &quot; &apos;)
//   {{{name}}} {{&name}}  the value as it is
//   {{#name}}...{{/name}} once for true, a string (even an empty one) or an
//                     object; once per item, with the item's fields in scope,
//                     for a non-empty list; not at all for false, an empty list
//                     or a missing name
//   {{^name}}...{{/name}} only for false, an empty list or a missing name
//   {{! comment }}    nothing
//
// A name is looked up in the innermost section's item first, then outwards; a
// missing name renders nothing. A line that holds only section tags and
// whitespace is left out of the output (the line handling of kainjow/mustache,
// which the page templates were written for). Partials, lambdas, dotted names
// and changed delimiters are not supported: compiling them is an error.
class Template
{
public:
    Template() = default;
    explicit Template(std::string text);

    bool isValid() const { return m_error.empty(); }
    const std::string &errorMessage() const { return m_error; }

    // Appends the rendered text to out (nothing if the template is invalid).
    void render(const TemplateData &data, std::string &out) const;
    std::string render(const TemplateData &data) const;

private:
    enum class NodeType : std::uint8_t
    {
        Text,
        Newline,
        Variable,
        Raw,
        Section,
        Inverted,
    };
    struct Node
    {
        NodeType type = NodeType::Text;
        bool hasContent = false;  // Text: holds something other than spaces and tabs
        std::uint32_t offset = 0; // text or name, in m_source
        std::uint32_t length = 0;
        std::uint32_t end = 0; // Section, Inverted: index of the node after the section
    };
    struct State;

    void compile();

    std::string_view textOf(const Node &node) const
    {
        return std::string_view(m_source).substr(node.offset, node.length);
    }
    void renderNodes(std::uint32_t begin, std::uint32_t end, State &state) const;

    std::string m_source;
    std::vector<Node> m_nodes;
    std::string m_error;
};

} // namespace almanac
