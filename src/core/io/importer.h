#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// The one door for files coming in: picks the format from the content and the
// file name, runs its reader, and returns what it found with the report. Whole
// guides (guide file, Markdown, page text) stand alone; sources and timelines
// (CSL-JSON, TimelineJS) are merged into a target guide with mergeInto().
namespace importer {

enum class Format
{
    GuideFile,
    Markdown,
    PageText,
    CslJson,
    TimelineJs
};

struct Result
{
    Format format = Format::GuideFile;
    std::optional<Guide> guide;    // GuideFile, Markdown, PageText
    qint64 revision = 0;           // GuideFile: the draft revision it was exported from, or 0
    QList<Source> sources;         // CslJson
    QList<TimelineEntry> timeline; // TimelineJs
    QJsonObject timelineExtras;    // TimelineJs: title slide, eras, scale
    ImportReport report;
};

QString formatName(Format format);
// True for formats that add to a guide rather than make one.
bool needsTarget(Format format);

// The format of the input, or nothing with *error saying what was expected.
std::optional<Format> detect(const QByteArray &data, const QString &fileName, QString *error);

std::optional<Result> read(const QByteArray &data, const QString &fileName, QString *error);
std::optional<Result> readFile(const QString &path, QString *error);

// Merges a CSL-JSON or TimelineJS result into the target guide, adding to the report.
void mergeInto(Guide &target, Result &result);

} // namespace importer
} // namespace almanac
