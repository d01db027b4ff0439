#include "guidefile.h"

#include "guide/language.h"
#include "guide/validate.h"
#include "io/boundedfile.h"
#include "jsoninput.h"
#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace almanac::guidefile {

namespace {

using jsoninput::typeName;

QString child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString child(const QString &path, QLatin1StringView key)
{
    return child(path, QString(key));
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Walks the parsed JSON, checking every key and value; the first problem wins.
class Reader
{
public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    bool failed() const { return !m_error.isEmpty(); }

    // An optional object kept as it is (a CSL item, TimelineJS fields); absent in older files.
    QJsonObject jsonObject(const QJsonObject &o, const QString &path, QLatin1StringView key,
                           const QString &what)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(child(path, key),
                 ImportText::tr("expected %1 (an object), found %2").arg(what, jsoninput::typeName(v)));
        return v.toObject();
    }
    QString error() const { return m_error; }

    // Applies one of the guide's value rules (guide/validate.h): the reader refuses
    // exactly what validate() refuses, value by value, in the file's order.
    void check(const QString &path, const std::optional<guide::Problem> &problem)
    {
        if (problem)
            fail(path, problem->message);
    }

    void fail(const QString &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? m_file + QStringLiteral(": ") + message
                                     : m_file + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
    }

    bool checkKeys(const QJsonObject &obj, const QString &path,
                   std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool known = false;
            for (const auto &a : allowed)
                known = known || it.key() == a;
            if (!known) {
                QStringList names;
                for (const auto &a : allowed)
                    names << QString(a);
                fail(child(path, it.key()),
                     ImportText::tr("unknown key (expected one of: %1)").arg(names.join(u", ")));
                return false;
            }
        }
        return true;
    }

    enum class Text
    {
        Plain,
        Markdown
    };

    // A string field; absent gives the fallback unless required.
    QString string(const QJsonObject &obj, const QString &path, QLatin1StringView key, bool required,
                   const QString &fallback = {}, Text text = Text::Plain)
    {
        const QJsonValue v = obj.value(key);
        const QString p = child(path, key);
        if (v.isUndefined()) {
            if (required)
                fail(p, ImportText::tr("missing (a string is required)"));
            return fallback;
        }
        if (!v.isString()) {
            fail(p, ImportText::tr("expected a string, found %1").arg(typeName(v)));
            return fallback;
        }
        check(p, text == Text::Markdown ? guide::rules::markdown(v.toString())
                                        : guide::rules::text(v.toString()));
        return v.toString();
    }

    QString oneOf(const QJsonObject &obj, const QString &path, QLatin1StringView key,
                  const QStringList &allowed, const QString &fallback)
    {
        const QString s = string(obj, path, key, false, fallback);
        if (!failed())
            check(child(path, key), guide::rules::oneOf(s, allowed));
        return s;
    }

    QString slug(const QJsonObject &obj, const QString &path, QLatin1StringView key)
    {
        const QString s = string(obj, path, key, true);
        if (!failed())
            check(child(path, key), guide::rules::slug(s));
        return s;
    }

    QString id(const QJsonObject &obj, const QString &path, QSet<QString> &seen)
    {
        QString s = string(obj, path, QLatin1StringView("id"), false);
        if (failed())
            return s;
        if (s.isEmpty())
            return guide::newId();
        if (const auto problem = guide::rules::id(s)) {
            check(child(path, u"id"), problem);
        } else if (seen.contains(s)) {
            fail(child(path, u"id"), ImportText::tr("id %1 is used twice in this guide").arg(s));
        }
        seen.insert(s);
        return s;
    }

    QString date(const QJsonObject &obj, const QString &path, QLatin1StringView key)
    {
        const QString s = string(obj, path, key, false);
        if (!failed())
            check(child(path, key), guide::rules::date(s));
        return s;
    }

    QDateTime timestamp(const QJsonObject &obj, const QString &path, QLatin1StringView key,
                        const QDateTime &fallback)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return fallback;
        const QString s = string(obj, path, key, false);
        if (failed())
            return fallback;
        const QDateTime t = guide::timestampFromText(s);
        if (!t.isValid())
            fail(child(path, key),
                 ImportText::tr("\"%1\" is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)").arg(s));
        return t;
    }

    QJsonArray array(const QJsonObject &obj, const QString &path, QLatin1StringView key)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(child(path, key), ImportText::tr("expected an array, found %1").arg(typeName(v)));
            return {};
        }
        return v.toArray();
    }

    // Strings that each follow the rule.
    QStringList strings(const QJsonObject &obj, const QString &path, QLatin1StringView key,
                        std::optional<guide::Problem> (*rule)(QStringView))
    {
        QStringList out;
        const QJsonArray a = array(obj, path, key);
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            if (!a[i].isString())
                fail(item(child(path, key), i),
                     ImportText::tr("expected a string, found %1").arg(typeName(a[i])));
            else
                check(item(child(path, key), i), guide::rules::text(a[i].toString()));
            if (!failed())
                check(item(child(path, key), i), rule(a[i].toString()));
            out << a[i].toString();
        }
        return out;
    }

    // Calls fn(object, path) for each element of an array of objects.
    template <typename Fn> void objects(const QJsonObject &obj, QLatin1StringView key, Fn fn)
    {
        const QJsonArray a = array(obj, QString(), key);
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const QString p = item(QString(key), i);
            if (!a[i].isObject()) {
                fail(p, ImportText::tr("expected an object, found %1").arg(typeName(a[i])));
                return;
            }
            fn(a[i].toObject(), p);
        }
    }

    int relevance(const QJsonObject &obj, const QString &path)
    {
        const QJsonValue v = obj.value(QLatin1StringView("relevance"));
        const QString p = child(path, u"relevance");
        if (v.isUndefined())
            return 5;
        if (!v.isDouble()) {
            fail(p, ImportText::tr("expected a whole number from 1 to 10, found %1").arg(typeName(v)));
            return 5;
        }
        const double d = v.toDouble();
        if (d != std::floor(d) || d < 1 || d > 10) {
            fail(p, ImportText::tr("%1 is not a whole number from 1 to 10").arg(d));
            return 5;
        }
        return static_cast<int>(d);
    }

private:
    QString m_file;
    QString m_error;
};

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int len = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

QString describeOffset(QByteArrayView data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
    }
    return ImportText::tr("line %1, column %2").arg(line).arg(column);
}

std::optional<Guide> read(const QByteArray &input, const QString &fileName, QString *error, qint64 *revision)
{
    if (revision)
        *revision = 0;
    auto failWith = [&](const QString &message) -> std::optional<Guide> {
        if (error)
            *error = fileName + QStringLiteral(": ") + message;
        return std::nullopt;
    };
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // a byte order mark says nothing in UTF-8; skip it
    if (data.size() > maxFileSize)
        return failWith(ImportText::tr("the file is %1 MiB; a guide file may be at most %2 MiB")
                            .arg(data.size() / (1024 * 1024))
                            .arg(maxFileSize / (1024 * 1024)));
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        return failWith(ImportText::tr("%1: invalid UTF-8 (byte 0x%2)")
                            .arg(describeOffset(data, bad))
                            .arg(static_cast<unsigned char>(data[bad]), 2, 16, QLatin1Char('0')));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(ImportText::tr("%1: JSON syntax error: %2")
                            .arg(describeOffset(data, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return failWith(ImportText::tr("expected a JSON object at the top level"));
    // QJsonDocument keeps the last of a key given twice; which one the author meant is unknown.
    if (const auto twice = jsoninput::firstDuplicateKey(data))
        return failWith(ImportText::tr("%1: %2: the key is given twice in one object")
                            .arg(twice->path, describeOffset(data, twice->offset)));

    const QJsonObject root = doc.object();
    Reader r(fileName);
    const QString top;
    r.checkKeys(
        root, top,
        {QLatin1StringView("format"),   QLatin1StringView("revision"),   QLatin1StringView("id"),
         QLatin1StringView("slug"),     QLatin1StringView("title"),      QLatin1StringView("subject"),
         QLatin1StringView("kind"),     QLatin1StringView("level"),      QLatin1StringView("status"),
         QLatin1StringView("language"), QLatin1StringView("created"),    QLatin1StringView("updated"),
         QLatin1StringView("tldr"),     QLatin1StringView("takeaways"),  QLatin1StringView("sections"),
         QLatin1StringView("timeline"), QLatin1StringView("timelinejs"), QLatin1StringView("topics"),
         QLatin1StringView("faq"),      QLatin1StringView("related"),    QLatin1StringView("sources")});
    const QString format = r.string(root, top, QLatin1StringView("format"), true);
    if (!r.failed() && format != formatName)
        r.fail(QStringLiteral("format"),
               ImportText::tr("unknown format \"%1\" (expected \"%2\")").arg(format, formatName));

    if (root.contains(QLatin1StringView("revision"))) {
        const QJsonValue v = root.value(QLatin1StringView("revision"));
        const double n = v.toDouble(-1);
        if (!v.isDouble() || n < 1 || n > 9007199254740991.0 ||
            n != static_cast<double>(static_cast<qint64>(n)))
            r.fail(QStringLiteral("revision"), ImportText::tr("expected a whole number from 1 up (the draft "
                                                              "revision the file was exported from)"));
        else if (revision)
            *revision = static_cast<qint64>(n);
    }

    Guide g;
    QSet<QString> ids;
    g.id = r.id(root, top, ids);
    g.slug = r.slug(root, top, QLatin1StringView("slug"));
    g.title = r.string(root, top, QLatin1StringView("title"), true);
    g.subject = r.string(root, top, QLatin1StringView("subject"), false);
    g.kind = r.string(root, top, QLatin1StringView("kind"), false, g.kind);
    g.level = r.oneOf(root, top, QLatin1StringView("level"), guide::levels, g.level);
    g.status = r.oneOf(root, top, QLatin1StringView("status"), guide::statuses, g.status);
    g.language = language::canonical(r.string(root, top, QLatin1StringView("language"), false));
    if (!r.failed())
        r.check(QStringLiteral("language"), guide::rules::language(g.language));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime nowToSecond = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    g.created = r.timestamp(root, top, QLatin1StringView("created"), nowToSecond);
    g.updated = r.timestamp(root, top, QLatin1StringView("updated"), g.created);
    g.tldr = r.string(root, top, QLatin1StringView("tldr"), false, {}, Reader::Text::Markdown);

    r.objects(root, QLatin1StringView("takeaways"), [&](const QJsonObject &o, const QString &p) {
        if (!r.checkKeys(o, p, {QLatin1StringView("id"), QLatin1StringView("text")}))
            return;
        Takeaway t;
        t.id = r.id(o, p, ids);
        t.text = r.string(o, p, QLatin1StringView("text"), true);
        if (!r.failed())
            r.check(child(p, u"text"), guide::rules::takeaway(t.text));
        g.takeaways << t;
    });
    r.objects(root, QLatin1StringView("sections"), [&](const QJsonObject &o, const QString &p) {
        if (!r.checkKeys(o, p,
                         {QLatin1StringView("id"), QLatin1StringView("heading"), QLatin1StringView("body")}))
            return;
        Section s;
        s.id = r.id(o, p, ids);
        s.heading = r.string(o, p, QLatin1StringView("heading"), false);
        if (!r.failed())
            r.check(child(p, u"heading"), guide::rules::heading(s.heading));
        s.body = r.string(o, p, QLatin1StringView("body"), false, {}, Reader::Text::Markdown);
        g.sections << s;
    });
    r.objects(root, QLatin1StringView("timeline"), [&](const QJsonObject &o, const QString &p) {
        if (!r.checkKeys(o, p,
                         {QLatin1StringView("id"), QLatin1StringView("date"), QLatin1StringView("title"),
                          QLatin1StringView("description"), QLatin1StringView("sources"),
                          QLatin1StringView("timelinejs")}))
            return;
        TimelineEntry e;
        e.id = r.id(o, p, ids);
        e.date = r.date(o, p, QLatin1StringView("date"));
        e.title = r.string(o, p, QLatin1StringView("title"), true);
        e.description = r.string(o, p, QLatin1StringView("description"), false, {}, Reader::Text::Markdown);
        e.sources = r.strings(o, p, QLatin1StringView("sources"), guide::rules::sourceKey);
        e.timelinejs =
            r.jsonObject(o, p, QLatin1StringView("timelinejs"), ImportText::tr("TimelineJS slide fields"));
        g.timeline << e;
    });
    g.timelinejs = r.jsonObject(root, top, QLatin1StringView("timelinejs"),
                                ImportText::tr("TimelineJS title slide, eras and scale"));
    g.topics = r.strings(root, top, QLatin1StringView("topics"), guide::rules::topic);
    r.objects(root, QLatin1StringView("faq"), [&](const QJsonObject &o, const QString &p) {
        if (!r.checkKeys(
                o, p, {QLatin1StringView("id"), QLatin1StringView("question"), QLatin1StringView("answer")}))
            return;
        FaqEntry f;
        f.id = r.id(o, p, ids);
        f.question = r.string(o, p, QLatin1StringView("question"), true);
        f.answer = r.string(o, p, QLatin1StringView("answer"), false, {}, Reader::Text::Markdown);
        g.faq << f;
    });
    g.related = r.strings(root, top, QLatin1StringView("related"), guide::rules::slug);
    r.objects(root, QLatin1StringView("sources"), [&](const QJsonObject &o, const QString &p) {
        if (!r.checkKeys(o, p,
                         {QLatin1StringView("id"), QLatin1StringView("key"), QLatin1StringView("outlet"),
                          QLatin1StringView("title"), QLatin1StringView("url"),
                          QLatin1StringView("published"), QLatin1StringView("accessed"),
                          QLatin1StringView("relevance"), QLatin1StringView("summary"),
                          QLatin1StringView("csl")}))
            return;
        Source s;
        s.id = r.id(o, p, ids);
        s.key = r.string(o, p, QLatin1StringView("key"), true);
        if (!r.failed())
            r.check(child(p, u"key"), guide::rules::sourceKey(s.key));
        s.outlet = r.string(o, p, QLatin1StringView("outlet"), false);
        s.title = r.string(o, p, QLatin1StringView("title"), false);
        s.url = r.string(o, p, QLatin1StringView("url"), false);
        if (!r.failed())
            r.check(child(p, u"url"), guide::rules::webUrl(s.url));
        s.published = r.date(o, p, QLatin1StringView("published"));
        s.accessed = r.date(o, p, QLatin1StringView("accessed"));
        s.relevance = r.relevance(o, p);
        s.summary = r.string(o, p, QLatin1StringView("summary"), false);
        // The CSL-JSON item kept whole (any CSL fields; absent in files before it existed).
        s.csl = r.jsonObject(o, p, QLatin1StringView("csl"), ImportText::tr("a CSL-JSON item"));
        g.sources << s;
    });

    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    // What the values do not show one by one (ids made up above, the guide's whole size).
    if (const auto invalid = guide::validate(g)) {
        if (error)
            *error = fileName + QStringLiteral(": ") + invalid->toString();
        return std::nullopt;
    }
    return g;
}

std::optional<Guide> readFile(const QString &path, QString *error, qint64 *revision)
{
    const auto data = boundedfile::read(path, maxFileSize, ImportText::tr("a guide file"), error);
    if (!data)
        return std::nullopt;
    return read(*data, path, error, revision);
}

} // namespace almanac::guidefile
