// The workstation's main window, driven as a person would: the real widgets,
// a real workspace file and the real WebEngine page, read back through its DOM.

#include "editor/guideeditor.h"
#include "io/guidefile.h"
#include "pagetestsupport.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "preview/sourceview.h"
#include "testsupport.h"
#include "ui_mainwindow.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>

using namespace almanac;
using namespace almanac::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheWorkspace();
    void clickingAGuideShowsItsPage();
    void filterSearchesAsYouType();
    void sourceTabShowsTheGuideFile();
    void hostileGuideStaysInert();
    void badWorkspaceKeepsTheCurrentOne();

private:
    bool selectRow(int row);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.almanac"));
    QString error;
    auto ws = Workspace::create(m_path, &error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY2(ws->saveGuides({demo(QStringLiteral("webassembly.json")), demo(QStringLiteral("crispr.json")),
                             demo(QStringLiteral("euro-banknotes.json"))},
                            &error),
             qPrintable(error));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QString error;
    QVERIFY2(m_window->openWorkspace(m_path, &error), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

bool TestMainWindow::selectRow(int row)
{
    QTableView *table = m_window->ui()->guideTable;
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    return table->currentIndex().row() == row;
}

void TestMainWindow::listsTheWorkspace()
{
    QAbstractItemModelTester tester(m_window->guideModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = m_window->ui()->guideTable;
    QCOMPARE(table->model()->rowCount(), 3);
    // Sorted by title.
    QCOMPARE(table->model()->index(0, GuideListModel::Title).data().toString(),
             demo(QStringLiteral("crispr.json")).title);
    QCOMPARE(table->model()->index(2, GuideListModel::Title).data().toString(),
             demo(QStringLiteral("webassembly.json")).title);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 guide(s)")));
    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(!m_window->ui()->filterEdit->accessibleName().isEmpty());
    m_window->guideModel()->reload();
}

void TestMainWindow::clickingAGuideShowsItsPage()
{
    const Guide euro = demo(QStringLiteral("euro-banknotes.json"));
    QVERIFY(selectRow(1));
    QCOMPARE(m_window->currentSlug(), euro.slug);
    PreviewView *preview = m_window->currentEditor()->preview();
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->slug() == euro.slug &&
            evaluate(preview, QStringLiteral("document.querySelector('h1') ? "
                                             "document.querySelector('h1').textContent : ''"))
                    .toString() == euro.title,
        30000);
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('h1').textContent")).toString(),
             euro.title);
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('li.card').length")).toInt(),
             euro.sources.size());
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('li.event').length")).toInt(),
             euro.timeline.size());
    QVERIFY(evaluate(preview,
                     QStringLiteral("document.querySelectorAll('sup.cite a[href^=\"#source-\"]').length"))
                .toInt() > 5);
    QVERIFY(evaluate(preview,
                     QStringLiteral("document.querySelector('[data-field=\"tldr\"] p').dataset.sourcepos"))
                .toString()
                .startsWith(QStringLiteral("1:1-")));
    QCOMPARE(preview->blockedRequests(), 0);
}

void TestMainWindow::filterSearchesAsYouType()
{
    QLineEdit *filter = m_window->ui()->filterEdit;
    QTableView *table = m_window->ui()->guideTable;
    QTest::keyClicks(filter, QStringLiteral("sickl"));
    // The list follows once typing pauses.
    QCOMPARE(table->model()->rowCount(), 3);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(GuideListModel::SlugRole).toString(),
             QStringLiteral("crispr-gene-editing"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 match(es)")));
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("zzzznothing"));
    QTest::keyClick(filter, Qt::Key_Return); // Enter searches without waiting for a pause
    QTRY_COMPARE(table->model()->rowCount(), 0);
}

void TestMainWindow::sourceTabShowsTheGuideFile()
{
    QVERIFY(selectRow(2));
    GuideEditor *editor = m_window->currentEditor();
    SourceView *source = editor->source();
    // The file is laid out when its tab is shown, from a check made off the GUI thread.
    editor->views()->setCurrentWidget(source);
    QVERIFY(source->hasHighlighting());
    QTRY_COMPARE(source->toPlainText().toUtf8(), guidefile::write(demo(QStringLiteral("webassembly.json"))));
    QVERIFY(source->isReadOnly());
}

void TestMainWindow::hostileGuideStaysInert()
{
    QString error;
    Guide g;
    g.id = guide::newId();
    g.slug = QStringLiteral("aaa-hostile");
    const QString p =
        QStringLiteral("<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">"
                       "![t](https://tracker.example/p.png) [x](javascript:document.title='owned')");
    g.title = QStringLiteral("Hostile");
    g.tldr = p;
    g.sections = {{guide::newId(), p, p}};
    g.faq = {{guide::newId(), p, p}};
    g.created = g.updated = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_window->session()->call([&](Workspace &ws) { return ws.saveGuide(g, &error); }),
             qPrintable(error));
    QVERIFY(m_window->showGuide(g.slug));
    PreviewView *preview = m_window->currentEditor()->preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->slug() == g.slug, 30000);
    // The slug is set when the page is handed to the view; it may still be
    // loading. Once it has the guide's title, a script from the content would
    // have changed it by then.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(preview, QStringLiteral("document.title")).toString(),
                              QStringLiteral("Hostile"), 15000);
    QTest::qWait(300);
    QCOMPARE(evaluate(preview, QStringLiteral("document.title")).toString(), QStringLiteral("Hostile"));
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('img, svg, iframe, "
                                              "script:not([type=\"application/ld+json\"])').length"))
                 .toInt(),
             0);
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('a[href^=\"javascript\"]').length"))
                 .toInt(),
             0);
    QVERIFY(evaluate(preview, QStringLiteral("document.body.textContent"))
                .toString()
                .contains(QStringLiteral("<script>")));
    QCOMPARE(preview->blockedRequests(), 0);
    QVERIFY(m_window->session()->call([&](Workspace &ws) { return ws.removeGuide(g.slug).ok(); }));
}

void TestMainWindow::badWorkspaceKeepsTheCurrentOne()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.almanac"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    QString error;
    QVERIFY(!m_window->openWorkspace(junk, &error));
    QVERIFY2(error.contains(junk) && error.contains(QStringLiteral("not an Almanac workspace")),
             qPrintable(error));
    QCOMPARE(m_window->workspacePath(), m_path);
    QCOMPARE(m_window->ui()->guideTable->model()->rowCount(), 3);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
