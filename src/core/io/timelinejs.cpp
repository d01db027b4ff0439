#include "timelinejs.h"

#include "guide/partialdate.h"
#include "guide/validate.h"
#include "io/jsoninput.h"
#include "io/richtext.h"
#include "messages.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace almanac::timelinejs {

using jsoninput::child;
using jsoninput::item;
using jsoninput::typeName;

namespace {

struct Failure
{
    QString path;
    QString message;
};

const QChar paragraphMark(0xE000); // private-use: never in decoded text (it is escaped below)
const QChar lineMark(0xE001);

// Decodes entities, escapes Markdown and collapses white space in one run of text.
QString textRun(QStringView raw)
{
    QString out;
    bool space = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString piece(raw[i]);
        if (raw[i] == u'&') {
            // An entity is short: look no further than its longest name, so "&&&..." stays linear.
            const qsizetype semi = raw.mid(i + 1, 12).indexOf(u';') + i + 1;
            if (semi > i + 1) {
                const QString decoded = richtext::decodeEntity(raw.mid(i + 1, semi - i - 1).toString());
                if (!decoded.isEmpty()) {
                    piece = decoded;
                    i = semi;
                }
            }
        }
        for (const QChar c : std::as_const(piece)) {
            if (c.isSpace() || c == paragraphMark || c == lineMark) {
                space = true;
                continue;
            }
            if (space)
                out += u' ';
            space = false;
            if (QStringView(u"\\`*_<>[]#").contains(c))
                out += u'\\';
            out += c;
        }
    }
    if (space)
        out += u' ';
    return out;
}

// One TimelineJS date object ({"year": -13800000000, "month": "", …}) as a point;
// nothing when it has no year. TimelineJS allows any whole year.
std::optional<PartialDate::Point> pointOf(const QJsonObject &d, const QString &p)
{
    auto blank = [](const QJsonValue &x) {
        return x.isUndefined() || x.isNull() || (x.isString() && x.toString().trimmed().isEmpty());
    };
    auto part = [&](const QString &key) -> std::optional<int> {
        const QJsonValue x = d.value(key);
        if (blank(x))
            return std::nullopt;
        const auto n = jsoninput::wholeNumber(x);
        if (!n)
            throw Failure{child(p, key),
                          ImportText::tr("expected a whole number, found %1")
                              .arg(x.isString() ? QStringLiteral("\"%1\"").arg(x.toString()) : typeName(x))};
        return n;
    };
    const QJsonValue y = d.value(QLatin1String("year"));
    if (blank(y))
        throw Failure{child(p, QStringLiteral("year")), ImportText::tr("missing (TimelineJS needs a year)")};
    const auto year = jsoninput::wholeYear(y);
    if (!year)
        throw Failure{child(p, QStringLiteral("year")),
                      ImportText::tr("expected a whole number, found %1")
                          .arg(y.isString() ? QStringLiteral("\"%1\"").arg(y.toString()) : typeName(y))};
    const auto month = part(QStringLiteral("month"));
    const auto day = part(QStringLiteral("day"));
    if (day && !month)
        throw Failure{child(p, QStringLiteral("month")), ImportText::tr("missing (a day needs a month)")};
    PartialDate::Point point{*year, month.value_or(0), day.value_or(0), false};
    if (!PartialDate::isValid(point) || point.isSeason()) {
        QString text = QString::number(*year);
        if (month)
            text += QStringLiteral("-%1").arg(*month, 2, 10, QLatin1Char('0'));
        if (day)
            text += QStringLiteral("-%1").arg(*day, 2, 10, QLatin1Char('0'));
        throw Failure{
            p, ImportText::tr("%1 is not a date (a month from 1 to 12, a day of that month)").arg(text)};
    }
    return point;
}

QString dateOf(const QJsonObject &slide, const QString &path, ImportReport &report)
{
    const QJsonValue v = slide.value(QLatin1String("start_date"));
    const QString p = child(path, QStringLiteral("start_date"));
    if (v.isUndefined() || v.isNull()) {
        report.warning(path, {},
                       ImportText::tr("the event has no start_date; its date is left empty; fill it in"));
        return {};
    }
    if (!v.isObject())
        throw Failure{p, ImportText::tr("expected an object like {\"year\": 2015, \"month\": 8}, found %1")
                             .arg(typeName(v))};
    const auto start = pointOf(v.toObject(), p);
    std::optional<PartialDate::Point> end;
    const QJsonValue e = slide.value(QLatin1String("end_date"));
    if (e.isObject() && !e.toObject().isEmpty())
        end = pointOf(e.toObject(), child(path, QStringLiteral("end_date")));
    else if (!e.isUndefined() && !e.isNull() && !e.isObject())
        throw Failure{child(path, QStringLiteral("end_date")),
                      ImportText::tr("expected an object like {\"year\": 2015}, found %1").arg(typeName(e))};
    if (end && *end == *start)
        end.reset();
    return PartialDate(*start, end).toString();
}

QString stringAt(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        throw Failure{child(path, key), ImportText::tr("expected a string, found %1").arg(typeName(v))};
    // "\ud800" in JSON decodes to a lone surrogate, which no guide may hold.
    if (const auto problem = guide::rules::text(v.toString()); problem && problem->code == u"bad-text")
        throw Failure{child(path, key), problem->message};
    return v.toString();
}

bool dateLess(const TimelineEntry &a, const TimelineEntry &b)
{
    const auto da = PartialDate::parse(a.date);
    const auto db = PartialDate::parse(b.date);
    if (!da || !db)
        return da.has_value() && !db.has_value(); // undated entries go last
    return *da < *db;
}

} // namespace

QString htmlToText(const QString &html)
{
    static const QRegularExpression tagRe(QStringLiteral("^<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>"));
    static const QRegularExpression hrefRe(QStringLiteral("href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QStringList blocks = {
        QStringLiteral("p"),  QStringLiteral("div"),        QStringLiteral("li"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("blockquote"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"),         QStringLiteral("h5"), QStringLiteral("h6")};
    QString out;
    qsizetype linkStart = -1;
    QString href;
    QString skipUntil; // inside <script> or <style>: drop everything to the closing tag
    qsizetype i = 0;
    qsizetype gt = -1; // the next '>' at or after the current '<'; -1 once there is none
    bool noMoreTags = false;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (skipUntil.isEmpty())
            out += textRun(QStringView(html).mid(i, textEnd - i));
        if (lt < 0)
            break;
        // A tag ends at the next '>'. Found once and reused, so that "<a<a<a..." without
        // one stays linear instead of scanning to the end from every '<'.
        if (!noMoreTags && gt < lt) {
            gt = html.indexOf(u'>', lt);
            noMoreTags = gt < 0;
        }
        const QStringView tag = noMoreTags ? QStringView() : QStringView(html).sliced(lt, gt - lt + 1);
        const auto m = tagRe.match(tag, 0, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            // "<!-- -->" or a stray "<": skip a comment, keep a lone "<" as text.
            if (QStringView(html).mid(lt).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(QStringLiteral("-->"), lt + 4);
                i = end < 0 ? html.size() : end + 3;
            } else {
                if (skipUntil.isEmpty())
                    out += QStringLiteral("\\<");
                i = lt + 1;
            }
            continue;
        }
        i = lt + m.capturedLength();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (!skipUntil.isEmpty()) {
            if (closing && name == skipUntil)
                skipUntil.clear();
            continue;
        }
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            skipUntil = name;
        } else if (name == QLatin1String("br")) {
            out += lineMark;
        } else if (blocks.contains(name)) {
            out += paragraphMark;
            if (!closing && name == QLatin1String("li"))
                out += QStringLiteral("- ");
        } else if (name == QLatin1String("a") && !closing) {
            const auto h = hrefRe.match(m.captured(3));
            href = h.captured(1).isEmpty() ? h.captured(2) : h.captured(1);
            href = textRun(href).remove(u'\\').trimmed(); // entities decoded, no Markdown escapes in a URL
            linkStart = out.size();
        } else if (name == QLatin1String("a") && closing && linkStart >= 0) {
            const QString text = out.mid(linkStart).trimmed();
            if (!text.isEmpty() && !text.contains(paragraphMark) && !text.contains(lineMark) &&
                guide::isValidWebUrl(href) && !href.contains(u')') && !href.contains(u' ')) {
                // Rewritten in place: rebuilding the whole text per link would be quadratic.
                const bool space = QStringView(out).sliced(linkStart).startsWith(u' ');
                out.truncate(linkStart);
                out += (space ? QStringLiteral(" [") : QStringLiteral("[")) + text + QStringLiteral("](") +
                       href + u')';
            }
            linkStart = -1;
        }
    }
    // Paragraphs apart by a blank line, <br> a line break; spaces at their edges dropped.
    QStringList paragraphs;
    for (const QString &p : out.split(paragraphMark)) {
        QStringList lines;
        static const QRegularExpression spaces(QStringLiteral("  +"));
        for (const QString &l : p.split(lineMark))
            lines << QString(l).replace(spaces, QStringLiteral(" ")).trimmed();
        const QString joined = lines.join(u'\n').trimmed();
        if (!joined.isEmpty())
            paragraphs << joined;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

namespace {

// A headline is plain text: the Markdown escapes htmlToText adds come off again.
QString plainHeadline(const QString &html)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_<>\\[\\]#])"));
    return htmlToText(html).replace(u'\n', u' ').replace(escape, QStringLiteral("\\1"));
}

TimelineEntry event3(const QJsonObject &slide, const QString &p, ImportReport &r)
{
    TimelineEntry e;
    e.id = guide::newId();
    e.date = dateOf(slide, p, r);
    const QJsonValue text = slide.value(QLatin1String("text"));
    if (!text.isUndefined() && !text.isNull() && !text.isObject())
        throw Failure{
            child(p, QStringLiteral("text")),
            ImportText::tr("expected an object with headline and text, found %1").arg(typeName(text))};
    const QString tp = child(p, QStringLiteral("text"));
    // A title is one line: the headline's paragraphs run together.
    e.title = plainHeadline(stringAt(text.toObject(), tp, QStringLiteral("headline")));
    e.description = htmlToText(stringAt(text.toObject(), tp, QStringLiteral("text")));
    if (e.title.isEmpty() && !slide.contains(QLatin1String("media")))
        r.warning(p, {}, ImportText::tr("the event has no headline; give the entry a title"));
    // Everything else the slide says (media, group, background, display_date, …) is
    // kept whole for timeline.json; the page shows the entry's date, title and text.
    e.timelinejs = slide;
    return e;
}

// TimelineJS 2: {"timeline": {"date": [{"startDate": "2011,12,10", "headline": …}]}}.
QString date2(const QJsonObject &o, const QString &p, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return {};
    if (!v.isString() && !v.isDouble())
        throw Failure{child(p, key),
                      ImportText::tr("expected a date like \"2011,12,10\", found %1").arg(typeName(v))};
    const QStringList parts =
        v.isString() ? v.toString().split(u',') : QStringList{QString::number(v.toDouble(), 'f', 0)};
    QJsonObject d;
    static const char *const names[] = {"year", "month", "day"};
    for (qsizetype i = 0; i < parts.size() && i < 3; ++i)
        d.insert(QLatin1String(names[i]), parts[i].trimmed());
    return PartialDate(*pointOf(d, child(p, key))).toString();
}

// A TimelineJS 2 date or the title as a TimelineJS 3 slide: its asset becomes media,
// its tag the group, its dates start_date and end_date; the rest is kept as it is.
QJsonObject slideFrom2(const QJsonObject &o)
{
    QJsonObject slide;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        if (k == u"asset" && it->isObject()) {
            QJsonObject media = it->toObject();
            if (media.contains(QLatin1String("media")))
                media.insert(QStringLiteral("url"), media.take(QStringLiteral("media")));
            slide.insert(QStringLiteral("media"), media);
        } else if (k == u"tag") {
            slide.insert(QStringLiteral("group"), *it);
        } else if (k == u"startDate" || k == u"endDate") {
            QJsonObject d;
            static const char *const names[] = {"year", "month", "day", "hour", "minute", "second"};
            const QStringList parts = it->toString().split(u',');
            for (qsizetype i = 0; i < parts.size() && i < 6; ++i)
                d.insert(QLatin1String(names[i]), parts[i].trimmed());
            slide.insert(k == u"startDate" ? QStringLiteral("start_date") : QStringLiteral("end_date"), d);
        } else if (k == u"headline" || k == u"text") {
            QJsonObject text = slide.value(QLatin1String("text")).toObject();
            text.insert(k, *it);
            slide.insert(QStringLiteral("text"), text);
        } else {
            slide.insert(k, *it);
        }
    }
    return slide;
}

TimelineEntry event2(const QJsonObject &o, const QString &p, ImportReport &r)
{
    TimelineEntry e;
    e.id = guide::newId();
    const QString start = date2(o, p, QStringLiteral("startDate"));
    const QString end = date2(o, p, QStringLiteral("endDate"));
    e.date = start.isEmpty() || end.isEmpty() || end == start ? start : start + u'/' + end;
    if (start.isEmpty())
        r.warning(p, {}, ImportText::tr("the event has no startDate; its date is left empty; fill it in"));
    e.title = plainHeadline(stringAt(o, p, QStringLiteral("headline")));
    e.description = htmlToText(stringAt(o, p, QStringLiteral("text")));
    if (e.title.isEmpty())
        r.warning(p, {}, ImportText::tr("the event has no headline; give the entry a title"));
    e.timelinejs = slideFrom2(o);
    return e;
}

} // namespace

std::optional<QList<TimelineEntry>> read(const QByteArray &data, const QString &fileName,
                                         ImportReport *report, QString *error, QJsonObject *extras)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    const auto doc = jsoninput::parse(data, fileName, error);
    if (!doc)
        return std::nullopt;
    auto failWith = [&](const QString &path, const QString &message) -> std::optional<QList<TimelineEntry>> {
        if (error)
            *error = fileName + QStringLiteral(": ") +
                     (path.isEmpty() ? QString() : path + QStringLiteral(": ")) + message;
        return std::nullopt;
    };
    if (!doc->isObject())
        return failWith({},
                        ImportText::tr("expected a TimelineJS object ({\"events\": [...]}), found an array"));
    QJsonObject root = doc->object();
    QString listKey = QStringLiteral("events");
    QString prefix;
    bool version2 = false;
    // {"timeline": {...}}: TimelineJS 2 ("date" entries with "startDate"), or an early
    // TimelineJS 3 file that wraps its "slides" the same way.
    if (!root.contains(listKey) && root.value(QLatin1String("timeline")).isObject()) {
        root = root.value(QLatin1String("timeline")).toObject();
        prefix = QStringLiteral("timeline.");
        version2 = root.contains(QLatin1String("date"));
        listKey = version2                                 ? QStringLiteral("date")
                  : root.contains(QLatin1String("slides")) ? QStringLiteral("slides")
                                                           : QStringLiteral("events");
        r.info(QStringLiteral("timeline"), {},
               version2
                   ? ImportText::tr("a TimelineJS 2 file ({\"timeline\": {\"date\": [...]}}); read as such")
                   : ImportText::tr("an early TimelineJS 3 file ({\"timeline\": {\"%1\": [...]}}); read as "
                                    "such")
                         .arg(listKey));
    }
    const QString listPath = prefix + listKey;
    const QJsonValue events = root.value(listKey);
    if (events.isUndefined())
        return failWith(listPath, ImportText::tr("missing (a TimelineJS file has an array of events)"));
    if (!events.isArray())
        return failWith(listPath, ImportText::tr("expected an array, found %1").arg(typeName(events)));
    QList<TimelineEntry> entries;
    const QJsonArray list = events.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = item(listPath, i);
        // An event that cannot be taken is one message; the rest come in.
        try {
            if (!list[i].isObject())
                throw Failure{
                    p, ImportText::tr("expected an event (an object), found %1").arg(typeName(list[i]))};
            if (const auto bad = jsoninput::badText(list[i], p))
                throw Failure{bad->first, bad->second};
            ImportReport eventReport;
            const TimelineEntry e = version2 ? event2(list[i].toObject(), p, eventReport)
                                             : event3(list[i].toObject(), p, eventReport);
            // What the guide could not hold (a title over its size, …) skips this event only.
            if (const auto invalid = guide::validate(QList<TimelineEntry>{e}))
                throw Failure{
                    p, invalid->toString().replace(QLatin1String("timeline[0]"), QLatin1String("entry"))};
            entries << e;
            r.append(eventReport);
        } catch (const Failure &f) {
            r.error(f.path, ImportText::tr("%1; %2 was skipped").arg(f.message, p));
        }
    }
    // The title slide, eras and scale are kept for timeline.json.
    QJsonObject kept;
    if (version2) {
        QJsonObject title = root;
        title.remove(QStringLiteral("date"));
        title.remove(QStringLiteral("era"));
        kept.insert(QStringLiteral("title"), slideFrom2(title));
        QJsonArray eras;
        for (const QJsonValue &era : root.value(QLatin1String("era")).toArray())
            eras.append(slideFrom2(era.toObject()));
        if (!eras.isEmpty())
            kept.insert(QStringLiteral("eras"), eras);
    } else {
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != listKey)
                kept.insert(it.key(), *it);
        }
    }
    if (!kept.isEmpty())
        r.info(prefix.isEmpty() ? QStringLiteral("title") : QStringLiteral("timeline"),
               QStringLiteral("timelinejs"),
               ImportText::tr("kept for timeline.json: %1").arg(kept.keys().join(QStringLiteral(", "))));
    if (extras)
        *extras = kept;
    std::stable_sort(entries.begin(), entries.end(), dateLess);
    const qsizetype skipped = r.errorCount();
    r.info(
        {}, QStringLiteral("timeline"),
        skipped
            ? ImportText::tr("read %1 event(s), sorted by date; %2 skipped").arg(entries.size()).arg(skipped)
            : ImportText::tr("read %n event(s), sorted by date", nullptr, int(entries.size())));
    return entries;
}

void mergeInto(Guide &guide, const QList<TimelineEntry> &entries, ImportReport *report)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    int added = 0;
    QSet<std::pair<QString, QString>> known; // date and title: looked up, not searched for
    for (const TimelineEntry &t : std::as_const(guide.timeline))
        known.insert({t.date, t.title});
    for (const TimelineEntry &e : entries) {
        if (known.contains({e.date, e.title})) {
            r.info({}, QStringLiteral("timeline"),
                   ImportText::tr("skipped \"%1\" (%2): the guide has it already")
                       .arg(e.title, e.date.isEmpty() ? ImportText::tr("no date") : e.date));
            continue;
        }
        guide.timeline << e;
        ++added;
    }
    std::stable_sort(guide.timeline.begin(), guide.timeline.end(), dateLess);
    for (qsizetype i = 0; i < guide.timeline.size(); ++i) {
        if (guide.timeline[i].date.isEmpty())
            r.warning(
                {}, QStringLiteral("timeline[%1].date").arg(i),
                ImportText::tr("timeline entry \"%1\" has no date; fill it in").arg(guide.timeline[i].title));
    }
    r.info({}, QStringLiteral("timeline"), ImportText::tr("added %n timeline entr(ies)", nullptr, added));
}

QString slideDate(const QJsonObject &slide)
{
    try {
        ImportReport ignored;
        return slide.value(QLatin1String("start_date")).isObject() ? dateOf(slide, {}, ignored) : QString();
    } catch (const Failure &) {
        return {};
    }
}

std::pair<QString, QString> slideText(const QJsonObject &slide)
{
    const QJsonObject text = slide.value(QLatin1String("text")).toObject();
    return {plainHeadline(text.value(QLatin1String("headline")).toString()),
            htmlToText(text.value(QLatin1String("text")).toString())};
}

void mergeExtras(Guide &guide, const QJsonObject &extras, ImportReport *report)
{
    for (auto it = extras.begin(); it != extras.end(); ++it) {
        if (guide.timelinejs.contains(it.key())) {
            if (report && guide.timelinejs.value(it.key()) != *it)
                report->warning(
                    {}, QStringLiteral("timelinejs.") + it.key(),
                    ImportText::tr("the guide has a TimelineJS %1 already; kept it").arg(it.key()));
            continue;
        }
        guide.timelinejs.insert(it.key(), *it);
    }
}

} // namespace almanac::timelinejs
