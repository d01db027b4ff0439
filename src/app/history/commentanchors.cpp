#include "history/commentanchors.h"

#include "guide/items.h"

#include <QCoreApplication>

namespace almanac::commentanchors {

namespace {

struct Kind
{
    const char *part;
    const char *name; // for people, before the item's own label
};

// The parts in the guide's order.
constexpr Kind kinds[] = {
    {"takeaways", QT_TRANSLATE_NOOP("CommentAnchor", "Takeaway")},
    {"sections", QT_TRANSLATE_NOOP("CommentAnchor", "Section")},
    {"timeline", QT_TRANSLATE_NOOP("CommentAnchor", "Timeline")},
    {"faq", QT_TRANSLATE_NOOP("CommentAnchor", "FAQ")},
    {"sources", QT_TRANSLATE_NOOP("CommentAnchor", "Source")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommentAnchor", text);
}

QString shortened(const QString &text)
{
    const QString one = text.simplified();
    return one.size() > 60 ? one.left(59) + QChar(0x2026) : one;
}

// Calls fn(kind, id, label) for every item of every list part.
template <typename Fn> void forEachItem(const Guide &g, Fn fn)
{
    for (qsizetype i = 0; i < g.takeaways.size(); ++i)
        fn(kinds[0], g.takeaways[i].id, g.takeaways[i].text);
    for (qsizetype i = 0; i < g.sections.size(); ++i)
        fn(kinds[1], g.sections[i].id, g.sections[i].heading);
    for (qsizetype i = 0; i < g.timeline.size(); ++i) {
        const TimelineEntry &e = g.timeline[i];
        fn(kinds[2], e.id, e.date.isEmpty() ? e.title : e.date + QStringLiteral(" · ") + e.title);
    }
    for (qsizetype i = 0; i < g.faq.size(); ++i)
        fn(kinds[3], g.faq[i].id, g.faq[i].question);
    for (qsizetype i = 0; i < g.sources.size(); ++i) {
        const Source &s = g.sources[i];
        fn(kinds[4], s.id, s.title.isEmpty() ? s.key : s.key + QStringLiteral(" · ") + s.title);
    }
}

QString itemLabel(const Kind &kind, const QString &text)
{
    const QString t = shortened(text);
    return t.isEmpty() ? tr(kind.name) : tr(kind.name) + QStringLiteral(": ") + t;
}

QString detailsLabel(const Guide &g)
{
    return g.title.isEmpty()
               ? QCoreApplication::translate("CommentAnchor", "Details")
               : QCoreApplication::translate("CommentAnchor", "Details: %1").arg(shortened(g.title));
}

} // namespace

QList<CommentAnchor> of(const Guide &guide)
{
    QList<CommentAnchor> out{{QStringLiteral("metadata"), guide.id, detailsLabel(guide)}};
    forEachItem(guide, [&](const Kind &kind, const QString &id, const QString &text) {
        out.append({QLatin1String(kind.part), id, itemLabel(kind, text)});
    });
    return out;
}

QString label(const Guide &guide, const QString &part, const QString &partId)
{
    if (part == QLatin1String("metadata"))
        return detailsLabel(guide);
    QString found;
    forEachItem(guide, [&](const Kind &kind, const QString &id, const QString &text) {
        if (found.isEmpty() && id == partId && part == QLatin1String(kind.part))
            found = itemLabel(kind, text);
    });
    if (!found.isEmpty())
        return found;
    for (const Kind &kind : kinds) {
        if (part == QLatin1String(kind.part))
            return QCoreApplication::translate("CommentAnchor", "%1 (no longer in the guide)")
                .arg(tr(kind.name));
    }
    return part;
}

QString placeIn(const Guide &guide, const QString &part, const QString &partId, bool text)
{
    if (part == QLatin1String("metadata"))
        return partId == guide.id ? (text ? QStringLiteral("tldr") : QStringLiteral("title")) : QString();
    const qsizetype i = items::indexOf(guide, part, partId);
    return i < 0 ? QString() : QStringLiteral("%1[%2].%3").arg(part).arg(i).arg(items::textField(part));
}

} // namespace almanac::commentanchors
