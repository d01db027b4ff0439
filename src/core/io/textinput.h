#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace almanac {

// The checks every importer makes on raw bytes before parsing them: a size
// limit, a UTF-8 byte order mark (skipped), invalid UTF-8 (an error with its
// line and column) and Windows or old Mac line ends (made "\n").
namespace textinput {

inline constexpr qint64 maxInputSize = 32 * 1024 * 1024;

// The input as UTF-8 bytes without a BOM and with "\n" line ends, or nothing
// with *error set to "FILE: what".
std::optional<QByteArray> normalise(const QByteArray &data, const QString &fileName, QString *error);
// The same, decoded.
std::optional<QString> decode(const QByteArray &data, const QString &fileName, QString *error);
// Reads a whole file, refusing folders, pipes, devices (also through a link)
// and files over the limit; never blocks and never reads past the limit.
std::optional<QByteArray> readFile(const QString &path, QString *error);

} // namespace textinput
} // namespace almanac
