#include "csljson.h"

#include "guide/validate.h"
#include "io/citationkeys.h"
#include "io/csldate.h"
#include "io/jsoninput.h"
#include "io/richtext.h"
#include "messages.h"

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

// An item that cannot be taken: where, and why.
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
        throw Failure{child(path, key), ImportText::tr("expected a string, found %1").arg(typeName(v))};
    // "\ud800" in JSON decodes to a lone surrogate, which no guide may hold.
    if (const auto problem = guide::rules::text(v.toString()); problem && problem->code == u"bad-text")
        throw Failure{child(path, key), problem->message};
    return v.toString().trimmed();
}

// A text field with CSL rich text or JATS made plain; a title is one line.
QString plain(const QJsonObject &o, const QString &path, const QString &key, bool oneLine)
{
    const QString text = richtext::toPlainText(string(o, path, key));
    return oneLine ? text.simplified() : text;
}

// "https://doi.org/10.1000/x", "doi:10.1000/x" -> "10.1000/x".
// The CSL keys (CSL-JSON schema 1.0.2): an array whose objects have none of
// them besides "id" is not CSL-JSON.
const QSet<QString> &cslKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> k;
        for (const char *name : {"type",
                                 "citation-key",
                                 "categories",
                                 "language",
                                 "journalAbbreviation",
                                 "shortTitle",
                                 "author",
                                 "chair",
                                 "collection-editor",
                                 "compiler",
                                 "composer",
                                 "container-author",
                                 "contributor",
                                 "curator",
                                 "director",
                                 "editor",
                                 "editorial-director",
                                 "executive-producer",
                                 "guest",
                                 "host",
                                 "interviewer",
                                 "illustrator",
                                 "narrator",
                                 "organizer",
                                 "original-author",
                                 "performer",
                                 "producer",
                                 "recipient",
                                 "reviewed-author",
                                 "script-writer",
                                 "series-creator",
                                 "translator",
                                 "accessed",
                                 "available-date",
                                 "event-date",
                                 "issued",
                                 "original-date",
                                 "submitted",
                                 "abstract",
                                 "annote",
                                 "archive",
                                 "archive_collection",
                                 "archive_location",
                                 "archive-place",
                                 "authority",
                                 "call-number",
                                 "chapter-number",
                                 "citation-number",
                                 "citation-label",
                                 "collection-number",
                                 "collection-title",
                                 "container-title",
                                 "container-title-short",
                                 "dimensions",
                                 "division",
                                 "DOI",
                                 "edition",
                                 "event",
                                 "event-title",
                                 "event-place",
                                 "genre",
                                 "ISBN",
                                 "ISSN",
                                 "issue",
                                 "jurisdiction",
                                 "keyword",
                                 "medium",
                                 "note",
                                 "number",
                                 "number-of-pages",
                                 "number-of-volumes",
                                 "original-publisher",
                                 "original-publisher-place",
                                 "original-title",
                                 "page",
                                 "page-first",
                                 "part",
                                 "part-title",
                                 "PMCID",
                                 "PMID",
                                 "printing",
                                 "publisher",
                                 "publisher-place",
                                 "references",
                                 "reviewed-genre",
                                 "reviewed-title",
                                 "scale",
                                 "section",
                                 "source",
                                 "status",
                                 "supplement",
                                 "title",
                                 "title-short",
                                 "URL",
                                 "version",
                                 "volume",
                                 "volume-title",
                                 "volume-title-short",
                                 "year-suffix",
                                 "custom"})
            k.insert(QString::fromLatin1(name));
        return k;
    }();
    return keys;
}

// What a CSL item's editorial fields read as: the same at import and at export,
// so that export can tell a field edited here from one that still reads as the
// item gave it.
struct Derived
{
    Source source; // outlet, title, url, published, accessed, summary, relevance
    QString doi;   // bare
    QString literalIssued;
};

Derived derive(const QJsonObject &o, const QString &p, ImportReport &r)
{
    Derived d;
    Source &s = d.source;
    s.title = plain(o, p, QStringLiteral("title"), true);
    s.outlet = plain(o, p, QStringLiteral("container-title"), true);
    if (s.outlet.isEmpty())
        s.outlet = plain(o, p, QStringLiteral("publisher"), true);
    s.summary = plain(o, p, QStringLiteral("abstract"), false);
    d.doi = bareDoi(string(o, p, QStringLiteral("DOI")));
    s.url = string(o, p, QStringLiteral("URL"));
    if (!s.url.isEmpty() && !guide::isValidWebUrl(s.url)) {
        r.warning(child(p, QStringLiteral("URL")), {},
                  ImportText::tr("\"%1\" is not an http or https URL; kept in the CSL record, not linked")
                      .arg(s.url));
        s.url.clear();
    }
    if (s.url.isEmpty() && !d.doi.isEmpty()) {
        const QString doiUrl = QStringLiteral("https://doi.org/") + d.doi;
        if (guide::isValidWebUrl(doiUrl)) {
            s.url = doiUrl;
            r.info(child(p, QStringLiteral("DOI")), {},
                   ImportText::tr("no URL; links to the DOI's %1").arg(doiUrl));
        }
    }
    const csldate::Date issued =
        csldate::read(o.value(QLatin1String("issued")), child(p, QStringLiteral("issued")), r);
    s.published = issued.text;
    d.literalIssued = issued.literal;
    s.accessed =
        csldate::read(o.value(QLatin1String("accessed")), child(p, QStringLiteral("accessed")), r).text;
    const QJsonValue custom = o.value(QLatin1String("custom"));
    if (custom.isObject() && custom.toObject().contains(QLatin1String("relevance"))) {
        const auto n = jsoninput::wholeNumber(custom.toObject().value(QLatin1String("relevance")));
        if (!n || *n < 1 || *n > 10)
            throw Failure{child(p, QStringLiteral("custom.relevance")),
                          ImportText::tr("expected a whole number from 1 to 10")};
        s.relevance = *n;
    }
    return d;
}

// Fills the empty fields of into from from.
void fillGaps(Source &into, const Source &from)
{
    for (auto field : {&Source::outlet, &Source::title, &Source::url, &Source::published, &Source::accessed,
                       &Source::summary}) {
        if ((into.*field).isEmpty())
            into.*field = from.*field;
    }
    // The record gains what only the other item had, but for the fields the editorial
    // ones are read from: those stay as the first item gave them.
    static const QSet<QString> mapped = {QStringLiteral("id"),        QStringLiteral("citation-key"),
                                         QStringLiteral("title"),     QStringLiteral("container-title"),
                                         QStringLiteral("publisher"), QStringLiteral("URL"),
                                         QStringLiteral("DOI"),       QStringLiteral("abstract"),
                                         QStringLiteral("issued"),    QStringLiteral("accessed"),
                                         QStringLiteral("custom")};
    for (auto it = from.csl.begin(); it != from.csl.end(); ++it) {
        if (!into.csl.contains(it.key()) && !mapped.contains(it.key()))
            into.csl.insert(it.key(), it.value());
    }
}

// What the top level of a JSON file that is not CSL looks like, for the message.
QString describe(const QJsonArray &items)
{
    QSet<QString> keys;
    qsizetype objects = 0;
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            continue;
        ++objects;
        const QStringList k = v.toObject().keys();
        keys.unite(QSet<QString>(k.cbegin(), k.cend()));
    }
    if (objects == 0)
        return ImportText::tr("an array of %n value(s) and no objects", nullptr, int(items.size()));
    QStringList names(keys.cbegin(), keys.cend());
    names.sort();
    const bool more = names.size() > 8;
    names = names.mid(0, 8);
    return ImportText::tr(
               "an array of %n object(s) with none of CSL's keys (type, title, author, issued, DOI, "
               "URL, …); their keys are %1%2",
               nullptr, int(objects))
        .arg(names.join(QStringLiteral(", ")), more ? QStringLiteral(", …") : QString());
}

bool hasCslKey(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"id" && cslKeys().contains(it.key()))
            return true;
    }
    return false;
}

} // namespace

QString authorsText(const QJsonObject &item)
{
    auto names = [](const QJsonArray &people) {
        QStringList out;
        for (const QJsonValue &v : people) {
            const QJsonObject p = v.toObject();
            QString name = p.value(QLatin1String("literal")).toString();
            if (name.isEmpty()) {
                QStringList parts;
                for (const char *part :
                     {"given", "dropping-particle", "non-dropping-particle", "family", "suffix"}) {
                    const QString text = p.value(QLatin1String(part)).toString().trimmed();
                    // "van der" given both as a particle and inside the family name is said once.
                    if (!text.isEmpty() && !(QLatin1String(part) == QLatin1String("non-dropping-particle") &&
                                             p.value(QLatin1String("family")).toString().startsWith(text)))
                        parts << text;
                }
                name = parts.join(u' ');
            }
            if (!name.isEmpty())
                out << richtext::toPlainText(name);
        }
        return out;
    };
    QStringList people = names(item.value(QLatin1String("author")).toArray());
    const bool editors = people.isEmpty();
    if (editors)
        people = names(item.value(QLatin1String("editor")).toArray());
    if (people.isEmpty())
        return {};
    QString text = people.mid(0, 6).join(QStringLiteral(", "));
    if (people.size() > 6)
        text += QStringLiteral(" et al.");
    return editors ? text + QStringLiteral(" (ed.)") : text;
}

bool looksLikeCslItem(const QJsonObject &object)
{
    return hasCslKey(object);
}

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
    QJsonArray items;
    bool single = false;
    if (doc->isObject()) {
        // One item, as a DOI lookup (content negotiation) returns it.
        if (!hasCslKey(doc->object())) {
            if (error)
                *error = ImportText::tr("%1: a JSON object with none of CSL's keys (type, title, author, "
                                        "issued, DOI, …); expected a CSL-JSON array of items or one item")
                             .arg(fileName);
            return std::nullopt;
        }
        items.append(doc->object());
        single = true;
    } else {
        items = doc->array();
        if (!items.isEmpty() && std::none_of(items.cbegin(), items.cend(),
                                             [](const QJsonValue &v) { return hasCslKey(v.toObject()); })) {
            if (error)
                *error = ImportText::tr("%1: not CSL-JSON: %2").arg(fileName, describe(items));
            return std::nullopt;
        }
    }
    QList<Source> out;
    QList<QString> dois;
    QList<QString> paths;
    citationkeys::KeySet keys;
    // The first source with each URL and DOI: found by lookup, so a long list stays linear.
    QHash<QString, qsizetype> byUrl;
    QHash<QString, qsizetype> byDoi;
    auto remember = [](QHash<QString, qsizetype> &index, const QString &value, qsizetype at) {
        if (!value.isEmpty() && index.value(value, at) >= at)
            index.insert(value, at);
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString p = single ? QString() : item(QString(), i);
        //: Names a CSL item in a file that holds only one, as in "the item was skipped"
        const QString where = p.isEmpty() ? ImportText::tr("the item") : p;
        Source s;
        QString wanted;
        QString doi;
        // An item that cannot be taken is one message; the rest come in.
        try {
            if (!items[i].isObject())
                throw Failure{
                    p, ImportText::tr("expected a CSL item (an object), found %1").arg(typeName(items[i]))};
            QJsonObject o = items[i].toObject();
            if (const auto bad = jsoninput::badText(o, p))
                throw Failure{bad->first, bad->second};
            ImportReport itemReport;
            const Derived d = derive(o, p, itemReport);
            // The citation key: "citation-key" (CSL 1.0.2), else "id".
            wanted = string(o, p, QStringLiteral("citation-key"));
            if (wanted.isEmpty())
                wanted = string(o, p, QStringLiteral("id"));
            r.append(itemReport);
            s = d.source;
            s.id = guide::newId();
            doi = d.doi.toLower();
            if (!d.doi.isEmpty() && o.value(QLatin1String("DOI")).toString().trimmed() != d.doi) {
                r.info(child(p, QStringLiteral("DOI")), {},
                       ImportText::tr("the DOI \"%1\" is kept as %2")
                           .arg(o.value(QLatin1String("DOI")).toString(), d.doi));
                o.insert(QStringLiteral("DOI"), d.doi);
            }
            s.csl = o;
        } catch (const Failure &f) {
            r.error(f.path.isEmpty() ? where : f.path,
                    ImportText::tr("%1; %2 was skipped").arg(f.message, where));
            continue;
        }
        QString key = citationkeys::validKey(wanted);
        if (key.isEmpty())
            key = citationkeys::fallbackKey(s);
        // Merge an item that is the same source as an earlier one.
        const QString norm = s.url.isEmpty() ? QString() : normalisedUrl(s.url);
        const qsizetype sameUrl = norm.isEmpty() ? -1 : byUrl.value(norm, -1);
        const qsizetype sameDoi = doi.isEmpty() ? -1 : byDoi.value(doi, -1);
        const qsizetype same = sameUrl < 0 ? sameDoi : (sameDoi < 0 ? sameUrl : std::min(sameUrl, sameDoi));
        if (same >= 0) {
            const bool hadUrl = !out[same].url.isEmpty();
            fillGaps(out[same], s);
            if (!hadUrl && !out[same].url.isEmpty())
                remember(byUrl, normalisedUrl(out[same].url), same);
            r.warning(
                p, QStringLiteral("sources[%1]").arg(same),
                ImportText::tr("\"%1\" is the same source as %2 (\"%3\", same %4); merged into key \"%3\"")
                    .arg(wanted.isEmpty() ? key : wanted, paths[same], out[same].key,
                         (!doi.isEmpty() && dois[same] == doi) ? QStringLiteral("DOI")
                                                               : QStringLiteral("URL")));
            continue;
        }
        s.key = keys.unique(key);
        // What the guide could not hold (a title over its size, …) skips this item only.
        if (const auto invalid = guide::validate(QList<Source>{s})) {
            r.error(p.isEmpty() ? where : p, ImportText::tr("%1; %2 was skipped")
                                                 .arg(invalid->toString().replace(QLatin1String("sources[0]"),
                                                                                  QLatin1String("source")),
                                                      where));
            continue;
        }
        if (s.key != wanted)
            r.info(p, QStringLiteral("sources[%1].key").arg(out.size()),
                   wanted.isEmpty()
                       ? ImportText::tr("no id; made the citation key \"%1\"").arg(s.key)
                       : ImportText::tr("the id \"%1\" became the citation key \"%2\"").arg(wanted, s.key));
        remember(byUrl, norm, out.size());
        remember(byDoi, doi, out.size());
        out << s;
        dois << doi;
        paths << p;
    }
    const qsizetype skipped = r.errorCount();
    r.info({}, QStringLiteral("sources"),
           skipped ? ImportText::tr("read %1 source(s); %2 item(s) skipped").arg(out.size()).arg(skipped)
                   : ImportText::tr("read %n source(s)", nullptr, int(out.size())));
    return out;
}

void mergeInto(Guide &guide, const QList<Source> &sources, ImportReport *report)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    citationkeys::KeySet keys;
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
            if (!incoming.csl.isEmpty())
                s.csl = incoming.csl;
            remember(byUrl, normalisedUrl(s.url), match);
            r.info({}, path,
                   s.key == incoming.key
                       ? ImportText::tr("updated source \"%1\"").arg(s.key)
                       : ImportText::tr(
                             "\"%1\" is the guide's source \"%2\" (same URL); updated it and kept its key")
                             .arg(incoming.key, s.key));
            continue;
        }
        Source s = incoming;
        s.id = guide::newId();
        s.key = keys.unique(incoming.key);
        if (s.key != incoming.key)
            r.warning({}, path + QStringLiteral(".key"),
                      ImportText::tr(
                          "the guide already has a different source with the key \"%1\"; added this one as "
                          "\"%2\"")
                          .arg(incoming.key, s.key));
        remember(byUrl, norm, guide.sources.size());
        remember(byKey, s.key, guide.sources.size());
        guide.sources << s;
        r.info({}, path, ImportText::tr("added source \"%1\"").arg(s.key));
    }
}

QJsonObject toItem(const Source &s)
{
    QJsonObject o = s.csl;
    ImportReport ignored;
    Derived d;
    if (!s.csl.isEmpty()) {
        try {
            d = derive(s.csl, {}, ignored);
        } catch (const Failure &) {
            d = {}; // a record that no longer reads: the editorial fields go out as they are
        }
    }
    const bool fromHere = s.csl.isEmpty();
    o.insert(QStringLiteral("id"), s.key);
    if (o.contains(QLatin1String("citation-key")))
        o.insert(QStringLiteral("citation-key"), s.key);
    // CSL requires a type: a record started here (an identifier typed in) gets one too.
    if (fromHere || !o.value(QLatin1String("type")).isString())
        o.insert(QStringLiteral("type"),
                 s.outlet.isEmpty() ? QStringLiteral("webpage") : QStringLiteral("article-newspaper"));
    // A field still as the item gave it goes out as given (rich text, a literal date
    // and all); one edited here goes out as edited.
    auto text = [&](const QString &key, const QString &value, const QString &derived) {
        if (!fromHere && value == derived)
            return;
        if (value.isEmpty())
            o.remove(key);
        else
            o.insert(key, value);
    };
    if (fromHere || s.title != d.source.title)
        o.insert(QStringLiteral("title"), s.title); // CSL items always have a title, if empty
    if (!fromHere && s.outlet != d.source.outlet && o.contains(QLatin1String("publisher")) &&
        !o.contains(QLatin1String("container-title")) && s.outlet.isEmpty())
        o.remove(QStringLiteral("publisher"));
    else
        text(QStringLiteral("container-title"), s.outlet, d.source.outlet);
    text(QStringLiteral("URL"), s.url, d.source.url);
    text(QStringLiteral("abstract"), s.summary, d.source.summary);
    auto date = [&](const QString &key, const QString &value, const QString &derived) {
        if (!fromHere && value == derived)
            return;
        if (value.isEmpty())
            o.remove(key);
        else
            o.insert(key, csldate::write(value));
    };
    date(QStringLiteral("issued"), s.published, d.source.published);
    date(QStringLiteral("accessed"), s.accessed, d.source.accessed);
    if (fromHere || s.relevance != d.source.relevance) {
        QJsonObject custom = o.value(QLatin1String("custom")).toObject();
        custom.insert(QStringLiteral("relevance"), s.relevance);
        o.insert(QStringLiteral("custom"), custom);
    }
    return o;
}

QByteArray write(const Guide &guide)
{
    QJsonArray items;
    for (const Source &s : guide.sources)
        items << toItem(s);
    // QJsonDocument writes keys in sorted order: the same guide gives the same bytes.
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

QString bareDoi(const QString &doi)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:(?:https?://)?(?:dx\\.)?doi\\.org/|doi:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(doi).remove(prefix).trimmed();
}

} // namespace almanac::csljson
