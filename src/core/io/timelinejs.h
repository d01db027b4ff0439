#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// TimelineJS 3 JSON ({"events": [slides]}), the format of Knight Lab's timeline
// tool: its events become timeline entries, their HTML made into Markdown-safe
// text, sorted by date.
namespace timelinejs {

// The entries, or nothing with *error set to "FILE: JSON PATH: what was expected".
// An event that cannot be taken is an error finding with its JSON path, and the
// rest are read. Each entry keeps its slide's other fields (media, group,
// background, …) in TimelineEntry::timelinejs; *extras gets what the file has
// beside its events (the title slide, eras, scale). TimelineJS 2 files
// ({"timeline": {"date": [...]}}) are read too, their fields made TimelineJS 3's.
std::optional<QList<TimelineEntry>> read(const QByteArray &data, const QString &fileName,
                                         ImportReport *report, QString *error, QJsonObject *extras = nullptr);

// Adds entries to a guide's timeline, skipping those it already has (same date and
// title), and sorts the timeline by date; undated entries go last, in order.
void mergeInto(Guide &guide, const QList<TimelineEntry> &entries, ImportReport *report);
// Adds what a file had beside its events to the guide's, keeping what the guide has.
void mergeExtras(Guide &guide, const QJsonObject &extras, ImportReport *report);

// "<p>Apollo&nbsp;11 <b>lands</b></p>" -> "Apollo 11 lands": tags stripped (links
// kept as Markdown links), entities decoded, Markdown syntax escaped.
QString htmlToText(const QString &html);

// What a slide's start_date and end_date read as (a guide date), or empty.
QString slideDate(const QJsonObject &slide);
// What a slide's text reads as: the entry's title and description.
std::pair<QString, QString> slideText(const QJsonObject &slide);

} // namespace timelinejs
} // namespace almanac
