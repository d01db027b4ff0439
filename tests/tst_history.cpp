// A guide's history in the workstation: versions, the review workflow,
// restoring a version as one undoable step, comments, and comparing any two
// entries in two clicks (side by side, inline and on the rendered page).

#include "editor/guideeditor.h"
#include "editor/partpage.h"
#include "guisupport.h"
#include "history/commentdialog.h"
#include "history/diffview.h"
#include "history/historypanel.h"
#include "io/guidefile.h"
#include "preview/guardedview.h"
#include "preview/previewpage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace almanac;

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compareInTwoClicks();
    void workflowAndComments();
    void commentOnWhatIsEdited();
    void restoreIsOneUndoableStep();
    void renderedComparison();
    void renderedComparisonIsSandboxed();

public Q_SLOTS:
    // Stands in for the system browser (QDesktopServices' handler for https).
    void openInBrowser(const QUrl &url) { m_openedInBrowser << url; }

private:
    QList<QUrl> m_openedInBrowser;
    void click(int row, Qt::KeyboardModifiers modifiers = {});
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    GuideEditor *m_editor = nullptr;
    HistoryPanel *m_history = nullptr;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("history.almanac"));
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        auto g = guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/webassembly.json"),
                                     &error);
        QVERIFY2(g && ws->saveGuide(*g, &error), qPrintable(error));
        // Its related guides, so that its versions pass lint and can be submitted.
        for (const char *name : {"crispr.json", "euro-banknotes.json"}) {
            auto other = guidefile::readFile(
                QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + QLatin1String(name), &error);
            QVERIFY2(other && ws->saveGuide(*other, &error), qPrintable(error));
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    QVERIFY(m_window->showGuide(QStringLiteral("webassembly")));
    m_editor = m_window->currentEditor();
    m_history = m_editor->history();
    QVERIFY2(m_history->snapshot(QStringLiteral("first"), &error), qPrintable(error));
    m_editor->document()->setField(QStringLiteral("title"), QStringLiteral("WebAssembly, explained again"));
    m_editor->document()->removeItem(Part::Faq, 0);
}

void TestHistory::click(int row, Qt::KeyboardModifiers modifiers)
{
    QListWidget *list = m_history->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers,
                      list->visualItemRect(list->item(row)).center());
}

void TestHistory::compareInTwoClicks()
{
    // Before anything is compared, the Changes view says what to do.
    QCOMPARE(m_editor->diffView()->summaryText(), QStringLiteral("Nothing compared yet"));
    QVERIFY(m_editor->diffView()->textView()->toPlainText().contains(
        QLatin1String("Choose a version in History")));
    // Click 1: the History tab. Click 2: the version.
    QTabWidget *tabs = m_editor->tabs();
    tabs->setCurrentWidget(m_history);
    QCOMPARE(m_history->list()->count(), 2); // draft, v1
    QSignalSpy compared(m_history, &HistoryPanel::compareRequested);
    click(1);
    QCOMPARE(compared.count(), 1);
    QCOMPARE(m_editor->views()->currentWidget(), m_editor->diffView());
    DiffView *view = m_editor->diffView();
    QVERIFY(view->summaryText().contains(QStringLiteral("v1 → draft")));
    QVERIFY(view->summaryText().contains(QStringLiteral("metadata")));
    QVERIFY(view->summaryText().contains(QStringLiteral("faq")));
    QVERIFY(view->changeCount() >= 2);
    const QString html = view->textView()->toHtml();
    QVERIFY(html.contains(QStringLiteral("explained again")));
    // Filter by part and step through changes.
    view->setPartFilter(QStringLiteral("faq"));
    QCOMPARE(view->changeCount(), 1);
    view->nextChange();
    QCOMPARE(view->currentChange(), 0);
    view->setPartFilter(QString());
    view->setMode(DiffView::Mode::Inline);
    QVERIFY(view->textView()->toPlainText().contains(QStringLiteral("explained again")));
    view->setMode(DiffView::Mode::SideBySide);
}

void TestHistory::workflowAndComments()
{
    QString error;
    QVERIFY2(m_history->snapshot(QStringLiteral("second"), &error), qPrintable(error));
    QCOMPARE(m_history->list()->count(), 3); // draft, v2, v1
    QCOMPARE(m_history->numberAt(1), 2);
    // Two entries: v1 and v2 compared, older first.
    QSignalSpy compared(m_history, &HistoryPanel::compareRequested);
    click(1);
    click(2, Qt::ControlModifier);
    QVERIFY(!compared.isEmpty());
    QCOMPARE(compared.last().at(2).toString(), QStringLiteral("v1"));
    QCOMPARE(compared.last().at(3).toString(), QStringLiteral("v2"));

    QVERIFY(!m_history->apply(2, VersionStore::Action::Approve, {}, &error));
    QVERIFY(error.contains(QStringLiteral("draft")));
    QVERIFY2(m_history->apply(2, VersionStore::Action::Submit, {}, &error), qPrintable(error));
    QVERIFY2(m_history->apply(2, VersionStore::Action::Approve, {}, &error), qPrintable(error));
    QVERIFY2(m_history->apply(2, VersionStore::Action::Publish, {}, &error), qPrintable(error));
    QVERIFY(m_history->list()->item(1)->text().contains(QStringLiteral("published · live")));

    const QString sectionId = m_editor->document()->guide().sections[1].id;
    QVERIFY2(m_history->addComment(2, QStringLiteral("sections"), sectionId, QStringLiteral("Tighten this."),
                                   &error),
             qPrintable(error));
    QCOMPARE(m_history->comments()->topLevelItemCount(), 1);
    QCOMPARE(m_history->comments()->topLevelItem(0)->text(3), QStringLiteral("Tighten this."));
    QVERIFY(!m_history->addComment(2, QStringLiteral("sections"), QStringLiteral("no-such-id"),
                                   QStringLiteral("x"), &error));
}

// A reviewer reading an FAQ answer comments on it by keyboard: one dialog, on
// the entry being read, and the editor stays there. The list names each
// comment's place; opening a comment goes to its place in the draft.
void TestHistory::commentOnWhatIsEdited()
{
    QTabWidget *tabs = m_editor->tabs();
    PartPage *faq = m_editor->page(Part::Faq);
    tabs->setCurrentWidget(faq);
    faq->setCurrentRow(1);
    const FaqEntry entry = m_editor->document()->guide().faq[1];
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const int before = m_history->comments()->topLevelItemCount();
    QString anchored;
    bool emptyRefused = false;
    test::whenModal<CommentDialog>([&](CommentDialog *dialog) {
        anchored = dialog->anchorBox()->currentText();
        QPushButton *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        emptyRefused = !add->isEnabled();
        dialog->activateWindow(); // its shortcuts work in the active window
        if (!QTest::qWaitForWindowActive(dialog))
            return dialog->reject();
        // On the offscreen platform the focus can stay in the window below
        // (where Ctrl+Return adds an FAQ entry): put it where a person types.
        dialog->textEdit()->setFocus();
        if (!QTest::qWaitFor([dialog] { return dialog->textEdit()->hasFocus(); }))
            return dialog->reject();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Say which browsers."));
        QTest::keyClick(dialog->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(m_history->comments()->topLevelItemCount(), before + 1);
    QVERIFY(emptyRefused);
    QCOMPARE(anchored, QStringLiteral("FAQ: ") + entry.question);
    QCOMPARE(tabs->currentWidget(), faq); // the reviewer is still where they were
    QTreeWidgetItem *added = nullptr;
    QTreeWidgetItem *onSection = nullptr;
    for (int i = 0; i < m_history->comments()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_history->comments()->topLevelItem(i);
        if (item->text(3) == QLatin1String("Say which browsers."))
            added = item;
        if (item->text(3) == QLatin1String("Tighten this."))
            onSection = item;
    }
    QVERIFY(added && onSection);
    QCOMPARE(added->text(1), QStringLiteral("FAQ: ") + entry.question);
    QVERIFY(added->toolTip(3).contains(QLatin1String("Say which browsers.")));
    QVERIFY(onSection->text(1).startsWith(QLatin1String("Section: ")));
    // Opening the section's comment goes to that section's text in the draft.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy asked(m_history, &HistoryPanel::placeRequested);
    Q_EMIT m_history->comments()->itemActivated(onSection, 1);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(tabs->currentWidget(), m_editor->page(Part::Sections));
    QCOMPARE(m_editor->page(Part::Sections)->currentRow(), 1);
    QTRY_COMPARE(QApplication::focusWidget(),
                 m_editor->page(Part::Sections)->detailEditor(QStringLiteral("body")));
    // The Changes view shows a comment under the change to its part, and only there.
    Guide edited = m_editor->document()->guide();
    edited.sections[1].body += QStringLiteral(" One more sentence.");
    m_editor->diffView()->setComparison(m_editor->document()->guide(), edited, QStringLiteral("draft"),
                                        QStringLiteral("edited"));
    const QString shown = m_editor->diffView()->textView()->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("Tighten this.")), qPrintable(shown));
    QVERIFY(shown.indexOf(QLatin1String("Tighten this.")) >
            shown.indexOf(QLatin1String("One more sentence.")));
    QVERIFY(!shown.contains(QLatin1String("Say which browsers."))); // its FAQ entry did not change
    test::shot(m_window.get(), QStringLiteral("comments"));
}

void TestHistory::restoreIsOneUndoableStep()
{
    GuideDocument *doc = m_editor->document();
    const QString edited = doc->guide().title;
    QString error;
    QVERIFY2(m_history->restore(1, &error), qPrintable(error));
    QCOMPARE(
        doc->guide().title,
        guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/webassembly.json"), &error)
            ->title);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Restore v1"));
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("Restore v1"));
    doc->undoStack()->undo();
    QCOMPARE(doc->guide().title, edited);
    doc->undoStack()->redo();
    QVERIFY(doc->guide().title != edited);
}

void TestHistory::renderedComparison()
{
    DiffView *view = m_editor->diffView();
    Guide older = m_editor->document()->guide();
    Guide newer = older;
    newer.tldr += QStringLiteral(" A brand new closing sentence.");
    newer.sections.removeAt(1);
    view->setComparison(older, newer, QStringLiteral("v1"), QStringLiteral("draft"));
    view->setMode(DiffView::Mode::Rendered);
    QWebEngineView *page = view->pageView();
    QVERIFY(page);
    int marks = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            bool done = false;
            page->page()->runJavaScript(
                QStringLiteral("document.querySelectorAll('ins.diff').length * 1000 + "
                               "document.querySelectorAll('del.diff').length"),
                QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                    marks = v.toInt();
                    done = true;
                });
            return QTest::qWaitFor([&] { return done; }, 5000) && marks >= 1001;
        }(),
        30000);
    QVERIFY(view->changeCount() >= 2);
}

// The rendered changes show the guide's content: like the preview, a private
// profile that runs none of its script and loads nothing from the network, and
// a clicked link opens in the system browser instead of in the pane.
void TestHistory::renderedComparisonIsSandboxed()
{
    DiffView *view = m_editor->diffView();
    Guide older = m_editor->document()->guide();
    Guide newer = older;
    newer.sections[0].body += QStringLiteral("\n\nRead [the announcement](https://example.org/away) and see "
                                             "![a chart](https://tracker.example/pixel.png).\n");
    view->setComparison(older, newer, QStringLiteral("v1"), QStringLiteral("draft"));
    view->setMode(DiffView::Mode::Rendered);
    GuardedView *page = view->pageView();
    QVERIFY(page);
    QVERIFY(!page->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    QVERIFY(page->page()->profile()->isOffTheRecord());
    auto run = [page](const QString &script) {
        QVariant result;
        bool done = false;
        page->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) ? result : QVariant();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        run(QStringLiteral("document.querySelectorAll('a[href=\"https://example.org/away\"]').length"))
                .toInt() >= 1,
        30000);
    const QUrl shown = page->url();
    QCOMPARE(shown.scheme(), QStringLiteral("almanac-preview"));

    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openInBrowser");
    run(QStringLiteral("document.querySelector('a[href=\"https://example.org/away\"]').click(); true"));
    QTRY_COMPARE(m_openedInBrowser, QList<QUrl>{QUrl(QStringLiteral("https://example.org/away"))});
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QTest::qWait(300);
    QCOMPARE(page->url(), shown);
    // Nothing was even asked of the network (the guard counts what it stops).
    QCOMPARE(page->blockedRequests(), 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_history"));
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
