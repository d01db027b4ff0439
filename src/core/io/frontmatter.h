#pragma once

#include "guide/guide.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace almanac {

// The front matter of a Markdown guide (docs/markdown-format.md): YAML between
// "---" lines, or TOML between "+++" lines as Hugo writes it. Reading turns
// either into the same JSON object an almanac-guide/1 file holds, so the guide
// file's checks apply unchanged; writing (YAML) gives the same bytes for the same
// guide.
namespace frontmatter {

struct Parsed
{
    QJsonObject object;
    QHash<QString, int> lines; // JSON path ("sources[1].url") -> line in the YAML, from 0
};

// On failure returns nothing, sets *error to what was expected and *line to the
// line (from 0) in the YAML text where it went wrong.
std::optional<Parsed> parse(const QByteArray &yaml, QString *error, int *line);
// The same for TOML: values become text as YAML's do (dates in ISO 8601, true and
// false as words), but for a plain relevance number.
std::optional<Parsed> parseToml(const QByteArray &toml, QString *error, int *line);

// Every field of the guide but its sections, as YAML ending in a newline.
QByteArray write(const Guide &guide);

} // namespace frontmatter
} // namespace almanac
