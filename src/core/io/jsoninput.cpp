#include "jsoninput.h"

#include "io/guidefile.h"
#include "io/textinput.h"

#include <cmath>

namespace almanac::jsoninput {

std::optional<QJsonDocument> parse(const QByteArray &input, const QString &fileName, QString *error)
{
    const auto data = textinput::normalise(input, fileName, error);
    if (!data)
        return std::nullopt;
    if (data->trimmed().isEmpty()) {
        if (error)
            *error = fileName + QStringLiteral(": the file is empty; expected JSON");
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1: %2: JSON syntax error: %3")
                         .arg(fileName, guidefile::describeOffset(*data, parseError.offset),
                              parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
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

} // namespace almanac::jsoninput
