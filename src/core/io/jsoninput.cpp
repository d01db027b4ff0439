#include "jsoninput.h"

#include "guide/validate.h"
#include "io/guidefile.h"
#include "io/textinput.h"
#include "messages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace almanac::jsoninput {

std::optional<QJsonDocument> parse(const QByteArray &input, const QString &fileName, QString *error)
{
    const auto data = textinput::normalise(input, fileName, error);
    if (!data)
        return std::nullopt;
    if (data->trimmed().isEmpty()) {
        if (error)
            *error = ImportText::tr("%1: the file is empty; expected JSON").arg(fileName);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = ImportText::tr("%1: %2: JSON syntax error: %3")
                         .arg(fileName, guidefile::describeOffset(*data, parseError.offset),
                              parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

namespace {

// The string starting at the quote at data[i]; sets *end past its closing quote.
QString jsonString(QByteArrayView data, qsizetype i, qsizetype *end)
{
    QString out;
    QByteArray run;
    auto flush = [&] {
        out += QString::fromUtf8(run);
        run.clear();
    };
    for (++i; i < data.size() && data[i] != '"'; ++i) {
        if (data[i] != '\\') {
            run += data[i];
            continue;
        }
        flush();
        const char e = i + 1 < data.size() ? data[++i] : 0;
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            out += QChar(char16_t(QByteArrayView(data).sliced(i + 1, 4).toByteArray().toUShort(nullptr, 16)));
            i += 4;
            break;
        default:
            out += QLatin1Char(e);
        }
    }
    flush();
    *end = i + 1;
    return out;
}

} // namespace

std::optional<DuplicateKey> firstDuplicateKey(QByteArrayView data)
{
    struct Frame
    {
        bool object = false;
        qsizetype index = 0;
        QString key;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    bool expectKey = false;
    auto path = [&] {
        QString p;
        for (const Frame &f : std::as_const(stack))
            p = f.object ? child(p, f.key) : item(p, f.index);
        return p;
    };
    for (qsizetype i = 0; i < data.size();) {
        const char c = data[i];
        if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', 0, {}, {}});
            expectKey = c == '{';
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
        } else if (c == ',') {
            if (!stack.isEmpty() && !stack.last().object)
                ++stack.last().index;
            expectKey = !stack.isEmpty() && stack.last().object;
            ++i;
        } else if (c == ':') {
            expectKey = false;
            ++i;
        } else if (c == '"') {
            qsizetype end = i;
            const QString s = jsonString(data, i, &end);
            if (expectKey && !stack.isEmpty()) {
                Frame &f = stack.last();
                if (f.keys.contains(s)) {
                    f.key = s;
                    return DuplicateKey{path(), i};
                }
                f.keys.insert(s);
                f.key = s;
            }
            i = end;
        } else {
            ++i; // white space, numbers, true, false, null
        }
    }
    return std::nullopt;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return ImportText::tr("a boolean");
    case QJsonValue::Double:
        return ImportText::tr("a number");
    case QJsonValue::String:
        return ImportText::tr("a string");
    case QJsonValue::Array:
        return ImportText::tr("an array");
    case QJsonValue::Object:
        return ImportText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    //: What a JSON value is when it is absent, as in "expected a string, found nothing"
    return ImportText::tr("nothing");
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

std::optional<int> wholeNumber(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) > 1e6)
            return std::nullopt;
        return static_cast<int>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok && std::abs(n) <= 1000000)
            return n;
    }
    return std::nullopt;
}

std::optional<qint64> wholeYear(const QJsonValue &v)
{
    constexpr double limit = 1e15;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) >= limit)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok && std::abs(double(n)) < limit)
            return n;
    }
    return std::nullopt;
}

std::optional<std::pair<QString, QString>> badText(const QJsonValue &v, const QString &path)
{
    auto bad = [](const QString &text) -> std::optional<QString> {
        if (const auto problem = guide::rules::text(text); problem && problem->code == u"bad-text")
            return problem->message;
        return std::nullopt;
    };
    if (v.isString()) {
        if (const auto m = bad(v.toString()))
            return std::pair(path, *m);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto found = badText(a[i], item(path, i)))
                return found;
        }
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (const auto m = bad(it.key()))
                return std::pair(path, *m);
            if (auto found = badText(it.value(), child(path, it.key())))
                return found;
        }
    }
    return std::nullopt;
}

} // namespace almanac::jsoninput
