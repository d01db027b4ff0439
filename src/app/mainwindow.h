#pragma once

#include "store/workspace.h"

#include <QMainWindow>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace almanac {

class GuideListModel;

// The workstation's main window: the workspace's guides on the left, the
// selected guide's rendered page (and its file) on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at path; on failure shows why and keeps the current one.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    Workspace *workspace() const { return m_workspace.get(); }
    // Selects the guide with this slug in the list and shows it.
    bool showGuide(const QString &slug);
    QString currentSlug() const { return m_currentSlug; }

    Ui::MainWindow *ui() const { return m_ui.get(); }
    GuideListModel *guideModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void currentRowChanged();
    void newWorkspace();
    void chooseWorkspace();
    void updateRecentMenu();
    void rememberWorkspace(const QString &path);
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Workspace> m_workspace;
    GuideListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QString m_currentSlug;
};

} // namespace almanac
