#include "csljson.h"

#include "guide/partialdate.h"
#include "guide/validate.h"
#include "io/jsoninput.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace almanac::csljson {

using jsoninput::child;
using jsoninput::item;
using jsoninput::typeName;

namespace {

struct Failure
{
    QString path;
    QString message;
};

QString string(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isDouble()) // CSL allows numbers in text fields ("title": 1984)
        return QString::number(v.toDouble());
    if (!v.isString())
        throw Failure{child(path, key), QStringLiteral("expected a string, found %1").arg(typeName(v))};
    // "\ud800" in JSON decodes to a lone surrogate, which no guide may hold.
    if (const auto problem = guide::rules::text(v.toString()); problem && problem->code == u"bad-text")
        throw Failure{child(path, key), problem->message};
    return v.toString().trimmed();
}

// CSL dates: {"date-parts": [[2015, 8, 27]]}, or {"raw": "2015-08-27"}; ISO partial date or empty.
QString date(const QJsonObject &o, const QString &path, const QString &key, ImportReport &report)
{
    const QJsonValue v = o.value(key);
    const QString p = child(path, key);
    if (v.isUndefined() || v.isNull())
        return {};
    QString raw;
    if (v.isString()) {
        raw = v.toString();
    } else if (!v.isObject()) {
        throw Failure{p,
                      QStringLiteral("expected a CSL date object ({\"date-parts\": [[year, month, day]]}), "
                                     "found %1")
                          .arg(typeName(v))};
    } else if (const QJsonValue parts = v.toObject().value(QLatin1String("date-parts"));
               !parts.isUndefined()) {
        const QString pp = child(p, QStringLiteral("date-parts"));
        if (!parts.isArray())
            throw Failure{pp, QStringLiteral("expected an array of [year, month, day] arrays, found %1")
                                  .arg(typeName(parts))};
        const QJsonArray outer = parts.toArray();
        if (outer.isEmpty())
            return {};
        if (!outer[0].isArray())
            throw Failure{item(pp, 0),
                          QStringLiteral("expected [year, month, day], found %1").arg(typeName(outer[0]))};
        const QJsonArray ymd = outer[0].toArray();
        if (ymd.size() > 3)
            throw Failure{
                item(pp, 0),
                QStringLiteral("expected at most [year, month, day], found %1 numbers").arg(ymd.size())};
        QList<int> n;
        for (qsizetype i = 0; i < ymd.size(); ++i) {
            const auto value = jsoninput::wholeNumber(ymd[i]);
            if (!value)
                throw Failure{item(item(pp, 0), i),
                              QStringLiteral("expected a whole number, found %1")
                                  .arg(ymd[i].isString() ? QStringLiteral("\"%1\"").arg(ymd[i].toString())
                                                         : typeName(ymd[i]))};
            n << *value;
        }
        if (n.isEmpty())
            return {};
        QString iso = QStringLiteral("%1").arg(n[0], 4, 10, QLatin1Char('0'));
        if (n.size() > 1)
            iso += QStringLiteral("-%1").arg(n[1], 2, 10, QLatin1Char('0'));
        if (n.size() > 2)
            iso += QStringLiteral("-%1").arg(n[2], 2, 10, QLatin1Char('0'));
        if (!PartialDate::parse(iso))
            throw Failure{item(pp, 0),
                          QStringLiteral("%1 is not a date (a year from 1 to 9999, a month from 1 to 12, "
                                         "a day of that month)")
                              .arg(iso)};
        return iso;
    } else {
        raw = v.toObject()
                  .value(QLatin1String("raw"))
                  .toString(v.toObject().value(QLatin1String("literal")).toString());
    }
    raw = raw.trimmed().replace(u'/', u'-');
    if (PartialDate::parse(raw))
        return raw;
    if (!raw.isEmpty())
        report.warning(
            p, {}, QStringLiteral("the date \"%1\" is not YYYY, YYYY-MM or YYYY-MM-DD; left out").arg(raw));
    return {};
}

// A key cut to at most length characters that still ends as a key must: cutting
// "a.b" after the dot would leave "a.", which no reader takes.
QString cutKey(const QString &key, qsizetype length)
{
    QString k = key.left(length);
    while (!k.isEmpty() && !(k.back().isLetterOrNumber() || k.back() == u'_'))
        k.chop(1);
    return k;
}

constexpr qsizetype maxKeyLength = 200; // guide::isValidSourceKey

// Keeps the key when it is a valid citation key; otherwise the nearest valid one.
QString validKey(const QString &wanted)
{
    if (guide::isValidSourceKey(wanted))
        return wanted;
    // "Müller2020" -> "Muller2020": drop accents before replacing what is left.
    QString k;
    const QString decomposed = wanted.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            k += c;
    }
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_:.#$%&+?<>~/-]+"));
    k.replace(bad, QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$"));
    k.remove(edges);
    return cutKey(k, maxKeyLength);
}

QString fallbackKey(const Source &s)
{
    QString base = guide::slugify(s.outlet);
    const QStringList words = guide::slugify(s.title).split(u'-', Qt::SkipEmptyParts).mid(0, 4);
    if (!words.isEmpty())
        base += (base.isEmpty() ? QString() : QStringLiteral("-")) + words.join(u'-');
    return base.isEmpty() ? QStringLiteral("source") : base;
}

// Keys in use, and for each base the next number to try, so that a thousand
// sources wanting one key take linear time, not quadratic.
struct KeySet
{
    QSet<QString> taken;
    QHash<QString, int> next;

    // base when free, else base-2, base-3, ...; the base is cut so that the
    // number still fits in a key's 200 characters.
    QString unique(const QString &base)
    {
        if (!taken.contains(base)) {
            taken.insert(base);
            return base;
        }
        for (int n = std::max(2, next.value(base));; ++n) {
            const QString suffix = u'-' + QString::number(n);
            const QString k = cutKey(base, maxKeyLength - suffix.size()) + suffix;
            if (!taken.contains(k)) {
                next.insert(base, n + 1);
                taken.insert(k);
                return k;
            }
        }
    }
};

// Fills the empty fields of into from from.
void fillGaps(Source &into, const Source &from)
{
    for (auto field : {&Source::outlet, &Source::title, &Source::url, &Source::published, &Source::accessed,
                       &Source::summary}) {
        if ((into.*field).isEmpty())
            into.*field = from.*field;
    }
}

const QSet<QString> &knownFields()
{
    static const QSet<QString> fields = {QStringLiteral("id"),
                                         QStringLiteral("citation-key"),
                                         QStringLiteral("type"),
                                         QStringLiteral("title"),
                                         QStringLiteral("container-title"),
                                         QStringLiteral("publisher"),
                                         QStringLiteral("URL"),
                                         QStringLiteral("DOI"),
                                         QStringLiteral("issued"),
                                         QStringLiteral("accessed"),
                                         QStringLiteral("abstract"),
                                         QStringLiteral("custom"),
                                         QStringLiteral("note")};
    return fields;
}

} // namespace

QString normalisedUrl(const QString &url)
{
    const QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return url.trimmed();
    QString host = u.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QUrlQuery query(u);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    items.removeIf([](const auto &kv) { return kv.first.startsWith(QLatin1String("utm_")); });
    std::sort(items.begin(), items.end());
    QString out = host + path;
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i == 0 ? u'?' : u'&') + items[i].first + u'=' + items[i].second;
    return out;
}

std::optional<QList<Source>> read(const QByteArray &data, const QString &fileName, ImportReport *report,
                                  QString *error)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    const auto doc = jsoninput::parse(data, fileName, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error =
                fileName + QStringLiteral(": expected a JSON array of CSL items (what Zotero exports as CSL "
                                          "JSON), found an object");
        return std::nullopt;
    }
    const QJsonArray items = doc->array();
    QList<Source> out;
    QList<QString> dois;
    QList<QString> paths;
    KeySet keys;
    // The first source with each URL and DOI: found by lookup, so a long list stays linear.
    QHash<QString, qsizetype> byUrl;
    QHash<QString, qsizetype> byDoi;
    auto remember = [](QHash<QString, qsizetype> &index, const QString &value, qsizetype at) {
        if (!value.isEmpty() && index.value(value, at) >= at)
            index.insert(value, at);
    };
    QSet<QString> dropped;
    try {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString p = item(QString(), i);
            if (!items[i].isObject())
                throw Failure{
                    p, QStringLiteral("expected a CSL item (an object), found %1").arg(typeName(items[i]))};
            const QJsonObject o = items[i].toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!knownFields().contains(it.key()))
                    dropped.insert(it.key());
            }
            Source s;
            s.id = guide::newId();
            s.title = string(o, p, QStringLiteral("title"));
            s.outlet = string(o, p, QStringLiteral("container-title"));
            if (s.outlet.isEmpty())
                s.outlet = string(o, p, QStringLiteral("publisher"));
            s.summary = string(o, p, QStringLiteral("abstract"));
            const QString doi = string(o, p, QStringLiteral("DOI")).toLower();
            s.url = string(o, p, QStringLiteral("URL"));
            if (!s.url.isEmpty() && !guide::isValidWebUrl(s.url)) {
                r.warning(child(p, QStringLiteral("URL")), QStringLiteral("sources[%1].url").arg(out.size()),
                          QStringLiteral("\"%1\" is not an http or https URL; left out").arg(s.url));
                s.url.clear();
            }
            if (s.url.isEmpty() && !doi.isEmpty()) {
                const QString doiUrl = QStringLiteral("https://doi.org/") + doi;
                if (guide::isValidWebUrl(doiUrl)) {
                    s.url = doiUrl;
                    r.info(child(p, QStringLiteral("DOI")), QStringLiteral("sources[%1].url").arg(out.size()),
                           QStringLiteral("no URL; used the DOI's %1").arg(doiUrl));
                }
            }
            s.published = date(o, p, QStringLiteral("issued"), r);
            s.accessed = date(o, p, QStringLiteral("accessed"), r);
            const QJsonValue custom = o.value(QLatin1String("custom"));
            if (custom.isObject() && custom.toObject().contains(QLatin1String("relevance"))) {
                const auto n = jsoninput::wholeNumber(custom.toObject().value(QLatin1String("relevance")));
                if (!n || *n < 1 || *n > 10)
                    throw Failure{child(p, QStringLiteral("custom.relevance")),
                                  QStringLiteral("expected a whole number from 1 to 10")};
                s.relevance = *n;
            }

            // The citation key: "citation-key" (CSL 1.0.2), else "id".
            QString wanted = string(o, p, QStringLiteral("citation-key"));
            if (wanted.isEmpty())
                wanted = string(o, p, QStringLiteral("id"));
            QString key = validKey(wanted);
            if (key.isEmpty())
                key = fallbackKey(s);
            // Merge an item that is the same source as an earlier one.
            const QString norm = s.url.isEmpty() ? QString() : normalisedUrl(s.url);
            const qsizetype sameUrl = norm.isEmpty() ? -1 : byUrl.value(norm, -1);
            const qsizetype sameDoi = doi.isEmpty() ? -1 : byDoi.value(doi, -1);
            const qsizetype same =
                sameUrl < 0 ? sameDoi : (sameDoi < 0 ? sameUrl : std::min(sameUrl, sameDoi));
            if (same >= 0) {
                const bool hadUrl = !out[same].url.isEmpty();
                fillGaps(out[same], s);
                if (!hadUrl && !out[same].url.isEmpty())
                    remember(byUrl, normalisedUrl(out[same].url), same);
                r.warning(p, QStringLiteral("sources[%1]").arg(same),
                          QStringLiteral(
                              "\"%1\" is the same source as %2 (\"%3\", same %4); merged into key \"%3\"")
                              .arg(wanted.isEmpty() ? key : wanted, paths[same], out[same].key,
                                   (!doi.isEmpty() && dois[same] == doi) ? QStringLiteral("DOI")
                                                                         : QStringLiteral("URL")));
                continue;
            }
            s.key = keys.unique(key);
            if (s.key != wanted)
                r.info(
                    p, QStringLiteral("sources[%1].key").arg(out.size()),
                    wanted.isEmpty()
                        ? QStringLiteral("no id; made the citation key \"%1\"").arg(s.key)
                        : QStringLiteral("the id \"%1\" became the citation key \"%2\"").arg(wanted, s.key));
            remember(byUrl, norm, out.size());
            remember(byDoi, doi, out.size());
            out << s;
            dois << doi;
            paths << p;
        }
    } catch (const Failure &f) {
        if (error)
            *error = fileName + QStringLiteral(": ") + f.path + QStringLiteral(": ") + f.message;
        return std::nullopt;
    }
    if (!dropped.isEmpty()) {
        QStringList names(dropped.cbegin(), dropped.cend());
        names.sort();
        r.info({}, QStringLiteral("sources"),
               QStringLiteral("CSL fields a guide source has no place for were not kept: %1")
                   .arg(names.join(u", ")));
    }
    r.info({}, QStringLiteral("sources"), QStringLiteral("read %1 source(s)").arg(out.size()));
    return out;
}

void mergeInto(Guide &guide, const QList<Source> &sources, ImportReport *report)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    KeySet keys;
    // The first source with each URL and key, kept current as sources are updated and added.
    QHash<QString, qsizetype> byUrl;
    QHash<QString, qsizetype> byKey;
    auto remember = [](QHash<QString, qsizetype> &index, const QString &value, qsizetype at) {
        if (!value.isEmpty() && index.value(value, at) >= at)
            index.insert(value, at);
    };
    for (qsizetype i = 0; i < guide.sources.size(); ++i) {
        keys.taken.insert(guide.sources[i].key);
        remember(byUrl, normalisedUrl(guide.sources[i].url), i);
        remember(byKey, guide.sources[i].key, i);
    }
    for (const Source &incoming : sources) {
        const QString norm = incoming.url.isEmpty() ? QString() : normalisedUrl(incoming.url);
        qsizetype match = norm.isEmpty() ? -1 : byUrl.value(norm, -1);
        const qsizetype sameKey = byKey.value(incoming.key, -1);
        if (match < 0 && sameKey >= 0 &&
            (norm.isEmpty() || guide.sources[sameKey].url.isEmpty() ||
             normalisedUrl(guide.sources[sameKey].url) == norm))
            match = sameKey;
        const QString path = QStringLiteral("sources[%1]").arg(match < 0 ? guide.sources.size() : match);
        if (match >= 0) {
            Source &s = guide.sources[match];
            for (auto field : {&Source::outlet, &Source::title, &Source::url, &Source::published,
                               &Source::accessed, &Source::summary}) {
                if (!(incoming.*field).isEmpty())
                    s.*field = incoming.*field;
            }
            remember(byUrl, normalisedUrl(s.url), match);
            r.info({}, path,
                   s.key == incoming.key
                       ? QStringLiteral("updated source \"%1\"").arg(s.key)
                       : QStringLiteral(
                             "\"%1\" is the guide's source \"%2\" (same URL); updated it and kept its key")
                             .arg(incoming.key, s.key));
            continue;
        }
        Source s = incoming;
        s.id = guide::newId();
        s.key = keys.unique(incoming.key);
        if (s.key != incoming.key)
            r.warning({}, path + QStringLiteral(".key"),
                      QStringLiteral(
                          "the guide already has a different source with the key \"%1\"; added this one as "
                          "\"%2\"")
                          .arg(incoming.key, s.key));
        remember(byUrl, norm, guide.sources.size());
        remember(byKey, s.key, guide.sources.size());
        guide.sources << s;
        r.info({}, path, QStringLiteral("added source \"%1\"").arg(s.key));
    }
}

QByteArray write(const Guide &guide)
{
    auto dateParts = [](const QString &iso) {
        QJsonArray parts;
        if (const auto d = PartialDate::parse(iso)) {
            parts << d->year();
            if (d->month())
                parts << d->month();
            if (d->day())
                parts << d->day();
        }
        // Built by append: a braced QJsonArray{parts} is a copy with some compilers, a nesting with others.
        QJsonArray outer;
        outer.append(parts);
        return QJsonObject{{QStringLiteral("date-parts"), outer}};
    };
    QJsonArray items;
    for (const Source &s : guide.sources) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), s.key);
        o.insert(QStringLiteral("type"),
                 s.outlet.isEmpty() ? QStringLiteral("webpage") : QStringLiteral("article-newspaper"));
        o.insert(QStringLiteral("title"), s.title);
        if (!s.outlet.isEmpty())
            o.insert(QStringLiteral("container-title"), s.outlet);
        if (!s.url.isEmpty())
            o.insert(QStringLiteral("URL"), s.url);
        if (!s.published.isEmpty())
            o.insert(QStringLiteral("issued"), dateParts(s.published));
        if (!s.accessed.isEmpty())
            o.insert(QStringLiteral("accessed"), dateParts(s.accessed));
        if (!s.summary.isEmpty())
            o.insert(QStringLiteral("abstract"), s.summary);
        o.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("relevance"), s.relevance}});
        items << o;
    }
    // QJsonDocument writes keys in sorted order: the same guide gives the same bytes.
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace almanac::csljson
