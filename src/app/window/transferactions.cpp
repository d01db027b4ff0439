#include "window/transferactions.h"

#include "document/draftsync.h"
#include "editor/guideeditor.h"
#include "guide/author.h"
#include "io/importer.h"
#include "publish/bundlewriter.h"
#include "store/guideimport.h"
#include "store/workspacesession.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace almanac {

TransferActions::TransferActions(MainWindow *window) : QObject(window), m_window(window) {}

void TransferActions::warn(const QString &title, const QString &message)
{
    messages << message;
    if (!quiet)
        QMessageBox::warning(m_window, title, message);
}

void TransferActions::showReport(const QString &title, const QString &fileName, const ImportReport &report)
{
    lastReport = report;
    messages << report.lines(fileName);
    if (quiet || report.isEmpty())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%n thing(s) to check or fill in:", nullptr,
                                    static_cast<int>(report.warningCount() + report.errorCount())),
                                 &dialog));
    auto *list = new QTreeWidget(&dialog);
    list->setHeaderLabels({tr("Where"), tr("Part"), tr("What")});
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Import report"));
    for (const ImportFinding &f : report.findings()) {
        auto *item = new QTreeWidgetItem(list, {f.place, f.path, f.message});
        item->setIcon(0, QIcon::fromTheme(f.severity == ImportFinding::Severity::Error
                                              ? QStringLiteral("dialog-error")
                                          : f.severity == ImportFinding::Severity::Warning
                                              ? QStringLiteral("dialog-warning")
                                              : QStringLiteral("dialog-information")));
    }
    list->header()->setStretchLastSection(true);
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

void TransferActions::chooseFilesToImport()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import"), QString(),
                                      tr("Guides and sources (*.json *.md *.markdown *.txt);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

QStringList TransferActions::importFiles(const QStringList &paths)
{
    WorkspaceSession *session = m_window->session();
    if (!session)
        return {};
    QList<guideimport::Incoming> whole; // guides that are not open: through the workspace
    QList<std::pair<GuideEditor *, importer::Result>> intoOpen; // open guides: merged into the document
    QStringList made;
    ImportReport report;
    GuideEditor *target = m_window->currentEditor();
    std::optional<Guide> merged = target ? std::optional<Guide>(target->document()->guide()) : std::nullopt;
    bool mergedAny = false;
    for (const QString &path : paths) {
        QString error;
        auto result = importer::readFile(path, &error);
        if (!result) {
            warn(tr("Import"), error + tr("\nNothing was imported."));
            return {};
        }
        if (importer::needsTarget(result->format)) {
            if (!merged) {
                warn(tr("Import"),
                     tr("%1: sources and timelines go into a guide; open the guide first.").arg(path));
                return {};
            }
            importer::mergeInto(*merged, *result);
            mergedAny = true;
        } else if (GuideEditor *open = m_window->editorById(result->guide->id)) {
            intoOpen.append({open, *result});
        } else {
            whole.append({path, *result->guide, result->revision});
            made << result->guide->slug;
        }
        report.append(result->report);
    }
    if (!whole.isEmpty()) {
        const guideimport::Outcome outcome = session->call(
            [&whole](Workspace &ws) { return guideimport::run(ws, whole, {}, author::systemUser()); });
        if (!outcome.problems.isEmpty()) {
            warn(tr("Import"), outcome.problems.join(u'\n') + tr("\nNothing was imported."));
            return {};
        }
    }
    if (mergedAny)
        target->document()->replaceContent(*merged, tr("Import into %1").arg(merged->slug));
    // A guide that is open takes the file in as a merge with its own edits
    // (one undoable step); a conflict shows in its bar and writes nothing.
    for (auto &[editor, result] : intoOpen) {
        std::optional<Guide> base;
        if (result.revision > 0)
            base = session->call([id = result.guide->id, r = result.revision](Workspace &ws) {
                return ws.draftAtRevision(id, r);
            });
        editor->sync()->mergeIn(base ? *base : editor->sync()->base(), *result.guide, 0,
                                tr("Import %1").arg(result.guide->slug));
        made << editor->slug();
    }
    for (const QString &slug : std::as_const(made))
        m_window->showGuide(slug);
    showReport(tr("Import"), QFileInfo(paths.first()).fileName(), report);
    return made;
}

QString TransferActions::pasteGuide(const QString &text)
{
    WorkspaceSession *session = m_window->session();
    if (!session)
        return {};
    QString error;
    // Pasted text is a published page, as a browser copies it.
    auto result = importer::read(text.toUtf8(), tr("pasted text") + QStringLiteral(".txt"), &error);
    if (!result || !result->guide) {
        warn(tr("Paste Guide"), error);
        return {};
    }
    Guide g = *result->guide;
    const QHash<QString, QString> &taken = session->cache().guideIdsBySlug;
    const QString base = g.slug;
    for (int n = 2; taken.contains(g.slug); ++n)
        g.slug = QStringLiteral("%1-%2").arg(base).arg(n);
    const SaveResult saved =
        session->call([&g](Workspace &ws) { return ws.saveDraft(g, 0, author::systemUser()); });
    if (!saved.ok()) {
        warn(tr("Paste Guide"), saved.error);
        return {};
    }
    m_window->showGuide(g.slug);
    showReport(tr("Paste Guide"), tr("pasted text"), result->report);
    return g.slug;
}

void TransferActions::chooseBundleTarget()
{
    // Zip or folder is a choice made first, in words; the file dialog then
    // asks only for where.
    QMessageBox box(QMessageBox::Question, tr("Export Bundle"),
                    tr("Export the published guides as one zip archive or as a folder?"), QMessageBox::Cancel,
                    m_window);
    box.setInformativeText(tr("Both hold the static site and its data. A zip is one file to upload or keep; "
                              "a folder can be served as it is. Only an earlier bundle is ever replaced."));
    QPushButton *zip = box.addButton(tr("&Zip Archive…"), QMessageBox::AcceptRole);
    QPushButton *folder = box.addButton(tr("&Folder…"), QMessageBox::AcceptRole);
    box.setDefaultButton(zip);
    box.exec();
    QSettings settings;
    const QString name = QFileInfo(m_window->workspacePath()).completeBaseName() + QStringLiteral("-bundle");
    const QString dir = settings.value(QStringLiteral("bundle/lastFolder"), QDir::homePath()).toString();
    QString target;
    if (box.clickedButton() == zip) {
        target = QFileDialog::getSaveFileName(m_window, tr("Export Bundle as a Zip Archive"),
                                              QDir(dir).filePath(name + QStringLiteral(".zip")),
                                              tr("Zip archives (*.zip)"));
        if (!target.isEmpty() && !target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            target += QStringLiteral(".zip");
    } else if (box.clickedButton() == folder) {
        // The bundle gets a folder of its own inside the one chosen.
        const QString parent =
            QFileDialog::getExistingDirectory(m_window, tr("Export Bundle into a New Folder Inside…"), dir);
        if (!parent.isEmpty())
            target = QDir(parent).filePath(name);
    }
    if (target.isEmpty())
        return;
    settings.setValue(QStringLiteral("bundle/lastFolder"), QFileInfo(target).absolutePath());
    exportBundle(target);
}

bool TransferActions::exportBundle(const QString &target)
{
    WorkspaceSession *session = m_window->session();
    if (!session)
        return false;
    // Every open guide's draft is saved first; the bundle takes live versions.
    for (GuideEditor *e : m_window->findChildren<GuideEditor *>())
        e->saveNow();
    QProgressDialog progress(tr("Exporting the bundle…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(quiet ? 0 : 300);
    std::atomic_bool cancel = false;
    std::atomic_int done = 0;
    std::atomic_int total = 0;
    const QString path = session->path();
    // The export reads the workspace through its own connection, on its own thread.
    QFutureWatcher<BundleWriter::Result> watcher;
    watcher.setFuture(QtConcurrent::run([path, target, &cancel, &done, &total] {
        QString error;
        auto own = Workspace::open(path, &error);
        if (!own)
            return BundleWriter::Result{BundleWriter::Status::WriteFailed, error, 0, 0};
        BundleWriter writer(*own);
        writer.setCancelFlag(&cancel);
        writer.setProgress([&](int d, int t) {
            done = d;
            total = t;
        });
        return writer.write({}, target);
    }));
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    // Keep the window alive (and the Cancel button working) while it runs.
    while (!watcher.isFinished()) {
        progress.setMaximum(std::max<int>(total, 1));
        progress.setValue(done);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    progress.reset();
    const BundleWriter::Result result = watcher.result();
    switch (result.status) {
    case BundleWriter::Status::Written:
        messages << tr("Exported %n guide(s) to %1", nullptr, result.guides).arg(target);
        m_window->statusBar()->showMessage(messages.last(), 10000);
        return true;
    case BundleWriter::Status::Cancelled:
        messages << tr("Export cancelled; nothing was written");
        m_window->statusBar()->showMessage(messages.last(), 10000);
        return false;
    default:
        warn(tr("Export Bundle"), result.error);
        return false;
    }
}

} // namespace almanac
