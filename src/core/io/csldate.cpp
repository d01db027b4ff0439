#include "csldate.h"

#include "guide/partialdate.h"
#include "io/jsoninput.h"
#include "messages.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace almanac::csldate {

using jsoninput::child;
using jsoninput::item;

namespace {

// A month given as a name ("May", "August"), as some exports write it.
int monthFromName(const QString &text)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    for (int m = 1; m <= 12; ++m) {
        if (text.compare(c.monthName(m, QLocale::LongFormat), Qt::CaseInsensitive) == 0 ||
            text.compare(c.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return m;
    }
    return 0;
}

// One [year, month, day] array; empty strings and nulls end it (CSL allows
// [["2015", "", ""]]). Parts that cannot be a date are dropped with a warning.
std::optional<PartialDate::Point> point(const QJsonValue &value, const QString &path, ImportReport &report)
{
    if (!value.isArray()) {
        report.warning(path, {},
                       ImportText::tr("expected [year, month, day], found %1; the date is left out")
                           .arg(jsoninput::typeName(value)));
        return std::nullopt;
    }
    const QJsonArray parts = value.toArray();
    PartialDate::Point p;
    for (qsizetype i = 0; i < parts.size() && i < 3; ++i) {
        const QJsonValue v = parts[i];
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            break;
        std::optional<qint64> n = jsoninput::wholeYear(v);
        if (i > 0) {
            const auto small = jsoninput::wholeNumber(v);
            n = small ? std::optional<qint64>(*small) : std::nullopt;
        }
        if (!n && i == 1 && v.isString() && monthFromName(v.toString().trimmed()))
            n = monthFromName(v.toString().trimmed());
        if (!n) {
            report.warning(
                item(path, i), {},
                ImportText::tr("%1 is not a number; the date is kept up to the part before it")
                    .arg(v.isString() ? QStringLiteral("\"%1\"").arg(v.toString()) : jsoninput::typeName(v)));
            break;
        }
        PartialDate::Point next = p;
        if (i == 0)
            next.year = *n;
        else if (i == 1)
            next.month = int(*n);
        else
            next.day = int(*n);
        if (!PartialDate::isValid(next)) {
            report.warning(
                item(path, i), {},
                (i == 1
                     ? ImportText::tr("%1 is not a month (1-12) or season (21-24) of that date; the date is "
                                      "kept up to the part before it")
                     : ImportText::tr(
                           "%1 is not a day of that date; the date is kept up to the part before it"))
                    .arg(*n));
            break;
        }
        p = next;
        if (i == 0 && parts.size() > 3)
            report.warning(path, {}, ImportText::tr("more than [year, month, day]; the rest is left out"));
    }
    if (parts.isEmpty() ||
        (parts[0].isNull() || (parts[0].isString() && parts[0].toString().trimmed().isEmpty())))
        return std::nullopt;
    if (p.year == 0 && !jsoninput::wholeYear(parts[0]))
        return std::nullopt;
    return p;
}

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        return !s.isEmpty() && s != u"0" && s != u"false";
    }
    return false;
}

int seasonOf(const QJsonValue &v)
{
    if (const auto n = jsoninput::wholeNumber(v); n && *n >= 1 && *n <= 4)
        return 20 + *n;
    if (const auto n = jsoninput::wholeNumber(v); n && *n >= 21 && *n <= 24)
        return *n;
    static const QStringList names = {QStringLiteral("spring"), QStringLiteral("summer"),
                                      QStringLiteral("autumn"), QStringLiteral("winter")};
    const QString s = v.toString().trimmed().toLower();
    const qsizetype i = s == u"fall" ? 2 : names.indexOf(s);
    return i < 0 ? 0 : 21 + int(i);
}

// "2015-08-27", "2015/08/27", "2015-08-27/2015-09", "1964-2008": a raw date that is a date.
QString fromRaw(const QString &raw)
{
    const QString t = raw.trimmed();
    if (PartialDate::parse(t))
        return t;
    static const QRegularExpression slashes(QStringLiteral("^(-?\\d{4})/(\\d{2})(?:/(\\d{2}))?$"));
    if (const auto m = slashes.match(t); m.hasMatch()) {
        QString iso = m.captured(1) + u'-' + m.captured(2);
        if (m.hasCaptured(3))
            iso += u'-' + m.captured(3);
        if (PartialDate::parse(iso))
            return iso;
    }
    static const QRegularExpression years(QStringLiteral("^(\\d{4})\\s*[-\u2013]\\s*(\\d{4})$"));
    if (const auto m = years.match(t); m.hasMatch()) {
        const QString range = m.captured(1) + u'/' + m.captured(2);
        if (PartialDate::parse(range))
            return range;
    }
    return {};
}

} // namespace

Date read(const QJsonValue &v, const QString &p, ImportReport &report)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString() || v.isDouble()) {
        const QString raw = v.isString() ? v.toString() : QString::number(v.toDouble(), 'f', 0);
        const QString text = fromRaw(raw);
        if (text.isEmpty() && !raw.trimmed().isEmpty()) {
            report.info(p, {},
                        ImportText::tr("\"%1\" is not a date the guide can sort; kept as a literal date")
                            .arg(raw.trimmed()));
            return {{}, raw.trimmed()};
        }
        return {text, {}};
    }
    if (!v.isObject()) {
        report.warning(p, {},
                       ImportText::tr("expected a CSL date object ({\"date-parts\": [[year, month, day]]}), "
                                      "found %1; the date is left out")
                           .arg(jsoninput::typeName(v)));
        return {};
    }
    const QJsonObject o = v.toObject();
    Date out;
    const QJsonValue parts = o.value(QLatin1String("date-parts"));
    const QString pp = child(p, QStringLiteral("date-parts"));
    if (parts.isArray() && !parts.toArray().isEmpty()) {
        const QJsonArray outer = parts.toArray();
        auto start = point(outer[0], item(pp, 0), report);
        if (start) {
            std::optional<PartialDate::Point> end;
            if (outer.size() > 1)
                end = point(outer[1], item(pp, 1), report);
            if (outer.size() > 2)
                report.warning(pp, {}, ImportText::tr("more than a start and an end; the rest is left out"));
            if (const int season = seasonOf(o.value(QLatin1String("season"))); season && !start->month)
                start->month = season;
            if (truthy(o.value(QLatin1String("circa")))) {
                start->circa = true;
                if (end)
                    end->circa = true;
            }
            if (end && *end == *start)
                end.reset();
            out.text = PartialDate(*start, end).toString();
        }
    } else if (!parts.isUndefined() && !parts.isNull() && !parts.isArray()) {
        report.warning(pp, {},
                       ImportText::tr("expected an array of [year, month, day] arrays, found %1; the date is "
                                      "left out")
                           .arg(jsoninput::typeName(parts)));
    }
    const QString literal = o.value(QLatin1String("literal")).toString().trimmed();
    const QString raw = o.value(QLatin1String("raw")).toString().trimmed();
    if (out.text.isEmpty() && !raw.isEmpty())
        out.text = fromRaw(raw);
    if (!literal.isEmpty())
        out.literal = literal;
    else if (out.text.isEmpty() && !raw.isEmpty())
        out.literal = raw;
    if (out.text.isEmpty() && !out.literal.isEmpty())
        report.info(p, {},
                    ImportText::tr("\"%1\" is not a date the guide can sort; kept as a literal date")
                        .arg(out.literal));
    return out;
}

QJsonObject write(const QString &text)
{
    const auto d = PartialDate::parse(text);
    if (!d)
        return {};
    auto parts = [](const PartialDate::Point &p) {
        QJsonArray a;
        a << p.year;
        if (p.month)
            a << p.month;
        if (p.day)
            a << p.day;
        return a;
    };
    // Built by append: a braced QJsonArray{parts} is a copy with some compilers, a nesting with others.
    QJsonArray outer;
    outer.append(parts(d->start()));
    if (d->end())
        outer.append(parts(*d->end()));
    QJsonObject o{{QStringLiteral("date-parts"), outer}};
    if (d->isCirca())
        o.insert(QStringLiteral("circa"), true);
    return o;
}

} // namespace almanac::csldate
