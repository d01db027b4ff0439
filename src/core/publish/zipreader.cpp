#include "zipreader.h"

#include "messages.h"

#include <QSet>
#include <algorithm>
#include <zlib.h>

namespace almanac::zipreader {

namespace {

constexpr quint32 localSignature = 0x04034b50;
constexpr quint32 centralSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 descriptorSignature = 0x08074b50;
constexpr qsizetype localHeaderSize = 30;
constexpr qsizetype centralHeaderSize = 46;
constexpr qsizetype endRecordSize = 22;
constexpr quint16 flagEncrypted = 0x0001;
constexpr quint16 flagDescriptor = 0x0008;
constexpr int unixHost = 3;

// Little-endian fields at an offset the caller has checked is in range.
struct Bytes
{
    QByteArrayView data;
    quint16 u16(qsizetype at) const { return quint16(quint8(data[at]) | quint16(quint8(data[at + 1])) << 8); }
    quint32 u32(qsizetype at) const { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; }
    bool fits(qsizetype at, qsizetype size) const { return at >= 0 && size >= 0 && at <= data.size() - size; }
};

QString place(qint64 offset)
{
    //: A place in the zip file, as in "no local header at byte 1200".
    return PublishText::tr("byte %1").arg(offset);
}

struct Central
{
    Entry entry;
    qint64 localOffset = 0;
    quint16 madeBy = 0;
};

} // namespace

std::optional<Archive> read(const QString &path, QString *error)
{
    //: What the file should be, as in "%1: is a folder, not a zip bundle".
    auto bytes = boundedfile::read(path, maxZipSize, PublishText::tr("a zip bundle"), error,
                                   boundedfile::Links::Refuse);
    if (!bytes)
        return std::nullopt;
    auto archive = parse(std::move(*bytes), error);
    if (!archive && error)
        *error = path + QStringLiteral(": ") + *error;
    return archive;
}

std::optional<Archive> parse(QByteArray input, QString *error)
{
    Archive a;
    a.bytes = std::move(input);
    const Bytes b{a.bytes};
    const qsizetype n = a.bytes.size();
    auto damaged = [&](const QString &entry, const QString &what) { a.damage.append({entry, what}); };

    // The end record is the last 22 bytes: Almanac writes no zip comment, so a
    // comment, like anything else after the record, is data no check would see.
    if (n < endRecordSize || b.u32(n - endRecordSize) != endSignature) {
        const qsizetype found = a.bytes.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
        if (found < 0 || !b.fits(found, endRecordSize)) {
            if (error)
                *error = PublishText::tr("not a readable zip (no end of central directory record)");
            return std::nullopt;
        }
        const qsizetype after = n - found - endRecordSize;
        if (b.u16(found + 20) == after)
            damaged(QString(),
                    PublishText::tr("a zip comment of %1 bytes, which bundles never have").arg(after));
        else
            damaged(QString(),
                    PublishText::tr("%1 bytes after the end of central directory record").arg(after));
        a.bytes.truncate(found + endRecordSize); // go on with what comes before
    }
    const qsizetype end = a.bytes.size() - endRecordSize;
    const Bytes e{a.bytes};
    if (e.u16(end + 20) != 0 && a.damage.isEmpty())
        damaged(QString(), PublishText::tr("the end record announces a comment that is not there"));
    const quint16 entryCount = e.u16(end + 10);
    const qint64 centralSize = e.u32(end + 12);
    const qint64 centralOffset = e.u32(end + 16);
    if (e.u16(end + 4) != 0 || e.u16(end + 6) != 0 || e.u16(end + 8) != entryCount)
        damaged(QString(), PublishText::tr("a zip split over several disks"));
    if (centralOffset + centralSize != end) {
        damaged(QString(),
                PublishText::tr("the central directory (%1 bytes at %2) does not end where its end "
                                "record starts (%3)")
                    .arg(centralSize)
                    .arg(place(centralOffset), place(end)));
        return a;
    }

    // The central directory: entryCount headers, back to back, filling it exactly.
    QList<Central> central;
    qint64 at = centralOffset;
    QSet<QString> names;
    for (int i = 0; i < entryCount; ++i) {
        if (!e.fits(at, centralHeaderSize) || at + centralHeaderSize > end || e.u32(at) != centralSignature) {
            damaged(QString(),
                    PublishText::tr("central directory header %1 at %2 is damaged").arg(i).arg(place(at)));
            return a;
        }
        const qsizetype nameLength = e.u16(at + 28);
        const qsizetype extraLength = e.u16(at + 30);
        const qsizetype commentLength = e.u16(at + 32);
        const qint64 next = at + centralHeaderSize + nameLength + extraLength + commentLength;
        if (next > end) {
            damaged(QString(), PublishText::tr("central directory header %1 runs past the directory").arg(i));
            return a;
        }
        Central c;
        c.madeBy = e.u16(at + 4);
        c.entry.flags = e.u16(at + 8);
        c.entry.method = e.u16(at + 10);
        c.entry.crc = e.u32(at + 16);
        c.entry.compressedSize = e.u32(at + 20);
        c.entry.size = e.u32(at + 24);
        c.localOffset = e.u32(at + 42);
        const QByteArrayView rawName = QByteArrayView(a.bytes).sliced(at + centralHeaderSize, nameLength);
        c.entry.name = QString::fromUtf8(rawName);
        const quint32 external = e.u32(at + 38);
        if ((c.madeBy >> 8) == unixHost && (external >> 16) != 0)
            c.entry.type = boundedfile::typeOfMode(external >> 16);
        else if (c.entry.name.endsWith(u'/'))
            c.entry.type = boundedfile::Type::Folder;
        const QString &name = c.entry.name;
        if (e.u16(at + 34) != 0)
            damaged(name, PublishText::tr("the entry says it starts on another disk"));
        if (extraLength != 0 || commentLength != 0)
            damaged(name, PublishText::tr("an extra field or comment in the central directory"));
        if (c.entry.flags & flagEncrypted)
            damaged(name, PublishText::tr("an encrypted entry"));
        if (c.entry.method != 0 && c.entry.method != 8)
            damaged(name, PublishText::tr("compression method %1 (only stored and deflated are read)")
                              .arg(c.entry.method));
        if (names.contains(name))
            damaged(name, PublishText::tr("a second entry with the same name"));
        names.insert(name);
        central.append(c);
        at = next;
    }
    if (at != end)
        damaged(QString(),
                PublishText::tr("%1 bytes in the central directory after its last header").arg(end - at));

    // The local entries: from byte 0, one after another, up to the central directory.
    QList<Central *> byOffset;
    for (Central &c : central)
        byOffset << &c;
    std::sort(byOffset.begin(), byOffset.end(),
              [](const Central *x, const Central *y) { return x->localOffset < y->localOffset; });
    qint64 expected = 0;
    for (Central *c : std::as_const(byOffset)) {
        const QString &name = c->entry.name;
        if (c->localOffset != expected) {
            damaged(name, c->localOffset > expected
                              ? PublishText::tr("%1 bytes that belong to no entry before it, from %2")
                                    .arg(c->localOffset - expected)
                                    .arg(place(expected))
                              : PublishText::tr("its local header overlaps the entry before it"));
        }
        const qint64 local = c->localOffset;
        if (!e.fits(local, localHeaderSize) || local + localHeaderSize > centralOffset ||
            e.u32(local) != localSignature) {
            damaged(name, PublishText::tr("no local header at %1").arg(place(local)));
            return a;
        }
        const qsizetype nameLength = e.u16(local + 26);
        const qsizetype extraLength = e.u16(local + 28);
        const qint64 data = local + localHeaderSize + nameLength + extraLength;
        qint64 after = data + c->entry.compressedSize;
        if (after > centralOffset) {
            damaged(name, PublishText::tr("its data runs into the central directory"));
            return a;
        }
        if (QByteArrayView(a.bytes).sliced(local + localHeaderSize, nameLength) != c->entry.name.toUtf8())
            damaged(name, PublishText::tr("the local header names another file"));
        if (extraLength != 0)
            damaged(name, PublishText::tr("an extra field in the local header"));
        const quint16 localFlags = e.u16(local + 6);
        const bool descriptor = localFlags & flagDescriptor;
        if (e.u16(local + 8) != c->entry.method || localFlags != c->entry.flags)
            damaged(name, PublishText::tr("the local header and the central directory disagree"));
        if (!descriptor &&
            (e.u32(local + 14) != c->entry.crc || e.u32(local + 18) != c->entry.compressedSize ||
             e.u32(local + 22) != c->entry.size))
            damaged(name,
                    PublishText::tr("the local header and the central directory disagree on the sizes"));
        if (descriptor) {
            // CRC and sizes follow the data, with or without a signature.
            const bool signed_ = e.fits(after, 4) && e.u32(after) == descriptorSignature;
            const qint64 fields = after + (signed_ ? 4 : 0);
            if (!e.fits(fields, 12) || fields + 12 > centralOffset || e.u32(fields) != c->entry.crc ||
                e.u32(fields + 4) != c->entry.compressedSize || e.u32(fields + 8) != c->entry.size)
                damaged(name, PublishText::tr("its data descriptor does not match the central directory"));
            after = fields + 12;
        }
        // A folder entry holds nothing: no data, or the two bytes of an empty deflate stream.
        const QByteArrayView body = QByteArrayView(a.bytes).sliced(data, c->entry.compressedSize);
        if (name.endsWith(u'/') &&
            (c->entry.size != 0 ||
             !(body.isEmpty() || (c->entry.method == 8 && body == QByteArrayView("\x03\x00", 2)))))
            damaged(name, PublishText::tr("a folder entry that carries data (%1 bytes)").arg(body.size()));
        c->entry.dataOffset = data;
        expected = after;
    }
    if (expected != centralOffset)
        damaged(QString(),
                PublishText::tr("%1 bytes that belong to no entry before the central directory, from %2")
                    .arg(centralOffset - expected)
                    .arg(place(expected)));
    for (const Central &c : std::as_const(central))
        a.entries << c.entry;
    return a;
}

qint64 extract(const Archive &archive, const Entry &entry, qint64 limit,
               const std::function<void(QByteArrayView)> &chunk, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return qint64(-1);
    };
    const Bytes b{archive.bytes};
    if (!b.fits(entry.dataOffset, entry.compressedSize) || entry.dataOffset == 0)
        return fail(PublishText::tr("its data is not where the zip says"));
    const QByteArrayView data = QByteArrayView(archive.bytes).sliced(entry.dataOffset, entry.compressedSize);
    qint64 total = 0;
    uLong crc = crc32(0, nullptr, 0);
    auto pass = [&](QByteArrayView bytes) {
        bytes = bytes.first(std::min<qint64>(bytes.size(), limit + 1 - total));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(bytes.data()), static_cast<uInt>(bytes.size()));
        chunk(bytes);
        total += bytes.size();
    };
    if (entry.method == 0) {
        pass(data);
    } else if (entry.method == 8) {
        z_stream z = {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return fail(PublishText::tr("cannot start inflating"));
        z.next_in = const_cast<Bytef *>(reinterpret_cast<const Bytef *>(data.data()));
        z.avail_in = static_cast<uInt>(data.size());
        char out[64 * 1024];
        int status = Z_OK;
        while (status == Z_OK && total <= limit) {
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END)
                break;
            pass(QByteArrayView(out, static_cast<qsizetype>(sizeof out - z.avail_out)));
        }
        const uInt left = z.avail_in;
        inflateEnd(&z);
        if (total > limit)
            return total; // more than the caller wants: the rest is not needed to say so
        if (status != Z_STREAM_END)
            return fail(PublishText::tr("its compressed data is damaged"));
        if (left != 0)
            return fail(PublishText::tr("%1 bytes after the end of its compressed data").arg(left));
    } else {
        return fail(PublishText::tr("compression method %1 is not read").arg(entry.method));
    }
    if (total <= limit && (total != entry.size || crc != entry.crc))
        return fail(total != entry.size
                        ? PublishText::tr("%1 bytes of data, its header says %2").arg(total).arg(entry.size)
                        : PublishText::tr("its CRC-32 does not match its data"));
    return total;
}

} // namespace almanac::zipreader
