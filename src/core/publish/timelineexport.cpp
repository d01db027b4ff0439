#include "timelineexport.h"

#include "guide/partialdate.h"
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
        QJsonObject start{{QStringLiteral("year"), date->year()}};
        if (date->month())
            start.insert(QStringLiteral("month"), date->month());
        if (date->day())
            start.insert(QStringLiteral("day"), date->day());
        QJsonObject event{
            {QStringLiteral("start_date"), start},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                                                 {QStringLiteral("text"), html(e.description)}}},
            {QStringLiteral("unique_id"), QStringLiteral("event-") + e.id}};
        if (!date->month())
            event.insert(QStringLiteral("display_date"), QString::number(date->year()));
        events.append(event);
    }
    const QJsonObject title{
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), guide.title.toHtmlEscaped()},
                                             {QStringLiteral("text"), html(guide.tldr)}}},
        {QStringLiteral("unique_id"), QStringLiteral("title-") + guide.id}};
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Indented);
}

} // namespace almanac::publish
