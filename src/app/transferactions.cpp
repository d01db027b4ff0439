#include "transferactions.h"

#include "editor/guideeditor.h"
#include "guidelistmodel.h"
#include "io/importer.h"
#include "mainwindow.h"
#include "publish/bundlewriter.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
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
    layout->addWidget(new QLabel(
        tr("%n thing(s) to check or fill in:", nullptr, static_cast<int>(report.warningCount())), &dialog));
    auto *list = new QTreeWidget(&dialog);
    list->setHeaderLabels({tr("Where"), tr("Part"), tr("What")});
    list->setRootIsDecorated(false);
    list->setAccessibleName(tr("Import report"));
    for (const ImportFinding &f : report.findings()) {
        auto *item = new QTreeWidgetItem(list, {f.place, f.path, f.message});
        item->setIcon(0, QIcon::fromTheme(f.severity == ImportFinding::Severity::Warning
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
    Workspace *ws = m_window->workspace();
    if (!ws)
        return {};
    QList<Guide> guides;
    QStringList made;
    ImportReport report;
    GuideEditor *target = m_window->currentEditor();
    std::optional<Guide> merged = target ? std::optional<Guide>(target->document()->guide()) : std::nullopt;
    bool mergedAny = false;
    const QHash<QString, QString> owners = ws->guideIdsBySlug();
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
        } else {
            Guide g = *result->guide;
            const QString owner = owners.value(g.slug);
            if (!owner.isEmpty() && owner != g.id) {
                warn(tr("Import"),
                     tr("%1: slug: \"%2\" belongs to another guide in the workspace.\nNothing was "
                        "imported.")
                         .arg(path, g.slug));
                return {};
            }
            guides << g;
            made << g.slug;
        }
        report.append(result->report);
    }
    QString error;
    if (!guides.isEmpty() && !ws->saveGuides(guides, &error)) {
        warn(tr("Import"), error);
        return {};
    }
    if (mergedAny)
        target->document()->replaceContent(*merged, tr("Import into %1").arg(merged->slug));
    m_window->guideModel()->reload();
    for (const QString &slug : std::as_const(made))
        m_window->showGuide(slug);
    showReport(tr("Import"), QFileInfo(paths.first()).fileName(), report);
    return made;
}

QString TransferActions::pasteGuide(const QString &text)
{
    Workspace *ws = m_window->workspace();
    if (!ws)
        return {};
    QString error;
    // Pasted text is a published page, as a browser copies it.
    auto result = importer::read(text.toUtf8(), tr("pasted text") + QStringLiteral(".txt"), &error);
    if (!result || !result->guide) {
        warn(tr("Paste Guide"), error);
        return {};
    }
    Guide g = *result->guide;
    const QHash<QString, QString> taken = ws->guideIdsBySlug();
    const QString base = g.slug;
    for (int n = 2; taken.contains(g.slug); ++n)
        g.slug = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!ws->saveGuide(g, &error)) {
        warn(tr("Paste Guide"), error);
        return {};
    }
    m_window->guideModel()->reload();
    m_window->showGuide(g.slug);
    showReport(tr("Paste Guide"), tr("pasted text"), result->report);
    return g.slug;
}

void TransferActions::chooseBundleTarget()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Bundle"), QStringLiteral("bundle.zip"), tr("Zip archives (*.zip);;Folders (*)"));
    if (!path.isEmpty())
        exportBundle(path);
}

bool TransferActions::exportBundle(const QString &target)
{
    Workspace *ws = m_window->workspace();
    if (!ws)
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
    const QString path = ws->path();
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
