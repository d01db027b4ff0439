#pragma once

#include "guide/guide.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace almanac {

// A guide as Markdown with YAML front matter, the form Hugo and Jekyll use
// (docs/markdown-format.md): metadata and the list parts in the front matter,
// the prose sections as "## " headings in the body. Reading applies the same
// checks as the guide file; writing is canonical, so export, import and export
// again gives the same bytes.
namespace markdownfile {

// The guide, or nothing with *error set to "FILE: line L: PATH: what was expected".
std::optional<Guide> read(const QByteArray &data, const QString &fileName, ImportReport *report,
                          QString *error);

QByteArray write(const Guide &guide);

} // namespace markdownfile
} // namespace almanac
