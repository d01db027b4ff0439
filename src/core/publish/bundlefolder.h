#pragma once

#include "io/boundedfile.h"

#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// The entries of a bundle folder as they are on disk: every file, folder,
// symbolic link, pipe or device, found with lstat and never followed through a
// link. What the bundle writer checks before it replaces a folder and what the
// verifier checks against the manifest.
namespace bundlefolder {

inline constexpr qsizetype maxEntries = 100000;
inline constexpr int maxDepth = 64;

struct Entry
{
    QString path; // relative, "/"-separated
    boundedfile::Type type = boundedfile::Type::Other;
    qint64 size = 0; // of a file
};

// Every entry under root, sorted by path; nothing, with *error set, when root
// cannot be listed or holds more than maxEntries or deeper than maxDepth.
std::optional<QList<Entry>> list(const QString &root, QString *error);

// "a/b.txt (a symbolic link)", or a short list of several, for messages.
QString describe(const QList<Entry> &entries, qsizetype atMost = 5);

} // namespace bundlefolder
} // namespace almanac
