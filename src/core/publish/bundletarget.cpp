#include "bundletarget.h"

#include "bundlefolder.h"
#include "bundlemanifest.h"
#include "io/boundedfile.h"
#include "messages.h"
#include "zipreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <optional>
#include <unistd.h>

namespace almanac::bundletarget {

namespace {

using boundedfile::Type;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString notReplacing()
{
    //: Follows a message such as "%1: is a file, not a bundle folder".
    return PublishText::tr("; not replacing it (choose another name, or move it away yourself)");
}

// The manifest of an Almanac bundle, or nothing with *error saying why this is not one.
std::optional<BundleManifest> almanacManifest(const QString &target, const QByteArray &bytes, QString *error)
{
    QString why;
    auto manifest = BundleManifest::fromJson(bytes, &why);
    if (!manifest) {
        failWith(
            error,
            PublishText::tr("%1: its manifest.json is not an Almanac bundle manifest (%2)").arg(target, why) +
                notReplacing());
        return std::nullopt;
    }
    if (!manifest->isFromAlmanac()) {
        failWith(error,
                 PublishText::tr("%1: its manifest.json says it was made by \"%2\", not by Almanac Studio")
                         .arg(target, manifest->generator) +
                     notReplacing());
        return std::nullopt;
    }
    return manifest;
}

// The files a manifest lists, the manifest itself, and the folders that hold them.
struct Allowed
{
    QSet<QString> files;
    QSet<QString> folders;

    explicit Allowed(const BundleManifest &manifest)
    {
        files.insert(QString(BundleManifest::fileName));
        for (const BundleManifest::File &f : manifest.files) {
            files.insert(f.path);
            for (qsizetype slash = f.path.indexOf(u'/'); slash > 0; slash = f.path.indexOf(u'/', slash + 1))
                folders.insert(f.path.left(slash));
        }
    }
};

std::optional<BundleManifest> readFolderManifest(const QString &folder,
                                                 const QList<bundlefolder::Entry> &entries, QString *error)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [](const bundlefolder::Entry &e) {
        return e.path == BundleManifest::fileName;
    });
    if (it == entries.cend()) {
        failWith(error,
                 PublishText::tr("%1: is a folder that is not empty and holds no manifest.json, so it is "
                                 "not a bundle (it holds %2)")
                         .arg(folder, bundlefolder::describe(entries)) +
                     notReplacing());
        return std::nullopt;
    }
    if (it->type != Type::File) {
        failWith(error, PublishText::tr("%1: its manifest.json is %2, not a file")
                                .arg(folder, boundedfile::typeName(it->type)) +
                            notReplacing());
        return std::nullopt;
    }
    QString why;
    //: What the file should be, as in "%1: is a folder, not a bundle manifest".
    const auto bytes =
        boundedfile::read(folder + u'/' + BundleManifest::fileName, BundleManifest::maxSize,
                          PublishText::tr("a bundle manifest"), &why, boundedfile::Links::Refuse);
    if (!bytes) {
        failWith(error, why + notReplacing());
        return std::nullopt;
    }
    return almanacManifest(folder, *bytes, error);
}

bool mayReplaceFolder(const QString &target, QString *error)
{
    const auto entries = bundlefolder::list(target, error);
    if (!entries)
        return false;
    if (entries->isEmpty())
        return true;
    const auto manifest = readFolderManifest(target, *entries, error);
    if (!manifest)
        return false;
    const Allowed allowed(*manifest);
    QList<bundlefolder::Entry> others;
    for (const bundlefolder::Entry &e : *entries) {
        const bool ours = (e.type == Type::File && allowed.files.contains(e.path)) ||
                          (e.type == Type::Folder && allowed.folders.contains(e.path));
        if (!ours)
            others << e;
    }
    if (!others.isEmpty())
        return failWith(error,
                        PublishText::tr("%1: holds %2, which its manifest does not list; a folder that "
                                        "holds anything but an Almanac bundle is never replaced")
                            .arg(target, bundlefolder::describe(others)));
    return true;
}

bool mayReplaceZip(const QString &target, QString *error)
{
    QString why;
    const auto archive = zipreader::read(target, &why);
    if (!archive)
        return failWith(error, PublishText::tr("%1: is a file but not a zip bundle (%2)").arg(target, why) +
                                   notReplacing());
    const auto it =
        std::find_if(archive->entries.cbegin(), archive->entries.cend(),
                     [](const zipreader::Entry &e) { return e.name == BundleManifest::fileName; });
    if (it == archive->entries.cend())
        return failWith(error,
                        PublishText::tr("%1: is a zip without a manifest.json, not a bundle").arg(target) +
                            notReplacing());
    QByteArray manifestBytes;
    if (zipreader::extract(
            *archive, *it, BundleManifest::maxSize, [&](QByteArrayView b) { manifestBytes.append(b); },
            &why) < 0 ||
        manifestBytes.size() > BundleManifest::maxSize)
        return failWith(error,
                        PublishText::tr("%1: its manifest.json cannot be read").arg(target) + notReplacing());
    const auto manifest = almanacManifest(target, manifestBytes, error);
    if (!manifest)
        return false;
    const Allowed allowed(*manifest);
    QStringList others;
    for (const zipreader::Entry &e : archive->entries) {
        const bool folderEntry = e.name.endsWith(u'/') && allowed.folders.contains(e.name.chopped(1));
        if (!allowed.files.contains(e.name) && !folderEntry)
            others << e.name;
    }
    if (!others.isEmpty())
        return failWith(
            error,
            PublishText::tr("%1: holds %2, which its manifest does not list; a zip that "
                            "holds anything but an Almanac bundle is never replaced")
                .arg(target, others.first(std::min<qsizetype>(others.size(), 5)).join(QStringLiteral(", "))));
    return true;
}

} // namespace

bool mayReplace(const QString &target, bool zip, QString *error)
{
    const Type type = boundedfile::typeOf(target);
    switch (type) {
    case Type::Missing:
        return true;
    case Type::Link:
        return failWith(error, PublishText::tr("%1: is a symbolic link (to %2); a bundle is never written "
                                               "through a link: give the real path or a new name")
                                   .arg(target, QFileInfo(target).symLinkTarget()));
    case Type::Folder:
        if (zip)
            return failWith(error,
                            PublishText::tr("%1: is a folder, not replacing it with a zip").arg(target));
        return mayReplaceFolder(target, error);
    case Type::File:
        if (!zip)
            return failWith(error, PublishText::tr("%1: is a file, not a bundle folder").arg(target) +
                                       notReplacing());
        return mayReplaceZip(target, error);
    default:
        return failWith(error,
                        PublishText::tr("%1: is %2, not a bundle").arg(target, boundedfile::typeName(type)) +
                            notReplacing());
    }
}

bool removeOldFolder(const QString &folder, QString *error)
{
    const auto entries = bundlefolder::list(folder, error);
    if (!entries)
        return false;
    const auto manifest = readFolderManifest(folder, *entries, error);
    if (!manifest)
        return false;
    const Allowed allowed(*manifest);
    QList<bundlefolder::Entry> kept;
    // Backwards by path: what a folder holds comes before the folder. The manifest
    // goes last, so that a removal cut short can be finished from it.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const QByteArray full = QFile::encodeName(folder + u'/' + it->path);
        bool removed = false;
        if (it->path == BundleManifest::fileName)
            continue;
        if (it->type == Type::File && allowed.files.contains(it->path))
            removed = ::unlink(full.constData()) == 0;
        else if (it->type == Type::Folder)
            removed = ::rmdir(full.constData()) == 0; // only when empty
        if (!removed)
            kept.prepend(*it);
    }
    if (kept.isEmpty())
        ::unlink(QFile::encodeName(folder + u'/' + BundleManifest::fileName).constData());
    if (!kept.isEmpty() || ::rmdir(QFile::encodeName(folder).constData()) != 0)
        return failWith(error,
                        PublishText::tr("%1: the old bundle was moved here and not removed: it holds %2")
                            .arg(folder, bundlefolder::describe(kept)));
    return true;
}

} // namespace almanac::bundletarget
