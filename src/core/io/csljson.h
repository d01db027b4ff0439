#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// CSL-JSON, the bibliography format Zotero, Pandoc and citeproc read and write:
// a guide's sources in and out, keeping citation keys.
namespace csljson {

// Reads a CSL-JSON array (or one CSL item, as a DOI lookup returns it) into
// sources, each keeping its whole CSL item (Source::csl). Citation keys come from
// "citation-key" or "id" (made valid if they are not, with a finding); items with
// the same URL or DOI are merged into the first. An item that cannot be taken is
// an error finding with its JSON path, and the rest are read. Fails, with *error
// "FILE: what it is", on JSON that is not CSL-JSON at all.
std::optional<QList<Source>> read(const QByteArray &data, const QString &fileName, ImportReport *report,
                                  QString *error);

// Adds sources to a guide. One that has the same normalised URL as a source of
// the guide, or the same key and no conflicting URL, updates that source (its
// id, key and relevance stay); the rest are appended, renamed if their key is
// taken. Every merge and rename is reported.
void mergeInto(Guide &guide, const QList<Source> &sources, ImportReport *report);

// The guide's sources as a CSL-JSON array; the same guide gives the same bytes.
// A source's CSL item goes out as it came in, with the editorial fields edited
// here written over it.
QByteArray write(const Guide &guide);
QJsonObject toItem(const Source &source);

// "Adaeze N. Okonkwo, Pieter van der Berg, Coastal Examples Working Group": the
// item's authors (or, without them, its editors, "(ed.)"), at most six then "et al.".
QString authorsText(const QJsonObject &item);

// "https://doi.org/10.5555/x", "doi: 10.5555/x" -> "10.5555/x": a DOI as CSL keeps it.
QString bareDoi(const QString &doi);

// True when an object has a CSL key besides "id": one CSL item.
bool looksLikeCslItem(const QJsonObject &object);

// "https://www.Example.com/a/?utm_source=x#top" -> "example.com/a": what makes two
// URLs the same source.
QString normalisedUrl(const QString &url);

} // namespace csljson
} // namespace almanac
