#pragma once

#include <QList>
#include <QString>

namespace almanac {

// Checks a bundle (a folder or a .zip) against its manifest.json: every file the
// manifest lists must be there, as a plain file, with its size and SHA-256; no
// other file, folder, link or pipe may be; each guide version's checksum must be
// that of its guide.json. Nothing is followed through a link or opened unless it
// is a regular file, no file is read past its listed size plus one byte, and
// every byte of a zip must belong to one of its entries (zipreader).
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
            NotAFile, // a listed path that is a link, a folder, a pipe or a device
            Damaged,  // a zip with bytes outside its entries, or entries that disagree
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
