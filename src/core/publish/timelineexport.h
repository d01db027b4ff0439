#pragma once

#include "guide/guide.h"

#include <QByteArray>

namespace almanac::publish {

// A guide's timeline as TimelineJS 3 JSON (Knight Lab): a title slide and one
// event per dated entry, with start_date {year, month, day}, text {headline,
// text} (HTML, made safe as the page makes it) and unique_id. Undated entries
// are left out: TimelineJS cannot place an event without a start date. The same
// guide gives the same bytes.
QByteArray timelineJson(const Guide &guide);

} // namespace almanac::publish
