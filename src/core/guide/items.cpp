#include "guide/items.h"

namespace almanac::items {

namespace {

// Calls fn(list, field) with the part's item list and a pointer to the member
// holding its text; returns what fn returns, or fallback for any other name.
template <typename R, typename Fn> R onPart(const Guide &g, QStringView part, R fallback, Fn fn)
{
    if (part == u"takeaways")
        return fn(g.takeaways, &Takeaway::text);
    if (part == u"sections")
        return fn(g.sections, &Section::body);
    if (part == u"timeline")
        return fn(g.timeline, &TimelineEntry::description);
    if (part == u"faq")
        return fn(g.faq, &FaqEntry::answer);
    if (part == u"sources")
        return fn(g.sources, &Source::summary);
    return fallback;
}

template <typename List> qsizetype find(const List &list, QStringView id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

bool isPart(QStringView part)
{
    return part == u"metadata" || !textField(part).isEmpty();
}

qsizetype count(const Guide &guide, QStringView part)
{
    if (part == u"metadata")
        return 1;
    return onPart(guide, part, qsizetype(0), [](const auto &list, auto) { return list.size(); });
}

QString idAt(const Guide &guide, QStringView part, qsizetype index)
{
    if (part == u"metadata")
        return index == 0 ? guide.id : QString();
    return onPart(guide, part, QString(), [index](const auto &list, auto) {
        return index >= 0 && index < list.size() ? list[index].id : QString();
    });
}

qsizetype indexOf(const Guide &guide, QStringView part, QStringView id)
{
    if (part == u"metadata")
        return id == guide.id ? 0 : -1;
    return onPart(guide, part, qsizetype(-1), [id](const auto &list, auto) { return find(list, id); });
}

QString textField(QStringView part)
{
    if (part == u"metadata")
        return QStringLiteral("tldr");
    static const struct
    {
        const char16_t *part;
        const char *field;
    } fields[] = {{u"takeaways", "text"},
                  {u"sections", "body"},
                  {u"timeline", "description"},
                  {u"faq", "answer"},
                  {u"sources", "summary"}};
    for (const auto &f : fields) {
        if (part == f.part)
            return QLatin1String(f.field);
    }
    return {};
}

std::optional<QString> text(const Guide &guide, QStringView part, QStringView id)
{
    if (part == u"metadata")
        return id == guide.id ? std::optional<QString>(guide.tldr) : std::nullopt;
    return onPart(guide, part, std::optional<QString>(), [id](const auto &list, auto field) {
        const qsizetype i = find(list, id);
        return i < 0 ? std::optional<QString>() : std::optional<QString>(list[i].*field);
    });
}

} // namespace almanac::items
