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

    // One file of the bundle, made ready to add by prepare().
    struct File
    {
        File(QString path_, QByteArray data_) : path(std::move(path_)), data(std::move(data_)) {}

        QString path; // relative, "/"-separated
        QByteArray data;
        QByteArray stored; // what a zip stores: data deflated (raw), once prepared
        quint32 crc = 0;   // CRC-32 of data, once prepared for a zip
    };

    // Does the heavy part of adding a file (a zip deflates it) without
    // touching the sink: safe on any thread, for many files at once.
    virtual void prepare(File &file) const;
    // Adds one file, prepared or not, in the order they are to be stored.
    virtual bool add(const File &file, QString *error) = 0;
    bool add(const QString &path, const QByteArray &data, QString *error)
    {
        return add(File{path, data}, error);
    }
    // Finishes the bundle and moves it onto the target.
    virtual bool commit(QString *error) = 0;

protected:
    BundleSink() = default;
};

} // namespace almanac
