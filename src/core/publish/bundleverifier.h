#pragma once

#include <QList>
#include <QString>

namespace almanac {

// Checks a bundle (a folder or a .zip) against its manifest.json: every file the
// manifest lists must be there with its size and SHA-256, no other file may be,
// and each guide version's checksum must be that of its guide.json.
class BundleVerifier
{
public:
    struct Problem
    {
        enum class Kind
        {
            Missing,
            Extra,
            Altered,
            Manifest, // the manifest is missing, unreadable or inconsistent
            Unreadable,
        };
        Kind kind;
        QString path;
        QString detail;
        QString kindName() const;
    };
    struct Report
    {
        bool readable = false; // false: the bundle itself could not be opened
        QString error;
        int files = 0; // files the manifest lists
        QList<Problem> problems;
        bool ok() const { return readable && problems.isEmpty(); }
    };

    static Report verify(const QString &bundle);
};

} // namespace almanac
