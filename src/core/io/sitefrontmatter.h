#pragma once

#include "io/importreport.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace almanac {

// Front matter as static site generators write it (Hugo, Jekyll): their keys
// mapped onto the guide's, every other key reported, never an error
// (docs/markdown-format.md, "Hugo and Jekyll"). What comes out is what the guide
// file reader takes.
namespace sitefrontmatter {

// Rewrites object in place. lines maps each key to its line in the file (from 1);
// findings come in file order.
void map(QJsonObject &object, const QHash<QString, int> &lines, ImportReport &report);

// "2019-03-26", "2019-03-26T08:00:00-07:00", "2016-03-04 10:24:00 +0100" as a
// guide timestamp ("2019-03-26T15:00:00Z"); empty if it is not a date.
QString timestamp(const QString &text);

} // namespace sitefrontmatter
} // namespace almanac
