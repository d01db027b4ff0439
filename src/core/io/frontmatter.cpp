#include "frontmatter.h"

#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace almanac::frontmatter {

namespace {

// Aliases can make a small file expand into a huge tree; stop long before that.
constexpr int maxNodes = 200000;

QString nodeKind(const YAML::Node &n)
{
    switch (n.Type()) {
    case YAML::NodeType::Null:
        return ImportText::tr("nothing (null)");
    case YAML::NodeType::Scalar:
        return ImportText::tr("a text value");
    case YAML::NodeType::Sequence:
        return ImportText::tr("a list");
    case YAML::NodeType::Map:
        return ImportText::tr("a mapping");
    case YAML::NodeType::Undefined:
        break;
    }
    //: What a YAML value is when it is absent, as in "expected a key name, found nothing"
    return ImportText::tr("nothing");
}

struct Failure
{
    QString message;
    int line;
};

class Converter
{
public:
    QHash<QString, int> lines;

    // YAML scalars are text; a plain relevance ("8") is the one number the layout has.
    QJsonValue convert(const YAML::Node &node, const QString &path, const QString &key)
    {
        if (++m_count > maxNodes)
            throw Failure{ImportText::tr("the front matter expands to too many values"), node.Mark().line};
        lines.insert(path, node.Mark().line);
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar: {
            const QString s = QString::fromStdString(node.Scalar());
            static const QRegularExpression integer(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
            if (key == QLatin1String("relevance") && node.Tag() == "?" && integer.match(s).hasMatch())
                return s.toDouble();
            return s;
        }
        case YAML::NodeType::Sequence: {
            QJsonArray a;
            int i = 0;
            for (const YAML::Node &child : node) {
                const QString p = path + u'[' + QString::number(i++) + u']';
                QJsonValue v = convert(child, p, {});
                // A takeaway may be written as just its text.
                if (path == QLatin1String("takeaways") && v.isString())
                    v = QJsonObject{{QStringLiteral("text"), v}};
                a.append(v);
            }
            return a;
        }
        case YAML::NodeType::Map: {
            QJsonObject o;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!it->first.IsScalar())
                    throw Failure{
                        ImportText::tr("%1: expected a key name, found %2")
                            .arg(
                                //: Where in the front matter: its top level, outside any key
                                path.isEmpty() ? ImportText::tr("(top)") : path, nodeKind(it->first)),
                        it->first.Mark().line};
                const QString k = QString::fromStdString(it->first.Scalar());
                const QString p = path.isEmpty() ? k : path + u'.' + k;
                if (o.contains(k))
                    throw Failure{ImportText::tr("%1: the key appears twice").arg(p), it->first.Mark().line};
                const QJsonValue v = convert(it->second, p, k);
                // The key's line, not its value's (a block value starts on the next line).
                lines.insert(p, it->first.Mark().line);
                // An empty value ("subject:") means the field is absent.
                if (!v.isNull())
                    o.insert(k, v);
            }
            return o;
        }
        }
        return {};
    }

private:
    int m_count = 0;
};

// Plain YAML scalars are kept to a safe subset; anything else is double-quoted.
bool plainSafe(const QString &s)
{
    if (s.isEmpty() || s.back() == u' ')
        return false;
    static const QRegularExpression reserved(
        QStringLiteral(
            "^(?:true|false|yes|no|on|off|null|y|n|~|[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?|\\.inf|\\.nan)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(s).hasMatch())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const ushort u = c.unicode();
        if (u < 0x80) {
            const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
            if (alnum || (i > 0 && QStringView(u" _.,'()/&+-;").contains(c)))
                continue;
            return false;
        }
        if (u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF || c.isSpace() || c.isSurrogate() ||
            c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    const QList<uint> codePoints = s.toUcs4();
    for (const uint u : codePoints) {
        if (u == '"' || u == '\\') {
            out += '\\';
            out += static_cast<char>(u);
        } else if (u == '\n') {
            out += "\\n";
        } else if (u == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7F) {
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        } else if (u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF) {
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        } else {
            const char32_t c = u;
            out += QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    out += '"';
    return out;
}

// A multi-line text reads best as a literal block ("|-"), when YAML can hold it exactly.
bool literalSafe(const QString &s)
{
    if (!s.contains(u'\n') || s.endsWith(u'\n') || s.startsWith(u' ') || s.startsWith(u'\n'))
        return false;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n') || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF)
            return false;
    }
    return true;
}

class Writer
{
public:
    QByteArray out;

    void scalar(int indent, const char *key, const QString &value)
    {
        out.append(indent, ' ');
        out += key;
        out += ':';
        if (literalSafe(value)) {
            out += " |-\n";
            const QStringList lines = value.split(u'\n');
            for (const QString &l : lines) {
                if (!l.isEmpty()) {
                    out.append(indent + 2, ' ');
                    out += l.toUtf8();
                }
                out += '\n';
            }
            return;
        }
        out += ' ';
        out += plainSafe(value) ? value.toUtf8() : quoted(value);
        out += '\n';
    }
    // An imported record (a CSL item, TimelineJS fields) as one line of JSON text:
    // YAML would make its numbers text. Left out when empty.
    void json(int indent, const char *key, const QJsonObject &value)
    {
        if (!value.isEmpty())
            scalar(indent, key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    }
    void list(int indent, const char *key, const QStringList &values)
    {
        out.append(indent, ' ');
        out += key;
        if (values.isEmpty()) {
            out += ": []\n";
            return;
        }
        out += ":\n";
        for (const QString &v : values) {
            out.append(indent + 2, ' ');
            out += "- ";
            out += plainSafe(v) ? v.toUtf8() : quoted(v);
            out += '\n';
        }
    }
    // "  - id: ..." then the other fields at the item's indent.
    template <typename T, typename Fn> void items(const char *key, const QList<T> &values, Fn fields)
    {
        out += key;
        if (values.isEmpty()) {
            out += ": []\n";
            return;
        }
        out += ":\n";
        for (const T &v : values) {
            out += "  - ";
            const qsizetype mark = out.size();
            fields(v);
            out.remove(mark, 4); // the first field goes on the "- " line
        }
    }
};

} // namespace

std::optional<Parsed> parse(const QByteArray &yaml, QString *error, int *line)
{
    auto failWith = [&](const QString &message, int at) -> std::optional<Parsed> {
        if (error)
            *error = message;
        if (line)
            *line = at;
        return std::nullopt;
    };
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return failWith(ImportText::tr("expected the front matter to be a mapping of keys (title: ...), "
                                           "found %1")
                                .arg(nodeKind(root)),
                            std::max(0, root.Mark().line));
        Converter c;
        Parsed p;
        p.object = c.convert(root, QString(), QString()).toObject();
        p.lines = c.lines;
        return p;
    } catch (const Failure &f) {
        return failWith(f.message, std::max(0, f.line));
    } catch (const YAML::Exception &e) {
        return failWith(ImportText::tr("YAML syntax error: %1 (column %2)")
                            .arg(QString::fromStdString(e.msg))
                            .arg(e.mark.column + 1),
                        std::max(0, e.mark.line));
    }
}

QByteArray write(const Guide &g)
{
    Writer w;
    w.scalar(0, "format", QStringLiteral("almanac-guide/1"));
    w.scalar(0, "id", g.id);
    w.scalar(0, "slug", g.slug);
    w.scalar(0, "title", g.title);
    w.scalar(0, "subject", g.subject);
    w.scalar(0, "kind", g.kind);
    w.scalar(0, "level", g.level);
    w.scalar(0, "status", g.status);
    if (!g.language.isEmpty())
        w.scalar(0, "language", g.language);
    w.scalar(0, "created", guide::timestampText(g.created));
    w.scalar(0, "updated", guide::timestampText(g.updated));
    w.scalar(0, "tldr", g.tldr);
    w.items("takeaways", g.takeaways, [&](const Takeaway &t) {
        w.scalar(4, "id", t.id);
        w.scalar(4, "text", t.text);
    });
    w.items("timeline", g.timeline, [&](const TimelineEntry &e) {
        w.scalar(4, "id", e.id);
        w.scalar(4, "date", e.date);
        w.scalar(4, "title", e.title);
        w.scalar(4, "description", e.description);
        w.list(4, "sources", e.sources);
        w.json(4, "timelinejs", e.timelinejs);
    });
    w.json(0, "timelinejs", g.timelinejs);
    w.list(0, "topics", g.topics);
    w.items("faq", g.faq, [&](const FaqEntry &f) {
        w.scalar(4, "id", f.id);
        w.scalar(4, "question", f.question);
        w.scalar(4, "answer", f.answer);
    });
    w.list(0, "related", g.related);
    w.items("sources", g.sources, [&](const Source &s) {
        w.scalar(4, "id", s.id);
        w.scalar(4, "key", s.key);
        w.scalar(4, "outlet", s.outlet);
        w.scalar(4, "title", s.title);
        w.scalar(4, "url", s.url);
        w.scalar(4, "published", s.published);
        w.scalar(4, "accessed", s.accessed);
        w.out += "    relevance: " + QByteArray::number(s.relevance) + '\n';
        w.scalar(4, "summary", s.summary);
        w.json(4, "csl", s.csl);
    });
    return w.out;
}

} // namespace almanac::frontmatter
