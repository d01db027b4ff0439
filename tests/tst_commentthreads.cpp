// Comments that live where the text is, in the workstation: a reviewer selects
// words of a section and comments on them in one dialog; the words are marked
// in the editor and a bubble sits in its margin; the mark follows the editor's
// typing before, inside and over the words (and back with undo); the editor
// answers in the thread; clicking the bubble or opening the thread goes to the
// words; resolving clears the margin; the Changes view shows the thread.

#include "editor/commentmargin.h"
#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "editor/partpage.h"
#include "guisupport.h"
#include "history/commentdialog.h"
#include "history/commentspane.h"
#include "history/diffview.h"
#include "history/historypanel.h"
#include "io/guidefile.h"
#include "window/mainwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace almanac;

namespace {

const QString words = QStringLiteral("many bacteria developed a way to remember");

} // namespace

class TestCommentThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commentOnSelectedWords();
    void markFollowsTyping();
    void replyGoToAndResolve();
    void wordsNotInTheVersion();

private:
    MarkdownEdit *body() const
    {
        return qobject_cast<MarkdownEdit *>(
            m_editor->page(Part::Sections)->detailEditor(QStringLiteral("body")));
    }
    QList<TextMark> marks() const { return body()->commentMargin()->marks(); }
    QTreeWidgetItem *thread() const { return m_pane->tree()->topLevelItem(0); }
    // Selects [start, start + length) of the body by keyboard: Home of the text, Right, Shift+Right.
    void selectByKeyboard(int start, int length);
    void typeAt(int position, const QString &text);
    void addComment(const QString &text, bool *quoteOffered = nullptr, QString *note = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    GuideEditor *m_editor = nullptr;
    CommentsPane *m_pane = nullptr;
};

void TestCommentThreads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("threads.almanac"));
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        auto g =
            guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"), &error);
        QVERIFY2(g && ws->saveGuide(*g, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
    QVERIFY(m_window->showGuide(QStringLiteral("crispr-gene-editing")));
    m_editor = m_window->currentEditor();
    m_pane = m_editor->history()->commentsPane();
    QVERIFY2(m_editor->history()->snapshot(QStringLiteral("for review"), &error), qPrintable(error));
    m_editor->tabs()->setCurrentWidget(m_editor->page(Part::Sections));
    m_editor->page(Part::Sections)->setCurrentRow(0);
    QVERIFY(body());
}

void TestCommentThreads::selectByKeyboard(int start, int length)
{
    body()->setFocus();
    QTest::keyClick(body(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < start; ++i)
        QTest::keyClick(body(), Qt::Key_Right);
    for (int i = 0; i < length; ++i)
        QTest::keyClick(body(), Qt::Key_Right, Qt::ShiftModifier);
}

void TestCommentThreads::typeAt(int position, const QString &text)
{
    QTextCursor cursor = body()->textCursor();
    cursor.setPosition(position);
    body()->setTextCursor(cursor);
    QTest::keyClicks(body(), text);
}

void TestCommentThreads::addComment(const QString &text, bool *quoteOffered, QString *note)
{
    test::whenModal<CommentDialog>([&](CommentDialog *dialog) {
        if (quoteOffered)
            *quoteOffered = !dialog->quoteBox()->isHidden() && dialog->quoteBox()->isChecked() &&
                            dialog->quoteBox()->toolTip() == words;
        if (note) {
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (!label->isHidden() && label->wordWrap())
                    *note = label->text();
            }
        }
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return dialog->reject();
        QTest::keyClicks(dialog->textEdit(), text);
        // The button, not Ctrl+Return (tst_history tries that): a shortcut needs
        // the dialog to be the active window, which a loaded machine may not grant in time.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
}

void TestCommentThreads::commentOnSelectedWords()
{
    const QString text = body()->markdown();
    const int at = int(text.indexOf(words));
    QVERIFY(at > 0);
    selectByKeyboard(at, int(words.size()));
    QCOMPARE(body()->textCursor().selectedText(), words);
    bool offered = false;
    addComment(QStringLiteral("Which bacteria? Name a species."), &offered);
    QTRY_COMPARE(m_pane->comments().size(), 1);
    QVERIFY(offered);
    const Comment c = m_pane->comments().constFirst();
    QCOMPARE(c.quote, words);
    QCOMPARE(c.quoteStart, at);
    QCOMPARE(c.part, QStringLiteral("sections"));
    QCOMPARE(c.partId, m_editor->document()->guide().sections[0].id);
    // Marked where the words are, with a bubble in the margin; the list says what it is on.
    QTRY_COMPARE(marks().size(), 1);
    QCOMPARE(marks()[0].state, TextMark::State::Open);
    QCOMPARE(marks()[0].start, at);
    QCOMPARE(marks()[0].length, int(words.size()));
    QVERIFY(body()->commentMargin()->isVisible());
    QVERIFY(body()->commentMargin()->width() > 0);
    QVERIFY(marks()[0].tip.contains(QLatin1String("Which bacteria?")));
    // The words first, then the item.
    QVERIFY2(thread()->text(1).startsWith(QStringLiteral("\u201cmany bacteria developed")) &&
                 thread()->text(1).contains(QLatin1String("Section: A defence system")),
             qPrintable(thread()->text(1)));
    test::shot(m_window.get(), QStringLiteral("comment-on-words"));
}

void TestCommentThreads::markFollowsTyping()
{
    const int at = int(body()->markdown().indexOf(words));
    // Typing before the words moves the mark with them.
    typeAt(0, QStringLiteral("In short: "));
    QTRY_COMPARE(marks().value(0).start, at + 10);
    QCOMPARE(marks()[0].state, TextMark::State::Open);
    QCOMPARE(body()->markdown().mid(marks()[0].start, marks()[0].length), words);
    // A word inside them changed: still marked, as changed, in the list too.
    const int developed = int(body()->markdown().indexOf(QStringLiteral("developed")));
    selectByKeyboard(developed, 9);
    QTest::keyClicks(body(), QStringLiteral("evolved"));
    QTRY_COMPARE(marks().value(0).state, TextMark::State::Changed);
    QVERIFY2(thread()->text(1).contains(QLatin1String("words changed since v1")),
             qPrintable(thread()->text(1)));
    QVERIFY(body()->markdown().mid(marks()[0].start, marks()[0].length).contains(QLatin1String("evolved")));
    // All of them gone: the bubble stays, at the top, and says so.
    const int start = int(body()->markdown().indexOf(QStringLiteral("many bacteria evolved")));
    selectByKeyboard(start, int(QStringLiteral("many bacteria evolved a way to remember").size()));
    QTest::keyClick(body(), Qt::Key_Delete);
    QTRY_COMPARE(marks().value(0).state, TextMark::State::Gone);
    QVERIFY(marks()[0].tip.contains(QLatin1String("those words are gone")));
    QVERIFY2(thread()->text(1).contains(QLatin1String("words gone from the draft")),
             qPrintable(thread()->text(1)));
    QVERIFY(!body()->commentMargin()->bubbleRect(marks()[0]).isEmpty());
    test::shot(m_window.get(), QStringLiteral("comment-words-gone"));
    // Undo brings the words back, and the mark is on them again.
    QUndoStack *undo = m_editor->document()->undoStack();
    while (undo->canUndo() && !body()->markdown().contains(words))
        undo->undo();
    QVERIFY(body()->markdown().contains(words));
    QTRY_COMPARE(marks().value(0).state, TextMark::State::Open);
    QCOMPARE(body()->markdown().mid(marks()[0].start, marks()[0].length), words);
}

void TestCommentThreads::replyGoToAndResolve()
{
    // The editor answers in the thread.
    m_editor->tabs()->setCurrentWidget(m_editor->history());
    QTreeWidget *tree = m_pane->tree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(thread()).center());
    QVERIFY(m_pane->replyButton()->isEnabled());
    test::whenModal<CommentDialog>([&](CommentDialog *dialog) {
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return dialog->reject();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Streptococcus, in the first study."));
        // The button, not Ctrl+Return (tst_history tries that): a shortcut needs
        // the dialog to be the active window, which a loaded machine may not grant in time.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(m_pane->replyButton(), Qt::LeftButton);
    QTRY_COMPARE(m_pane->comments().size(), 2);
    QCOMPARE(thread()->childCount(), 1);
    QCOMPARE(thread()->child(0)->text(3), QStringLiteral("Streptococcus, in the first study."));
    QCOMPARE(m_pane->comments()[1].replyTo, m_pane->comments()[0].id);

    // Opening the thread goes to its words in the section.
    Q_EMIT tree->itemActivated(thread(), 1);
    QCOMPARE(m_editor->tabs()->currentWidget(), m_editor->page(Part::Sections));
    QCOMPARE(body()->textCursor().selectedText(), words);
    // Clicking the bubble selects the words too, and chooses the thread in the list.
    QTextCursor away = body()->textCursor();
    away.setPosition(0);
    body()->setTextCursor(away);
    tree->setCurrentItem(nullptr);
    QTRY_COMPARE(marks().size(), 1);
    const QRect bubble = body()->commentMargin()->bubbleRect(marks()[0]);
    QVERIFY(!bubble.isEmpty());
    QTest::mouseClick(body()->commentMargin(), Qt::LeftButton, {}, bubble.center());
    QCOMPARE(body()->textCursor().selectedText(), words);
    QCOMPARE(tree->currentItem(), thread());
    QVERIFY(marks()[0].tip.contains(QLatin1String("Streptococcus")));
    // By keyboard: the cursor in the words, Review ▸ Reply to Comment (Ctrl+Alt+Y).
    tree->setCurrentItem(nullptr);
    QTextCursor inside = body()->textCursor();
    inside.setPosition(marks()[0].start + 5);
    body()->setTextCursor(inside);
    body()->setFocus();
    test::whenModal<CommentDialog>([&](CommentDialog *dialog) {
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return dialog->reject();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Cite that study, then."));
        // The button, not Ctrl+Return (tst_history tries that): a shortcut needs
        // the dialog to be the active window, which a loaded machine may not grant in time.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    body()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(m_pane->comments().size(), 3);
    QCOMPARE(m_pane->comments()[2].replyTo, m_pane->comments()[0].id);
    QCOMPARE(thread()->childCount(), 2);

    // The Changes view shows the thread under the section's change.
    Guide edited = m_editor->document()->guide();
    edited.sections[0].body += QStringLiteral(" One more sentence.");
    m_editor->diffView()->setComparison(m_editor->document()->guide(), edited, QStringLiteral("draft"),
                                        QStringLiteral("edited"));
    const QString shown = m_editor->diffView()->textView()->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("Which bacteria?")) && shown.contains(words) &&
                 shown.contains(QLatin1String("Streptococcus, in the first study.")),
             qPrintable(shown));

    // Resolving the thread clears the margin.
    QVERIFY(m_pane->resolveButton()->isEnabled());
    QTest::mouseClick(m_pane->resolveButton(), Qt::LeftButton);
    QTRY_VERIFY(marks().isEmpty());
    QVERIFY(!body()->commentMargin()->isVisible());
    QVERIFY(thread()->font(3).strikeOut());
    QVERIFY(!m_pane->resolveButton()->isEnabled());
}

// Words typed since the version cannot be quoted from it: the dialog says so
// and the comment is on the whole section, marked at its first line.
void TestCommentThreads::wordsNotInTheVersion()
{
    m_editor->tabs()->setCurrentWidget(m_editor->page(Part::Sections));
    m_editor->page(Part::Sections)->setCurrentRow(0);
    const QString added = QStringLiteral("Brand new words here.");
    typeAt(int(body()->markdown().size()), QStringLiteral(" ") + added);
    const int at = int(body()->markdown().indexOf(added));
    selectByKeyboard(at, int(added.size()));
    bool offered = true;
    QString note;
    addComment(QStringLiteral("Source for this?"), &offered, &note);
    QTRY_COMPARE(m_pane->comments().size(), 4);
    QVERIFY(!offered);
    QVERIFY2(note.contains(QLatin1String("not in v1 as the draft has them")), qPrintable(note));
    const QList<Comment> all = m_pane->comments();
    const auto c =
        std::find_if(all.begin(), all.end(), [](const Comment &x) { return x.body == u"Source for this?"; });
    QVERIFY(c != all.end());
    QVERIFY(c->quote.isEmpty());
    QTRY_COMPARE(marks().size(), 1);
    QCOMPARE(marks()[0].length, 0);
    QVERIFY(marks()[0].tip.contains(QLatin1String("On all of this text")));
}

QTEST_MAIN(TestCommentThreads)
#include "tst_commentthreads.moc"
