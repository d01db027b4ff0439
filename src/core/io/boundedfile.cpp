#include "boundedfile.h"

#include "messages.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace almanac::boundedfile {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

Type typeOfMode(unsigned int mode)
{
    if (S_ISREG(mode))
        return Type::File;
    if (S_ISDIR(mode))
        return Type::Folder;
    if (S_ISLNK(mode))
        return Type::Link;
    if (S_ISFIFO(mode))
        return Type::Fifo;
    if (S_ISCHR(mode))
        return Type::CharDevice;
    if (S_ISBLK(mode))
        return Type::BlockDevice;
    if (S_ISSOCK(mode))
        return Type::Socket;
    return Type::Other;
}

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Closes the descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Opens a regular file for reading, or returns -1 with *error naming what the path is.
int openRegular(const QString &path, Links links, const QString &what, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat before = {};
    if (::lstat(name.constData(), &before) != 0) {
        failWith(error, ImportText::tr("%1: cannot read: %2").arg(path, systemError(errno)));
        return -1;
    }
    bool viaLink = false;
    if (S_ISLNK(before.st_mode)) {
        if (links == Links::Refuse) {
            failWith(error, ImportText::tr("%1: is a symbolic link; refusing to follow it").arg(path));
            return -1;
        }
        if (::stat(name.constData(), &before) != 0) {
            failWith(error, ImportText::tr("%1: is a symbolic link that leads nowhere readable: %2")
                                .arg(path, systemError(errno)));
            return -1;
        }
        viaLink = true;
    }
    // Decided before opening: opening a device or a pipe can block or have effects of its own.
    const Type type = typeOfMode(before.st_mode);
    if (type == Type::Folder) {
        failWith(error, (viaLink ? ImportText::tr("%1: is a symbolic link to a folder, not %2")
                                 : ImportText::tr("%1: is a folder, not %2"))
                            .arg(path, what));
        return -1;
    }
    if (type != Type::File) {
        failWith(
            error,
            (viaLink ? ImportText::tr("%1: is a symbolic link to %2, not a regular file; refusing to read it")
                     : ImportText::tr("%1: is %2, not a regular file; refusing to read it"))
                .arg(path, typeName(type)));
        return -1;
    }
    int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
    if (links == Links::Refuse)
        flags |= O_NOFOLLOW;
    const int fd = ::open(name.constData(), flags);
    if (fd < 0) {
        failWith(error, ImportText::tr("%1: cannot read: %2").arg(path, systemError(errno)));
        return -1;
    }
    // The path may have been swapped for something else since the stat above.
    struct stat after = {};
    if (::fstat(fd, &after) != 0 || !S_ISREG(after.st_mode) || after.st_dev != before.st_dev ||
        after.st_ino != before.st_ino) {
        ::close(fd);
        failWith(error, ImportText::tr("%1: changed while it was opened; refusing to read it").arg(path));
        return -1;
    }
    return fd;
}

qint64 streamFd(int fd, const QString &path, qint64 limit, const std::function<void(QByteArrayView)> &chunk,
                QString *error)
{
    char buffer[64 * 1024];
    qint64 total = 0;
    while (total <= limit) {
        const qint64 want = std::min<qint64>(sizeof buffer, limit + 1 - total);
        const ssize_t n = ::read(fd, buffer, static_cast<size_t>(want));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            failWith(error, ImportText::tr("%1: cannot read: %2").arg(path, systemError(errno)));
            return -1;
        }
        if (n == 0)
            break;
        chunk(QByteArrayView(buffer, static_cast<qsizetype>(n)));
        total += n;
    }
    return total;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

Type typeOf(const QString &path, Links links)
{
    struct stat st = {};
    const QByteArray name = QFile::encodeName(path);
    if ((links == Links::Refuse ? ::lstat(name.constData(), &st) : ::stat(name.constData(), &st)) != 0)
        return Type::Missing;
    return typeOfMode(st.st_mode);
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Missing:
        //: What is at a path: nothing, the path does not exist
        return ImportText::tr("missing");
    case Type::File:
        return ImportText::tr("a file");
    case Type::Folder:
        return ImportText::tr("a folder");
    case Type::Link:
        return ImportText::tr("a symbolic link");
    case Type::Fifo:
        return ImportText::tr("a named pipe (FIFO)");
    case Type::CharDevice:
        return ImportText::tr("a character device");
    case Type::BlockDevice:
        return ImportText::tr("a block device");
    case Type::Socket:
        return ImportText::tr("a socket");
    case Type::Other:
        return ImportText::tr("neither a file nor a folder");
    }
    return {};
}

std::optional<QByteArray> read(const QString &path, qint64 maxBytes, const QString &what, QString *error,
                               Links links)
{
    Descriptor file{openRegular(path, links, what, error)};
    if (file.fd < 0)
        return std::nullopt;
    struct stat st = {};
    ::fstat(file.fd, &st);
    auto tooLarge = [&](const QString &size) {
        failWith(error, ImportText::tr("%1: the file is %2 MiB; %3 may be at most %4 MiB")
                            .arg(path, size, what, mebibytes(maxBytes)));
        return std::nullopt;
    };
    if (st.st_size > maxBytes)
        return tooLarge(mebibytes(st.st_size));
    QByteArray data;
    data.reserve(static_cast<qsizetype>(st.st_size));
    if (streamFd(
            file.fd, path, maxBytes, [&](QByteArrayView bytes) { data.append(bytes); }, error) < 0)
        return std::nullopt;
    if (data.size() > maxBytes) // it grew while being read
        //: A size in MiB, put in "the file is %2 MiB": the file grew past the limit while being read
        return tooLarge(ImportText::tr("over %1").arg(mebibytes(maxBytes)));
    return data;
}

qint64 stream(const QString &path, qint64 limit, Links links,
              const std::function<void(QByteArrayView)> &chunk, QString *error)
{
    Descriptor file{openRegular(path, links, ImportText::tr("a file"), error)};
    if (file.fd < 0)
        return -1;
    return streamFd(file.fd, path, limit, chunk, error);
}

} // namespace almanac::boundedfile
