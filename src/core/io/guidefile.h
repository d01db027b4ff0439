#pragma once

#include "guide/guide.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace almanac {

// The almanac-guide/1 file: one guide as canonical JSON (DESIGN.md, "The guide file").
// Reading is strict: an unknown key, a wrong type or a bad value is an error that
// names the file and the JSON path. Writing always gives the same bytes for the
// same guide.
namespace guidefile {

inline constexpr QLatin1StringView formatName{"almanac-guide/1"};
inline constexpr qint64 maxFileSize = 32 * 1024 * 1024;

// Parses a guide. Missing ids are made up; missing optional fields get their
// defaults. On failure returns nothing and sets *error to "FILE: PATH: what".
// *revision gets the optional "revision" key: the draft revision a file was
// exported from (0 when absent), the base for merging it back in.
std::optional<Guide> read(const QByteArray &data, const QString &fileName, QString *error,
                          qint64 *revision = nullptr);
std::optional<Guide> readFile(const QString &path, QString *error, qint64 *revision = nullptr);

// revision > 0 writes the "revision" key after "format" (an exported draft);
// versions and bundles never carry one.
QByteArray write(const Guide &guide, qint64 revision = 0);

// The byte offset of the first invalid UTF-8 sequence, or -1 when all is valid.
qsizetype firstInvalidUtf8(QByteArrayView data);
// "line L, column C" of a byte offset (columns count characters, from 1).
QString describeOffset(QByteArrayView data, qsizetype offset);

} // namespace guidefile
} // namespace almanac
