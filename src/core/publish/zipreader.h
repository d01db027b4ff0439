#pragma once

#include "io/boundedfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace almanac {

// A strict reader for the zips bundles are. Zip tools forgive a lot: bytes
// before the first entry, between entries or after the end record, a folder
// entry with data, a second entry of the same name. Each of these can carry
// content a check of the listed files never sees, so here every byte of the
// file must belong to a local header, an entry's data, the central directory
// or its end record; anything else is reported as damage.
namespace zipreader {

inline constexpr qint64 maxZipSize = qint64(1) << 30; // 1 GiB

struct Entry
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;       // uncompressed, as the central directory says
    qint64 dataOffset = 0; // of the compressed data in the file
    // From the Unix mode in the external attributes; File when there is none.
    boundedfile::Type type = boundedfile::Type::File;
};

struct Damage
{
    QString entry; // empty: the zip as a whole
    QString what;
};

struct Archive
{
    QByteArray bytes;
    QList<Entry> entries; // in the central directory's order
    QList<Damage> damage;
};

// Reads the zip and checks its structure. Nothing, with *error set, when the
// file cannot be read or is no zip at all; a zip with damage is returned with
// the damage listed.
std::optional<Archive> read(const QString &path, QString *error);
std::optional<Archive> parse(QByteArray bytes, QString *error);

// Inflates an entry, passing at most limit + 1 bytes to chunk(). Returns the
// bytes passed, or -1 with *error set when the data is damaged (a bad stream,
// a wrong CRC-32, bytes left over after the stream ends). The CRC is checked
// only when all the data was read.
qint64 extract(const Archive &archive, const Entry &entry, qint64 limit,
               const std::function<void(QByteArrayView)> &chunk, QString *error);

} // namespace zipreader
} // namespace almanac
