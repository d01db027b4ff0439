#include "timelineexport.h"

#include "guide/partialdate.h"
#include "io/timelinejs.h"
#include "render/markdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace almanac::publish {

QByteArray timelineJson(const Guide &guide)
{
    const MarkdownRenderer md(
        [&guide](const QString &key) { return static_cast<int>(guide.sourceIndex(key) + 1); });
    auto html = [&md](const QString &markdown) {
        return QString::fromStdString(md.toHtml(markdown)).trimmed();
    };

    QJsonArray events;
    for (const TimelineEntry &e : guide.timeline) {
        const auto date = PartialDate::parse(e.date);
        if (!date)
            continue;
        auto point = [](const PartialDate::Point &p) {
            QJsonObject o{{QStringLiteral("year"), p.year}};
            // TimelineJS has no seasons: the season's first month, named in display_date.
            if (p.month)
                o.insert(QStringLiteral("month"), p.isSeason() ? (p.month - 20) * 3 : p.month);
            if (p.day)
                o.insert(QStringLiteral("day"), p.day);
            return o;
        };
        // An imported slide goes out as it came (media, group, background, …); what
        // was edited here goes out as edited.
        QJsonObject event = e.timelinejs;
        if (e.timelinejs.isEmpty() || timelinejs::slideDate(e.timelinejs) != e.date) {
            event.insert(QStringLiteral("start_date"), point(date->start()));
            if (date->end())
                event.insert(QStringLiteral("end_date"), point(*date->end()));
            else
                event.remove(QStringLiteral("end_date"));
            if (!date->month() || date->isSeason() || date->isCirca() || date->year() < 0)
                event.insert(QStringLiteral("display_date"), date->toDisplayString());
            else
                event.remove(QStringLiteral("display_date"));
        }
        if (e.timelinejs.isEmpty() ||
            timelinejs::slideText(e.timelinejs) != std::pair(e.title, e.description))
            event.insert(QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                                     {QStringLiteral("text"), html(e.description)}});
        if (!event.contains(QLatin1String("unique_id")))
            event.insert(QStringLiteral("unique_id"), QStringLiteral("event-") + e.id);
        events.append(event);
    }
    QJsonObject root = guide.timelinejs;
    if (!root.contains(QLatin1String("title")))
        root.insert(QStringLiteral("title"),
                    QJsonObject{{QStringLiteral("text"),
                                 QJsonObject{{QStringLiteral("headline"), guide.title.toHtmlEscaped()},
                                             {QStringLiteral("text"), html(guide.tldr)}}},
                                {QStringLiteral("unique_id"), QStringLiteral("title-") + guide.id}});
    root.insert(QStringLiteral("events"), events);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace almanac::publish
