#pragma once

#include "document/guidedocument.h"
#include "guide/lint.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <memory>

class QSplitter;
class QTabWidget;

namespace Ui {
class OverviewForm;
}

namespace almanac {

class DiffView;
class HistoryPanel;
class PartPage;
class PreviewView;
class SourceView;
class Workspace;

// The editor of one open guide: its parts on the left, the live page on the
// right. Saves the draft to the workspace within a second of the last edit.
class GuideEditor : public QWidget
{
    Q_OBJECT

public:
    GuideEditor(Workspace *workspace, const Guide &guide, QWidget *parent = nullptr);
    ~GuideEditor() override;

    GuideDocument *document() const { return m_doc; }
    PreviewView *preview() const { return m_preview; }
    SourceView *source() const { return m_source; }
    HistoryPanel *history() const { return m_history; }
    DiffView *diffView() const { return m_diff; }
    QTabWidget *views() const { return m_views; }
    QTabWidget *tabs() const { return m_tabs; }
    PartPage *page(Part part) const;
    Ui::OverviewForm *overview() const { return m_overview.get(); }
    QString slug() const { return m_doc->guide().slug; }
    bool isSaved() const { return !m_dirty; }
    QList<Finding> findings() const { return m_findings; }

    // Writes the draft now if it changed; false (and saveFailed) on error.
    bool saveNow();
    // Shows the part at a JSON path ("sections[2].body") and puts the cursor there.
    void goToPlace(const QString &path, int line = 0);
    // Follows the page's scrolling in the editor of the same field, if it is shown.
    void followPreview(const QString &path, int line);

Q_SIGNALS:
    void saved(const QString &slug);
    void saveFailed(const QString &message);
    void lintUpdated(const QList<Finding> &findings);
    void titleChanged(const QString &title);

private:
    void setUpOverview();
    void documentChanged(const ChangeEvent &event);
    void refreshOverview();
    void refreshPreview();
    void runLint();
    void lintFinished();
    void showSourceIfVisible();
    void updateSlugStatus();

    Workspace *m_workspace;
    GuideDocument *m_doc;
    std::unique_ptr<Ui::OverviewForm> m_overview;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QList<PartPage *> m_pages;
    PreviewView *m_preview;
    SourceView *m_source = nullptr;
    HistoryPanel *m_history = nullptr;
    DiffView *m_diff = nullptr;
    QTabWidget *m_views = nullptr;
    QTimer m_saveTimer;
    QTimer m_lintTimer;
    bool m_dirty = false;
    QList<Finding> m_findings;
    struct Checked
    {
        QList<Finding> findings;
        QByteArray file;
    };
    QFutureWatcher<Checked> m_lintWatcher;
    bool m_lintAgain = false;
    bool m_sourceStale = true;
    QByteArray m_fileText;
    QHash<QString, QString> m_titles;
};

} // namespace almanac
