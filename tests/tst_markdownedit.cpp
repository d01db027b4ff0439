// The Markdown editor widget, driven by key events on the offscreen platform:
// the text model contract with the owner's undo stack, highlighting, spelling
// and citation-key completion.

#include "editor/markdownedit.h"
#include "spelling/markdownspelling.h"
#include "spelling/spellchecker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>
#include <memory>

using namespace almanac;

namespace {

struct Range
{
    int start;
    int length;
    friend bool operator==(const Range &, const Range &) = default;
};

QList<Range> underlined(const MarkdownEdit &edit)
{
    QList<Range> ranges;
    for (const QTextEdit::ExtraSelection &s : edit.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({s.cursor.selectionStart(), s.cursor.selectionEnd() - s.cursor.selectionStart()});
    }
    return ranges;
}

QStringList underlinedWords(const MarkdownEdit &edit)
{
    QStringList words;
    const QString text = edit.markdown();
    for (const Range &r : underlined(edit))
        words.append(text.mid(r.start, r.length));
    return words;
}

// Spelling is checked after a short pause; wait for it to settle.
void settleSpelling()
{
    QTest::qWait(400);
}

} // namespace

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingEmitsTextEdited();
    void setMarkdownIsSilentAndKeepsTheCursor();
    void highlightingFollowsThePalette();
    void misspelledWordIsUnderlined();
    void codeLinksAndCitationsAreNotChecked();
    void onlyVisibleBlocksAreChecked();
    void personalWordIsAccepted();
    void suggestionsContainTheRightWord();
    void contextMenuReplacesTheWord();
    void spellCheckingCanBeTurnedOff();
    void wordsAcrossEmphasis();
    void dictionaryForLanguage();
    void germanTextIsCheckedInGerman();
    void completionAfterOpeningACitation();
    void completionAfterSemicolon();
    void undoKeysReachTheWindow();
    void screenshot();

private:
    std::unique_ptr<QWidget> m_window;
    MarkdownEdit *m_edit = nullptr;
    std::unique_ptr<SpellChecker> m_spell;
};

void TestMarkdownEdit::initTestCase()
{
    SpellChecker probe;
    QVERIFY2(probe.isAvailable(),
             qPrintable(QStringLiteral("no en_US dictionary in ") + SpellChecker::dictionaryDirectory()));
}

void TestMarkdownEdit::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_edit = new MarkdownEdit(m_window.get());
    layout->addWidget(m_edit);
    m_spell = std::make_unique<SpellChecker>(); // a private personal word list per test
    m_edit->setSpellChecker(m_spell.get());
    m_window->resize(640, 360);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_edit->setFocus();
    QTRY_VERIFY(m_edit->hasFocus());
}

void TestMarkdownEdit::cleanup()
{
    m_window.reset();
    m_edit = nullptr;
    m_spell.reset();
}

void TestMarkdownEdit::typingEmitsTextEdited()
{
    QVERIFY(!m_edit->document()->isUndoRedoEnabled());
    QVERIFY(!m_edit->accessibleName().isEmpty());
    m_edit->setAccessibleName(QStringLiteral("Section body"));
    QCOMPARE(m_edit->accessibleName(), QStringLiteral("Section body"));

    QSignalSpy edited(m_edit, &MarkdownEdit::textEdited);
    QTest::keyClicks(m_edit, QStringLiteral("Hello"));
    QCOMPARE(edited.size(), 5);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("Hello"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("world"));
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("Hello\nworld"));
    // Shift+Enter gives a newline too, not a Unicode line separator.
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("Hello\nworld\n"));
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("Hello\nworld"));
    QCOMPARE(m_edit->markdown(), QStringLiteral("Hello\nworld"));

    // Cut and paste are user edits as well.
    edited.clear();
    m_edit->selectAll();
    m_edit->cut();
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.last().at(0).toString(), QString());
    m_edit->paste();
    QCOMPARE(edited.size(), 2);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("Hello\nworld"));
}

void TestMarkdownEdit::setMarkdownIsSilentAndKeepsTheCursor()
{
    QSignalSpy edited(m_edit, &MarkdownEdit::textEdited);
    m_edit->setMarkdown(QStringLiteral("alpha beta gamma"));
    QCOMPARE(m_edit->markdown(), QStringLiteral("alpha beta gamma"));
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(8); // inside "beta"
    m_edit->setTextCursor(cursor);

    m_edit->setMarkdown(QStringLiteral("alpha beta gamma delta")); // after the cursor
    QCOMPARE(m_edit->textCursor().position(), 8);
    m_edit->setMarkdown(QStringLiteral("Oh alpha beta gamma delta")); // before it
    QCOMPARE(m_edit->textCursor().position(), 11);
    QCOMPARE(m_edit->markdown(), QStringLiteral("Oh alpha beta gamma delta"));

    const int revision = m_edit->document()->revision();
    m_edit->setMarkdown(QStringLiteral("Oh alpha beta gamma delta")); // the same: nothing happens
    QCOMPARE(m_edit->document()->revision(), revision);
    m_edit->setMarkdown(QStringLiteral("one\r\ntwo"));
    QCOMPARE(m_edit->markdown(), QStringLiteral("one\ntwo"));
    QCOMPARE(edited.size(), 0);

    // Typing after a setMarkdown reports the whole new text.
    m_edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_edit, QStringLiteral("!"));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("one\ntwo!"));
}

void TestMarkdownEdit::highlightingFollowsThePalette()
{
    QVERIFY(m_edit->hasHighlighting());
    m_edit->setMarkdown(QStringLiteral("# A heading\n\nSome *emphasis* and `code`."));
    auto headingColor = [this] {
        const QList<QTextLayout::FormatRange> formats = m_edit->document()->firstBlock().layout()->formats();
        return formats.isEmpty() ? QColor() : formats.constFirst().format.foreground().color();
    };
    const QColor light = headingColor();
    QVERIFY(light.isValid());

    QPalette dark = m_edit->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    m_edit->setPalette(dark);
    const QColor darkColor = headingColor();
    QVERIFY(darkColor.isValid());
    QVERIFY2(darkColor != light, qPrintable(light.name() + QLatin1Char(' ') + darkColor.name()));
}

void TestMarkdownEdit::misspelledWordIsUnderlined()
{
    QTest::keyClicks(m_edit, QStringLiteral("This sentense is wrong."));
    settleSpelling();
    QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("sentense")});
    QCOMPARE(underlined(*m_edit), (QList<Range>{{5, 8}}));

    // Fixing it removes the underline.
    m_edit->setMarkdown(QStringLiteral("This sentence is right."));
    settleSpelling();
    QVERIFY(underlined(*m_edit).isEmpty());
}

void TestMarkdownEdit::codeLinksAndCitationsAreNotChecked()
{
    m_edit->setMarkdown(QStringLiteral("Code `sentense` and ``more `sentense` ``.\n"
                                       "See https://example.com/sentense and [text](docs/sentense.html).\n"
                                       "As shown [@sentense-key; @wrod] and mail to wrod@sentense.org.\n"
                                       "Names like WebAssembly, RISC, abc123 and snake_case pass.\n"
                                       "```python\n"
                                       "sentense = wrod\n"
                                       "```\n"
                                       "~~~~\n"
                                       "```\n"
                                       "wrod\n"
                                       "~~~~\n"
                                       "<span class=\"sentense\">don't</span> &nbsp;\n"
                                       "But this sentense is checked."));
    settleSpelling();
    QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("sentense")});
    QCOMPARE(underlined(*m_edit).constFirst().start, int(m_edit->markdown().lastIndexOf(u"sentense")));
}

void TestMarkdownEdit::onlyVisibleBlocksAreChecked()
{
    QStringList lines;
    for (int i = 0; i < 20000; ++i)
        lines.append(QStringLiteral("teh wrod"));
    m_edit->setMarkdown(lines.join(QLatin1Char('\n')));
    settleSpelling();
    const qsizetype shown = underlined(*m_edit).size();
    QVERIFY(shown > 0);
    QVERIFY2(shown < 400, qPrintable(QString::number(shown)));

    // After scrolling to the end, the end is checked.
    m_edit->moveCursor(QTextCursor::End);
    m_edit->ensureCursorVisible();
    settleSpelling();
    const QList<Range> ranges = underlined(*m_edit);
    QVERIFY(!ranges.isEmpty());
    QCOMPARE(ranges.constLast().start + ranges.constLast().length, int(m_edit->markdown().size()));

    // Typing in a long text stays quick: no full re-check per keystroke.
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(m_edit, QStringLiteral(" more text"));
    m_edit->moveCursor(QTextCursor::Start);
    QTest::keyClicks(m_edit, QStringLiteral(" more text"));
    settleSpelling();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestMarkdownEdit::personalWordIsAccepted()
{
    m_edit->setMarkdown(QStringLiteral("The Almanacish style."));
    settleSpelling();
    QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("Almanacish")});

    QSignalSpy added(m_spell.get(), &SpellChecker::personalWordAdded);
    m_edit->addToDictionary(QStringLiteral("Almanacish"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().at(0).toString(), QStringLiteral("Almanacish"));
    QCOMPARE(m_spell->personalWords(), QStringList{QStringLiteral("Almanacish")});
    QTRY_VERIFY(underlined(*m_edit).isEmpty());

    // The owner restores the list per workspace; a lower-case entry covers a capitalised word.
    m_spell->setPersonalWords({QStringLiteral("wrodle")});
    QVERIFY(!m_spell->isCorrect(u"Almanacish"));
    QVERIFY(m_spell->isCorrect(u"wrodle"));
    QVERIFY(m_spell->isCorrect(u"Wrodle"));
    QTRY_COMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("Almanacish")});
}

void TestMarkdownEdit::suggestionsContainTheRightWord()
{
    QVERIFY(!m_spell->isCorrect(u"sentense"));
    QVERIFY(m_spell->isCorrect(u"sentence"));
    QVERIFY(m_spell->isCorrect(u"don’t")); // typographic apostrophe
    QVERIFY(m_spell->suggestions(u"sentense").contains(QStringLiteral("sentence")));
    QVERIFY(m_spell->suggestions(u"teh").contains(QStringLiteral("the")));
    QVERIFY(m_spell->suggestions(u"recieve").size() <= 6);
    QVERIFY(m_spell->suggestions(u"recieve").contains(QStringLiteral("receive")));
}

void TestMarkdownEdit::contextMenuReplacesTheWord()
{
    m_edit->setMarkdown(QStringLiteral("This sentense is wrong."));
    settleSpelling();
    QSignalSpy edited(m_edit, &MarkdownEdit::textEdited);

    // The real menu: right-click on the word, pick the suggestion.
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(7);
    const QPoint pos = m_edit->cursorRect(cursor).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, m_edit->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_edit->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QStringList texts;
    QAction *suggestion = nullptr;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->text() == QLatin1String("sentence"))
            suggestion = action;
        QVERIFY2(action->objectName() != QLatin1String("edit-undo"), "own Undo left in the menu");
    }
    QVERIFY2(suggestion, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Add to Dictionary")));
    suggestion->trigger();
    menu->close();
    QCOMPARE(m_edit->markdown(), QStringLiteral("This sentence is wrong."));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("This sentence is wrong."));

    // The slot the menu calls.
    m_edit->replaceWord(5, 8, QStringLiteral("phrase"));
    QCOMPARE(edited.size(), 2);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("This phrase is wrong."));
    settleSpelling();
    QVERIFY(underlined(*m_edit).isEmpty());
}

// A word with emphasis inside it is read as one word: "**C**lustered" is
// "Clustered", not "C" and "lustered"; a misspelling across markers is marked whole.
void TestMarkdownEdit::wordsAcrossEmphasis()
{
    m_edit->setMarkdown(
        QStringLiteral("**C**lustered **R**egularly un*believ*able *words* and **C**lustred."));
    settleSpelling();
    QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("C**lustred")});
    const QString text = m_edit->markdown();
    QCOMPARE(underlined(*m_edit), (QList<Range>{{int(text.lastIndexOf(u"C**lustred")), 10}}));
    QCOMPARE(markdownspelling::wordAt(text, int(text.lastIndexOf(u"C**lustred")), 10),
             QStringLiteral("Clustred"));
    // Markers that only surround a word, or stand between words, join nothing.
    const auto words = markdownspelling::spellableWords(QStringLiteral("*one* **two** three*"));
    QCOMPARE(words.size(), 3);
    QCOMPARE(words[0], (QPair<int, int>{1, 3}));
}

// Which installed dictionary a guide's language takes, in a folder of our own.
void TestMarkdownEdit::dictionaryForLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"en_US", "de_DE", "de_CH", "ar", "he_IL", "pt_BR"}) {
        for (const char *ext : {".aff", ".dic"}) {
            QFile f(dir.filePath(QLatin1String(name) + QLatin1String(ext)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
    }
    QFile lonely(dir.filePath(QStringLiteral("fr_FR.dic"))); // no .aff beside it: not a dictionary
    QVERIFY(lonely.open(QIODevice::WriteOnly));
    qputenv("ALMANAC_HUNSPELL_DIR", QFile::encodeName(dir.path()));
    const QList<std::pair<QString, QString>> cases = {{QString(), QStringLiteral("en_US")},
                                                      {QStringLiteral("en"), QStringLiteral("en_US")},
                                                      {QStringLiteral("en-GB"), QStringLiteral("en_US")},
                                                      {QStringLiteral("de"), QStringLiteral("de_DE")},
                                                      {QStringLiteral("de-CH"), QStringLiteral("de_CH")},
                                                      {QStringLiteral("de-AT"), QStringLiteral("de_DE")},
                                                      {QStringLiteral("ar-EG"), QStringLiteral("ar")},
                                                      {QStringLiteral("he"), QStringLiteral("he_IL")},
                                                      {QStringLiteral("pt"), QStringLiteral("pt_BR")},
                                                      {QStringLiteral("fr"), QString()},
                                                      {QStringLiteral("ja"), QString()}};
    for (const auto &[tag, dictionary] : cases)
        QCOMPARE(SpellChecker::dictionaryFor(tag), dictionary);
    qunsetenv("ALMANAC_HUNSPELL_DIR");
    // No dictionary: nothing is marked (an English checker would mark every word).
    SpellChecker none(nullptr, QString());
    QVERIFY(!none.isAvailable());
    QVERIFY(none.isCorrect(u"Rechtschreibung"));
}

// A guide in German is checked with the German dictionary the bootstrap installs,
// and the personal words are the workspace's, whatever the language.
void TestMarkdownEdit::germanTextIsCheckedInGerman()
{
    SpellChecker *german = SpellChecker::forLanguage(QStringLiteral("de"));
    QVERIFY2(german->isAvailable(), "no de_DE dictionary (packaging/bootstrap.sh installs hunspell-de-de)");
    QCOMPARE(german->dictionary(), QStringLiteral("de_DE"));
    QCOMPARE(SpellChecker::forLanguage(QStringLiteral("de-DE")), german); // one checker per dictionary
    m_edit->setSpellChecker(german);
    QTest::keyClicks(m_edit, QStringLiteral("Dieser Satz ist richtig, nur ein Wort hat einen Fehlr."));
    settleSpelling();
    QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("Fehlr")});
    // The English checker marks the German words instead.
    m_edit->setSpellChecker(m_spell.get());
    settleSpelling();
    QVERIFY(underlinedWords(*m_edit).contains(QStringLiteral("Dieser")));
    // A word added from the German guide joins the workspace's one list.
    m_edit->setSpellChecker(german);
    QSignalSpy added(SpellChecker::shared(), &SpellChecker::personalWordAdded);
    german->addPersonalWord(QStringLiteral("Fehlr"));
    QCOMPARE(added.count(), 1);
    QVERIFY(SpellChecker::shared()->personalWords().contains(QStringLiteral("Fehlr")));
    settleSpelling();
    QVERIFY(underlinedWords(*m_edit).isEmpty());
    SpellChecker::shared()->setPersonalWords({});
    settleSpelling();
    QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("Fehlr")});
    m_edit->setSpellChecker(m_spell.get());
}

void TestMarkdownEdit::spellCheckingCanBeTurnedOff()
{
    m_edit->setMarkdown(QStringLiteral("A sentense."));
    settleSpelling();
    QCOMPARE(underlined(*m_edit).size(), 1);
    m_edit->setSpellCheckingEnabled(false);
    QVERIFY(underlined(*m_edit).isEmpty());
    QTest::keyClicks(m_edit, QStringLiteral(" wrod"));
    settleSpelling();
    QVERIFY(underlined(*m_edit).isEmpty());
    m_edit->setSpellCheckingEnabled(true);
    QTRY_COMPARE(underlined(*m_edit).size(), 2);
}

void TestMarkdownEdit::completionAfterOpeningACitation()
{
    m_edit->setCitationKeys({QStringLiteral("riscv-intl"), QStringLiteral("chipweekly-server-core"),
                             QStringLiteral("arm-holdings")});
    QSignalSpy edited(m_edit, &MarkdownEdit::textEdited);
    QAbstractItemView *popup = m_edit->citationCompleter()->popup();
    QTest::keyClicks(m_edit, QStringLiteral("Servers [@"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(m_edit->citationCompleter()->completionCount(), 3);
    // While the popup is open it gets the keys and passes them on to the editor.
    QTest::keyClicks(popup, QStringLiteral("serx"));
    QVERIFY(!popup->isVisible()); // nothing matches "serx"
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QTest::keyClick(m_edit, Qt::Key_Space, Qt::ControlModifier); // asks again
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(m_edit->citationCompleter()->completionCount(), 1); // "contains": chipweekly-server-core
    QVERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_edit->markdown(), QStringLiteral("Servers [@chipweekly-server-core]"));
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("Servers [@chipweekly-server-core]"));
    QCOMPARE(m_edit->textCursor().position(), int(m_edit->markdown().size()));

    // A bracket already closed is not closed again.
    m_edit->setMarkdown(QStringLiteral("See [@]."));
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(6);
    m_edit->setTextCursor(cursor);
    QTest::keyClicks(m_edit, QStringLiteral("a"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_edit->markdown(), QStringLiteral("See [@arm-holdings]."));

    // Escape closes the popup and leaves the text alone; outside a citation nothing pops up.
    m_edit->setMarkdown(QString());
    QTest::keyClicks(m_edit, QStringLiteral("[@r"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_edit->markdown(), QStringLiteral("[@r"));
    QTest::keyClicks(m_edit, QStringLiteral("] mail me@"));
    QVERIFY(!popup->isVisible());
}

void TestMarkdownEdit::completionAfterSemicolon()
{
    m_edit->setCitationKeys({QStringLiteral("riscv-intl"), QStringLiteral("arm-holdings")});
    QAbstractItemView *popup = m_edit->citationCompleter()->popup();
    QTest::keyClicks(m_edit, QStringLiteral("Both [@riscv-intl; @"));
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup, QStringLiteral("arm"));
    QCOMPARE(m_edit->citationCompleter()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_edit->markdown(), QStringLiteral("Both [@riscv-intl; @arm-holdings]"));

    // "; @" outside a citation is just text.
    m_edit->setMarkdown(QString());
    QTest::keyClicks(m_edit, QStringLiteral("a; @"));
    QVERIFY(!popup->isVisible());
}

void TestMarkdownEdit::undoKeysReachTheWindow()
{
    auto *undo = new QAction(QStringLiteral("Undo"), m_window.get());
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(QStringLiteral("Redo"), m_window.get());
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_window->addAction(undo);
    m_window->addAction(redo);
    QSignalSpy undone(undo, &QAction::triggered);
    QSignalSpy redone(redo, &QAction::triggered);
    QSignalSpy edited(m_edit, &MarkdownEdit::textEdited);

    QTest::keyClicks(m_edit, QStringLiteral("cat"));
    QCOMPARE(edited.size(), 3);
    QTest::keyClick(m_edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone.size(), 1);
    QTest::keyClick(m_edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_edit, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(redone.size(), 2);
    QCOMPARE(m_edit->markdown(), QStringLiteral("cat"));
    QCOMPARE(edited.size(), 3);

    // The owner's actions stand in for the widget's own in the context menu.
    m_edit->setUndoRedoActions(undo, redo);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5),
                            m_edit->viewport()->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(m_edit->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->actions().value(0), undo);
    QCOMPARE(menu->actions().value(1), redo);
    menu->close();
}

void TestMarkdownEdit::screenshot()
{
    const QString dir = qEnvironmentVariable("ALMANAC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set ALMANAC_SCREENSHOT_DIR to save pictures");
    QDir().mkpath(dir);
    m_edit->setCitationKeys({QStringLiteral("riscv-intl"), QStringLiteral("chipweekly-server-core"),
                             QStringLiteral("arm-holdings"), QStringLiteral("sifive-p870")});
    for (const bool dark : {false, true}) {
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            m_window->setPalette(palette);
            m_edit->citationCompleter()->popup()->setPalette(palette);
        }
        m_edit->setMarkdown(QStringLiteral("## What RISC-V is\n\n"
                                           "RISC-V is an **open** instruction set. Its specifcation is "
                                           "free to implement, and `rv64gc` cores ship in phones.\n\n"
                                           "- Designed at [Berkeley](https://example.com) in 2010\n"
                                           "- Server cores arrived in 2026 "));
        m_edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(m_edit, QStringLiteral("[@"));
        QAbstractItemView *popup = m_edit->citationCompleter()->popup();
        QTRY_VERIFY(popup->isVisible());
        settleSpelling();
        QCOMPARE(underlinedWords(*m_edit), QStringList{QStringLiteral("specifcation")});

        QImage image = m_edit->grab().toImage();
        const QPoint at = popup->mapToGlobal(QPoint()) - m_edit->mapToGlobal(QPoint());
        QPainter painter(&image);
        painter.drawPixmap(at, popup->grab());
        painter.end();
        const QString name =
            dark ? QStringLiteral("markdownedit-dark.png") : QStringLiteral("markdownedit.png");
        QVERIFY(image.save(QDir(dir).filePath(name)));
        popup->hide();
    }
}

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
