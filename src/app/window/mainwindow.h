#pragma once

#include "guide/lint.h"
#include "store/workspacesession.h"
#include "widgets/elidedlabel.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace almanac {

class GuideEditor;
class GuideListModel;
class GuideListActions;
class PresenceMarks;
class ReviewActions;
class TeamStatus;
class TransferActions;

// The workstation's main window: the workspace's guides in a dock, each open
// guide in a tab with its live page, the open guide's lint findings in a dock,
// and one Edit menu whose Undo and Redo follow the guide in front.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at path; on failure keeps the current one and says why.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    WorkspaceSession *session() const { return m_session.get(); }
    QString workspacePath() const { return m_session ? m_session->path() : QString(); }
    // Opens (or brings forward) the guide with this slug.
    bool showGuide(const QString &slug);
    GuideEditor *currentEditor() const;
    GuideEditor *editor(const QString &slug) const;
    GuideEditor *editorById(const QString &id) const;
    // Closes a guide's tab: saves first, and when that fails asks what to do;
    // false when the person chose to keep it open.
    bool closeEditor(int index);
    QString currentSlug() const;
    // Makes a new, empty guide in the workspace and opens it.
    GuideEditor *newGuide();
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    TransferActions *transfer() const { return m_transfer; }
    ReviewActions *review() const { return m_review; }
    GuideListActions *listActions() const { return m_listActions; }
    ElidedLabel *saveStateLabel() const { return m_saveState; }
    TeamStatus *teamStatus() const { return m_teamStatus; }

    Ui::MainWindow *ui() const { return m_ui.get(); }
    GuideListModel *guideModel() const { return m_model; }

Q_SIGNALS:
    void workspaceOpened();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void listCurrentChanged();
    // Saves an editor before it closes; asks when that fails. False: keep it open.
    bool settleEditor(GuideEditor *editor);
    void changesArrived(const QList<Change> &changes);
    void updateSaveState();
    void editorChanged();
    void showFindings(const QList<Finding> &findings);
    void newWorkspace();
    void chooseWorkspace();
    void chooseTeamWorkspace();
    // How a workspace is named in the title and the recent list: a file's
    // name, or "database on host" for a team workspace.
    static QString workspaceName(const QString &location);
    void updateRecentMenu();
    void rememberWorkspace(const QString &path);
    void rememberOpenGuides();
    void updateStatus();
    // False when the person chose to keep an editor open.
    bool closeAllEditors(bool asking = true);
    void applyFilter();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<WorkspaceSession> m_session;
    ElidedLabel *m_saveState = nullptr;
    TeamStatus *m_teamStatus = nullptr;
    PresenceMarks *m_presence = nullptr;
    GuideListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    bool m_restoring = false;
    QTimer m_filterTimer;
    TransferActions *m_transfer = nullptr;
    ReviewActions *m_review = nullptr;
    GuideListActions *m_listActions = nullptr;
};

} // namespace almanac
