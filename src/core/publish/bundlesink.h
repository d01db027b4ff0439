#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

namespace almanac {

// Where a bundle's files go: a folder or a .zip, written under a temporary name
// beside the target and renamed onto it by commit(). Destroying a sink that was
// not committed removes everything it wrote, so a failed or cancelled export
// leaves nothing behind.
class BundleSink
{
public:
    virtual ~BundleSink();

    // A zip sink when target ends in ".zip", else a folder sink. The target's
    // parent folder must exist. What is there already is replaced only when
    // bundletarget::mayReplace() allows it: never a link, never anything but an
    // empty folder or an Almanac bundle of the same form.
    // entryTime is the time every zip entry carries (clamped to 1980-2107).
    static std::unique_ptr<BundleSink> create(const QString &target, const QDateTime &entryTime,
                                              QString *error);
    static bool isZipPath(const QString &path);

    // Adds one file; path is relative, "/"-separated.
    virtual bool add(const QString &path, const QByteArray &data, QString *error) = 0;
    // Finishes the bundle and moves it onto the target.
    virtual bool commit(QString *error) = 0;

protected:
    BundleSink() = default;
};

} // namespace almanac
