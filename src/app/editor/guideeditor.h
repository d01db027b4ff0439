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

class CommentMarks;
class ConflictBar;
class DiffView;
class MarkdownEdit;
class DraftSync;
class HistoryPanel;
class ReviewNoteBar;
class PartPage;
class PreviewView;
class SourceView;
class WorkspaceSession;
struct Draft;
struct EditorPlace;

// The editor of one open guide: its parts on the left, the live page on the
// right. Its DraftSync saves the draft within a second of the last edit and
// takes in what other programs save; conflicts show in a bar above it.
class GuideEditor : public QWidget
{
    Q_OBJECT

public:
    GuideEditor(WorkspaceSession *session, const Draft &stored, QWidget *parent = nullptr);
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
    bool isSaved() const;
    DraftSync *sync() const { return m_sync; }
    ConflictBar *conflictBar() const { return m_conflictBar; }
    ReviewNoteBar *reviewNoteBar() const { return m_reviewBar; }
    QList<Finding> findings() const { return m_findings; }

    // Writes the draft now if it changed and waits for it; false when it could
    // not be saved (the reason in *error), or conflicts wait for a decision.
    bool saveNow(QString *error = nullptr);
    // Edits held after a conflict, from an earlier run: back into the document,
    // merged again with what is stored now.
    void recoverHeldEdits(const Draft &held, const Guide &heldBase);
    // The workspace moved on (another guide's slug or title): check again.
    void workspaceChanged();
    // Opens the merge view for the pending conflicts; true when they were resolved.
    bool resolveConflicts();
    // Shows the part at a JSON path ("sections[2].body") and puts the cursor there.
    void goToPlace(const QString &path, int line = 0);
    // A new guide: its slug follows the title (guide::slugify) until the slug is
    // edited by hand, and the title is selected so that typing replaces it.
    void startNewGuide();
    bool slugFollowsTitle() const { return m_slugFollows; }
    // Follows the page's scrolling in the editor of the same field, if it is shown.
    void followPreview(const QString &path, int line);
    // Goes to a field and selects the words at [start, start + length) in it.
    void goToWords(const QString &path, qsizetype start, qsizetype length);
    // The text editors on screen, each with the field it shows ("tldr",
    // "sections[2].body"); those of the texts comments can quote.
    QList<std::pair<QString, MarkdownEdit *>> textEditors() const;
    CommentMarks *commentMarks() const { return m_marks; }
    // Answers the comment whose words hold the cursor in the text being edited,
    // else the one chosen in History (Review ▸ Reply to Comment…).
    void replyToComment();

Q_SIGNALS:
    void saved(const QString &slug);
    void saveStateChanged();
    void lintUpdated(const QList<Finding> &findings);
    void titleChanged(const QString &title);
    // A link to another guide was clicked on the page or in the changes.
    void guideLinkActivated(const QString &slug);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpOverview();
    void documentChanged(const ChangeEvent &event);
    void refreshOverview();
    void refreshPreview();
    void runLint();
    void lintFinished();
    void showSourceIfVisible();
    void updateSlugStatus();
    void applyLanguage();
    // Comments (guideeditorcomments.cpp): where a new one goes, the marks in the editors.
    void setUpComments();
    EditorPlace editorPlace() const;

    WorkspaceSession *m_session;
    GuideDocument *m_doc;
    DraftSync *m_sync;
    ConflictBar *m_conflictBar;
    ReviewNoteBar *m_reviewBar = nullptr;
    std::unique_ptr<Ui::OverviewForm> m_overview;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QList<PartPage *> m_pages;
    PreviewView *m_preview;
    SourceView *m_source = nullptr;
    HistoryPanel *m_history = nullptr;
    CommentMarks *m_marks = nullptr;
    int m_lastEditTab = 0; // the part tab last shown before History
    DiffView *m_diff = nullptr;
    QTabWidget *m_views = nullptr;
    QTimer m_lintTimer;
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
    QHash<QString, QString> m_owners; // slug -> guide id, as last checked
    bool m_slugFollows = false;
};

} // namespace almanac
