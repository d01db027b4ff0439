#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

// manifest.json of a bundle: every other file with its SHA-256 and size, the
// guide versions the bundle holds, and the program that made it.
struct BundleManifest
{
    struct File
    {
        QString path; // relative, with "/"
        QString sha256;
        qint64 size = 0;
    };
    struct GuideVersion
    {
        QString slug;
        int version = 0;
        QString sha256; // of the version's canonical JSON, which is also guides/<slug>/guide.json
        QDateTime published;
    };

    static constexpr QLatin1StringView formatName{"almanac-bundle/1"};
    static constexpr QLatin1StringView fileName{"manifest.json"};
    static constexpr qint64 maxSize = 64 * 1024 * 1024;

    QString generator;
    QList<File> files;          // sorted by path
    QList<GuideVersion> guides; // sorted by slug

    // Indented JSON, keys sorted: the same manifest always gives the same bytes.
    QByteArray toJson() const;
    // On failure returns nothing and sets *error to "JSON PATH: what".
    static std::optional<BundleManifest> fromJson(const QByteArray &data, QString *error);
    // A path a bundle may hold: relative, "/"-separated, no "." or ".." parts.
    static bool isSafePath(const QString &path);
    // Whether the manifest says Almanac Studio wrote it: only such a bundle is ever replaced.
    bool isFromAlmanac() const;
};

} // namespace almanac
