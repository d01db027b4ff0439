#pragma once

#include <QString>

namespace almanac {

// What a bundle export may replace. A user's folder that happens to hold a
// manifest.json, a symbolic link to somewhere else, or an old bundle with files
// added to it is never deleted: only nothing, an empty folder, or an Almanac
// bundle of the same form holding nothing its manifest does not list.
namespace bundletarget {

// True when a bundle (a zip when zip is set, else a folder) may be written at
// target; otherwise false with *error saying what was found there.
bool mayReplace(const QString &target, bool zip, QString *error);

// Removes an old bundle folder that the writer moved aside: the files its
// manifest lists, the manifest, and the folders that leaves empty. Anything
// else stays; returns false, with *error naming what stayed.
bool removeOldFolder(const QString &folder, QString *error);

} // namespace bundletarget
} // namespace almanac
