#pragma once

#include "guide/lint.h"
#include "store/workspace.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QSortFilterProxyModel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace almanac {

class GuideEditor;
class GuideListModel;
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
    Workspace *workspace() const { return m_workspace.get(); }
    // Opens (or brings forward) the guide with this slug.
    bool showGuide(const QString &slug);
    GuideEditor *currentEditor() const;
    GuideEditor *editor(const QString &slug) const;
    QString currentSlug() const;
    // Makes a new, empty guide in the workspace and opens it.
    GuideEditor *newGuide();
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    TransferActions *transfer() const { return m_transfer; }

    Ui::MainWindow *ui() const { return m_ui.get(); }
    GuideListModel *guideModel() const { return m_model; }

Q_SIGNALS:
    void workspaceOpened();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void listCurrentChanged();
    void closeEditor(int index);
    void editorChanged();
    void showFindings(const QList<Finding> &findings);
    void newWorkspace();
    void chooseWorkspace();
    void updateRecentMenu();
    void rememberWorkspace(const QString &path);
    void rememberOpenGuides();
    void updateStatus();
    void closeAllEditors();
    void applyFilter();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Workspace> m_workspace;
    GuideListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    bool m_restoring = false;
    QTimer m_filterTimer;
    TransferActions *m_transfer = nullptr;
};

} // namespace almanac
