#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace almanac {

// Imports the plain text of a published guide page, as a browser copies it
// (shared/guide-anatomy.md): the parts that survive the copy become a guide, and
// everything that did not survive (timeline dates, source URLs, related guides)
// is reported for the editor instead of guessed.
namespace pagetext {

// The guide, or nothing with *error set to "FILE: what was expected". Findings
// go to *report (which may be null).
std::optional<Guide> read(const QByteArray &data, const QString &fileName, ImportReport *report,
                          QString *error);

} // namespace pagetext
} // namespace almanac
