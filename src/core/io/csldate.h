#pragma once

#include "io/importreport.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace almanac {

// CSL-JSON dates ({"date-parts": [[2015, 8, 27], [2015, 9]], "season": 2,
// "circa": true, "raw": "…", "literal": "…"}) to and from the guide's date text
// (PartialDate): a date CSL allows is never refused; what has no place in a
// guide date is reported, never an error.
namespace csldate {

struct Date
{
    QString text;    // PartialDate text, or empty
    QString literal; // "literal" (or a "raw" that is not a date), kept as given
};

// Reads the value at path (for messages) of an item's date field.
Date read(const QJsonValue &value, const QString &path, ImportReport &report);

// The CSL date object for a guide date text; empty for an empty or unreadable text.
QJsonObject write(const QString &text);

} // namespace csldate
} // namespace almanac
