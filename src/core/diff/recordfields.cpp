#include "recordfields.h"

#include "io/csldate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace almanac::diff {

namespace {

// A CSL date object: what its value says is one date, not members.
bool isCslDate(const QJsonObject &o)
{
    static const char *const keys[] = {"date-parts", "raw", "literal", "season", "circa", "edtf"};
    return std::any_of(std::begin(keys), std::end(keys),
                       [&](const char *k) { return o.contains(QLatin1String(k)); });
}

const QSet<QString> &nameParts()
{
    static const QSet<QString> parts = {QStringLiteral("family"),
                                        QStringLiteral("given"),
                                        QStringLiteral("literal"),
                                        QStringLiteral("non-dropping-particle"),
                                        QStringLiteral("dropping-particle"),
                                        QStringLiteral("suffix")};
    return parts;
}

bool isCslName(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return o.contains(QLatin1String("family")) || o.contains(QLatin1String("literal")) ||
           o.contains(QLatin1String("given"));
}

// "van der Berg, Pieter, Jr." or the literal name; other members in brackets.
QString nameText(const QJsonObject &o)
{
    auto part = [&](const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); };
    QString out = part("literal");
    if (out.isEmpty()) {
        QStringList family{part("non-dropping-particle"), part("family")};
        family.removeAll(QString());
        QStringList given{part("given"), part("dropping-particle")};
        given.removeAll(QString());
        QStringList all{family.join(u' '), given.join(u' '), part("suffix")};
        all.removeAll(QString());
        out = all.join(QStringLiteral(", "));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!nameParts().contains(it.key()) || !it.value().isString())
            out += QStringLiteral(" [%1: %2]").arg(it.key(), valueText(it.value()));
    }
    return out;
}

QString dateText(const QJsonObject &o)
{
    ImportReport ignored;
    const csldate::Date d = csldate::read(o, {}, ignored);
    if (d.text.isEmpty())
        return d.literal.isEmpty() ? compactJson(o) : d.literal;
    return d.literal.isEmpty() ? d.text : d.text + QStringLiteral(" (") + d.literal + u')';
}

void collect(QList<RecordField> &out, const QString &prefix, const QJsonObject &record)
{
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QString path = prefix + u'.' + it.key();
        if (it.value().isObject() && !isCslDate(it.value().toObject()))
            collect(out, path, it.value().toObject());
        else
            out.append({path, valueText(it.value()), compactJson(it.value())});
    }
}

} // namespace

QString compactJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // A document holds only arrays and objects: wrap the value, then unwrap it.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return isCslDate(value.toObject()) ? dateText(value.toObject()) : compactJson(value);
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        const bool names = !a.isEmpty() && std::all_of(a.begin(), a.end(), isCslName);
        const bool scalars = std::none_of(a.begin(), a.end(), [](const QJsonValue &v) {
            return v.isArray() || v.isObject() || (v.isString() && v.toString().contains(u','));
        });
        if (!names && !scalars)
            return compactJson(value);
        QStringList parts;
        for (const QJsonValue &v : a)
            parts << (names ? nameText(v.toObject()) : valueText(v));
        return parts.join(names ? QStringLiteral("; ") : QStringLiteral(", "));
    }
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
        return compactJson(value);
    }
    case QJsonValue::Bool:
    case QJsonValue::Null:
        break;
    }
    return compactJson(value);
}

QList<RecordField> recordFields(const QString &prefix, const QJsonObject &record)
{
    QList<RecordField> out;
    collect(out, prefix, record);
    return out;
}

QJsonValue valueAt(const QJsonObject &record, QStringView path)
{
    QJsonValue v = record;
    for (const QStringView key : path.split(u'.')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

} // namespace almanac::diff
