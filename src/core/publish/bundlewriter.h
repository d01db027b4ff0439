#pragma once

#include "guide/guide.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace almanac {

class Workspace;

// Exports the live versions of guides as a bundle (DESIGN.md, "Publishing"): the
// pages, the guide files, CSL-JSON sources, TimelineJS timelines, an index page
// and a manifest, to a folder or a .zip. The same workspace state gives the same
// bytes; the bundle appears at the target only when complete.
class BundleWriter
{
public:
    enum class Status
    {
        Written,
        Cancelled,
        BadInput,    // an unknown guide, one without a live version, damaged version content
        WriteFailed, // the target could not be written
    };
    struct Result
    {
        Status status = Status::WriteFailed;
        QString error;
        int guides = 0;
        int files = 0;
    };
    // Called after each file is written: files done, files in all.
    using Progress = std::function<void(int done, int total)>;

    explicit BundleWriter(Workspace &workspace);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked between files; once set, the export stops and removes what it wrote.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Slugs of the guides with a live version, sorted.
    QStringList liveGuides() const;
    // Writes the bundle of these guides (all with a live version when empty).
    Result write(const QStringList &slugs, const QString &target);

    static QString generator();

private:
    struct Entry
    {
        Guide guide;
        int version = 0;
        QString sha256;
        QDateTime published;
        QList<std::pair<int, QDateTime>> publishedVersions; // newest first
    };
    bool load(const QString &slug, Entry *entry, QString *error) const;

    Workspace &m_workspace;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace almanac
