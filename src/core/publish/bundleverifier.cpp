#include "bundleverifier.h"

#include "bundlefolder.h"
#include "bundlemanifest.h"
#include "io/boundedfile.h"
#include "messages.h"
#include "zipreader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <functional>

namespace almanac {

namespace {

using boundedfile::Type;
using Kind = BundleVerifier::Problem::Kind;
using Chunk = std::function<void(QByteArrayView)>;

// One thing the bundle holds, from a folder or a zip.
struct Item
{
    QString path;
    Type type = Type::File;
    qint64 size = 0; // what the file system or the zip's directory says
    qsizetype zipIndex = -1;
};

// What the bundle holds and how to read a file of it: at most limit + 1 bytes.
struct Contents
{
    QList<Item> items;
    QList<BundleVerifier::Problem> damage;
    std::function<qint64(const Item &, qint64 limit, const Chunk &, QString *error)> read;
};

bool readFolder(const QString &root, Contents *contents, QString *error)
{
    const auto entries = bundlefolder::list(root, error);
    if (!entries)
        return false;
    for (const bundlefolder::Entry &e : *entries)
        contents->items.append({e.path, e.type, e.size});
    contents->read = [root](const Item &item, qint64 limit, const Chunk &chunk, QString *why) {
        return boundedfile::stream(root + u'/' + item.path, limit, boundedfile::Links::Refuse, chunk, why);
    };
    return true;
}

bool readZip(const QString &path, Contents *contents, QString *error)
{
    auto archive = zipreader::read(path, error);
    if (!archive)
        return false;
    for (const zipreader::Damage &d : archive->damage)
        contents->damage.append(
            {Kind::Damaged, d.entry.isEmpty() ? QStringLiteral("(zip)") : d.entry, d.what});
    for (qsizetype i = 0; i < archive->entries.size(); ++i) {
        const zipreader::Entry &e = archive->entries[i];
        contents->items.append({e.name, e.type, e.size, i});
    }
    auto shared = std::make_shared<zipreader::Archive>(std::move(*archive));
    contents->read = [shared](const Item &item, qint64 limit, const Chunk &chunk, QString *why) {
        return zipreader::extract(*shared, shared->entries[item.zipIndex], limit, chunk, why);
    };
    return true;
}

// The folders that hold listed files ("guides", "guides/x"): the only folders a bundle has.
QSet<QString> listedFolders(const BundleManifest &manifest)
{
    QSet<QString> out;
    for (const BundleManifest::File &f : manifest.files) {
        for (qsizetype slash = f.path.indexOf(u'/'); slash > 0; slash = f.path.indexOf(u'/', slash + 1))
            out.insert(f.path.left(slash));
    }
    return out;
}

QString notAFile(const Item &item)
{
    return PublishText::tr("%1, not a file; not followed or read").arg(boundedfile::typeName(item.type));
}

// The manifest's bytes, or nothing with a problem added.
std::optional<QByteArray> readManifest(const Contents &contents, const QHash<QString, const Item *> &byPath,
                                       QList<BundleVerifier::Problem> *problems)
{
    const QString name(BundleManifest::fileName);
    const Item *item = byPath.value(name);
    if (!item) {
        problems->append({Kind::Manifest, name, PublishText::tr("not in the bundle")});
        return std::nullopt;
    }
    if (item->type != Type::File) {
        problems->append({Kind::Manifest, name, notAFile(*item)});
        return std::nullopt;
    }
    QByteArray bytes;
    QString error;
    const qint64 size = contents.read(
        *item, BundleManifest::maxSize, [&](QByteArrayView b) { bytes.append(b); }, &error);
    if (size < 0) {
        problems->append({Kind::Manifest, name, error});
        return std::nullopt;
    }
    if (size > BundleManifest::maxSize) {
        problems->append(
            {Kind::Manifest, name,
             PublishText::tr("over %1 MiB; not read").arg(BundleManifest::maxSize / (1024 * 1024))});
        return std::nullopt;
    }
    return bytes;
}

// Compares one listed file with what the bundle holds at its path.
void checkListed(const BundleManifest::File &f, const Item *item, const Contents &contents,
                 QList<BundleVerifier::Problem> *problems)
{
    if (!item) {
        problems->append(
            {Kind::Missing, f.path, PublishText::tr("listed in the manifest, not in the bundle")});
        return;
    }
    if (item->type != Type::File) {
        problems->append({Kind::NotAFile, f.path, notAFile(*item)});
        return;
    }
    auto altered = [&](const QString &detail) { problems->append({Kind::Altered, f.path, detail}); };
    if (item->size != f.size) { // no need to read it
        altered(PublishText::tr("%1 bytes, the manifest says %2").arg(item->size).arg(f.size));
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QString error;
    const qint64 size = contents.read(
        *item, f.size, [&](QByteArrayView b) { hash.addData(b); }, &error);
    if (size < 0) {
        problems->append({Kind::Unreadable, f.path, error});
    } else if (size != f.size) {
        altered(size > f.size ? PublishText::tr("more than the %1 bytes the manifest says").arg(f.size)
                              : PublishText::tr("%1 bytes, the manifest says %2").arg(size).arg(f.size));
    } else if (const QString sha = QString::fromLatin1(hash.result().toHex()); sha != f.sha256) {
        altered(PublishText::tr("SHA-256 %1, the manifest says %2").arg(sha, f.sha256));
    }
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
    case Kind::NotAFile:
        return QStringLiteral("not-a-file");
    case Kind::Damaged:
        return QStringLiteral("damaged");
    }
    return {};
}

BundleVerifier::Report BundleVerifier::verify(const QString &bundle)
{
    Report report;
    Contents contents;
    const Type type = boundedfile::typeOf(bundle);
    bool read = false;
    if (type == Type::Missing)
        report.error = PublishText::tr("%1: no such file or folder").arg(bundle);
    else if (type == Type::Link)
        report.error = PublishText::tr("%1: is a symbolic link (to %2); verify the bundle itself")
                           .arg(bundle, QFileInfo(bundle).symLinkTarget());
    else if (type == Type::Folder)
        read = readFolder(bundle, &contents, &report.error);
    else if (type == Type::File)
        read = readZip(bundle, &contents, &report.error);
    else
        report.error = PublishText::tr("%1: is %2, not a bundle").arg(bundle, boundedfile::typeName(type));
    if (!read)
        return report;
    report.readable = true;
    report.problems = contents.damage;

    QHash<QString, const Item *> byPath;
    for (const Item &item : std::as_const(contents.items))
        byPath.insert(item.path, &item);
    const auto manifestBytes = readManifest(contents, byPath, &report.problems);
    if (!manifestBytes)
        return report;
    QString error;
    const auto manifest = BundleManifest::fromJson(*manifestBytes, &error);
    if (!manifest) {
        report.problems.append({Kind::Manifest, QString(BundleManifest::fileName), error});
        return report;
    }
    report.files = static_cast<int>(manifest->files.size());

    QHash<QString, const BundleManifest::File *> listed;
    for (const BundleManifest::File &f : manifest->files) {
        if (listed.contains(f.path) || f.path == BundleManifest::fileName) {
            report.problems.append({Kind::Manifest, f.path, PublishText::tr("listed more than once")});
            continue;
        }
        listed.insert(f.path, &f);
        checkListed(f, byPath.value(f.path), contents, &report.problems);
    }
    // Everything else is extra: files, links, pipes, and folders that hold no listed file, even empty ones.
    const QSet<QString> folders = listedFolders(*manifest);
    for (const Item &item : std::as_const(contents.items)) {
        if (listed.contains(item.path) || item.path == BundleManifest::fileName)
            continue;
        const QString folder = item.path.endsWith(u'/') ? item.path.chopped(1) : item.path;
        if (item.type == Type::Folder && folders.contains(folder))
            continue;
        report.problems.append({Kind::Extra, item.path,
                                item.type == Type::File
                                    ? PublishText::tr("in the bundle, not in the manifest")
                                    : PublishText::tr("%1 in the bundle, not in the manifest")
                                          .arg(boundedfile::typeName(item.type))});
    }
    // Each guide's version checksum is that of its canonical JSON, i.e. of guide.json.
    for (const BundleManifest::GuideVersion &g : manifest->guides) {
        const QString path = QStringLiteral("guides/%1/guide.json").arg(g.slug);
        const auto *f = listed.value(path);
        if (!f)
            report.problems.append({Kind::Manifest, path,
                                    PublishText::tr("v%1 of %2 is listed but its guide.json is not")
                                        .arg(g.version)
                                        .arg(g.slug)});
        else if (f->sha256 != g.sha256)
            report.problems.append({Kind::Manifest, path,
                                    PublishText::tr("the checksum of %1 v%2 is not that of its guide.json")
                                        .arg(g.slug)
                                        .arg(g.version)});
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.path < b.path; });
    return report;
}

} // namespace almanac
