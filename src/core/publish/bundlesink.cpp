#include "bundlesink.h"

#include "bundletarget.h"
#include "io/boundedfile.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <unistd.h>
#include <zlib.h>

namespace almanac {

namespace {

constexpr int compressionLevel = 6;
const QFile::Permissions filePermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                           QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
const QFile::Permissions folderPermissions =
    filePermissions | QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// ".NAME.tmp-PID-": what this process writes beside a target starts so. The
// process id tells a later export which leftovers belong to a process that died.
QString temporaryPrefix(const QString &target)
{
    const QFileInfo info(target);
    return QStringLiteral(".%1.tmp-%2-").arg(info.fileName()).arg(QCoreApplication::applicationPid());
}

QString temporaryTemplate(const QString &target)
{
    return QFileInfo(target).absolutePath() + u'/' + temporaryPrefix(target) + QStringLiteral("XXXXXX");
}

// What an export killed before it finished left beside the target: its unfinished
// bundle (removed), and an old bundle it had moved aside (put back when the target
// is gone, else removed file by file from its manifest). Leftovers of a process
// still running are left alone.
void removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = QStringLiteral(".%1.tmp-").arg(info.fileName());
    const QDir dir(info.absolutePath());
    for (const QString &name :
         dir.entryList({prefix + u'*'}, QDir::AllEntries | QDir::Hidden | QDir::System)) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH))
            continue;
        const QString path = dir.filePath(name);
        const boundedfile::Type type = boundedfile::typeOf(path);
        if (type == boundedfile::Type::Folder && name.endsWith(QLatin1String(".old"))) {
            if (boundedfile::typeOf(target) == boundedfile::Type::Missing)
                QDir().rename(path, target);
            else
                bundletarget::removeOldFolder(path, nullptr);
        } else if (type == boundedfile::Type::Folder) {
            QDir(path).removeRecursively(); // links inside are removed, never followed
        } else if (type == boundedfile::Type::File) {
            QFile::remove(path);
        }
    }
}

// A folder written under ".NAME.tmp-XXXXXX" beside the target.
class FolderSink final : public BundleSink
{
public:
    bool open(const QString &target, QString *error)
    {
        m_target = target;
        const QFileInfo info(target);
        m_temp = std::make_unique<QTemporaryDir>(temporaryTemplate(target));
        if (!m_temp->isValid())
            return setError(error, PublishText::tr("%1: cannot make a temporary folder beside it: %2")
                                       .arg(target, m_temp->errorString()));
        return true;
    }

    bool add(const File &file, QString *error) override
    {
        const QString &path = file.path;
        const QByteArray &data = file.data;
        const QString full = m_temp->filePath(path);
        const QString dir = QFileInfo(full).absolutePath();
        if (!QDir().mkpath(dir))
            return setError(error, PublishText::tr("%1: cannot make the folder %2").arg(m_target, dir));
        QFile f(full);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() ||
            !f.flush()) {
            return setError(error,
                            PublishText::tr("%1: cannot write %2: %3").arg(m_target, path, f.errorString()));
        }
        f.close();
        return true;
    }

    bool commit(QString *error) override
    {
        const QString temp = m_temp->path();
        QFile::setPermissions(temp, folderPermissions);
        QString old;
        if (boundedfile::typeOf(m_target) != boundedfile::Type::Missing) {
            // Checked again: the target may have changed since the export started.
            if (!bundletarget::mayReplace(m_target, false, error))
                return false;
            // Move the old bundle aside first: rename() cannot replace a folder. Once
            // moved, check it once more, where nobody else writes.
            old = temp + QStringLiteral(".old");
            if (!QDir().rename(m_target, old))
                return setError(error, PublishText::tr("%1: cannot replace it").arg(m_target));
            if (!bundletarget::mayReplace(old, false, error)) {
                QDir().rename(old, m_target);
                return false;
            }
        }
        if (!QDir().rename(temp, m_target)) {
            if (!old.isEmpty())
                QDir().rename(old, m_target);
            return setError(error, PublishText::tr("%1: cannot rename %2 to it").arg(m_target, temp));
        }
        m_temp->setAutoRemove(false);
        // Only what the old manifest lists is removed; a failure here leaves files, never loses them.
        if (!old.isEmpty())
            bundletarget::removeOldFolder(old, nullptr);
        return true;
    }

private:
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_temp;
};

// A zip written to a temporary file beside the target, synced and renamed onto
// it on commit. Entries carry one fixed time, fixed permissions, one
// compression level and no extra fields, so the same files give the same bytes.
class ZipSink final : public BundleSink
{
public:
    ~ZipSink() override
    {
        if (m_zip.isOpen())
            m_zip.close();
    }

    bool open(const QString &target, const QDateTime &entryTime, QString *error)
    {
        m_target = target;
        // Local time with the UTC figures: what QuaZip stores does not depend on the time zone.
        const QDateTime utc = entryTime.isValid() ? entryTime.toUTC() : QDateTime();
        const QDateTime first(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime last(QDate(2107, 12, 31), QTime(23, 59, 58), Qt::UTC);
        const QDateTime clamped = !utc.isValid() || utc < first ? first : (utc > last ? last : utc);
        m_time = QDateTime(clamped.date(), clamped.time(), Qt::LocalTime);
        m_file.setFileTemplate(temporaryTemplate(target));
        if (!m_file.open())
            return setError(error, PublishText::tr("%1: cannot write: %2").arg(target, m_file.errorString()));
        m_zip.setIoDevice(&m_file);
        m_zip.setAutoClose(false); // the temporary file is renamed, then closed
        m_zip.setUtf8Enabled(true);
        m_zip.setDataDescriptorWritingEnabled(false); // sizes go in the local headers: the file is seekable
        if (!m_zip.open(QuaZip::mdCreate))
            return setError(
                error,
                PublishText::tr("%1: cannot start the zip (error %2)").arg(target).arg(m_zip.getZipError()));
        return true;
    }

    void prepare(File &file) const override
    {
        // As minizip deflates an entry: raw deflate, 32 KB window, memory level 8.
        z_stream z{};
        if (deflateInit2(&z, compressionLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return; // add() deflates it itself
        file.stored.resize(qsizetype(deflateBound(&z, uLong(file.data.size()))));
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(file.data.constData()));
        z.avail_in = uInt(file.data.size());
        z.next_out = reinterpret_cast<Bytef *>(file.stored.data());
        z.avail_out = uInt(file.stored.size());
        const int status = deflate(&z, Z_FINISH);
        file.stored.resize(status == Z_STREAM_END ? qsizetype(z.total_out) : 0);
        deflateEnd(&z);
        if (status != Z_STREAM_END) {
            file.stored = QByteArray();
            return;
        }
        file.crc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(file.data.constData()), uInt(file.data.size())));
    }

    bool add(const File &file, QString *error) override
    {
        if (file.stored.isNull() && !file.data.isEmpty()) {
            File prepared = file;
            prepare(prepared);
            if (!prepared.stored.isNull())
                return add(prepared, error);
        }
        QuaZipNewInfo info(file.path);
        info.dateTime = m_time;
        info.setPermissions(filePermissions);
        info.uncompressedSize = quint64(file.data.size());
        // Deflated already: written as it is, with its CRC and size.
        const bool raw = !file.stored.isNull();
        const QByteArray &bytes = raw ? file.stored : file.data;
        QuaZipFile entry(&m_zip);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, raw ? file.crc : 0, Z_DEFLATED, compressionLevel,
                        raw) ||
            entry.write(bytes) != bytes.size()) {
            return setError(error, PublishText::tr("%1: cannot add %2 (zip error %3): %4")
                                       .arg(m_target, file.path)
                                       .arg(entry.getZipError())
                                       .arg(m_file.errorString()));
        }
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return setError(error, PublishText::tr("%1: cannot add %2 (zip error %3)")
                                       .arg(m_target, file.path)
                                       .arg(entry.getZipError()));
        return true;
    }

    bool commit(QString *error) override
    {
        m_zip.close();
        if (m_zip.getZipError() != ZIP_OK)
            return setError(error, PublishText::tr("%1: cannot finish the zip (error %2)")
                                       .arg(m_target)
                                       .arg(m_zip.getZipError()));
        // Checked again: the target may have changed since the export started.
        if (!bundletarget::mayReplace(m_target, true, error))
            return false;
        // On disk before it takes the target's name: a crash then leaves the old zip or the new one.
        if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
            return setError(error, PublishText::tr("%1: cannot write: %2")
                                       .arg(m_target, QString::fromLocal8Bit(std::strerror(errno))));
        m_file.setPermissions(filePermissions);
        if (::rename(QFile::encodeName(m_file.fileName()).constData(),
                     QFile::encodeName(m_target).constData()) != 0)
            return setError(error, PublishText::tr("%1: cannot write: %2")
                                       .arg(m_target, QString::fromLocal8Bit(std::strerror(errno))));
        m_file.setAutoRemove(false);
        return true;
    }

private:
    QString m_target;
    QDateTime m_time;
    QTemporaryFile m_file; // removed unless committed
    QuaZip m_zip;
};

} // namespace

BundleSink::~BundleSink() = default;

void BundleSink::prepare(File &) const {}

bool BundleSink::isZipPath(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

std::unique_ptr<BundleSink> BundleSink::create(const QString &target, const QDateTime &entryTime,
                                               QString *error)
{
    const QFileInfo info(target);
    if (target.isEmpty() || info.fileName().isEmpty()) {
        setError(error, PublishText::tr("\"%1\": not a file or folder name").arg(target));
        return nullptr;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        setError(error, PublishText::tr("%1: the folder %2 does not exist").arg(target, info.absolutePath()));
        return nullptr;
    }
    removeStaleTemporaries(target);
    if (!bundletarget::mayReplace(target, isZipPath(target), error))
        return nullptr;
    if (isZipPath(target)) {
        auto sink = std::make_unique<ZipSink>();
        if (!sink->open(target, entryTime, error))
            return nullptr;
        return sink;
    }
    auto sink = std::make_unique<FolderSink>();
    if (!sink->open(target, error))
        return nullptr;
    return sink;
}

} // namespace almanac
