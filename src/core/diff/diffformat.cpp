#include "diffformat.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace almanac::diff {

namespace {

QString opName(worddiff::Op::Kind kind)
{
    switch (kind) {
    case worddiff::Op::Kind::Delete:
        return QStringLiteral("delete");
    case worddiff::Op::Kind::Insert:
        return QStringLiteral("insert");
    case worddiff::Op::Kind::Equal:
        break;
    }
    return QStringLiteral("equal");
}

QString changeName(const ItemChange &c)
{
    switch (c.kind) {
    case ItemChange::Kind::Added:
        return QStringLiteral("added");
    case ItemChange::Kind::Removed:
        return QStringLiteral("removed");
    case ItemChange::Kind::Kept:
        break;
    }
    return c.fields.isEmpty() ? QStringLiteral("moved") : QStringLiteral("changed");
}

QString place(const ItemChange &c)
{
    return QStringLiteral("%1[%2]").arg(c.part).arg(c.kind == ItemChange::Kind::Removed ? c.from : c.to);
}

// The lines of a field's word diff that hold a change, markers closed at each
// line end as git does.
QStringList changedLines(const QList<worddiff::Op> &ops)
{
    QStringList lines{QString()};
    QList<bool> changed{false};
    for (const worddiff::Op &op : ops) {
        // A change of line breaks alone would leave nothing to see: show each
        // break as ↵ inside the markers, on the line where it happens.
        if (op.kind != worddiff::Op::Kind::Equal && op.text.contains(u'\n') && op.text.trimmed().isEmpty()) {
            QString shown = op.text;
            shown.replace(u'\n', u'↵');
            const bool deleted = op.kind == worddiff::Op::Kind::Delete;
            lines.back() += (deleted ? QStringLiteral("[-") : QStringLiteral("{+")) + shown +
                            (deleted ? QStringLiteral("-]") : QStringLiteral("+}"));
            changed.back() = true;
            continue;
        }
        const QStringList parts = op.text.split(u'\n');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                lines.append(QString());
                changed.append(false);
            }
            if (parts[i].isEmpty())
                continue;
            switch (op.kind) {
            case worddiff::Op::Kind::Equal:
                lines.back() += parts[i];
                break;
            case worddiff::Op::Kind::Delete:
                lines.back() += QStringLiteral("[-") + parts[i] + QStringLiteral("-]");
                changed.back() = true;
                break;
            case worddiff::Op::Kind::Insert:
                lines.back() += QStringLiteral("{+") + parts[i] + QStringLiteral("+}");
                changed.back() = true;
                break;
            }
        }
    }
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (changed[i])
            out << lines[i];
    }
    return out;
}

QString countsText(const PartCounts &c)
{
    QStringList parts;
    if (c.added)
        parts << QStringLiteral("%1 added").arg(c.added);
    if (c.removed)
        parts << QStringLiteral("%1 removed").arg(c.removed);
    if (c.changed)
        parts << QStringLiteral("%1 changed").arg(c.changed);
    if (c.moved)
        parts << QStringLiteral("%1 moved").arg(c.moved);
    return parts.join(QStringLiteral(", "));
}

// Writes JSON byte for byte as QJsonDocument::toJson(QJsonDocument::Indented)
// does (four spaces a level, empty containers as "[\n<indent>]", the same
// string escapes), straight from the diff: building a QJsonObject tree of a
// large diff first cost more than the diff itself. Keys are written in sorted
// order, as QJsonObject keeps them.
class JsonWriter
{
public:
    QByteArray take()
    {
        m_out += '\n';
        return std::move(m_out);
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Starts the next member of an object; its value follows.
    void key(const char *name)
    {
        element();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void key(QStringView name)
    {
        element();
        string(name);
        m_out += ": ";
    }
    // Starts the next element of an array.
    void element()
    {
        if (!m_first.back())
            m_out += ",\n";
        m_first.back() = false;
        indent(m_first.size());
    }

    void number(qint64 n) { m_out += QByteArray::number(n); }
    void boolean(bool b) { m_out += b ? "true" : "false"; }
    void null() { m_out += "null"; }

    void string(QStringView s)
    {
        // At most six bytes for each UTF-16 unit (a \u00XX escape), and quotes.
        const qsizetype at = m_out.size();
        const qsizetype need = at + 6 * s.size() + 2;
        if (m_out.capacity() < need)
            m_out.reserve(std::max(need, 2 * m_out.capacity()));
        m_out.resize(need);
        char *cursor = m_out.data() + at;
        *cursor++ = '"';
        const char16_t *src = s.utf16();
        const char16_t *const end = src + s.size();
        while (src != end) {
            // Runs of plain ASCII, most of any text, go straight through, four
            // UTF-16 units at a time while none of them needs escaping.
            while (end - src >= 4) {
                std::uint64_t w;
                std::memcpy(&w, src, sizeof w);
                constexpr std::uint64_t lanes = 0x0001000100010001ULL;
                constexpr std::uint64_t high = 0x8000800080008000ULL;
                auto zeroLane = [&](std::uint64_t x) { return (x - lanes) & ~x & high; };
                if ((w & (0xff80 * lanes)) || (((w - 0x20 * lanes) & ~w & high)) ||
                    zeroLane(w ^ (0x22 * lanes)) || zeroLane(w ^ (0x5c * lanes)))
                    break;
                for (int k = 0; k < 4; ++k)
                    *cursor++ = static_cast<char>(src[k]);
                src += 4;
            }
            while (src != end && *src < 0x80 && *src >= 0x20 && *src != u'"' && *src != u'\\')
                *cursor++ = static_cast<char>(*src++);
            if (src == end)
                break;
            const char16_t u = *src++;
            if (u < 0x80) {
                *cursor++ = '\\';
                switch (u) {
                case u'"':
                    *cursor++ = '"';
                    break;
                case u'\\':
                    *cursor++ = '\\';
                    break;
                case 0x8:
                    *cursor++ = 'b';
                    break;
                case 0xc:
                    *cursor++ = 'f';
                    break;
                case 0xa:
                    *cursor++ = 'n';
                    break;
                case 0xd:
                    *cursor++ = 'r';
                    break;
                case 0x9:
                    *cursor++ = 't';
                    break;
                default:
                    cursor = hex4(cursor, u, 'u');
                }
            } else if (u < 0x800) {
                *cursor++ = static_cast<char>(0xc0 | (u >> 6));
                *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                *cursor++ = static_cast<char>(0xe0 | (u >> 12));
                *cursor++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
                *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                *cursor++ = static_cast<char>(0xf0 | (c >> 18));
                *cursor++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
                *cursor++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
                *cursor++ = static_cast<char>(0x80 | (c & 0x3f));
            } else {
                // A lone surrogate has no UTF-8: Qt writes it as an escape.
                *cursor++ = '\\';
                cursor = hex4(cursor, u, 'u');
            }
        }
        *cursor++ = '"';
        m_out.truncate(cursor - m_out.data());
    }

private:
    static char *hex4(char *cursor, char16_t u, char prefix)
    {
        auto digit = [](unsigned v) { return static_cast<char>(v < 10 ? '0' + v : 'a' + v - 10); };
        *cursor++ = prefix;
        *cursor++ = digit((u >> 12) & 0xf);
        *cursor++ = digit((u >> 8) & 0xf);
        *cursor++ = digit((u >> 4) & 0xf);
        *cursor++ = digit(u & 0xf);
        return cursor;
    }
    void open(char c)
    {
        m_out += c;
        m_out += '\n';
        m_first.push_back(true);
    }
    void close(char c)
    {
        if (!m_first.back())
            m_out += '\n';
        m_first.pop_back();
        indent(m_first.size());
        m_out += c;
    }
    void indent(size_t depth) { m_out.append(static_cast<qsizetype>(4 * depth), ' '); }

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing in it yet
};

void writeFields(JsonWriter &w, const QList<FieldChange> &fields)
{
    w.beginArray();
    for (const FieldChange &f : fields) {
        w.element();
        w.beginObject();
        w.key("after");
        w.string(f.after);
        w.key("before");
        w.string(f.before);
        w.key("field");
        w.string(f.field);
        w.key("words");
        w.beginArray();
        for (const worddiff::Op &op : f.words) {
            w.element();
            w.beginObject();
            w.key("op");
            w.string(opName(op.kind));
            w.key("text");
            w.string(op.text);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void writeStrings(JsonWriter &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list) {
        w.element();
        w.string(s);
    }
    w.endArray();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString wordsToHtml(const QList<worddiff::Op> &ops)
{
    QString out;
    for (const worddiff::Op &op : ops) {
        switch (op.kind) {
        case worddiff::Op::Kind::Equal:
            out += esc(op.text);
            break;
        case worddiff::Op::Kind::Delete:
            out += QStringLiteral("<del>") + esc(op.text) + QStringLiteral("</del>");
            break;
        case worddiff::Op::Kind::Insert:
            out += QStringLiteral("<ins>") + esc(op.text) + QStringLiteral("</ins>");
            break;
        }
    }
    return out;
}

QString toText(const GuideDiff &d, const DiffLabels &labels)
{
    QString out = QStringLiteral("diff %1 %2..%3\n").arg(labels.slug, labels.from, labels.to);
    if (d.isEmpty())
        return out + QStringLiteral("no changes\n");
    auto fieldLines = [&](const FieldChange &f, const QString &indent) {
        const QStringList lines = changedLines(f.words);
        out += indent + f.field + u':';
        if (lines.size() == 1) {
            out += u' ' + lines.first() + u'\n';
        } else {
            out += u'\n';
            for (const QString &l : lines)
                out += indent + QStringLiteral("  ") + l + u'\n';
        }
    };
    if (!d.metadata.isEmpty()) {
        out += QStringLiteral("@@ metadata\n");
        for (const FieldChange &f : d.metadata)
            fieldLines(f, QString());
    }
    QString part;
    for (const QString &name : partNames()) {
        for (const ItemChange &c : d.items) {
            if (c.part != name)
                continue;
            if (part != c.part) {
                part = c.part;
                out += QStringLiteral("@@ %1\n").arg(part);
            }
            const QString sign = c.kind == ItemChange::Kind::Added     ? QStringLiteral("+")
                                 : c.kind == ItemChange::Kind::Removed ? QStringLiteral("-")
                                 : c.fields.isEmpty()                  ? QStringLiteral(">")
                                                                       : QStringLiteral("~");
            out += QStringLiteral("%1 %2 \"%3\" %4").arg(sign, place(c), c.label.left(80), changeName(c));
            if (c.moved)
                out += (c.fields.isEmpty() ? QStringLiteral(" (from %1 to %2)")
                                           : QStringLiteral(" (and moved from %1 to %2)"))
                           .arg(c.from)
                           .arg(c.to);
            out += u'\n';
            for (const FieldChange &f : c.fields)
                fieldLines(f, QStringLiteral("    "));
        }
        for (const ListChange &l : d.lists) {
            if (l.part != name)
                continue;
            out += QStringLiteral("@@ %1\n").arg(l.part);
            for (const QString &s : l.added)
                out += QStringLiteral("+ %1\n").arg(s);
            for (const QString &s : l.removed)
                out += QStringLiteral("- %1\n").arg(s);
            if (l.reordered)
                out += QStringLiteral("> reordered\n");
        }
    }
    out += QStringLiteral("@@ summary\n");
    for (const auto &[name, counts] : d.summary())
        out += QStringLiteral("%1: %2\n").arg(name, countsText(counts));
    return out;
}

QByteArray toJson(const GuideDiff &d, const DiffLabels &labels)
{
    JsonWriter w;
    w.beginObject();
    w.key("empty");
    w.boolean(d.isEmpty());
    w.key("format");
    w.string(u"almanac-diff/1");
    w.key("from");
    w.string(labels.from);
    w.key("guide");
    w.string(labels.slug);
    w.key("items");
    w.beginArray();
    for (const ItemChange &c : d.items) {
        w.element();
        w.beginObject();
        w.key("change");
        w.string(changeName(c));
        w.key("fields");
        writeFields(w, c.fields);
        w.key("from");
        c.from < 0 ? w.null() : w.number(c.from);
        w.key("id");
        w.string(c.id);
        w.key("label");
        w.string(c.label);
        w.key("moved");
        w.boolean(c.moved);
        w.key("part");
        w.string(c.part);
        w.key("to");
        c.to < 0 ? w.null() : w.number(c.to);
        w.endObject();
    }
    w.endArray();
    w.key("lists");
    w.beginArray();
    for (const ListChange &l : d.lists) {
        w.element();
        w.beginObject();
        w.key("added");
        writeStrings(w, l.added);
        w.key("part");
        w.string(l.part);
        w.key("removed");
        writeStrings(w, l.removed);
        w.key("reordered");
        w.boolean(l.reordered);
        w.endObject();
    }
    w.endArray();
    w.key("metadata");
    writeFields(w, d.metadata);
    w.key("summary");
    // By part name, as a JSON object's keys are sorted.
    QList<std::pair<QString, PartCounts>> summary = d.summary();
    std::sort(summary.begin(), summary.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    w.beginObject();
    for (const auto &[name, c] : std::as_const(summary)) {
        w.key(name);
        w.beginObject();
        w.key("added");
        w.number(c.added);
        w.key("changed");
        w.number(c.changed);
        w.key("moved");
        w.number(c.moved);
        w.key("removed");
        w.number(c.removed);
        w.endObject();
    }
    w.endObject();
    w.key("to");
    w.string(labels.to);
    w.endObject();
    return w.take();
}

QByteArray toHtml(const GuideDiff &d, const DiffLabels &labels)
{
    QString body;
    auto fieldRows = [&](const QList<FieldChange> &fields) {
        for (const FieldChange &f : fields)
            // dir="auto": each field's text runs in its own direction (an Arabic
            // guide's fields right to left) inside the English page around it.
            body += QStringLiteral("<div class=\"field\"><span class=\"name\">%1</span><div "
                                   "class=\"words\" dir=\"auto\">%2</div></div>\n")
                        .arg(esc(f.field), wordsToHtml(f.words));
    };
    if (d.isEmpty())
        body += QStringLiteral("<p class=\"empty\">No changes.</p>\n");
    body += QStringLiteral("<ul class=\"summary\">\n");
    for (const auto &[name, counts] : d.summary())
        body += QStringLiteral("<li><b>%1</b> %2</li>\n").arg(esc(name), esc(countsText(counts)));
    body += QStringLiteral("</ul>\n");
    if (!d.metadata.isEmpty()) {
        body += QStringLiteral("<section class=\"part\" id=\"part-metadata\"><h2>metadata</h2>\n");
        fieldRows(d.metadata);
        body += QStringLiteral("</section>\n");
    }
    for (const QString &name : partNames()) {
        bool open = false;
        for (const ItemChange &c : d.items) {
            if (c.part != name)
                continue;
            if (!open) {
                body += QStringLiteral("<section class=\"part\" id=\"part-%1\"><h2>%1</h2>\n").arg(esc(name));
                open = true;
            }
            body +=
                QStringLiteral("<div class=\"item %1\"><h3>%2 <span class=\"where\">%3 %4%5</span></h3>\n")
                    .arg(changeName(c), esc(c.label.left(120)), esc(place(c)), changeName(c),
                         c.moved ? QStringLiteral(", moved from %1 to %2").arg(c.from).arg(c.to) : QString());
            fieldRows(c.fields);
            body += QStringLiteral("</div>\n");
        }
        for (const ListChange &l : d.lists) {
            if (l.part != name)
                continue;
            if (!open) {
                body += QStringLiteral("<section class=\"part\" id=\"part-%1\"><h2>%1</h2>\n").arg(esc(name));
                open = true;
            }
            for (const QString &s : l.added)
                body += QStringLiteral("<div class=\"tag\"><ins>%1</ins></div>\n").arg(esc(s));
            for (const QString &s : l.removed)
                body += QStringLiteral("<div class=\"tag\"><del>%1</del></div>\n").arg(esc(s));
        }
        if (open)
            body += QStringLiteral("</section>\n");
    }
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
            "'unsafe-inline'\">\n"
            "<title>%1: %2..%3</title>\n<style>\n"
            "body{font:15px/1.55 'DejaVu Sans',sans-serif;max-width:60rem;margin:2rem auto;padding:0 "
            "1rem;color:#1d1d1f}"
            "h1{font-size:1.4rem}h2{font-size:1.1rem;border-bottom:1px solid #ddd;margin-top:2rem}"
            "h3{font-size:1rem;margin:.8rem 0 .3rem}.where{color:#666;font-weight:normal;font-size:.85rem}"
            ".field{display:grid;grid-template-columns:7rem 1fr;gap:.5rem;margin:.2rem 0}"
            ".name{color:#666;font-size:.85rem}.words{white-space:pre-wrap}"
            "del{background:#fde2e1;color:#8a1c15}ins{background:#dcf5dc;color:#17561b;text-decoration:none}"
            ".item.added h3{color:#17561b}.item.removed h3{color:#8a1c15}\n"
            "</style>\n</head>\n<body>\n<h1>%1: %2 → %3</h1>\n%4</body>\n</html>\n")
            .arg(esc(labels.slug), esc(labels.from), esc(labels.to), body);
    return page.toUtf8();
}

} // namespace almanac::diff
