#include "timelinejs.h"

#include "guide/partialdate.h"
#include "guide/validate.h"
#include "io/jsoninput.h"

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

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
        {QStringLiteral("egrave"), QStringLiteral("\u00E8")},
        {QStringLiteral("aacute"), QStringLiteral("\u00E1")},
        {QStringLiteral("ouml"), QStringLiteral("\u00F6")},
        {QStringLiteral("uuml"), QStringLiteral("\u00FC")},
        {QStringLiteral("auml"), QStringLiteral("\u00E4")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint cp = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                : name.mid(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && cp != '\t'))
            return QStringLiteral("\uFFFD");
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name);
}

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
                const QString decoded = decodeEntity(raw.mid(i + 1, semi - i - 1).toString());
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

QString dateOf(const QJsonObject &slide, const QString &path, ImportReport &report)
{
    const QJsonValue v = slide.value(QLatin1String("start_date"));
    const QString p = child(path, QStringLiteral("start_date"));
    if (v.isUndefined() || v.isNull()) {
        report.warning(path, {},
                       QStringLiteral("the event has no start_date; its date is left empty; fill it in"));
        return {};
    }
    if (!v.isObject())
        throw Failure{p, QStringLiteral("expected an object like {\"year\": 2015, \"month\": 8}, found %1")
                             .arg(typeName(v))};
    const QJsonObject d = v.toObject();
    auto part = [&](const QString &key, bool required) -> std::optional<int> {
        const QJsonValue x = d.value(key);
        if (x.isUndefined() || x.isNull() || (x.isString() && x.toString().trimmed().isEmpty())) {
            if (required)
                throw Failure{child(p, key), QStringLiteral("missing (TimelineJS needs a year)")};
            return std::nullopt;
        }
        const auto n = jsoninput::wholeNumber(x);
        if (!n)
            throw Failure{child(p, key),
                          QStringLiteral("expected a whole number, found %1")
                              .arg(x.isString() ? QStringLiteral("\"%1\"").arg(x.toString()) : typeName(x))};
        return n;
    };
    const int year = *part(QStringLiteral("year"), true);
    const auto month = part(QStringLiteral("month"), false);
    const auto day = part(QStringLiteral("day"), false);
    if (day && !month)
        throw Failure{child(p, QStringLiteral("month")), QStringLiteral("missing (a day needs a month)")};
    if (year < 1 || year > 9999) {
        report.warning(
            p, {},
            QStringLiteral("the year %1 is outside 1-9999, which a guide date cannot hold; the date "
                           "is left empty")
                .arg(year));
        return {};
    }
    QString iso = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month)
        iso += QStringLiteral("-%1").arg(*month, 2, 10, QLatin1Char('0'));
    if (day)
        iso += QStringLiteral("-%1").arg(*day, 2, 10, QLatin1Char('0'));
    if (!PartialDate::parse(iso))
        throw Failure{
            p, QStringLiteral("%1 is not a date (a month from 1 to 12, a day of that month)").arg(iso)};
    return iso;
}

QString stringAt(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        throw Failure{child(path, key), QStringLiteral("expected a string, found %1").arg(typeName(v))};
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

std::optional<QList<TimelineEntry>> read(const QByteArray &data, const QString &fileName,
                                         ImportReport *report, QString *error)
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
                        QStringLiteral("expected a TimelineJS object ({\"events\": [...]}), found an array"));
    const QJsonObject root = doc->object();
    const QJsonValue events = root.value(QLatin1String("events"));
    if (events.isUndefined())
        return failWith(QStringLiteral("events"),
                        QStringLiteral("missing (a TimelineJS file has an array of events)"));
    if (!events.isArray())
        return failWith(QStringLiteral("events"),
                        QStringLiteral("expected an array, found %1").arg(typeName(events)));
    QList<TimelineEntry> entries;
    try {
        const QJsonArray list = events.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = item(QStringLiteral("events"), i);
            if (!list[i].isObject())
                throw Failure{
                    p, QStringLiteral("expected an event (an object), found %1").arg(typeName(list[i]))};
            const QJsonObject slide = list[i].toObject();
            TimelineEntry e;
            e.id = guide::newId();
            e.date = dateOf(slide, p, r);
            const QJsonValue text = slide.value(QLatin1String("text"));
            if (!text.isUndefined() && !text.isNull() && !text.isObject())
                throw Failure{child(p, QStringLiteral("text")),
                              QStringLiteral("expected an object with headline and text, found %1")
                                  .arg(typeName(text))};
            const QString tp = child(p, QStringLiteral("text"));
            // A title is one line: the headline's paragraphs run together.
            e.title =
                htmlToText(stringAt(text.toObject(), tp, QStringLiteral("headline"))).replace(u'\n', u' ');
            e.description = htmlToText(stringAt(text.toObject(), tp, QStringLiteral("text")));
            if (e.title.isEmpty())
                r.warning(p, {}, QStringLiteral("the event has no headline; give the entry a title"));
            entries << e;
        }
        if (root.contains(QLatin1String("title")))
            r.info(QStringLiteral("title"), {},
                   QStringLiteral("the title slide is not a timeline entry and was not imported"));
        if (root.contains(QLatin1String("eras")))
            r.info(QStringLiteral("eras"), {},
                   QStringLiteral("eras have no place in a guide and were not imported"));
    } catch (const Failure &f) {
        return failWith(f.path, f.message);
    }
    std::stable_sort(entries.begin(), entries.end(), dateLess);
    r.info({}, QStringLiteral("timeline"),
           QStringLiteral("read %1 event(s), sorted by date").arg(entries.size()));
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
                   QStringLiteral("skipped \"%1\" (%2): the guide has it already")
                       .arg(e.title, e.date.isEmpty() ? QStringLiteral("no date") : e.date));
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
                QStringLiteral("timeline entry \"%1\" has no date; fill it in").arg(guide.timeline[i].title));
    }
    r.info({}, QStringLiteral("timeline"), QStringLiteral("added %1 timeline entr(ies)").arg(added));
}

} // namespace almanac::timelinejs
