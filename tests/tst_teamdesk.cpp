// The workstation on a team workspace (a real PostgreSQL server, the cluster
// ctest starts): it says who you are and your roles, turns off the steps your
// roles do not allow with a tooltip saying why, says when the server cannot be
// reached, and saves what was typed meanwhile once it is back.

#include "document/draftsync.h"
#include "editor/guideeditor.h"
#include "guisupport.h"
#include "history/historypanel.h"
#include "store/team.h"
#include "store/versionstore.h"
#include "store/workspacesession.h"
#include "testbackend.h"
#include "testsupport.h"
#include "ui_mainwindow.h"
#include "ui_overviewform.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"
#include "window/reviewactions.h"
#include "window/teamstatus.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

using namespace almanac;

namespace {

QPushButton *buttonNamed(QWidget *in, const QString &text)
{
    for (QPushButton *b : in->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QAction *reviewAction(MainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() != QLatin1String("&Review") || !menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

// Every connection the login role has to the database, ended by the server.
void endConnectionsOf(const QString &user, const QString &database)
{
    test::adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE usename = '%1' AND datname = '%2'")
                        .arg(user, database));
}

} // namespace

class TestTeamDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsWhoYouAreAndYourRoles();
    void stepsYourRolesDoNotAllowAreOff();
    void othersOnTheGuideShowOnItsTabAndInTheList();
    void serverLostAndBackSavesWhatWasTyped();
    void refusedSaveIsReportedNotKept();
    void reviewerSeesWhatAwaitsTheirReview();
    void openTeamWorkspaceFromTheFileMenu();

private:
    QString m_database;
    QString m_adminUrl;
    QString m_editorUrl;
    Guide m_guide;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_adminUrl = test::newDatabase();
    m_database = QUrl(m_adminUrl).path().mid(1);
    QString error;
    {
        auto ws = Workspace::create(m_adminUrl, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY2(team::init(*ws, &error), qPrintable(error));
        QVERIFY2(team::addUser(*ws, QStringLiteral("ana"), QStringLiteral("editor"), &error),
                 qPrintable(error));
        QVERIFY2(team::addUser(*ws, QStringLiteral("bo"), QStringLiteral("reviewer"), &error),
                 qPrintable(error));
        m_guide = test::demo(QStringLiteral("crispr.json"));
        m_guide.related.clear(); // guides this workspace does not have: lint would refuse submitting
        QVERIFY(ws->saveDraft(m_guide, 0, QString()).ok());
        VersionStore store(*ws);
        QVERIFY2(store.snapshot(m_guide.slug, QString(), QStringLiteral("first"), &error), qPrintable(error));
        QVERIFY2(store.apply(m_guide.slug, 1, VersionStore::Action::Submit, QString(), QString(), &error),
                 qPrintable(error));
    }
    QUrl editor(m_adminUrl);
    editor.setUserName(QStringLiteral("ana"));
    m_editorUrl = editor.toString();

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openWorkspace(m_editorUrl, &error), qPrintable(error));
    QVERIFY(m_window->showGuide(m_guide.slug));
}

void TestTeamDesk::showsWhoYouAreAndYourRoles()
{
    TeamStatus *status = m_window->teamStatus();
    QVERIFY(status->isVisible());
    QTRY_VERIFY2(status->width() >= status->sizeHint().width(), "laid out whole, not squeezed");
    QCOMPARE(status->text(), QStringLiteral("ana · editor"));
    QVERIFY(status->toolTip().contains(QLatin1String("ana")));
}

void TestTeamDesk::stepsYourRolesDoNotAllowAreOff()
{
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(e);
    e->tabs()->setCurrentWidget(e->history());
    QListWidget *list = e->history()->list();
    QTRY_COMPARE(list->count(), 2); // the draft and v1, in review
    list->setCurrentRow(1);

    // Approving and publishing are not an editor's: off, saying why.
    QPushButton *approve = buttonNamed(e->history(), QStringLiteral("&Approve"));
    QVERIFY(approve);
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("reviewer role")) &&
                 approve->toolTip().contains(QLatin1String("ana has the editor role")),
             qPrintable(approve->toolTip()));
    QPushButton *publish = buttonNamed(e->history(), QStringLiteral("&Publish"));
    QVERIFY(publish && !publish->isEnabled());
    QVERIFY2(publish->toolTip().contains(QLatin1String("publisher role")), qPrintable(publish->toolTip()));
    // Making a version is: on, with nothing to explain.
    QPushButton *snapshot = buttonNamed(e->history(), QStringLiteral("Make Versio&n…"));
    QVERIFY(snapshot && snapshot->isEnabled());
    QVERIFY(snapshot->toolTip().isEmpty());

    // The Review menu says the same.
    QAction *menuApprove = reviewAction(m_window.get(), QStringLiteral("&Approve"));
    QVERIFY(menuApprove);
    QVERIFY(!menuApprove->isEnabled());
    QVERIFY(menuApprove->toolTip().contains(QLatin1String("reviewer role")));
    QAction *menuSubmit = reviewAction(m_window.get(), QStringLiteral("&Submit for Review"));
    QVERIFY(menuSubmit && menuSubmit->isEnabled());
    test::shot(m_window.get(), QStringLiteral("team-roles"));
}

// A reviewer on another machine opens the guide ana has open, and types in
// it: ana's tab and guide list say so; ana's typing reaches the reviewer.
void TestTeamDesk::othersOnTheGuideShowOnItsTabAndInTheList()
{
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(e);
    QTabWidget *tabs = m_window->ui()->editorTabs;
    const int tab = tabs->indexOf(e);
    QVERIFY(tabs->tabIcon(tab).isNull()); // nobody else yet
    GuideListModel *model = m_window->guideModel();
    const int row = model->rowOf(m_guide.slug);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, GuideListModel::Title).data(GuideListModel::PresenceRole).toString(),
             QString());

    QUrl reviewer(m_adminUrl);
    reviewer.setUserName(QStringLiteral("bo"));
    WorkspaceSession::Options options;
    options.presenceIntervalMs = 200;
    QString error;
    auto bo = WorkspaceSession::open(reviewer.toString(), &error, options);
    QVERIFY2(bo, qPrintable(error));
    bo->setOpenGuides({m_guide.id});
    QTRY_VERIFY_WITH_TIMEOUT(!tabs->tabIcon(tab).isNull(), 3000);
    QVERIFY2(tabs->tabToolTip(tab).contains(QLatin1String("Also open by bo")),
             qPrintable(tabs->tabToolTip(tab)));
    QTRY_COMPARE(model->index(row, GuideListModel::Title).data(GuideListModel::PresenceRole).toString(),
                 QStringLiteral("bo"));
    QVERIFY(!model->index(row, GuideListModel::Title).data(Qt::DecorationRole).isNull());
    QVERIFY(model->index(row, GuideListModel::Title)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Open by bo")));

    bo->noteTyping(m_guide.id);
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabToolTip(tab).contains(QLatin1String("bo (typing)")), 3000);
    test::shot(m_window.get(), QStringLiteral("team-presence"));

    // Ana types in the TL;DR: the reviewer sees her typing within a second or so.
    e->tabs()->setCurrentIndex(0);
    QPlainTextEdit *tldr = e->overview()->tldrEdit;
    tldr->setFocus();
    tldr->moveCursor(QTextCursor::End);
    QTest::keyClicks(tldr, QStringLiteral(" Seen"));
    QTRY_VERIFY_WITH_TIMEOUT(bo->presenceIn(m_guide.id).value(0).typing, 3000);
    QCOMPARE(bo->presenceIn(m_guide.id).constFirst().person, QStringLiteral("ana"));

    // The reviewer closes the program: the marks go.
    bo.reset();
    QTRY_VERIFY_WITH_TIMEOUT(tabs->tabIcon(tab).isNull(), 3000);
    QTRY_COMPARE(model->index(row, GuideListModel::Title).data(GuideListModel::PresenceRole).toString(),
                 QString());
}

void TestTeamDesk::serverLostAndBackSavesWhatWasTyped()
{
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(e);
    e->tabs()->setCurrentIndex(0);
    TeamStatus *status = m_window->teamStatus();

    // The server stops taking this person's connections and ends the ones there are.
    test::adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_database));
    endConnectionsOf(QStringLiteral("ana"), m_database);
    QTRY_VERIFY_WITH_TIMEOUT(status->fullText().startsWith(QLatin1String("Server unreachable since")), 10000);
    QVERIFY(status->styleSheet().contains(QLatin1String("color")));
    QVERIFY(!status->toolTip().isEmpty());
    test::shot(m_window.get(), QStringLiteral("team-offline"));

    // Typing goes on; the save fails and says so.
    QPlainTextEdit *tldr = e->overview()->tldrEdit;
    tldr->moveCursor(QTextCursor::End);
    QTest::keyClicks(tldr, QStringLiteral(" Typed while the server was away."));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->saveStateLabel()->text().startsWith(QLatin1String("Not saved")),
                             10000);

    // Back: the status says who you are again and that the kept edits went in, and the words are saved.
    test::adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_database));
    QTRY_VERIFY_WITH_TIMEOUT(status->fullText().startsWith(QStringLiteral("ana · editor")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(status->fullText(),
                              QStringLiteral("ana · editor — offline edits of “%1” saved").arg(m_guide.title),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->saveStateLabel()->fullText(), QStringLiteral("Saved"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->saveStateLabel()->text(), QStringLiteral("Saved"), 10000);
    // A long note is elided in the bar (whole in the tooltip), never widening the window.
    QCOMPARE(m_window->width(), 1400);
    QVERIFY(status->text() == status->fullText() || status->text().endsWith(u'…'));
    QVERIFY(status->toolTip().contains(status->fullText()) || status->text() == status->fullText());
    QString error;
    auto other = Workspace::open(m_adminUrl, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(
        other->draft(m_guide.slug)->guide.tldr.endsWith(QLatin1String(" Typed while the server was away.")));
}

// The server is there but refuses the save (here a rule the newsroom's admin
// added): the workstation says "Not saved" with the server's reason, does not
// call the server unreachable, and keeps nothing in its offline journal; once
// the rule is gone the words are saved, and no "offline edits" are replayed.
void TestTeamDesk::refusedSaveIsReportedNotKept()
{
    GuideEditor *e = m_window->currentEditor();
    QVERIFY(e);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->saveStateLabel()->fullText(), QStringLiteral("Saved"), 10000);
    TeamStatus *status = m_window->teamStatus();
    QString error;
    auto admin = Workspace::open(m_adminUrl, &error);
    QVERIFY2(admin, qPrintable(error));
    QSqlQuery q(admin->database());
    QVERIFY(
        q.exec(QStringLiteral("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                              "RAISE EXCEPTION 'the desk froze this guide for legal review'; END $$")));
    QVERIFY(
        q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON guides FOR EACH ROW EXECUTE FUNCTION "
                              "test_refuse()")));
    QSignalSpy replayed(m_window->session(), &WorkspaceSession::journalReplayed);
    QPlainTextEdit *tldr = e->overview()->tldrEdit;
    tldr->moveCursor(QTextCursor::End);
    QTest::keyClicks(tldr, QStringLiteral(" Typed under a freeze."));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->saveStateLabel()->fullText().startsWith(QLatin1String("Not saved")),
                             10000);
    QVERIFY2(
        m_window->saveStateLabel()->fullText().contains(QLatin1String("froze this guide for legal review")),
        qPrintable(m_window->saveStateLabel()->fullText()));
    QVERIFY2(!status->fullText().contains(QLatin1String("unreachable")), qPrintable(status->fullText()));
    QVERIFY(!e->sync()->keptOffline());

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse ON guides")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->saveStateLabel()->fullText(), QStringLiteral("Saved"), 15000);
    QCOMPARE(replayed.count(), 0); // nothing was kept to be replayed
    QVERIFY(admin->draft(m_guide.slug)->guide.tldr.endsWith(QLatin1String(" Typed under a freeze.")));
}

// A reviewer's queue: versions in review that someone else made. bo, also an
// editor, submits a guide of his own; it is in review, but not in his queue.
void TestTeamDesk::reviewerSeesWhatAwaitsTheirReview()
{
    QString error;
    {
        auto admin = Workspace::open(m_adminUrl, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY2(team::addUser(*admin, QStringLiteral("bo"), QStringLiteral("editor"), &error),
                 qPrintable(error));
    }
    QUrl reviewer(m_adminUrl);
    reviewer.setUserName(QStringLiteral("bo"));
    Guide euro = test::demo(QStringLiteral("euro-banknotes.json"));
    euro.related.clear();
    {
        auto bo = Workspace::open(reviewer.toString(), &error);
        QVERIFY2(bo, qPrintable(error));
        QVERIFY(bo->saveDraft(euro, 0, QString()).ok());
        VersionStore store(*bo);
        QVERIFY2(store.snapshot(euro.slug, QString(), QStringLiteral("mine"), &error), qPrintable(error));
        QVERIFY2(store.apply(euro.slug, 1, VersionStore::Action::Submit, QString(), QString(), &error),
                 qPrintable(error));
    }
    QVERIFY2(m_window->openWorkspace(reviewer.toString(), &error), qPrintable(error));
    QComboBox *filter = m_window->review()->stageFilter();
    QVERIFY(filter->findData(GuideListModel::awaitingMyReview) >= 0);
    QAction *awaiting = reviewAction(m_window.get(), QStringLiteral("Show A&waiting Review"));
    QVERIFY(awaiting);
    QCOMPARE(awaiting->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    awaiting->trigger();
    QCOMPARE(filter->currentData().toString(), GuideListModel::awaitingMyReview);
    GuideListModel *model = m_window->guideModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->slugAt(0), m_guide.slug);
    filter->setCurrentIndex(filter->findData(ReviewState::stageKey(ReviewState::Stage::InReview)));
    QCOMPARE(model->rowCount(), 2);
    test::shot(m_window.get(), QStringLiteral("team-my-queue"));
    filter->setCurrentIndex(0);

    // An editor alone has no queue of their own.
    QVERIFY2(m_window->openWorkspace(m_editorUrl, &error), qPrintable(error));
    QCOMPARE(filter->findData(GuideListModel::awaitingMyReview), -1);
}

// File ▸ Open Team Workspace… takes a connection string, typed; the title and
// Open Recent name the database and its host; a file name there is refused with a word.
void TestTeamDesk::openTeamWorkspaceFromTheFileMenu()
{
    QString shown;
    test::whenModal<QInputDialog>([](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("notes.almanac"));
        dialog->accept();
    });
    test::whenModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    m_window->ui()->actionOpenTeamWorkspace->trigger();
    QVERIFY2(shown.contains(QLatin1String("not a PostgreSQL connection string")), qPrintable(shown));

    const QString url = m_editorUrl;
    test::whenModal<QInputDialog>([url](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, url);
        dialog->accept();
    });
    m_window->ui()->actionOpenTeamWorkspace->trigger();
    const QString name = QStringLiteral("%1 on 127.0.0.1").arg(m_database);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("%1 — Almanac Studio").arg(name));
    const QList<QAction *> recent = m_window->ui()->menuRecent->actions();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.constFirst()->text(), QStringLiteral("&1 ") + name); // numbered for the keyboard
    QCOMPARE(recent.constFirst()->toolTip(), url);
    QCOMPARE(m_window->teamStatus()->text(), QStringLiteral("ana · editor"));
}

QTEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
