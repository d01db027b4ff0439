#include "bundleverifier.h"

#include "bundlemanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace almanac {

namespace {

struct Digest
{
    QString sha256;
    qint64 size = 0;
    bool readable = true;
};

constexpr qint64 maxManifestSize = 64 * 1024 * 1024;

QString hashDevice(QIODevice &device, qint64 *size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *size = 0;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device.read(buffer, sizeof buffer);
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer, n));
        *size += n;
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Every file of the bundle but the manifest, with its digest, and the manifest's bytes.
bool readFolder(const QString &root, QMap<QString, Digest> *files, QByteArray *manifest, QString *error)
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    const QDir dir(absolute);
    QDirIterator it(absolute, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString full = it.next();
        const QString path = dir.relativeFilePath(full);
        QFile f(full);
        Digest d;
        if (!f.open(QIODevice::ReadOnly)) {
            d.readable = false;
        } else if (path == BundleManifest::fileName) {
            if (f.size() > maxManifestSize) {
                *error = QStringLiteral("%1: manifest.json is too large").arg(root);
                return false;
            }
            *manifest = f.readAll();
            continue;
        } else {
            d.sha256 = hashDevice(f, &d.size);
            d.readable = !d.sha256.isEmpty();
        }
        files->insert(path, d);
    }
    return true;
}

bool readZip(const QString &zipPath, QMap<QString, Digest> *files, QByteArray *manifest, QString *error)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = QStringLiteral("%1: not a readable zip (error %2)").arg(zipPath).arg(zip.getZipError());
        return false;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString path = zip.getCurrentFileName();
        if (path.endsWith(u'/'))
            continue; // a folder entry
        QuaZipFile entry(&zip);
        Digest d;
        if (!entry.open(QIODevice::ReadOnly)) {
            d.readable = false;
        } else if (path == BundleManifest::fileName) {
            *manifest = entry.read(maxManifestSize + 1);
            if (manifest->size() > maxManifestSize) {
                *error = QStringLiteral("%1: manifest.json is too large").arg(zipPath);
                return false;
            }
            entry.close();
            continue;
        } else {
            d.sha256 = hashDevice(entry, &d.size);
            entry.close();
            // A damaged entry fails its CRC check on close.
            d.readable = !d.sha256.isEmpty() && entry.getZipError() == UNZ_OK;
        }
        if (files->contains(path))
            d.readable = false; // the same name twice: which one counts is ambiguous
        files->insert(path, d);
    }
    if (zip.getZipError() != UNZ_OK) {
        *error = QStringLiteral("%1: damaged zip (error %2)").arg(zipPath).arg(zip.getZipError());
        return false;
    }
    return true;
}

} // namespace

QString BundleVerifier::Problem::kindName() const
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Extra:
        return QStringLiteral("extra");
    case Kind::Altered:
        return QStringLiteral("altered");
    case Kind::Manifest:
        return QStringLiteral("manifest");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

BundleVerifier::Report BundleVerifier::verify(const QString &bundle)
{
    Report report;
    const QFileInfo info(bundle);
    QMap<QString, Digest> files;
    QByteArray manifestBytes;
    if (!info.exists()) {
        report.error = QStringLiteral("%1: no such file or folder").arg(bundle);
        return report;
    }
    const bool read = info.isDir() ? readFolder(bundle, &files, &manifestBytes, &report.error)
                                   : readZip(bundle, &files, &manifestBytes, &report.error);
    if (!read)
        return report;
    report.readable = true;

    using Kind = Problem::Kind;
    if (manifestBytes.isNull()) {
        report.problems.append(
            {Kind::Manifest, QString(BundleManifest::fileName), QStringLiteral("not in the bundle")});
        return report;
    }
    QString error;
    const auto manifest = BundleManifest::fromJson(manifestBytes, &error);
    if (!manifest) {
        report.problems.append({Kind::Manifest, QString(BundleManifest::fileName), error});
        return report;
    }
    report.files = static_cast<int>(manifest->files.size());

    QHash<QString, const BundleManifest::File *> listed;
    for (const BundleManifest::File &f : manifest->files) {
        if (listed.contains(f.path) || f.path == BundleManifest::fileName) {
            report.problems.append({Kind::Manifest, f.path, QStringLiteral("listed more than once")});
            continue;
        }
        listed.insert(f.path, &f);
        const auto it = files.constFind(f.path);
        if (it == files.cend()) {
            report.problems.append(
                {Kind::Missing, f.path, QStringLiteral("listed in the manifest, not in the bundle")});
        } else if (!it->readable) {
            report.problems.append({Kind::Unreadable, f.path, QStringLiteral("cannot be read")});
        } else if (it->size != f.size || it->sha256 != f.sha256) {
            report.problems.append(
                {Kind::Altered, f.path,
                 it->size != f.size
                     ? QStringLiteral("%1 bytes, the manifest says %2").arg(it->size).arg(f.size)
                     : QStringLiteral("SHA-256 %1, the manifest says %2").arg(it->sha256, f.sha256)});
        }
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!listed.contains(it.key()))
            report.problems.append(
                {Kind::Extra, it.key(), QStringLiteral("in the bundle, not in the manifest")});
    }
    // Each guide's version checksum is that of its canonical JSON, i.e. of guide.json.
    for (const BundleManifest::GuideVersion &g : manifest->guides) {
        const QString path = QStringLiteral("guides/%1/guide.json").arg(g.slug);
        const auto *f = listed.value(path);
        if (!f)
            report.problems.append(
                {Kind::Manifest, path,
                 QStringLiteral("v%1 of %2 is listed but its guide.json is not").arg(g.version).arg(g.slug)});
        else if (f->sha256 != g.sha256)
            report.problems.append({Kind::Manifest, path,
                                    QStringLiteral("the checksum of %1 v%2 is not that of its guide.json")
                                        .arg(g.slug)
                                        .arg(g.version)});
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.path < b.path; });
    return report;
}

} // namespace almanac
