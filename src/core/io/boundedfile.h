#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>
#include <optional>

namespace almanac {

// Reading a path that may be anything: a named pipe that blocks on open,
// /dev/zero that never ends, a link to either, a file that grows while it is
// read. Only regular files are opened (checked with stat before opening and
// fstat after, so a swap in between is caught), opening never blocks, and no
// read takes more than its limit plus one byte. Messages name the file and
// what was found there.
namespace boundedfile {

enum class Links
{
    Follow, // a symbolic link to a regular file is read
    Refuse, // a symbolic link is refused, whatever it points to
};

// What a path is: with Links::Refuse (lstat) a symbolic link is a Link, with
// Links::Follow (stat) it is what it points to.
enum class Type
{
    Missing,
    File,
    Folder,
    Link,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
};
Type typeOf(const QString &path, Links links = Links::Refuse);
// The type of a stat() st_mode.
Type typeOfMode(unsigned int mode);
// "a named pipe (FIFO)", "a symbolic link", ... for messages.
QString typeName(Type type);

// Reads the whole file if it holds at most maxBytes; otherwise nothing, with
// *error "PATH: the file is N MiB; WHAT may be at most M MiB". what names the
// expected kind of file ("a guide file") in messages.
std::optional<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what, QString *error,
                               Links links = Links::Follow);

// Streams at most limit + 1 bytes of a regular file to chunk(), so that the
// caller sees whether there was more than limit. Returns the bytes read, or -1
// with *error set.
qint64 stream(const QString &path, qint64 limit, Links links,
              const std::function<void(QByteArrayView)> &chunk, QString *error);

} // namespace boundedfile
} // namespace almanac
