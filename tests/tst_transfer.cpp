// Getting guides in and out from the workstation: Paste Guide from a published
// page's text, importing sources into the open guide as one undoable step, and
// exporting a bundle through the progress dialog's worker.

#include "editor/guideeditor.h"
#include "guisupport.h"
#include "history/historypanel.h"
#include "io/guidefile.h"
#include "preview/previewpage.h"
#include "publish/bundleverifier.h"
#include "window/mainwindow.h"
#include "window/transferactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace almanac;

class TestTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pasteGuide();
    void badPasteChangesNothing();
    void importSourcesIntoOpenGuide();
    void exportBundle();
    void exportBundleChoosesZipOrFolder();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("transfer.almanac"));
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        auto g =
            guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"), &error);
        QVERIFY2(g && ws->saveGuide(*g, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    m_window->transfer()->quiet = true;
}

void TestTransfer::pasteGuide()
{
    QFile f(QStringLiteral(ALMANAC_TEST_DATA "/import/perovskites-page.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString slug = m_window->transfer()->pasteGuide(QString::fromUtf8(f.readAll()));
    QVERIFY(!slug.isEmpty());
    QCOMPARE(m_window->currentSlug(), slug);
    const Guide g = m_window->currentEditor()->document()->guide();
    QVERIFY(!g.title.isEmpty());
    QVERIFY(!g.tldr.isEmpty());
    QVERIFY(!g.sections.isEmpty());
    QVERIFY(!g.sources.isEmpty());
    // What could not be recovered is reported, not invented: timeline dates.
    QVERIFY(m_window->transfer()->lastReport.warningCount() > 0);
    for (const TimelineEntry &e : g.timeline)
        QVERIFY(e.date.isEmpty());
    // Pasting the same page again makes a second guide with its own slug.
    QFile again(QStringLiteral(ALMANAC_TEST_DATA "/import/perovskites-page.txt"));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(m_window->transfer()->pasteGuide(QString::fromUtf8(again.readAll())),
             slug + QStringLiteral("-2"));
}

void TestTransfer::badPasteChangesNothing()
{
    const int before = static_cast<int>(m_window->session()->cache().guides.size());
    m_window->transfer()->messages.clear();
    QVERIFY(m_window->transfer()->pasteGuide(QStringLiteral("Just a shopping list\nmilk\neggs\n")).isEmpty());
    QVERIFY(!m_window->transfer()->messages.isEmpty());
    QVERIFY(m_window->transfer()->messages.first().contains(QStringLiteral("pasted text")));
    QCOMPARE(m_window->session()->cache().guides.size(), before);
}

void TestTransfer::importSourcesIntoOpenGuide()
{
    QVERIFY(m_window->showGuide(QStringLiteral("crispr-gene-editing")));
    GuideDocument *doc = m_window->currentEditor()->document();
    const qsizetype sources = doc->guide().sources.size();
    QVERIFY(m_window->transfer()
                ->importFiles({QStringLiteral(ALMANAC_TEST_DATA "/import/zotero-sources.json")})
                .isEmpty());
    QVERIFY(doc->guide().sources.size() > sources);
    QVERIFY(doc->undoStack()->undoText().startsWith(QStringLiteral("Import into")));
    doc->undoStack()->undo();
    QCOMPARE(doc->guide().sources.size(), sources);
    // A broken file imports nothing.
    m_window->transfer()->messages.clear();
    m_window->transfer()->importFiles(
        {QStringLiteral(ALMANAC_TEST_DATA "/import/broken-csl-truncated.json")});
    QVERIFY(m_window->transfer()->messages.first().contains(QStringLiteral("broken-csl-truncated.json")));
    QCOMPARE(doc->guide().sources.size(), sources);
}

void TestTransfer::exportBundle()
{
    GuideEditor *editor = m_window->editor(QStringLiteral("crispr-gene-editing"));
    QVERIFY(editor);
    HistoryPanel *history = editor->history();
    QString error;
    // Alone in this workspace, its related guides would be lint errors that block submitting.
    editor->document()->setList(Part::Related, {});
    QVERIFY2(editor->saveNow(&error), qPrintable(error));
    QVERIFY2(history->snapshot(QStringLiteral("for the bundle"), &error), qPrintable(error));
    for (auto action :
         {VersionStore::Action::Submit, VersionStore::Action::Approve, VersionStore::Action::Publish})
        QVERIFY2(history->apply(1, action, {}, &error), qPrintable(error));
    const QString target = m_dir.filePath(QStringLiteral("site.zip"));
    QVERIFY(m_window->transfer()->exportBundle(target));
    QVERIFY(QFile::exists(target));
    const auto report = BundleVerifier::verify(target);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.files > 5);
}

// File > Export Bundle asks zip or folder first, in words, then where: a folder
// export makes the bundle's own folder inside the one chosen.
void TestTransfer::exportBundleChoosesZipOrFolder()
{
    QAction *action = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Export Bundle…"))
            action = a;
    }
    QVERIFY(action);
    QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
    const QString parent = m_dir.filePath(QStringLiteral("out"));
    QStringList offered;
    test::whenModal<QMessageBox>([&offered, parent](QMessageBox *box) {
        QAbstractButton *folder = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            offered << b->text();
            if (b->text() == QStringLiteral("&Folder…"))
                folder = b;
        }
        test::whenModal<QFileDialog>([parent](QFileDialog *dialog) {
            QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
            // Typed into the name box, as a person would: selectFile fills the box
            // only while it has no focus, which races with the dialog showing.
            dialog->setDirectory(parent);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(parent);
            static_cast<QDialog *>(dialog)->accept(); // public in QDialog, protected in QFileDialog
        });
        if (folder)
            folder->click();
    });
    action->trigger();
    QVERIFY2(offered.contains(QStringLiteral("&Zip Archive…")) &&
                 offered.contains(QStringLiteral("&Folder…")),
             qPrintable(offered.join(u',')));
    const QString bundle = parent + QStringLiteral("/transfer-bundle");
    QVERIFY2(QFileInfo(bundle).isDir(), qPrintable(m_window->transfer()->messages.join(u'\n')));
    const auto report = BundleVerifier::verify(bundle);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(m_window->transfer()->messages.last().contains(bundle));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_transfer"));
    // Qt's own file dialog, which the test can fill in.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestTransfer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_transfer.moc"
