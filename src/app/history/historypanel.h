#pragma once

#include "history/commentanchors.h"
#include "store/versionstore.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace almanac {

class CommentsPane;
class DraftSync;
class GuideDocument;
class WorkspaceSession;

// A guide's history: its draft and versions with their review states, the
// review actions, restoring a version, and reviewers' comments. Choosing one
// entry compares it with the draft; choosing two compares them.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(WorkspaceSession *session, GuideDocument *document, DraftSync *sync,
                 QWidget *parent = nullptr);

    // The workflow steps, as the buttons and the Review menu offer them.
    enum class Step
    {
        MakeVersion,
        Submit,
        Approve,
        RequestChanges,
        Publish
    };
    // Takes a step as its button does, on the selected version, or on the
    // newest one when none is selected (the Review menu acts on the guide).
    void trigger(Step step);

    void reload();
    QListWidget *list() const { return m_list; }
    CommentsPane *commentsPane() const { return m_comments; }
    QTreeWidget *comments() const;
    QList<Comment> commentList() const;
    // The lint findings of the version chosen (what a reviewer checks).
    QLabel *findings() const { return m_findings; }
    // The version number of an entry (0 is the draft).
    int numberAt(int row) const;
    // Actions, also run by the buttons; they ask nothing (notes are given).
    bool snapshot(const QString &note, QString *error);
    bool apply(int number, VersionStore::Action action, const QString &note, QString *error);
    bool restore(int number, QString *error);
    bool addComment(int number, const QString &part, const QString &partId, const QString &body,
                    QString *error);
    // Where the editor is, as a comment's anchor (the item, and the words
    // selected in its text): what a new comment is on unless the reviewer
    // chooses another place.
    void setCurrentPlace(std::function<EditorPlace()> place) { m_currentPlace = std::move(place); }
    // Opens the comment dialog on the selected version (or the newest one).
    void startComment();
    // The slug the guide has in the workspace, by which its versions are found.
    QString storedSlug() const;

Q_SIGNALS:
    void compareRequested(const Guide &from, const Guide &to, const QString &fromLabel,
                          const QString &toLabel);
    void historyChanged();
    // A comment was opened (double-click, Enter): go to its place in the
    // draft, a field as a JSON path and the words there (length 0: the field).
    void placeRequested(const QString &path, qsizetype start, qsizetype length);
    // The guide's comments, read again (after one was added or resolved).
    void commentsChanged(const QList<Comment> &comments);

private:
    void selectionChanged();
    void updateButtons();
    void showFindings(int number);
    std::optional<Guide> contentOf(int number, QString *error) const;
    QString labelOf(int number) const;
    void report(const QString &error);

    // Runs fn(VersionStore &) on the session's worker and waits for it.
    template <typename Fn> auto withStore(Fn fn) const;

    WorkspaceSession *m_session;
    GuideDocument *m_doc;
    DraftSync *m_sync;
    QList<VersionInfo> m_versions;
    QList<VersionEvent> m_events;
    QListWidget *m_list;
    CommentsPane *m_comments;
    QLabel *m_findings;
    QPushButton *m_snapshot;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QPushButton *m_publish;
    QPushButton *m_restore;
    std::function<EditorPlace()> m_currentPlace;
};

} // namespace almanac
