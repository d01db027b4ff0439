#include "bundlefolder.h"

#include "messages.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace almanac::bundlefolder {

namespace {

using boundedfile::Type;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Lists one folder into *out, and the folders below it, without following links.
bool listInto(const QString &root, const QString &relative, int depth, QList<Entry> *out, QString *error)
{
    if (depth > maxDepth)
        return failWith(error, PublishText::tr("%1: folders nested deeper than %2 levels at %3")
                                   .arg(root)
                                   .arg(maxDepth)
                                   .arg(relative));
    const QString full = relative.isEmpty() ? root : root + u'/' + relative;
    DIR *dir = ::opendir(QFile::encodeName(full).constData());
    if (!dir)
        return failWith(
            error, PublishText::tr("%1: cannot list: %2").arg(full, QString::fromLocal8Bit(strerror(errno))));
    QStringList folders;
    bool ok = true;
    while (const dirent *d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
            continue;
        if (out->size() >= maxEntries) {
            ok = failWith(error, PublishText::tr("%1: holds more than %2 entries").arg(root).arg(maxEntries));
            break;
        }
        const QString name = QFile::decodeName(d->d_name);
        Entry e;
        e.path = relative.isEmpty() ? name : relative + u'/' + name;
        struct stat st = {};
        if (::lstat(QFile::encodeName(full + u'/' + name).constData(), &st) != 0) {
            e.type = Type::Missing; // removed while we looked
        } else if (S_ISREG(st.st_mode)) {
            e.type = Type::File;
            e.size = st.st_size;
        } else {
            e.type = boundedfile::typeOfMode(st.st_mode);
        }
        if (e.type == Type::Folder)
            folders << e.path;
        out->append(e);
    }
    ::closedir(dir);
    for (qsizetype i = 0; ok && i < folders.size(); ++i)
        ok = listInto(root, folders[i], depth + 1, out, error);
    return ok;
}

} // namespace

std::optional<QList<Entry>> list(const QString &root, QString *error)
{
    QList<Entry> out;
    if (!listInto(root, QString(), 1, &out, error))
        return std::nullopt;
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return out;
}

QString describe(const QList<Entry> &entries, qsizetype atMost)
{
    QStringList parts;
    for (qsizetype i = 0; i < entries.size() && i < atMost; ++i) {
        const Entry &e = entries[i];
        parts << (e.type == Type::File
                      ? e.path
                      : QStringLiteral("%1 (%2)").arg(e.path, boundedfile::typeName(e.type)));
    }
    if (entries.size() > atMost)
        //: The last of a list of files and folders: "a.html, b.css, and 3 more".
        parts << PublishText::tr("and %1 more").arg(entries.size() - atMost);
    return parts.join(QStringLiteral(", "));
}

} // namespace almanac::bundlefolder
