// TOML front matter (Hugo's "+++" form) into the JSON object the guide file holds.

#include "frontmatter.h"
#include "messages.h"

#include <QJsonArray>
#include <string_view>
#include <toml++/toml.h>

namespace almanac::frontmatter {

namespace {

constexpr int maxNodes = 200000;

struct Failure
{
    QString message;
    int line; // from 0
};

int lineOf(const toml::node &node)
{
    return std::max(0, static_cast<int>(node.source().begin.line) - 1);
}

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString dateText(const toml::date &d)
{
    return QStringLiteral("%1-%2-%3").arg(d.year, 4, 10, QLatin1Char('0')).arg(two(d.month), two(d.day));
}

QString timeText(const toml::time &t)
{
    return QStringLiteral("%1:%2:%3").arg(two(t.hour), two(t.minute), two(t.second));
}

class Converter
{
public:
    QHash<QString, int> lines;

    QJsonValue convert(const toml::node &node, const QString &path, const QString &key)
    {
        if (++m_count > maxNodes)
            throw Failure{ImportText::tr("the front matter expands to too many values"), lineOf(node)};
        lines.insert(path, lineOf(node));
        if (const auto *table = node.as_table()) {
            QJsonObject o;
            for (auto &&[k, v] : *table) {
                const QString name =
                    QString::fromUtf8(k.str().data(), static_cast<qsizetype>(k.str().size()));
                const QString p = path.isEmpty() ? name : path + u'.' + name;
                lines.insert(p, std::max(0, static_cast<int>(k.source().begin.line) - 1));
                o.insert(name, convert(v, p, name));
            }
            return o;
        }
        if (const auto *array = node.as_array()) {
            QJsonArray a;
            int i = 0;
            for (const toml::node &child : *array) {
                QJsonValue v = convert(child, path + u'[' + QString::number(i++) + u']', {});
                // A takeaway may be written as just its text.
                if (path == QLatin1String("takeaways") && v.isString())
                    v = QJsonObject{{QStringLiteral("text"), v}};
                a.append(v);
            }
            return a;
        }
        if (const auto *s = node.as_string())
            return QString::fromStdString(s->get());
        if (const auto *n = node.as_integer())
            return key == QLatin1String("relevance") ? QJsonValue(static_cast<double>(n->get()))
                                                     : QJsonValue(QString::number(n->get()));
        if (const auto *f = node.as_floating_point())
            return key == QLatin1String("relevance") ? QJsonValue(f->get())
                                                     : QJsonValue(QString::number(f->get()));
        if (const auto *b = node.as_boolean())
            return b->get() ? QStringLiteral("true") : QStringLiteral("false");
        if (const auto *d = node.as_date())
            return dateText(d->get());
        if (const auto *t = node.as_time())
            return timeText(t->get());
        if (const auto *dt = node.as_date_time()) {
            const toml::date_time &v = dt->get();
            QString text = dateText(v.date) + u'T' + timeText(v.time);
            if (v.offset) {
                const int minutes = v.offset->minutes;
                if (minutes == 0) {
                    text += u'Z';
                } else {
                    const int m = std::abs(minutes);
                    text += (minutes < 0 ? u'-' : u'+') + two(m / 60) + u':' + two(m % 60);
                }
            }
            return text;
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    int m_count = 0;
};

} // namespace

std::optional<Parsed> parseToml(const QByteArray &toml, QString *error, int *line)
{
    auto failWith = [&](const QString &message, int at) -> std::optional<Parsed> {
        if (error)
            *error = message;
        if (line)
            *line = at;
        return std::nullopt;
    };
    try {
        const toml::table root =
            toml::parse(std::string_view(toml.constData(), static_cast<size_t>(toml.size())));
        Converter c;
        Parsed p;
        p.object = c.convert(root, QString(), QString()).toObject();
        p.lines = c.lines;
        return p;
    } catch (const Failure &f) {
        return failWith(f.message, f.line);
    } catch (const toml::parse_error &e) {
        return failWith(ImportText::tr("TOML syntax error: %1 (column %2)")
                            .arg(QString::fromUtf8(e.description().data(),
                                                   static_cast<qsizetype>(e.description().size())))
                            .arg(e.source().begin.column),
                        std::max(0, static_cast<int>(e.source().begin.line) - 1));
    }
}

} // namespace almanac::frontmatter
