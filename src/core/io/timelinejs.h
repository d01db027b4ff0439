#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// TimelineJS 3 JSON ({"events": [slides]}), the format of Knight Lab's timeline
// tool: its events become timeline entries, their HTML made into Markdown-safe
// text, sorted by date.
namespace timelinejs {

// The entries, or nothing with *error set to "FILE: JSON PATH: what was expected".
std::optional<QList<TimelineEntry>> read(const QByteArray &data, const QString &fileName,
                                         ImportReport *report, QString *error);

// Adds entries to a guide's timeline, skipping those it already has (same date and
// title), and sorts the timeline by date; undated entries go last, in order.
void mergeInto(Guide &guide, const QList<TimelineEntry> &entries, ImportReport *report);

// "<p>Apollo&nbsp;11 <b>lands</b></p>" -> "Apollo 11 lands": tags stripped (links
// kept as Markdown links), entities decoded, Markdown syntax escaped.
QString htmlToText(const QString &html);

} // namespace timelinejs
} // namespace almanac
