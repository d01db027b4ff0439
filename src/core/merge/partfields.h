#pragma once

#include "guide/guide.h"
#include "listmerge.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

// The guide's parts as the merge sees them: which field merges word by word and
// which as one value, with access by name for resolve(). Not for callers.
namespace almanac::merge::detail {

enum class How
{
    Words,  // Markdown and prose: diff3 over word tokens
    Value,  // names, keys, dates, URLs, numbers, key lists: taken whole
    Members // a kept record (CSL item, TimelineJS fields): member by member, each a value
};

template <typename Item> struct Field
{
    QLatin1StringView name;
    How how;
    std::variant<QString Item::*, int Item::*, QStringList Item::*, QJsonObject Item::*> member;
};

inline QString valueText(const QString &v)
{
    return v;
}
inline QString valueText(int v)
{
    return QString::number(v);
}
inline QString valueText(const QStringList &v)
{
    return v.join(QStringLiteral(", "));
}

// "metadata" stands for the guide's own fields; the list parts have their file names.
inline constexpr QLatin1StringView metadataPart{"metadata"};

template <typename Item> struct Part;

template <> struct Part<Guide>
{
    using Type = Guide;
    static const QList<Field<Guide>> &fields()
    {
        static const QList<Field<Guide>> f = {
            {QLatin1StringView("id"), How::Value, &Guide::id},
            {QLatin1StringView("slug"), How::Value, &Guide::slug},
            {QLatin1StringView("title"), How::Value, &Guide::title},
            {QLatin1StringView("subject"), How::Value, &Guide::subject},
            {QLatin1StringView("kind"), How::Value, &Guide::kind},
            {QLatin1StringView("level"), How::Value, &Guide::level},
            {QLatin1StringView("status"), How::Value, &Guide::status},
            {QLatin1StringView("language"), How::Value, &Guide::language},
            {QLatin1StringView("tldr"), How::Words, &Guide::tldr},
            {QLatin1StringView("timelinejs"), How::Members, &Guide::timelinejs},
        };
        return f;
    }
};

template <> struct Part<Takeaway>
{
    using Type = Takeaway;
    static constexpr QLatin1StringView name{"takeaways"};
    static constexpr QList<Takeaway> Guide::*list = &Guide::takeaways;
    static const QList<Field<Takeaway>> &fields()
    {
        static const QList<Field<Takeaway>> f = {{QLatin1StringView("text"), How::Words, &Takeaway::text}};
        return f;
    }
    static QString label(const Takeaway &t) { return t.text; }
};

template <> struct Part<Section>
{
    using Type = Section;
    static constexpr QLatin1StringView name{"sections"};
    static constexpr QList<Section> Guide::*list = &Guide::sections;
    static const QList<Field<Section>> &fields()
    {
        static const QList<Field<Section>> f = {{QLatin1StringView("heading"), How::Words, &Section::heading},
                                                {QLatin1StringView("body"), How::Words, &Section::body}};
        return f;
    }
    static QString label(const Section &s) { return s.heading; }
};

template <> struct Part<TimelineEntry>
{
    using Type = TimelineEntry;
    static constexpr QLatin1StringView name{"timeline"};
    static constexpr QList<TimelineEntry> Guide::*list = &Guide::timeline;
    static const QList<Field<TimelineEntry>> &fields()
    {
        static const QList<Field<TimelineEntry>> f = {
            {QLatin1StringView("date"), How::Value, &TimelineEntry::date},
            {QLatin1StringView("title"), How::Words, &TimelineEntry::title},
            {QLatin1StringView("description"), How::Words, &TimelineEntry::description},
            {QLatin1StringView("sources"), How::Value, &TimelineEntry::sources},
            {QLatin1StringView("timelinejs"), How::Members, &TimelineEntry::timelinejs},
        };
        return f;
    }
    static QString label(const TimelineEntry &e)
    {
        return e.date.isEmpty() ? e.title : e.date + QStringLiteral(": ") + e.title;
    }
};

template <> struct Part<FaqEntry>
{
    using Type = FaqEntry;
    static constexpr QLatin1StringView name{"faq"};
    static constexpr QList<FaqEntry> Guide::*list = &Guide::faq;
    static const QList<Field<FaqEntry>> &fields()
    {
        static const QList<Field<FaqEntry>> f = {
            {QLatin1StringView("question"), How::Words, &FaqEntry::question},
            {QLatin1StringView("answer"), How::Words, &FaqEntry::answer}};
        return f;
    }
    static QString label(const FaqEntry &f) { return f.question; }
};

// A citation's outlet and title are the cited work's, so they merge as values;
// only the summary is our prose.
template <> struct Part<Source>
{
    using Type = Source;
    static constexpr QLatin1StringView name{"sources"};
    static constexpr QList<Source> Guide::*list = &Guide::sources;
    static const QList<Field<Source>> &fields()
    {
        static const QList<Field<Source>> f = {
            {QLatin1StringView("key"), How::Value, &Source::key},
            {QLatin1StringView("outlet"), How::Value, &Source::outlet},
            {QLatin1StringView("title"), How::Value, &Source::title},
            {QLatin1StringView("url"), How::Value, &Source::url},
            {QLatin1StringView("published"), How::Value, &Source::published},
            {QLatin1StringView("accessed"), How::Value, &Source::accessed},
            {QLatin1StringView("relevance"), How::Value, &Source::relevance},
            {QLatin1StringView("summary"), How::Words, &Source::summary},
            {QLatin1StringView("csl"), How::Members, &Source::csl},
        };
        return f;
    }
    static QString label(const Source &s) { return s.key; }
};

// Calls f(Part<Item>{}) for the list part with this name and returns what it
// returns; false when there is no such part.
template <typename F> bool forPart(QStringView name, F &&f)
{
    if (name == Part<Takeaway>::name)
        return f(Part<Takeaway>{});
    if (name == Part<Section>::name)
        return f(Part<Section>{});
    if (name == Part<TimelineEntry>::name)
        return f(Part<TimelineEntry>{});
    if (name == Part<FaqEntry>::name)
        return f(Part<FaqEntry>{});
    if (name == Part<Source>::name)
        return f(Part<Source>{});
    return false;
}

// The field of Item with this name, or nullptr. A record's member ("csl.DOI")
// names its record's field.
template <typename Item> const Field<Item> *fieldNamed(QStringView name)
{
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0)
        name = name.left(dot);
    for (const Field<Item> &f : Part<Item>::fields()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// Keys of the items of a list: their ids, a repeated id told apart (the guide
// file forbids repeats, but a guide in memory may have them).
template <typename Item> QStringList itemKeys(const QList<Item> &items)
{
    QStringList ids;
    ids.reserve(items.size());
    for (const Item &i : items)
        ids.append(i.id);
    return occurrenceKeys(ids);
}

} // namespace almanac::merge::detail
