#include "validate.h"

#include "io/guidefile.h"
#include "language.h"
#include "messages.h"
#include "partialdate.h"

#include <QSet>

namespace almanac::guide {

namespace {

std::optional<Problem> problem(const char *code, const QString &message)
{
    return Problem{QLatin1String(code), message};
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return GuideText::tr("%1 KiB").arg((bytes + 1023) / 1024);
    return GuideText::tr("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

// Valid Unicode and at most maxBytes of UTF-8; what says what the field holds.
std::optional<Problem> textWithin(QStringView text, qsizetype maxBytes, const QString &what)
{
    const qsizetype bytes = utf8Size(text);
    if (bytes > maxBytes)
        return problem("too-large", GuideText::tr("%1 of %2; a field like this may hold at most %3")
                                        .arg(sizeText(bytes), what, sizeText(maxBytes)));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            // SQLite's conversion to UTF-16 swallows the character after a lone surrogate.
            return problem("bad-text",
                           GuideText::tr("expected valid Unicode text, found an unpaired surrogate "
                                         "(U+%1 at character %2)")
                               .arg(QString::number(c.unicode(), 16).toUpper())
                               .arg(i + 1));
        }
    }
    return std::nullopt;
}

// An upper bound of the guide file's size, from the text it holds: each UTF-16
// unit takes at most six bytes ("\u0000"), each item's keys and indent less than 400.
qint64 guideFileBound(const Guide &g)
{
    qint64 units = g.id.size() + g.slug.size() + g.title.size() + g.subject.size() + g.kind.size() +
                   g.level.size() + g.status.size() + g.tldr.size();
    qint64 items = 1;
    for (const Takeaway &t : g.takeaways)
        units += t.id.size() + t.text.size();
    for (const Section &s : g.sections)
        units += s.id.size() + s.heading.size() + s.body.size();
    for (const TimelineEntry &e : g.timeline) {
        units += e.id.size() + e.date.size() + e.title.size() + e.description.size();
        for (const QString &k : e.sources)
            units += k.size();
        items += e.sources.size();
    }
    for (const QStringList *list : {&g.topics, &g.related}) {
        for (const QString &s : *list)
            units += s.size();
    }
    for (const FaqEntry &f : g.faq)
        units += f.id.size() + f.question.size() + f.answer.size();
    for (const Source &s : g.sources)
        units += s.id.size() + s.key.size() + s.outlet.size() + s.title.size() + s.url.size() +
                 s.published.size() + s.accessed.size() + s.summary.size();
    items += g.takeaways.size() + g.sections.size() + g.timeline.size() + g.topics.size() + g.faq.size() +
             g.related.size() + g.sources.size();
    return 6 * units + 400 * items + 1024;
}

// Walks a guide in the order of its parts, collecting problems.
class Validator
{
public:
    explicit Validator(qsizetype limit) : m_limit(limit) {}

    QList<Invalid> out;

    bool full() const { return out.size() >= m_limit; }

    void check(const QString &place, const std::optional<Problem> &p)
    {
        if (p && !full())
            out.append({p->code, place, p->message});
    }

    void id(const QString &place, const QString &id)
    {
        if (const auto p = rules::id(id)) {
            check(place, p);
        } else if (m_ids.contains(id)) {
            check(place, problem("duplicate-id", GuideText::tr("id %1 is used twice in this guide").arg(id)));
        }
        m_ids.insert(id);
    }

    void guide(const Guide &g)
    {
        id(QStringLiteral("id"), g.id);
        check(QStringLiteral("slug"), rules::slug(g.slug));
        check(QStringLiteral("title"), rules::text(g.title));
        check(QStringLiteral("subject"), rules::text(g.subject));
        check(QStringLiteral("kind"), rules::text(g.kind));
        check(QStringLiteral("level"), rules::oneOf(g.level, levels));
        check(QStringLiteral("status"), rules::oneOf(g.status, statuses));
        check(QStringLiteral("language"), rules::language(g.language));
        check(QStringLiteral("created"), rules::timestamp(g.created));
        check(QStringLiteral("updated"), rules::timestamp(g.updated));
        check(QStringLiteral("tldr"), rules::markdown(g.tldr));
        for (qsizetype i = 0; i < g.takeaways.size() && !full(); ++i) {
            const QString p = item(u"takeaways", i);
            id(p + QStringLiteral(".id"), g.takeaways[i].id);
            check(p + QStringLiteral(".text"), rules::takeaway(g.takeaways[i].text));
        }
        for (qsizetype i = 0; i < g.sections.size() && !full(); ++i) {
            const QString p = item(u"sections", i);
            id(p + QStringLiteral(".id"), g.sections[i].id);
            check(p + QStringLiteral(".heading"), rules::heading(g.sections[i].heading));
            check(p + QStringLiteral(".body"), rules::markdown(g.sections[i].body));
        }
        for (qsizetype i = 0; i < g.timeline.size() && !full(); ++i)
            entry(item(u"timeline", i), g.timeline[i]);
        for (qsizetype i = 0; i < g.topics.size() && !full(); ++i)
            check(item(u"topics", i), rules::topic(g.topics[i]));
        for (qsizetype i = 0; i < g.faq.size() && !full(); ++i) {
            const QString p = item(u"faq", i);
            id(p + QStringLiteral(".id"), g.faq[i].id);
            check(p + QStringLiteral(".question"), rules::text(g.faq[i].question));
            check(p + QStringLiteral(".answer"), rules::markdown(g.faq[i].answer));
        }
        for (qsizetype i = 0; i < g.related.size() && !full(); ++i)
            check(item(u"related", i), rules::slug(g.related[i]));
        for (qsizetype i = 0; i < g.sources.size() && !full(); ++i)
            source(item(u"sources", i), g.sources[i]);
        if (!full() && guideFileBound(g) > maxGuideBytes) {
            const qsizetype size = guidefile::write(g).size();
            if (size > maxGuideBytes)
                check(QString(),
                      problem("too-large", GuideText::tr("the guide file would be %1; a guide may be "
                                                         "at most %2")
                                               .arg(sizeText(size), sizeText(maxGuideBytes))));
        }
    }

    void entry(const QString &p, const TimelineEntry &e)
    {
        id(p + QStringLiteral(".id"), e.id);
        check(p + QStringLiteral(".date"), rules::date(e.date));
        check(p + QStringLiteral(".title"), rules::text(e.title));
        check(p + QStringLiteral(".description"), rules::markdown(e.description));
        for (qsizetype k = 0; k < e.sources.size(); ++k)
            check(p + QStringLiteral(".sources[%1]").arg(k), rules::sourceKey(e.sources[k]));
    }

    void source(const QString &p, const Source &s)
    {
        id(p + QStringLiteral(".id"), s.id);
        check(p + QStringLiteral(".key"), rules::sourceKey(s.key));
        check(p + QStringLiteral(".outlet"), rules::text(s.outlet));
        check(p + QStringLiteral(".title"), rules::text(s.title));
        check(p + QStringLiteral(".url"), rules::webUrl(s.url));
        check(p + QStringLiteral(".published"), rules::date(s.published));
        check(p + QStringLiteral(".accessed"), rules::date(s.accessed));
        check(p + QStringLiteral(".relevance"), rules::relevance(s.relevance));
        check(p + QStringLiteral(".summary"), rules::text(s.summary));
    }

    static QString item(QStringView part, qsizetype index)
    {
        return part.toString() + u'[' + QString::number(index) + u']';
    }

private:
    qsizetype m_limit;
    QSet<QString> m_ids;
};

std::optional<Invalid> first(const Validator &v)
{
    if (v.out.isEmpty())
        return std::nullopt;
    return v.out.first();
}

} // namespace

QString Invalid::toString() const
{
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

namespace rules {

std::optional<Problem> id(QStringView id)
{
    if (isValidId(id))
        return std::nullopt;
    return problem("bad-id", GuideText::tr("\"%1\" is not a lowercase UUID").arg(id.left(100)));
}

std::optional<Problem> slug(QStringView slug)
{
    if (isValidSlug(slug))
        return std::nullopt;
    return problem("bad-slug",
                   GuideText::tr("\"%1\" is not a slug (lowercase letters, digits and single hyphens)")
                       .arg(slug.left(200)));
}

std::optional<Problem> sourceKey(QStringView key)
{
    if (isValidSourceKey(key))
        return std::nullopt;
    return problem("bad-source-key",
                   GuideText::tr("\"%1\" is not a citation key (letters, digits, _ and inner punctuation)")
                       .arg(key.left(300)));
}

std::optional<Problem> date(QStringView date)
{
    if (date.isEmpty() || PartialDate::parse(date))
        return std::nullopt;
    return problem(
        "bad-date",
        GuideText::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD; -YYYY, seasons, ~ and ranges "
                      "as the guide format allows)")
            .arg(date.left(100)));
}

std::optional<Problem> webUrl(const QString &url)
{
    //: What the field holds: the %2 in "%1 of %2; a field like this may hold at most %3".
    if (const auto p = textWithin(url, maxTextBytes, GuideText::tr("text")))
        return p;
    if (url.isEmpty() || isValidWebUrl(url))
        return std::nullopt;
    return problem("bad-url", GuideText::tr("\"%1\" is not an http or https URL").arg(url.left(300)));
}

std::optional<Problem> relevance(int relevance)
{
    if (relevance >= 1 && relevance <= 10)
        return std::nullopt;
    return problem("bad-relevance", GuideText::tr("relevance %1 is not from 1 to 10").arg(relevance));
}

std::optional<Problem> oneOf(const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return std::nullopt;
    return problem("bad-value",
                   GuideText::tr("\"%1\" is not one of: %2").arg(value.left(100), allowed.join(u", ")));
}

std::optional<Problem> timestamp(const QDateTime &time)
{
    const QString text = timestampText(time);
    if (time.isValid() && timestampFromText(text).isValid())
        return std::nullopt;
    return problem("bad-timestamp",
                   GuideText::tr("\"%1\" is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)").arg(text));
}

std::optional<Problem> markdown(QStringView text)
{
    //: What the field holds: the %2 in "%1 of %2; a field like this may hold at most %3".
    return textWithin(text, maxMarkdownBytes, GuideText::tr("Markdown"));
}

std::optional<Problem> text(QStringView text)
{
    //: What the field holds: the %2 in "%1 of %2; a field like this may hold at most %3".
    return textWithin(text, maxTextBytes, GuideText::tr("text"));
}

std::optional<Problem> takeaway(QStringView text)
{
    if (const auto p = rules::text(text))
        return p;
    if (text.contains(u'\n') || text.contains(u'\r'))
        return problem("bad-value", GuideText::tr("a takeaway is one line; this one has a line break"));
    return std::nullopt;
}

std::optional<Problem> heading(QStringView text)
{
    if (const auto p = rules::text(text))
        return p;
    // A heading is a line of its own in the Markdown form: a line break would end it there.
    if (text.contains(u'\n') || text.contains(u'\r'))
        return problem("bad-value", GuideText::tr("a heading is one line; this one has a line break"));
    return std::nullopt;
}

std::optional<Problem> topic(QStringView topic)
{
    if (const auto p = text(topic))
        return p;
    if (topic.trimmed().isEmpty())
        return problem("bad-value", GuideText::tr("a topic may not be empty"));
    return std::nullopt;
}

std::optional<Problem> language(QStringView tag)
{
    if (tag.isEmpty() || language::isValid(tag))
        return std::nullopt;
    return problem("bad-language",
                   GuideText::tr("\"%1\" is not a language tag (BCP 47: a language such as \"de\", "
                                 "\"ar\" or \"he\", then an optional script and region, as in "
                                 "\"sr-Latn\" or \"de-AT\")")
                       .arg(tag.left(40)));
}

} // namespace rules

QList<Invalid> problems(const Guide &guide, qsizetype limit)
{
    Validator v(limit);
    v.guide(guide);
    return v.out;
}

std::optional<Invalid> validate(const Guide &guide)
{
    Validator v(1);
    v.guide(guide);
    return first(v);
}

std::optional<Invalid> validate(const QList<Source> &sources)
{
    Validator v(1);
    for (qsizetype i = 0; i < sources.size() && !v.full(); ++i)
        v.source(Validator::item(u"sources", i), sources[i]);
    return first(v);
}

std::optional<Invalid> validate(const QList<TimelineEntry> &entries)
{
    Validator v(1);
    for (qsizetype i = 0; i < entries.size() && !v.full(); ++i)
        v.entry(Validator::item(u"timeline", i), entries[i]);
    return first(v);
}

} // namespace almanac::guide
