// Writing a guide from scratch in the real workstation, as an editor would:
// typing into the real widgets, adding a timeline entry and a source, citing
// it, undoing and redoing everything, and reading the live page's DOM.

#include "document/partmodel.h"
#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "editor/partpage.h"
#include "editor/sourcerecordeditor.h"
#include "guisupport.h"
#include "io/csljson.h"
#include "io/guidefile.h"
#include "pagetestsupport.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "spelling/spellchecker.h"
#include "ui_mainwindow.h"
#include "ui_overviewform.h"
#include "widgets/languagebox.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoGroup>
#include <QWebEngineScript>

using namespace almanac;
using namespace almanac::test;

namespace {

QToolButton *button(QWidget *page, const QString &name)
{
    for (QToolButton *b : page->findChildren<QToolButton *>()) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}

// Types any text, one key press per character, as an Arabic keyboard layout
// delivers it (QTest::keyClicks knows only Latin-1 keys).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Types into whatever editor has the keyboard focus and commits it.
void typeIntoFocus(const QString &text)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY(w);
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
    // Item delegates commit on the next turn of the event loop.
    QCoreApplication::processEvents();
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeAGuideFromScratch();
    void autosaveWritesTheDraft();
    void lintPanelFollowsTyping();
    void fieldUndoIsTheGuidesUndo();
    void sourceRecordEditing();
    void timelineDateForms();
    void guideInArabic();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("editor.almanac"));
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

void TestEditor::writeAGuideFromScratch()
{
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    GuideDocument *doc = e->document();
    const Guide blank = doc->guide();
    Ui::OverviewForm *f = e->overview();

    // Title and TL;DR, typed.
    f->titleEdit->selectAll();
    QTest::keyClicks(f->titleEdit, QStringLiteral("Tidal power"));
    QCOMPARE(doc->guide().title, QStringLiteral("Tidal power"));
    QTest::keyClicks(f->tldrEdit, QStringLiteral("Tides turn turbines [@tide-desk]."));
    QCOMPARE(doc->guide().tldr, QStringLiteral("Tides turn turbines [@tide-desk]."));

    // A source, added with the button and typed into its table.
    PartPage *sources = e->page(Part::Sources);
    e->tabs()->setCurrentWidget(sources);
    QTest::mouseClick(button(sources, QStringLiteral("Add source")), Qt::LeftButton);
    QCOMPARE(doc->guide().sources.size(), 1);
    QTableView *table = sources->table();
    table->setCurrentIndex(sources->model()->index(0, sources->model()->columnOf(QStringLiteral("key"))));
    table->edit(table->currentIndex());
    typeIntoFocus(QStringLiteral("tide-desk"));
    QCOMPARE(doc->guide().sources[0].key, QStringLiteral("tide-desk"));
    table->setCurrentIndex(sources->model()->index(0, sources->model()->columnOf(QStringLiteral("outlet"))));
    table->edit(table->currentIndex());
    typeIntoFocus(QStringLiteral("Tide Desk"));
    QCOMPARE(doc->guide().sources[0].outlet, QStringLiteral("Tide Desk"));

    // A timeline entry with a title and a date.
    PartPage *timeline = e->page(Part::Timeline);
    e->tabs()->setCurrentWidget(timeline);
    QTest::mouseClick(button(timeline, QStringLiteral("Add timeline entry")), Qt::LeftButton);
    QCOMPARE(doc->guide().timeline.size(), 1);
    // The date cell opens for editing at once; Tab goes on to the title.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1966-11"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCoreApplication::processEvents();
    typeIntoFocus(QStringLiteral("First barrage opens"));
    QCOMPARE(doc->guide().timeline[0].title, QStringLiteral("First barrage opens"));
    QCOMPARE(doc->guide().timeline[0].date, QStringLiteral("1966-11"));

    // A section that cites the source.
    PartPage *sections = e->page(Part::Sections);
    e->tabs()->setCurrentWidget(sections);
    QTest::mouseClick(button(sections, QStringLiteral("Add section")), Qt::LeftButton);
    typeIntoFocus(QStringLiteral("How it works"));
    auto *body = qobject_cast<MarkdownEdit *>(sections->detailEditor(QStringLiteral("body")));
    QVERIFY(body);
    QTest::keyClicks(body, QStringLiteral("Water moves **both ways** twice a day [@tide-desk]."));
    QCOMPARE(doc->guide().sections[0].heading, QStringLiteral("How it works"));
    QCOMPARE(doc->guide().sections[0].body,
             QStringLiteral("Water moves **both ways** twice a day [@tide-desk]."));
    const Guide written = doc->guide();

    // The live page shows it, with the citation as a link to the source.
    PreviewView *preview = e->preview();
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(preview, QStringLiteral("document.querySelector('h1') ? "
                                         "document.querySelector('h1').textContent : ''"))
                    .toString() == QLatin1String("Tidal power") &&
            evaluate(preview, QStringLiteral("document.body.innerText"))
                .toString()
                .contains(QLatin1String("twice a day")),
        30000);
    QCOMPARE(
        evaluate(preview, QStringLiteral("document.querySelector('[data-field=\"sections[0].body\"] strong')"
                                         ".textContent"))
            .toString(),
        QStringLiteral("both ways"));
    QCOMPARE(evaluate(preview,
                      QStringLiteral("document.querySelectorAll('sup.cite a[href=\"#source-1\"]').length"))
                 .toInt(),
             2);
    QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('#source-1 .outlet').textContent"))
                 .toString(),
             QStringLiteral("Tide Desk"));

    // The Edit menu names the step, and undoing everything gives the blank guide back.
    QUndoGroup *group = m_window->undoGroup();
    QVERIFY(group->undoText().startsWith(QStringLiteral("Edit section body")));
    int steps = 0;
    while (group->canUndo()) {
        group->undo();
        ++steps;
    }
    QVERIFY(steps >= 8);
    Guide back = doc->guide();
    back.updated = blank.updated;
    QCOMPARE(back, blank);
    QCOMPARE(f->tldrEdit->toPlainText(), QString());
    QCOMPARE(sources->model()->rowCount(), 0);
    while (group->canRedo())
        group->redo();
    Guide again = doc->guide();
    again.updated = written.updated;
    QCOMPARE(again, written);
    QCOMPARE(f->tldrEdit->toPlainText(), written.tldr);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(preview, QStringLiteral("document.body.innerText"))
                                 .toString()
                                 .contains(QLatin1String("twice a day")),
                             20000);
}

void TestEditor::autosaveWritesTheDraft()
{
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(e);
    QSignalSpy saved(e, &GuideEditor::saved);
    QTest::keyClicks(e->overview()->subjectEdit, QStringLiteral("Tides"));
    QVERIFY(!e->isSaved());
    QVERIFY(saved.wait(3000));
    QVERIFY(e->isSaved());
    const auto stored =
        m_window->session()->call([slug = e->slug()](Workspace &ws) { return ws.guide(slug); });
    QVERIFY(stored);
    QCOMPARE(stored->subject, QStringLiteral("Tides"));
    // The guide list shows it without reloading the workspace.
    GuideListModel *list = m_window->guideModel();
    const int row = list->rowOf(e->slug());
    QVERIFY(row >= 0);
    QCOMPARE(list->index(row, GuideListModel::Subject).data().toString(), QStringLiteral("Tides"));
    QCOMPARE(stored->sections, e->document()->guide().sections);
}

void TestEditor::lintPanelFollowsTyping()
{
    GuideEditor *e = m_window->currentEditor();
    QTreeWidget *problems = m_window->ui()->problemList;
    QTest::keyClicks(e->overview()->tldrEdit, QStringLiteral(" See [@nowhere]."));
    QTRY_VERIFY_WITH_TIMEOUT(!problems->findItems(QStringLiteral("tldr"), Qt::MatchExactly, 1).isEmpty(),
                             3000);
    QTreeWidgetItem *item = problems->findItems(QStringLiteral("tldr"), Qt::MatchExactly, 1).first();
    QVERIFY(item->text(2).contains(QStringLiteral("nowhere")));
    // Activating a finding in a list part moves to its place.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close(); // the citation completer, opened by "[@"
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    e->tabs()->setCurrentIndex(0);
    e->goToPlace(QStringLiteral("sections[0].body"));
    QCOMPARE(e->tabs()->currentWidget(), e->page(Part::Sections));
    QWidget *body = e->page(Part::Sections)->detailEditor(QStringLiteral("body"));
    QTest::qWait(50);
    QTRY_COMPARE(QApplication::focusWidget(), body);
}

// A guide written in Arabic: the language typed into the form sets the
// direction of every editor of the guide's text, the spelling dictionary and
// the page's lang and dir; a tag that is not one changes nothing; undo goes back.
void TestEditor::guideInArabic()
{
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    GuideDocument *doc = e->document();
    Ui::OverviewForm *f = e->overview();
    f->titleEdit->selectAll();
    typeText(f->titleEdit, QStringLiteral("دليل WebAssembly"));
    typeText(f->tldrEdit, QStringLiteral("تعمل لغة WebAssembly داخل المتصفح."));
    QCOMPARE(doc->guide().title, QStringLiteral("دليل WebAssembly"));
    QVERIFY(doc->guide().language.isEmpty());
    QCOMPARE(f->tldrEdit->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(f->languageBox->currentText(), QStringLiteral("English (default)"));

    // Not a tag: refused where it was typed, nothing changes.
    QLineEdit *typed = f->languageBox->lineEdit();
    typed->setFocus();
    typed->selectAll();
    QTest::keyClicks(typed, QStringLiteral("Arabic"));
    QTest::keyClick(typed, Qt::Key_Return);
    QVERIFY(doc->guide().language.isEmpty());
    QCOMPARE(f->languageBox->currentText(), QStringLiteral("English (default)"));

    // The tag, typed in any case.
    typed->selectAll();
    QTest::keyClicks(typed, QStringLiteral("AR"));
    QTest::keyClick(typed, Qt::Key_Return);
    QCOMPARE(doc->guide().language, QStringLiteral("ar"));
    QCOMPARE(f->languageBox->currentText(), LanguageBox::labelOf(QStringLiteral("ar")));
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("Edit language"));
    for (MarkdownEdit *md : e->findChildren<MarkdownEdit *>()) {
        QCOMPARE(md->layoutDirection(), Qt::RightToLeft);
        // Lines start at the right: the text's own direction, not only its order.
        QCOMPARE(md->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
        QCOMPARE(md->document()->defaultTextOption().alignment(), Qt::AlignRight);
        QCOMPARE(md->spellChecker(), SpellChecker::forLanguage(QStringLiteral("ar")));
    }
    // The TL;DR's first letter (its cursor at the start) is at the right edge.
    QVERIFY(f->tldrEdit->cursorRect(QTextCursor(f->tldrEdit->document())).left() >
            f->tldrEdit->viewport()->width() - 30);
    QCOMPARE(f->titleEdit->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(f->slugEdit->layoutDirection(), Qt::LeftToRight); // a slug is ASCII, read left to right
    // The dictionary is the Arabic one the bootstrap installs, never the English one.
    QCOMPARE(SpellChecker::forLanguage(QStringLiteral("ar"))->dictionary(), QStringLiteral("ar"));
    PreviewView *preview = e->preview();
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(preview, QStringLiteral("document.documentElement ? document.documentElement.dir : ''"))
                .toString() == QLatin1String("rtl"),
        30000);
    QCOMPARE(evaluate(preview, QStringLiteral("document.documentElement.lang")).toString(),
             QStringLiteral("ar"));
    QCOMPARE(
        evaluate(preview, QStringLiteral("getComputedStyle(document.querySelector('[data-field=\"tldr\"]'))"
                                         ".direction"))
            .toString(),
        QStringLiteral("rtl"));
    e->tabs()->setCurrentIndex(0);
    test::shot(m_window.get(), QStringLiteral("guide-in-arabic"));

    // Undo: English again, everywhere.
    m_window->undoGroup()->undo();
    QVERIFY(doc->guide().language.isEmpty());
    QCOMPARE(f->tldrEdit->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(f->tldrEdit->document()->defaultTextOption().textDirection(), Qt::LeftToRight);
    QCOMPARE(f->tldrEdit->document()->defaultTextOption().alignment(), Qt::AlignLeft);
    QCOMPARE(f->languageBox->currentText(), QStringLiteral("English (default)"));
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(preview, QStringLiteral("document.documentElement ? document.documentElement.dir : ''"))
                .toString() == QLatin1String("ltr"),
        30000);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_editor"));
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestEditor test;
    return QTest::qExec(&test, argc, argv);
}

// Ctrl+Z in a line edit steps the guide's one history, not the line edit's own:
// after typing in the title and then in the subject, Ctrl+Z in the title field
// undoes the subject (the last edit), as Edit > Undo says, and Ctrl+Shift+Z
// brings it back.
void TestEditor::fieldUndoIsTheGuidesUndo()
{
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(e);
    GuideDocument *doc = e->document();
    Ui::OverviewForm *f = e->overview();
    const QString title = doc->guide().title;
    const QString subject = doc->guide().subject;
    f->titleEdit->setFocus();
    f->titleEdit->end(false);
    QTest::keyClicks(f->titleEdit, QStringLiteral(" now"));
    QCOMPARE(doc->guide().title, title + QStringLiteral(" now"));
    QTest::qWait(1200); // a pause ends the typing step
    f->subjectEdit->setFocus();
    f->subjectEdit->end(false);
    QTest::keyClicks(f->subjectEdit, QStringLiteral("More")); // one word: one step
    QCOMPARE(doc->guide().subject, subject + QStringLiteral("More"));
    const int index = doc->undoStack()->index();

    f->titleEdit->setFocus();
    QTest::keySequence(f->titleEdit, QKeySequence::Undo);
    QCOMPARE(doc->undoStack()->index(), index - 1);
    QCOMPARE(doc->guide().subject, subject);
    QCOMPARE(doc->guide().title, title + QStringLiteral(" now"));
    QCOMPARE(f->titleEdit->text(), title + QStringLiteral(" now"));
    QCOMPARE(f->subjectEdit->text(), subject);

    QTest::keyClick(f->titleEdit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->undoStack()->index(), index);
    QCOMPARE(doc->guide().subject, subject + QStringLiteral("More"));
    QCOMPARE(f->subjectEdit->text(), subject + QStringLiteral("More"));

    // The context menu's Undo is the guide's too.
    QLineEdit *edit = f->titleEdit;
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), edit->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(edit, &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *undo = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(QLatin1String("&Undo")))
            undo = a;
    }
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    menu->close();
    QCOMPARE(doc->undoStack()->index(), index - 1);
    QCOMPARE(doc->guide().subject, subject);
    QCOMPARE(doc->guide().title, title + QStringLiteral(" now"));
}

// The source's bibliographic record typed into its own editor: the type picked
// by keyboard, names added and typed, identifiers typed. Each is a step on the
// guide's one undo stack, and the CSL-JSON written out carries all of it.
void TestEditor::sourceRecordEditing()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    GuideDocument *doc = e->document();
    PartPage *sources = e->page(Part::Sources);
    e->tabs()->setCurrentWidget(sources);
    QTest::mouseClick(button(sources, QStringLiteral("Add source")), Qt::LeftButton);
    QCOMPARE(doc->guide().sources.size(), 1);
    if (QWidget *w = QApplication::focusWidget())
        QTest::keyClick(w, Qt::Key_Escape); // the key cell opened at once
    auto *record = sources->findChild<SourceRecordEditor *>(QStringLiteral("sourceRecord"));
    QVERIFY(record);
    QVERIFY(record->isVisible());
    QVERIFY(record->memberEdit(QStringLiteral("DOI"))->isEnabled());
    const int start = doc->undoStack()->index();

    // The type, chosen by typing its name into the combo.
    record->typeBox()->setFocus();
    QTest::keyClicks(record->typeBox(), QStringLiteral("Journal"));
    QCOMPARE(record->typeBox()->currentData().toString(), QStringLiteral("article-journal"));
    QCOMPARE(doc->guide().sources[0].csl.value(u"type").toString(), QStringLiteral("article-journal"));

    // Identifiers and where it appeared, typed.
    const QList<std::pair<QString, QString>> members = {
        {QStringLiteral("DOI"), QStringLiteral("10.5555/tide.42")},
        {QStringLiteral("container-title"), QStringLiteral("Journal of Tides")},
        {QStringLiteral("volume"), QStringLiteral("12")},
        {QStringLiteral("issue"), QStringLiteral("3")},
        {QStringLiteral("page"), QStringLiteral("101-118")},
        {QStringLiteral("ISSN"), QStringLiteral("0000-0019")},
        {QStringLiteral("PMID"), QStringLiteral("31000001")},
        {QStringLiteral("publisher"), QStringLiteral("Tide Press")},
        {QStringLiteral("ISBN"), QStringLiteral("978-0-00-000000-2")}};
    for (const auto &[member, text] : members) {
        QLineEdit *edit = record->memberEdit(member);
        QVERIFY2(edit, qPrintable(member));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QCOMPARE(doc->guide().sources[0].csl.value(member).toString(), text);
        QTest::qWait(1100); // a pause ends the typing step
    }

    // A DOI pasted as its URL is kept bare once the field is left.
    QLineEdit *doiEdit = record->memberEdit(QStringLiteral("DOI"));
    doiEdit->setFocus();
    doiEdit->selectAll();
    QTest::keyClicks(doiEdit, QStringLiteral("https://doi.org/10.5555/tide.42"));
    QTest::keyClick(doiEdit, Qt::Key_Return);
    QCOMPARE(doc->guide().sources[0].csl.value(u"DOI").toString(), QStringLiteral("10.5555/tide.42"));
    QCOMPARE(doiEdit->text(), QStringLiteral("10.5555/tide.42"));
    QTest::qWait(1100);

    // Two names: one person (family and given), one organisation (literal),
    // typed into the cells' editors; Add Name opens the new row's family cell.
    QTableWidget *names = record->namesTable();
    auto openCell = [names]() -> QLineEdit * {
        for (QLineEdit *cell : names->viewport()->findChildren<QLineEdit *>()) {
            if (cell->isVisible())
                return cell;
        }
        return nullptr;
    };
    auto typeIntoCell = [&](const QString &text) {
        QLineEdit *cell = nullptr;
        QTRY_VERIFY((cell = openCell()));
        cell->selectAll();
        QTest::keyClicks(cell, text);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(!openCell());
    };
    auto typeCell = [&](int row, int column, const QString &text) {
        names->setCurrentCell(row, column);
        names->editItem(names->item(row, column));
        typeIntoCell(text);
    };
    record->addName();
    typeIntoCell(QStringLiteral("Okonkwo"));
    typeCell(0, 2, QStringLiteral("Adaeze N."));
    record->addName();
    QTRY_VERIFY(openCell());
    QTest::keyClick(openCell(), Qt::Key_Escape); // nothing typed: the row waits
    QTRY_VERIFY(!openCell());
    typeCell(1, 3, QStringLiteral("Tide Survey Group"));
    const QJsonArray authors = doc->guide().sources[0].csl.value(u"author").toArray();
    QCOMPARE(authors.size(), 2);
    QCOMPARE(authors[0].toObject(), (QJsonObject{{QStringLiteral("family"), QStringLiteral("Okonkwo")},
                                                 {QStringLiteral("given"), QStringLiteral("Adaeze N.")}}));
    QCOMPARE(authors[1].toObject(),
             (QJsonObject{{QStringLiteral("literal"), QStringLiteral("Tide Survey Group")}}));

    // A role that is not a CSL name role goes back; "editor" is one.
    typeCell(1, 0, QStringLiteral("ghostwriter"));
    QTRY_COMPARE(names->item(1, 0)->text(), QStringLiteral("author"));
    typeCell(1, 0, QStringLiteral("editor"));
    QCOMPARE(doc->guide().sources[0].csl.value(u"author").toArray().size(), 1);
    QCOMPARE(doc->guide().sources[0].csl.value(u"editor").toArray().size(), 1);

    // The CSL-JSON written out carries what was typed.
    const QJsonObject item = csljson::toItem(doc->guide().sources[0]);
    QCOMPARE(item.value(u"type").toString(), QStringLiteral("article-journal"));
    QCOMPARE(item.value(u"DOI").toString(), QStringLiteral("10.5555/tide.42"));
    QCOMPARE(item.value(u"volume").toString(), QStringLiteral("12"));
    QCOMPARE(item.value(u"author").toArray().first().toObject().value(u"family").toString(),
             QStringLiteral("Okonkwo"));
    QCOMPARE(item.value(u"editor").toArray().first().toObject().value(u"literal").toString(),
             QStringLiteral("Tide Survey Group"));

    // Every edit was a step of the guide's one history: undo takes all of it back,
    // and the editor shows it; redo brings it back.
    const int steps = doc->undoStack()->index() - start;
    QVERIFY2(steps >= int(members.size()) + 3, qPrintable(QString::number(steps)));
    doc->undoStack()->undo();
    QCOMPARE(doc->guide().sources[0].csl.value(u"author").toArray().size(), 2);
    QCOMPARE(names->item(1, 0)->text(), QStringLiteral("author"));
    doc->undoStack()->setIndex(start);
    QVERIFY(doc->guide().sources[0].csl.isEmpty());
    QCOMPARE(record->memberEdit(QStringLiteral("DOI"))->text(), QString());
    QCOMPARE(record->typeBox()->currentData().toString(), QString());
    QCOMPARE(names->rowCount(), 0);
    doc->undoStack()->setIndex(start + steps);
    QCOMPARE(doc->guide().sources[0].csl.value(u"DOI").toString(), QStringLiteral("10.5555/tide.42"));
    QCOMPARE(record->memberEdit(QStringLiteral("DOI"))->text(), QStringLiteral("10.5555/tide.42"));
    QCOMPARE(names->rowCount(), 2);
}

// The timeline's own date cells take the new forms (a range, BCE, a season,
// circa), store them canonically and keep the timeline in date order; a date
// that cannot be one is not stored.
void TestEditor::timelineDateForms()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    GuideDocument *doc = e->document();
    PartPage *timeline = e->page(Part::Timeline);
    e->tabs()->setCurrentWidget(timeline);
    QTableView *table = timeline->table();
    const int dateColumn = timeline->model()->columnOf(QStringLiteral("date"));
    auto openCell = [table]() -> QLineEdit * {
        for (QLineEdit *cell : table->viewport()->findChildren<QLineEdit *>()) {
            if (cell->isVisible())
                return cell;
        }
        return nullptr;
    };
    auto typeDate = [&](int row, const QString &text) {
        table->setCurrentIndex(timeline->model()->index(row, dateColumn));
        table->edit(table->currentIndex());
        QLineEdit *cell = nullptr;
        QTRY_VERIFY((cell = openCell()));
        cell->selectAll();
        QTest::keyClicks(cell, text);
        QTest::keyClick(cell, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    for (int i = 0; i < 4; ++i) {
        timeline->addItem();
        if (QLineEdit *cell = openCell())
            QTest::keyClick(cell, Qt::Key_Escape);
        QTRY_VERIFY(!openCell());
    }
    QCOMPARE(doc->guide().timeline.size(), 4);
    const QStringList ids = {doc->guide().timeline[0].id, doc->guide().timeline[1].id,
                             doc->guide().timeline[2].id, doc->guide().timeline[3].id};
    auto rowOf = [&](int n) { return doc->indexOf(Part::Timeline, ids[n]); };
    typeDate(rowOf(0), QStringLiteral("1964/2008"));
    QTRY_VERIFY(!openCell());
    typeDate(rowOf(1), QStringLiteral("-0044-3-15"));
    QTRY_VERIFY(!openCell());
    typeDate(rowOf(2), QStringLiteral("1964-21"));
    QTRY_VERIFY(!openCell());
    typeDate(rowOf(3), QStringLiteral("1950~"));
    QTRY_VERIFY(!openCell());
    QStringList dates;
    for (const TimelineEntry &entry : doc->guide().timeline)
        dates << entry.date;
    QCOMPARE(dates, (QStringList{QStringLiteral("-0044-03-15"), QStringLiteral("1950~"),
                                 QStringLiteral("1964/2008"), QStringLiteral("1964-21")}));
    auto *shown = qobject_cast<QStyledItemDelegate *>(table->itemDelegateForColumn(dateColumn));
    QVERIFY(shown);
    QCOMPARE(shown->displayText(table->model()->index(rowOf(2), dateColumn).data(Qt::EditRole), QLocale()),
             QStringLiteral("spring 1964"));
    QCOMPARE(shown->displayText(table->model()->index(rowOf(0), dateColumn).data(Qt::EditRole), QLocale()),
             QStringLiteral("1964 \u2013 2008"));
    // Not a whole date: not stored, the entry keeps its date.
    typeDate(rowOf(3), QStringLiteral("1950/19"));
    QVERIFY(openCell()); // Enter did not take it
    QCOMPARE(openCell()->text(), QStringLiteral("1950/19"));
    if (QLineEdit *cell = openCell())
        QTest::keyClick(cell, Qt::Key_Escape);
    QTRY_VERIFY(!openCell());
    QCOMPARE(doc->guide().timeline[rowOf(3)].date, QStringLiteral("1950~"));
}

#include "tst_editor.moc"
