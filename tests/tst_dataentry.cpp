// Data entry that cannot misplace a word: typing through every list part and the
// overview of the real workstation by keyboard alone, then reading the guide back.

#include "conflicts/conflictbar.h"
#include "conflicts/mergedialog.h"
#include "document/partmodel.h"
#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "editor/partpage.h"
#include "editor/parttable.h"
#include "guisupport.h"
#include "history/reviewnotebar.h"
#include "merge/guidemerge.h"
#include "ui_overviewform.h"
#include "widgets/tagedit.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoGroup>

using namespace almanac;

namespace {

QWidget *focus()
{
    return QApplication::focusWidget();
}

// A key to whatever has the focus, then the turn of the event loop in which
// item delegates commit and editors open.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = focus();
    QVERIFY(w);
    QTest::keyClick(w, key, modifiers);
    QCoreApplication::processEvents();
}

void type(const QString &text)
{
    QWidget *w = focus();
    QVERIFY(w);
    QTest::keyClicks(w, text);
}

// The field whose editor is open in the table, as "row:field", or "" when none is.
QString editing(PartPage *page)
{
    auto *table = qobject_cast<PartTable *>(page->table());
    if (!table || !table->isEditing() || !focus() || focus()->parentWidget() != table->viewport())
        return {};
    const QModelIndex i = table->currentIndex();
    return QStringLiteral("%1:%2").arg(i.row()).arg(i.data(PartModel::FieldRole).toString());
}

} // namespace

class TestDataEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void timelineByKeyboard();
    void faqByKeyboard();
    void sectionsSourcesAndTakeawaysByKeyboard();
    void undoRedoShowsTheItem();
    void markdownListsContinue();
    void newGuideTitleAndSlug();
    void relatedCompletionShowsTitles();
    void noMnemonicTwiceInAWindow();

private:
    PartPage *openPart(Part part);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    GuideEditor *m_editor = nullptr;
};

void TestDataEntry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("entry.almanac"));
    QString error;
    QVERIFY2(Workspace::create(path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
}

void TestDataEntry::init()
{
    // A test may have shown a window of its own: the workstation is in front again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_editor = m_window->newGuide();
    QVERIFY(m_editor);
    QTRY_VERIFY(m_editor->overview()->titleEdit->hasFocus());
}

PartPage *TestDataEntry::openPart(Part part)
{
    PartPage *page = m_editor->page(part);
    m_editor->tabs()->setCurrentWidget(page);
    page->table()->setFocus(Qt::OtherFocusReason);
    QCoreApplication::processEvents();
    return page;
}

void TestDataEntry::timelineByKeyboard()
{
    PartPage *page = openPart(Part::Timeline);
    GuideDocument *doc = m_editor->document();

    // A new entry opens on its date; Tab goes date, title, sources in order.
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editing(page), QStringLiteral("0:date"));
    type(QStringLiteral("2015-08"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(page), QStringLiteral("0:title"));
    type(QStringLiteral("Founded"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(page), QStringLiteral("0:sources"));
    type(QStringLiteral("ledger"));
    // Tab from the last cell goes on to the description, below the table.
    press(Qt::Key_Tab);
    auto *description = qobject_cast<MarkdownEdit *>(page->detailEditor(QStringLiteral("description")));
    QCOMPARE(focus(), description);
    type(QStringLiteral("The first *board* met."));
    QCOMPARE(doc->guide().timeline.size(), 1);
    QCOMPARE(doc->guide().timeline[0].date, QStringLiteral("2015-08"));
    QCOMPARE(doc->guide().timeline[0].title, QStringLiteral("Founded"));
    QCOMPARE(doc->guide().timeline[0].sources, QStringList{QStringLiteral("ledger")});
    QCOMPARE(doc->guide().timeline[0].description, QStringLiteral("The first *board* met."));

    // An earlier date moves its entry to the top as it is committed; Tab follows the entry.
    page->table()->setFocus(Qt::OtherFocusReason);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editing(page), QStringLiteral("1:date"));
    type(QStringLiteral("1999"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(page), QStringLiteral("0:title"));
    type(QStringLiteral("Earlier"));
    // Shift+Tab goes back to the same entry's date, never forward.
    press(Qt::Key_Backtab);
    QCOMPARE(editing(page), QStringLiteral("0:date"));
    // Escape drops what was typed there.
    type(QStringLiteral("3"));
    press(Qt::Key_Escape);
    QCOMPARE(editing(page), QString());
    QCOMPARE(page->currentRow(), 0);
    // Enter on a cell opens it again (the edit key), and Enter commits and stays.
    page->table()->setCurrentIndex(page->model()->index(0, page->model()->columnOf(QStringLiteral("title"))));
    press(Qt::Key_F2);
    QCOMPARE(editing(page), QStringLiteral("0:title"));
    press(Qt::Key_End);
    type(QStringLiteral(" still"));
    press(Qt::Key_Return);
    QCOMPARE(editing(page), QString());
    QCOMPARE(page->currentRow(), 0);

    const QList<TimelineEntry> &t = doc->guide().timeline;
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].date, QStringLiteral("1999"));
    QCOMPARE(t[0].title, QStringLiteral("Earlier still"));
    QCOMPARE(t[1].date, QStringLiteral("2015-08"));
    QCOMPARE(t[1].title, QStringLiteral("Founded"));
    QCOMPARE(t[1].description, QStringLiteral("The first *board* met."));
    if (const QString dir = qEnvironmentVariable("ALMANAC_SHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/timeline-typing.png"));
}

void TestDataEntry::faqByKeyboard()
{
    PartPage *page = openPart(Part::Faq);
    GuideDocument *doc = m_editor->document();
    // No button of the page takes the focus: its shortcuts do the job.
    for (QToolButton *b : page->findChildren<QToolButton *>())
        QCOMPARE(b->focusPolicy(), Qt::NoFocus);

    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editing(page), QStringLiteral("0:question"));
    type(QStringLiteral("Who runs it?"));
    press(Qt::Key_Tab);
    auto *answer = qobject_cast<MarkdownEdit *>(page->detailEditor(QStringLiteral("answer")));
    QCOMPARE(focus(), answer);
    type(QStringLiteral("A board of five."));
    // Tab leaves the answer for the next control: never a button, and no space
    // typed afterwards adds a question.
    press(Qt::Key_Tab);
    QVERIFY(!qobject_cast<QAbstractButton *>(focus()));
    press(Qt::Key_Space);
    QCOMPARE(doc->guide().faq.size(), 1);
    QCOMPARE(doc->guide().faq[0].question, QStringLiteral("Who runs it?"));
    QCOMPARE(doc->guide().faq[0].answer, QStringLiteral("A board of five."));

    // Shift+Tab from the answer comes back to the table, not to a button.
    answer->setFocus(Qt::OtherFocusReason);
    press(Qt::Key_Backtab);
    QCOMPARE(focus(), page->table());
}

void TestDataEntry::sectionsSourcesAndTakeawaysByKeyboard()
{
    GuideDocument *doc = m_editor->document();

    PartPage *takeaways = openPart(Part::Takeaways);
    press(Qt::Key_Return, Qt::ControlModifier);
    type(QStringLiteral("One"));
    press(Qt::Key_Return);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editing(takeaways), QStringLiteral("1:text"));
    type(QStringLiteral("Two"));
    // Shift+Tab from the second item goes back to the first.
    press(Qt::Key_Backtab);
    QCOMPARE(editing(takeaways), QStringLiteral("0:text"));
    press(Qt::Key_Escape);
    QCOMPARE(doc->guide().takeaways.size(), 2);
    QCOMPARE(doc->guide().takeaways[0].text, QStringLiteral("One"));
    QCOMPARE(doc->guide().takeaways[1].text, QStringLiteral("Two"));

    PartPage *sections = openPart(Part::Sections);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editing(sections), QStringLiteral("0:heading"));
    type(QStringLiteral("Origins"));
    press(Qt::Key_Tab);
    QCOMPARE(focus(), sections->detailEditor(QStringLiteral("body")));
    type(QStringLiteral("It began."));
    QCOMPARE(doc->guide().sections.size(), 1);
    QCOMPARE(doc->guide().sections[0].heading, QStringLiteral("Origins"));
    QCOMPARE(doc->guide().sections[0].body, QStringLiteral("It began."));

    PartPage *sources = openPart(Part::Sources);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(editing(sources), QStringLiteral("0:key"));
    type(QStringLiteral("ledger"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(sources), QStringLiteral("0:outlet"));
    type(QStringLiteral("The Ledger"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(sources), QStringLiteral("0:title"));
    type(QStringLiteral("A history"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(sources), QStringLiteral("0:url"));
    type(QStringLiteral("https://ledger.example/history"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(sources), QStringLiteral("0:published"));
    type(QStringLiteral("2020-01-02"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(sources), QStringLiteral("0:accessed"));
    press(Qt::Key_Tab);
    QCOMPARE(editing(sources), QStringLiteral("0:relevance"));
    press(Qt::Key_Tab);
    QCOMPARE(focus(), sources->detailEditor(QStringLiteral("summary")));
    type(QStringLiteral("Where it started."));
    const Source s = doc->guide().sources.value(0);
    QCOMPARE(s.key, QStringLiteral("ledger"));
    QCOMPARE(s.outlet, QStringLiteral("The Ledger"));
    QCOMPARE(s.title, QStringLiteral("A history"));
    QCOMPARE(s.url, QStringLiteral("https://ledger.example/history"));
    QCOMPARE(s.published, QStringLiteral("2020-01-02"));
    QCOMPARE(s.summary, QStringLiteral("Where it started."));
}

void TestDataEntry::undoRedoShowsTheItem()
{
    PartPage *page = openPart(Part::Faq);
    GuideDocument *doc = m_editor->document();
    press(Qt::Key_Return, Qt::ControlModifier);
    type(QStringLiteral("Why?"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Because."));
    auto *answer = qobject_cast<MarkdownEdit *>(page->detailEditor(QStringLiteral("answer")));
    QUndoGroup *group = m_window->undoGroup();
    while (group->canUndo())
        group->undo();
    QCOMPARE(doc->guide().faq.size(), 0);
    QVERIFY(!answer->isEnabled());
    while (group->canRedo())
        group->redo();
    QCOMPARE(doc->guide().faq.size(), 1);
    QCOMPARE(page->currentRow(), 0);
    QVERIFY(answer->isEnabled());
    QCOMPARE(answer->toPlainText(), QStringLiteral("Because."));

    // Undoing an edit of another item goes to that item and shows its text.
    page->table()->setFocus(Qt::OtherFocusReason);
    press(Qt::Key_Return, Qt::ControlModifier);
    type(QStringLiteral("How?"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Slowly."));
    QCOMPARE(page->currentRow(), 1);
    page->setCurrentRow(0);
    QCOMPARE(answer->toPlainText(), QStringLiteral("Because."));
    group->undo(); // the second answer
    QCOMPARE(page->currentRow(), 1);
    QCOMPARE(answer->toPlainText(), QString());
    group->redo();
    QCOMPARE(answer->toPlainText(), QStringLiteral("Slowly."));
}

void TestDataEntry::markdownListsContinue()
{
    MarkdownEdit edit;
    QString reported;
    connect(&edit, &MarkdownEdit::textEdited, this, [&reported](const QString &t) { reported = t; });
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("- one"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("two"));
    QTest::keyClick(&edit, Qt::Key_Return);
    // Enter on an empty item ends the list.
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("After."));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("  9. nine"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("ten"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("* [x] done"));
    QTest::keyClick(&edit, Qt::Key_Return);
    QTest::keyClicks(&edit, QStringLiteral("open"));
    const QString expected = QStringLiteral("- one\n- two\n\nAfter.\n  9. nine\n  10. ten\n\n"
                                            "* [x] done\n* [ ] open");
    QCOMPARE(edit.toPlainText(), expected);
    QCOMPARE(reported, expected);
    // Shift+Enter is a plain new line, inside a list too.
    QTest::keyClick(&edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(edit.toPlainText(), expected + u'\n');
}

void TestDataEntry::newGuideTitleAndSlug()
{
    Ui::OverviewForm *f = m_editor->overview();
    GuideDocument *doc = m_editor->document();
    // The placeholder title is selected: typing replaces it.
    QTRY_COMPARE(f->titleEdit->selectedText(), f->titleEdit->text());
    type(QStringLiteral("Tidal Power: Ebb & Flow"));
    QCOMPARE(doc->guide().title, QStringLiteral("Tidal Power: Ebb & Flow"));
    QCOMPARE(doc->guide().slug, QStringLiteral("tidal-power-ebb-flow"));
    QCOMPARE(f->slugEdit->text(), QStringLiteral("tidal-power-ebb-flow"));
    // Title and slug change in one step each time: undo keeps them together.
    m_window->undoGroup()->undo();
    QVERIFY(doc->guide().title != QStringLiteral("Tidal Power: Ebb & Flow"));
    QCOMPARE(doc->guide().slug, guide::slugify(doc->guide().title));
    while (m_window->undoGroup()->canUndo())
        m_window->undoGroup()->undo();
    QVERIFY(doc->guide().slug.startsWith(QStringLiteral("untitled-guide")));
    while (m_window->undoGroup()->canRedo())
        m_window->undoGroup()->redo();
    QCOMPARE(doc->guide().slug, QStringLiteral("tidal-power-ebb-flow"));

    // Once the slug is edited by hand it stays.
    f->slugEdit->setFocus(Qt::TabFocusReason);
    f->slugEdit->selectAll();
    type(QStringLiteral("tides"));
    f->titleEdit->setFocus(Qt::OtherFocusReason);
    press(Qt::Key_End);
    type(QStringLiteral(" today"));
    QCOMPARE(doc->guide().title, QStringLiteral("Tidal Power: Ebb & Flow today"));
    QCOMPARE(doc->guide().slug, QStringLiteral("tides"));
}

void TestDataEntry::relatedCompletionShowsTitles()
{
    // Another guide with a title, known to the session before this editor opens.
    Guide other;
    other.id = guide::newId();
    other.slug = QStringLiteral("arm-holdings");
    other.title = QStringLiteral("Arm Holdings");
    other.created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    other.updated = other.created;
    const SaveResult r = m_window->session()->call(
        [other](Workspace &ws) { return ws.saveDraft(other, 0, QStringLiteral("test")); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QTRY_VERIFY(m_window->session()->cache().titlesBySlug.contains(QStringLiteral("arm-holdings")));
    m_editor = m_window->newGuide();
    QVERIFY(m_editor);

    TagEdit *related = m_editor->overview()->relatedEdit;
    related->lineEdit()->setFocus(Qt::TabFocusReason);
    type(QStringLiteral("holdi"));
    QCompleter *completer = related->lineEdit()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(),
             QStringLiteral("Arm Holdings (arm-holdings)"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(m_editor->document()->guide().related, QStringList{QStringLiteral("arm-holdings")});
    QCOMPARE(related->lineEdit()->text(), QString());
}

void TestDataEntry::noMnemonicTwiceInAWindow()
{
    // Every page of the guide in turn, with the conflict and review bars shown as well.
    m_editor->findChild<ConflictBar *>()->setVisible(true);
    m_editor->reviewNoteBar()->setVisible(true);
    QTabWidget *tabs = m_editor->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QStringList found = test::mnemonicClashes(m_window.get());
        QVERIFY2(found.isEmpty(),
                 qPrintable(tabs->tabText(i) + QStringLiteral(": ") + found.join(QStringLiteral("; "))));
    }
    m_editor->findChild<ConflictBar *>()->setVisible(false);
    m_editor->reviewNoteBar()->setVisible(false);
    for (QAction *a : m_window->menuBar()->actions()) {
        QVERIFY(a->menu());
        const QStringList found = test::menuMnemonicClashes(a->menu());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    // The merge view, with a conflict in a text and one over an item.
    Guide base;
    base.id = guide::newId();
    base.slug = QStringLiteral("merge");
    base.title = QStringLiteral("Base");
    base.faq = {FaqEntry{guide::newId(), QStringLiteral("Q"), QStringLiteral("A")}};
    Guide ours = base;
    ours.title = QStringLiteral("Ours");
    ours.faq[0].answer = QStringLiteral("Mine");
    Guide theirs = base;
    theirs.title = QStringLiteral("Theirs");
    theirs.faq.clear();
    MergeDialog dialog(merge::merge(base, ours, theirs), QStringLiteral("Theirs"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList found = test::mnemonicClashes(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestDataEntry)
#include "tst_dataentry.moc"
