#include "window/reviewactions.h"

#include "editor/guideeditor.h"
#include "store/workspacesession.h"
#include "ui_mainwindow.h"
#include "window/emptylistnote.h"
#include "window/guidelistmodel.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace almanac {

ReviewActions::ReviewActions(MainWindow *window)
    : QObject(window), m_window(window), m_menu(new QMenu(tr("&Review"), window)),
      m_filter(new QComboBox(window))
{
    Ui::MainWindow *ui = window->ui();
    window->menuBar()->insertMenu(ui->menuHelp->menuAction(), m_menu);

    struct StepText
    {
        HistoryPanel::Step step;
        QString text;
        QKeySequence keys;
    };
    const QList<StepText> steps = {
        {HistoryPanel::Step::MakeVersion, tr("Make &Version…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {HistoryPanel::Step::Submit, tr("&Submit for Review"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {HistoryPanel::Step::Approve, tr("&Approve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {HistoryPanel::Step::RequestChanges, tr("Request &Changes…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {HistoryPanel::Step::Publish, tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
    };
    for (const StepText &s : steps) {
        QAction *a = m_menu->addAction(s.text);
        a->setShortcut(s.keys);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, [this, step = s.step] {
            GuideEditor *e = m_window->currentEditor();
            if (!e)
                return;
            // The steps live in the guide's History: show it, so the outcome is seen.
            e->tabs()->setCurrentWidget(e->history());
            e->history()->trigger(step);
        });
        m_steps << a;
    }
    // A comment on the newest version (or the one chosen in History), on what is being
    // edited: the editor stays where it is.
    m_comment = m_menu->addAction(tr("Add Co&mment…"));
    m_comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_comment->setEnabled(false);
    connect(m_comment, &QAction::triggered, this, [this] {
        if (GuideEditor *e = m_window->currentEditor())
            e->history()->startComment();
    });
    // An answer to the comment whose words hold the cursor, or the one chosen in History.
    m_reply = m_menu->addAction(tr("Repl&y to Comment…"));
    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y));
    m_reply->setEnabled(false);
    connect(m_reply, &QAction::triggered, this, [this] {
        if (GuideEditor *e = m_window->currentEditor())
            e->replyToComment();
    });
    m_menu->setToolTipsVisible(true);
    connect(window, &MainWindow::workspaceOpened, this, [this] {
        editorChanged();
        offerMyQueue();
    });
    m_menu->addSeparator();
    QAction *awaiting = m_menu->addAction(tr("Show A&waiting Review"));
    awaiting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(awaiting, &QAction::triggered, this, &ReviewActions::showAwaitingReview);

    // The filter by stage, under the search box of the Guides list.
    m_filter->setAccessibleName(tr("Show guides in review stage"));
    m_filter->addItem(tr("All guides"), QString());
    for (ReviewState::Stage stage :
         {ReviewState::Stage::Draft, ReviewState::Stage::InReview, ReviewState::Stage::ChangesRequested,
          ReviewState::Stage::Approved, ReviewState::Stage::Live, ReviewState::Stage::LiveNewerDraft})
        m_filter->addItem(GuideListModel::stageName(stage), ReviewState::stageKey(stage));
    ui->guidesLayout->insertWidget(1, m_filter);
    new EmptyListNote(ui->guideTable, window->guideModel());
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_window->guideModel()->setStageFilter(m_filter->currentData().toString()); });
}

void ReviewActions::offerMyQueue()
{
    // A reviewer on a team workspace: what waits for them, not for their own review.
    const WorkspaceSession *session = m_window->session();
    const bool reviewer =
        session && session->cache().team && session->cache().me.roles.contains(QLatin1String("reviewer"));
    const int at = m_filter->findData(GuideListModel::awaitingMyReview);
    if (reviewer && at < 0)
        m_filter->insertItem(1, tr("Awaiting my review"), GuideListModel::awaitingMyReview);
    else if (!reviewer && at >= 0)
        m_filter->removeItem(at);
}

void ReviewActions::showAwaitingReview()
{
    m_window->ui()->guidesDock->show();
    const int mine = m_filter->findData(GuideListModel::awaitingMyReview);
    m_filter->setCurrentIndex(
        mine >= 0 ? mine : m_filter->findData(ReviewState::stageKey(ReviewState::Stage::InReview)));
    m_window->ui()->guideTable->setFocus(Qt::ShortcutFocusReason);
}

void ReviewActions::editorChanged()
{
    const bool open = m_window->currentEditor() != nullptr;
    // On a team workspace a step the person's roles do not allow is off, and says why.
    static const char *const names[] = {"snapshot", "submit", "approve", "request-changes", "publish"};
    const WorkspaceSession *session = m_window->session();
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const QString refusal = session && session->cache().team
                                    ? team::refusal(session->cache().me, QString::fromLatin1(names[i]))
                                    : QString();
        m_steps[i]->setEnabled(open && refusal.isEmpty());
        m_steps[i]->setToolTip(refusal);
    }
    const QString refusal = session && session->cache().team
                                ? team::refusal(session->cache().me, QStringLiteral("comment"))
                                : QString();
    for (QAction *a : {m_comment, m_reply}) {
        a->setEnabled(open && refusal.isEmpty());
        a->setToolTip(refusal);
    }
}

} // namespace almanac
