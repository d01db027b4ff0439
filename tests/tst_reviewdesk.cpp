// The review desk: every guide's real place in the workflow in the Guides list,
// kept current as steps are taken here or by another program; the filter by
// stage; the Review menu's shortcuts; the request for changes shown where the
// editor works.

#include "editor/guideeditor.h"
#include "guisupport.h"
#include "history/historypanel.h"
#include "history/reviewnotebar.h"
#include "io/guidefile.h"
#include "store/versionstore.h"
#include "ui_mainwindow.h"
#include "ui_overviewform.h"
#include "window/guidelistactions.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"
#include "window/reviewactions.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace almanac;

namespace {

Guide makeGuide(const QString &slug, const QString &title)
{
    Guide g;
    g.id = guide::newId();
    g.slug = slug;
    g.title = title;
    g.tldr = QStringLiteral("About %1.").arg(title);
    g.created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    g.updated = g.created;
    return g;
}

// Answers the next modal input dialog with text.
void answerNextDialog(const QString &text)
{
    test::whenModal<QInputDialog>([text](QInputDialog *dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
}

void type(QWidget *w, const QString &text)
{
    w->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(w, text);
}

} // namespace

class TestReviewDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listShowsEveryStage();
    void filterByStage();
    void reviewMenuByKeyboard();
    void duplicateSlugNeverStopsSaving();
    void lintAtEveryStep();
    void deleteAndRestore();

private:
    // A shortcut typed into the window, made active again after a dialog.
    void keys(const QKeySequence &sequence);
    QString stateShown(const QString &slug) const;
    bool step(const QString &slug, int number, VersionStore::Action action, const QString &note = {});

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestReviewDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("desk.almanac"));
    QString error;
    {
        auto ws = Workspace::create(path, &error);
        QVERIFY2(ws, qPrintable(error));
        const QStringList slugs = {QStringLiteral("drafty"),   QStringLiteral("reviewed"),
                                   QStringLiteral("sentback"), QStringLiteral("approved"),
                                   QStringLiteral("live"),     QStringLiteral("livenewer")};
        for (const QString &slug : slugs) {
            const SaveResult r = ws->saveDraft(makeGuide(slug, slug.toUpper()), 0, QStringLiteral("ed"));
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(m_window->openWorkspace(path, &error), qPrintable(error));
}

void TestReviewDesk::keys(const QKeySequence &sequence)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), sequence);
}

QString TestReviewDesk::stateShown(const QString &slug) const
{
    GuideListModel *model = m_window->guideModel();
    const int row = model->rowOf(slug);
    return row < 0 ? QString() : model->index(row, GuideListModel::State).data().toString();
}

// A workflow step taken by "another program": straight on the workspace, as the CLI does.
bool TestReviewDesk::step(const QString &slug, int number, VersionStore::Action action, const QString &note)
{
    return m_window->session()->call([&](Workspace &ws) {
        VersionStore store(ws);
        QString error;
        const bool ok = number == 0 ? store.snapshot(slug, QStringLiteral("ed"), note, &error).has_value()
                                    : store.apply(slug, number, action, QStringLiteral("rev"), note, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    });
}

void TestReviewDesk::listShowsEveryStage()
{
    QCOMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("draft only"));
    using A = VersionStore::Action;
    QVERIFY(step(QStringLiteral("reviewed"), 0, A::Submit));
    QVERIFY(step(QStringLiteral("reviewed"), 1, A::Submit));
    QVERIFY(step(QStringLiteral("sentback"), 0, A::Submit));
    QVERIFY(step(QStringLiteral("sentback"), 1, A::Submit));
    QVERIFY(step(QStringLiteral("sentback"), 1, A::RequestChanges, QStringLiteral("Cite the 2019 report.")));
    QVERIFY(step(QStringLiteral("approved"), 0, A::Submit));
    QVERIFY(step(QStringLiteral("approved"), 1, A::Submit));
    QVERIFY(step(QStringLiteral("approved"), 1, A::Approve));
    for (const QString &slug : {QStringLiteral("live"), QStringLiteral("livenewer")}) {
        QVERIFY(step(slug, 0, A::Submit));
        QVERIFY(step(slug, 1, A::Submit));
        QVERIFY(step(slug, 1, A::Approve));
        QVERIFY(step(slug, 1, A::Publish));
    }
    // The draft of one live guide moves on after its live version.
    QTest::qWait(1100); // timestamps have whole seconds
    const SaveResult saved = m_window->session()->call([&](Workspace &ws) {
        const auto draft = ws.draft(QStringLiteral("livenewer"));
        Guide g = draft->guide;
        g.tldr = QStringLiteral("Rewritten.");
        g.updated = QDateTime::currentDateTimeUtc();
        return ws.saveDraft(g, draft->revision, QStringLiteral("ed"));
    });
    QVERIFY2(saved.ok(), qPrintable(saved.error));

    QTRY_COMPARE(stateShown(QStringLiteral("reviewed")), QStringLiteral("in review (v1)"));
    QCOMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("draft only"));
    QCOMPARE(stateShown(QStringLiteral("sentback")), QStringLiteral("changes requested (v1)"));
    QCOMPARE(stateShown(QStringLiteral("approved")), QStringLiteral("approved (v1)"));
    QCOMPARE(stateShown(QStringLiteral("live")), QStringLiteral("live v1"));
    QCOMPARE(stateShown(QStringLiteral("livenewer")), QStringLiteral("live v1, newer draft"));
    // A version on its way beside the live one says both.
    QVERIFY(step(QStringLiteral("live"), 0, A::Submit));
    QVERIFY(step(QStringLiteral("live"), 2, A::Submit));
    QTRY_COMPARE(stateShown(QStringLiteral("live")), QStringLiteral("in review (v2), live v1"));
    // The note is in the state's tooltip.
    GuideListModel *model = m_window->guideModel();
    QVERIFY(model->index(model->rowOf(QStringLiteral("sentback")), GuideListModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Cite the 2019 report.")));
}

void TestReviewDesk::filterByStage()
{
    QComboBox *filter = m_window->review()->stageFilter();
    QTableView *table = m_window->ui()->guideTable;
    // Ctrl+Shift+W: what awaits review.
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QCOMPARE(filter->currentData().toString(), QStringLiteral("in-review"));
    // Titles show at the default size: subject and time wait in the header's menu.
    QVERIFY(table->isColumnHidden(GuideListModel::Subject) && table->isColumnHidden(GuideListModel::Updated));
    QVERIFY2(table->columnWidth(GuideListModel::Title) >= 100 &&
                 table->columnWidth(GuideListModel::Title) > table->columnWidth(GuideListModel::State),
             qPrintable(QString::number(table->columnWidth(GuideListModel::Title))));
    // In a narrow list (a 1024-pixel screen) the title still shows: the state gives way.
    m_window->resizeDocks({m_window->ui()->guidesDock}, {170}, Qt::Horizontal);
    QTRY_VERIFY2(table->viewport()->width() < 200, qPrintable(QString::number(table->viewport()->width())));
    QTRY_VERIFY2(table->columnWidth(GuideListModel::Title) >= table->columnWidth(GuideListModel::State),
                 qPrintable(QStringLiteral("%1 %2")
                                .arg(table->columnWidth(GuideListModel::Title))
                                .arg(table->columnWidth(GuideListModel::State))));
    m_window->resizeDocks({m_window->ui()->guidesDock}, {330}, Qt::Horizontal);
    QCOMPARE(table->model()->rowCount(), 2);
    test::shot(m_window.get(), QStringLiteral("awaiting-review"));
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown << table->model()->index(r, GuideListModel::State).data().toString();
    shown.sort();
    QCOMPARE(shown,
             (QStringList{QStringLiteral("in review (v1)"), QStringLiteral("in review (v2), live v1")}));
    filter->setCurrentIndex(filter->findData(QStringLiteral("changes-requested")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, GuideListModel::Title).data().toString(), QStringLiteral("SENTBACK"));
    filter->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 6);

    // An empty list says why and what to do, instead of blank rows.
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("emptyListNote"));
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    m_window->guideModel()->setFilter(QStringLiteral("zebrafinch"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("zebrafinch")));
    test::shot(m_window.get(), QStringLiteral("no-hits"));
    m_window->guideModel()->setFilter(QString());
    QTRY_VERIFY(!note->isVisible());
}

void TestReviewDesk::reviewMenuByKeyboard()
{
    QVERIFY(m_window->showGuide(QStringLiteral("drafty")));
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(!e->reviewNoteBar()->isVisible());

    // Make Version (a note asked for), Submit, Request Changes (a note), by their shortcuts.
    answerNextDialog(QStringLiteral("first cut"));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QCOMPARE(e->tabs()->currentWidget(), e->history());
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("draft (v1 not submitted)"));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("in review (v1)"));
    answerNextDialog(QStringLiteral("Add a timeline."));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("changes requested (v1)"));

    // The note where the editor works: a bar on the guide, and in History.
    QTRY_VERIFY(e->reviewNoteBar()->isVisible());
    QVERIFY(e->reviewNoteBar()->label()->text().contains(QLatin1String("Add a timeline.")));
    QVERIFY(e->reviewNoteBar()->label()->text().contains(QLatin1String("v1")));
    QListWidget *list = e->history()->list();
    QVERIFY(list->item(1)->text().contains(QLatin1String("changes requested")));
    QVERIFY(list->item(1)->text().contains(QLatin1String("Add a timeline.")));
    test::shot(m_window.get(), QStringLiteral("review-note"));

    // A new version submitted clears the request; approve and publish by keyboard too.
    answerNextDialog(QStringLiteral("with a timeline"));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("draft (v2 not submitted)"));
    QTRY_VERIFY(!e->reviewNoteBar()->isVisible());
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("in review (v2)"));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("approved (v2)"));
    // Should lint warnings ask first, say yes this time.
    QPointer<QTimer> yes =
        test::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QTRY_COMPARE(stateShown(QStringLiteral("drafty")), QStringLiteral("live v2"));
    delete yes.data(); // not asked after all: no answer may be left for a later question
}

void TestReviewDesk::duplicateSlugNeverStopsSaving()
{
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    const QString id = e->document()->guide().id;
    Ui::OverviewForm *f = e->overview();
    QTRY_COMPARE(f->titleEdit->selectedText(), f->titleEdit->text());
    type(f->titleEdit, QStringLiteral("Second take"));
    // The slug of another guide, typed by hand.
    f->slugEdit->selectAll();
    type(f->slugEdit, QStringLiteral("reviewed"));
    type(f->tldrEdit, QStringLiteral("Saved all the same."));
    QVERIFY(e->saveNow());
    QTRY_VERIFY(e->isSaved());
    const auto stored = m_window->session()->call([id](Workspace &ws) { return ws.draftById(id); });
    QVERIFY(stored);
    QCOMPARE(stored->guide.tldr, QStringLiteral("Saved all the same."));
    QCOMPARE(stored->guide.slug, QStringLiteral("reviewed")); // the draft keeps what was typed
    // The other guide keeps its slug; this one is a lint error until it changes.
    QTRY_VERIFY(m_window->session()->cache().guideIdsBySlug.value(QStringLiteral("reviewed")) != id);
    QTRY_VERIFY(std::any_of(e->findings().cbegin(), e->findings().cend(),
                            [](const Finding &x) { return x.code == QLatin1String("duplicate-slug"); }));
    // No version while the slug is another guide's; the history stays this guide's.
    QString error;
    QVERIFY(!e->history()->snapshot(QStringLiteral("try"), &error));
    QVERIFY2(error.contains(QLatin1String("belongs to another guide")), qPrintable(error));
    QCOMPARE(e->history()->list()->count(), 1); // the draft only, not the other guide's versions

    // A free slug is taken at the next save, and versions can be made again.
    f->slugEdit->selectAll();
    type(f->slugEdit, QStringLiteral("second-take"));
    QVERIFY(e->saveNow());
    QTRY_COMPARE(m_window->session()->cache().guideIdsBySlug.value(QStringLiteral("second-take")), id);
    QVERIFY2(e->history()->snapshot(QStringLiteral("now"), &error), qPrintable(error));
    QCOMPARE(e->history()->list()->count(), 2);
}

void TestReviewDesk::lintAtEveryStep()
{
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    Ui::OverviewForm *f = e->overview();
    QTRY_COMPARE(f->titleEdit->selectedText(), f->titleEdit->text());
    type(f->titleEdit, QStringLiteral("Checked"));
    type(f->tldrEdit, QStringLiteral("Cites nothing known [@ghost]."));
    QVERIFY(e->saveNow());
    HistoryPanel *history = e->history();
    e->tabs()->setCurrentWidget(history);

    // Making a version shows its findings; its error blocks submitting it.
    answerNextDialog(QStringLiteral("with an error"));
    keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTRY_VERIFY(history->findings()->isVisible());
    QVERIFY2(history->findings()->text().contains(QLatin1String("undefined-citation")) ||
                 history->findings()->text().contains(QLatin1String("ghost")),
             qPrintable(history->findings()->text()));
    QVERIFY(history->findings()->text().contains(QLatin1String("1 error")));
    QString error;
    QVERIFY(!history->apply(1, VersionStore::Action::Submit, QString(), &error));
    QVERIFY2(error.contains(QLatin1String("lint errors")), qPrintable(error));
    QTRY_COMPARE(stateShown(e->history()->storedSlug()), QStringLiteral("draft (v1 not submitted)"));

    // Fixed, with only a warning left (a source nothing cites): it can go to review.
    f->tldrEdit->selectAll();
    type(f->tldrEdit, QStringLiteral("Cites nothing."));
    e->document()->insertItem(Part::Sources, 0);
    e->document()->setItemField(Part::Sources, 0, QStringLiteral("key"), QStringLiteral("lonely"));
    e->document()->setItemField(Part::Sources, 0, QStringLiteral("url"),
                                QStringLiteral("https://x.example/"));
    QVERIFY(e->saveNow());
    QVERIFY2(history->snapshot(QStringLiteral("clean"), &error), qPrintable(error));
    QVERIFY2(history->apply(2, VersionStore::Action::Submit, QString(), &error), qPrintable(error));
    // The reviewer sees the findings of the version under review, not the draft's.
    e->document()->setField(QStringLiteral("tldr"), QStringLiteral("Now [@ghost] again."));
    history->list()->setCurrentRow(1);
    QVERIFY(history->findings()->text().contains(QLatin1String("v2")));
    QVERIFY(!history->findings()->text().contains(QLatin1String("ghost")));
    QVERIFY2(history->findings()->text().contains(QLatin1String("0 error(s), ")),
             qPrintable(history->findings()->text()));
    QVERIFY2(history->apply(2, VersionStore::Action::Approve, QString(), &error), qPrintable(error));

    // Publishing with warnings asks, and the answer ready for Enter is No.
    bool defaultWasNo = false;
    QString asked;
    test::whenModal<QMessageBox>([&defaultWasNo, &asked](QMessageBox *box) {
        asked = box->text();
        defaultWasNo = box->defaultButton() == box->button(QMessageBox::No);
        QTest::keyClick(box, Qt::Key_Return);
    });
    history->list()->setCurrentRow(1);
    history->trigger(HistoryPanel::Step::Publish);
    QVERIFY2(!asked.isEmpty(), qPrintable(stateShown(e->history()->storedSlug())));
    QVERIFY2(defaultWasNo, qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("uncited-source")) || asked.contains(QLatin1String("lonely")),
             qPrintable(asked));
    QTest::qWait(200);
    QTRY_COMPARE(stateShown(e->history()->storedSlug()), QStringLiteral("approved (v2)"));
}

void TestReviewDesk::deleteAndRestore()
{
    GuideEditor *e = m_window->newGuide();
    QVERIFY(e);
    const QString id = e->document()->guide().id;
    QTRY_COMPARE(e->overview()->titleEdit->selectedText(), e->overview()->titleEdit->text());
    type(e->overview()->titleEdit, QStringLiteral("Short lived"));
    type(e->overview()->tldrEdit, QStringLiteral("Typed just before deleting."));
    GuideListActions *actions = m_window->listActions();
    actions->quiet = true;

    // The list's context menu offers it, on the guide under the mouse.
    QTRY_VERIFY(m_window->guideModel()->rowOf(QStringLiteral("short-lived")) >= 0);
    QTableView *table = m_window->ui()->guideTable;
    QModelIndex at;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(GuideListModel::SlugRole) == QStringLiteral("short-lived"))
            at = table->model()->index(r, 0);
    }
    QVERIFY(at.isValid());
    std::unique_ptr<QMenu> menu(actions->contextMenu(table->visualRect(at).center()));
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(QStringLiteral("&Delete Guide")), qPrintable(texts.join(u',')));
    QAction *remove = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("&Delete Guide"))
            remove = a;
    }
    remove->trigger(); // its tab saves and closes first
    QVERIFY2(actions->lastError.isEmpty(), qPrintable(actions->lastError));
    QVERIFY(!m_window->editorById(id));
    QTRY_COMPARE(m_window->guideModel()->rowOf(QStringLiteral("short-lived")), -1);

    // Undone from the Edit menu, with what was typed last.
    QVERIFY(actions->restoreAction()->isEnabled());
    actions->restoreAction()->trigger();
    QTRY_VERIFY(m_window->guideModel()->rowOf(QStringLiteral("short-lived")) >= 0);
    QVERIFY(m_window->editorById(id));
    QCOMPARE(m_window->editorById(id)->document()->guide().tldr,
             QStringLiteral("Typed just before deleting."));

    // A guide with versions is archived, never deleted.
    QVERIFY(!actions->deleteGuide(QStringLiteral("reviewed")));
    QVERIFY2(actions->lastError.contains(QLatin1String("archived")), qPrintable(actions->lastError));
    QVERIFY(m_window->guideModel()->rowOf(QStringLiteral("reviewed")) >= 0);
}

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
