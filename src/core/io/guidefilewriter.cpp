// The canonical writer of the guide file: the same guide always gives the same bytes.

#include "guidefile.h"

#include <QJsonDocument>
#include <cstdio>
#include <vector>

namespace almanac::guidefile {

namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

// Writes the canonical layout: two spaces of indent, one key per line.
class Writer
{
public:
    QByteArray out;

    void open(char bracket)
    {
        out += bracket;
        m_first.push_back(true);
        ++m_depth;
    }
    void close(char bracket)
    {
        --m_depth;
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty) {
            out += '\n';
            indent();
        }
        out += bracket;
    }
    void key(const char *name)
    {
        next();
        out += '"';
        out += name;
        out += "\": ";
    }
    void element() { next(); }
    // An optional object on one line, keys sorted (QJsonObject keeps them so):
    // canonical like the rest; left out when empty, so older guides keep their bytes.
    void json(const char *name, const QJsonObject &value)
    {
        if (value.isEmpty())
            return;
        key(name);
        out += QJsonDocument(value).toJson(QJsonDocument::Compact);
    }
    void field(const char *name, const QString &value)
    {
        key(name);
        writeString(out, value);
    }
    void stringList(const char *name, const QStringList &values)
    {
        key(name);
        open('[');
        for (const QString &v : values) {
            element();
            writeString(out, v);
        }
        close(']');
    }

private:
    void next()
    {
        if (!m_first.back())
            out += ',';
        m_first.back() = false;
        out += '\n';
        indent();
    }
    void indent() { out.append(2 * m_depth, ' '); }

    std::vector<bool> m_first;
    int m_depth = 0;
};

template <typename T, typename Fn>
void writeObjects(Writer &w, const char *name, const QList<T> &items, Fn fields)
{
    w.key(name);
    w.open('[');
    for (const T &t : items) {
        w.element();
        w.open('{');
        fields(t);
        w.close('}');
    }
    w.close(']');
}

} // namespace

QByteArray write(const Guide &g, qint64 revision)
{
    Writer w;
    w.open('{');
    w.field("format", QString(formatName));
    if (revision > 0) {
        w.key("revision");
        w.out += QByteArray::number(revision);
    }
    w.field("id", g.id);
    w.field("slug", g.slug);
    w.field("title", g.title);
    w.field("subject", g.subject);
    w.field("kind", g.kind);
    w.field("level", g.level);
    w.field("status", g.status);
    // Only when set, so that a guide without one keeps its bytes (and checksums).
    if (!g.language.isEmpty())
        w.field("language", g.language);
    w.field("created", guide::timestampText(g.created));
    w.field("updated", guide::timestampText(g.updated));
    w.field("tldr", g.tldr);
    writeObjects(w, "takeaways", g.takeaways, [&](const Takeaway &t) {
        w.field("id", t.id);
        w.field("text", t.text);
    });
    writeObjects(w, "sections", g.sections, [&](const Section &s) {
        w.field("id", s.id);
        w.field("heading", s.heading);
        w.field("body", s.body);
    });
    writeObjects(w, "timeline", g.timeline, [&](const TimelineEntry &e) {
        w.field("id", e.id);
        w.field("date", e.date);
        w.field("title", e.title);
        w.field("description", e.description);
        w.stringList("sources", e.sources);
        w.json("timelinejs", e.timelinejs);
    });
    w.json("timelinejs", g.timelinejs);
    w.stringList("topics", g.topics);
    writeObjects(w, "faq", g.faq, [&](const FaqEntry &f) {
        w.field("id", f.id);
        w.field("question", f.question);
        w.field("answer", f.answer);
    });
    w.stringList("related", g.related);
    writeObjects(w, "sources", g.sources, [&](const Source &s) {
        w.field("id", s.id);
        w.field("key", s.key);
        w.field("outlet", s.outlet);
        w.field("title", s.title);
        w.field("url", s.url);
        w.field("published", s.published);
        w.field("accessed", s.accessed);
        w.key("relevance");
        w.out += QByteArray::number(s.relevance);
        w.field("summary", s.summary);
        w.json("csl", s.csl);
    });
    w.close('}');
    w.out += '\n';
    return w.out;
}

} // namespace almanac::guidefile
