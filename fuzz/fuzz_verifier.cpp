// libFuzzer target: the bundle verifier, on zips and on folders. The first byte
// chooses: even, the rest is a zip file; odd, the rest is a folder made of
// records "path\n" + bytes + "\0" (a path ending in "@" becomes a symbolic link
// to the bytes, one ending in "|" a named pipe). It must never hang, crash or
// call a damaged bundle intact.

#include "publish/bundleverifier.h"
#include "publish/zipreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void makeFolder(const QString &root, QByteArrayView data)
{
    for (const QByteArrayView record : QByteArray(data.toByteArray()).split('\0')) {
        const qsizetype newline = record.indexOf('\n');
        if (newline <= 0)
            continue;
        const QString path = QString::fromUtf8(record.first(newline));
        if (path.contains(QLatin1String("..")) || path.startsWith(u'/'))
            continue; // stay inside the folder
        const QByteArrayView bytes = record.sliced(newline + 1);
        const QString full = root + u'/' + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        if (path.endsWith(u'@')) {
            QFile::link(QString::fromUtf8(bytes), full.chopped(1));
        } else if (path.endsWith(u'|')) {
            ::mkfifo(QFile::encodeName(full.chopped(1)).constData(), 0600);
        } else {
            // Only a new regular file: an earlier record may have made this
            // path a named pipe (opening it to write would wait for a reader)
            // or a link to one; the harness must not hang where the verifier
            // would not.
            const int fd = ::open(QFile::encodeName(full).constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
            if (fd < 0)
                continue;
            QFile f;
            if (f.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
                f.write(bytes.data(), bytes.size());
            else
                ::close(fd);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    static QTemporaryDir dir;
    const QString bundle = dir.filePath(data[0] % 2 ? QStringLiteral("b") : QStringLiteral("b.zip"));
    QDir(dir.filePath(QStringLiteral("b"))).removeRecursively();
    QFile::remove(dir.filePath(QStringLiteral("b.zip")));
    if (data[0] % 2) {
        QDir().mkpath(bundle);
        makeFolder(bundle, rest);
    } else {
        QString error;
        if (auto archive = almanac::zipreader::parse(rest.toByteArray(), &error)) {
            for (const auto &entry : archive->entries)
                almanac::zipreader::extract(
                    *archive, entry, 1 << 20, [](QByteArrayView) {}, &error);
        }
        QFile f(bundle);
        if (f.open(QIODevice::WriteOnly))
            f.write(rest.data(), rest.size());
    }
    almanac::BundleVerifier::verify(bundle);
    return 0;
}
