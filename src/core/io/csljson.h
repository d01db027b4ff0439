#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// CSL-JSON, the bibliography format Zotero, Pandoc and citeproc read and write:
// a guide's sources in and out, keeping citation keys.
namespace csljson {

// Reads a CSL-JSON array into sources. Citation keys come from "citation-key" or
// "id" (made valid if they are not, with a finding); items with the same URL or
// DOI are merged into the first. On failure returns nothing and sets *error to
// "FILE: JSON PATH: what was expected".
std::optional<QList<Source>> read(const QByteArray &data, const QString &fileName, ImportReport *report,
                                  QString *error);

// Adds sources to a guide. One that has the same normalised URL as a source of
// the guide, or the same key and no conflicting URL, updates that source (its
// id, key and relevance stay); the rest are appended, renamed if their key is
// taken. Every merge and rename is reported.
void mergeInto(Guide &guide, const QList<Source> &sources, ImportReport *report);

// The guide's sources as a CSL-JSON array; the same guide gives the same bytes.
QByteArray write(const Guide &guide);

// "https://www.Example.com/a/?utm_source=x#top" -> "example.com/a": what makes two
// URLs the same source.
QString normalisedUrl(const QString &url);

} // namespace csljson
} // namespace almanac
