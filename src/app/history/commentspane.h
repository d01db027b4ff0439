#pragma once

#include "diff/passage.h"
#include "history/commentanchors.h"
#include "store/versionstore.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace almanac {

class GuideDocument;
class WorkspaceSession;

// The comments on a guide's versions, in threads: a first comment with its
// replies, on an item of the version or on words of its text. Each thread says
// where it is in the draft being edited (the words followed through the edits
// made since its version, or that they changed or are gone); opening one goes
// there. Adding, replying and resolving happen here.
class CommentsPane : public QWidget
{
    Q_OBJECT

public:
    struct Thread
    {
        Comment first;
        QList<Comment> replies;
        // The field of the draft it is in ("sections[2].body", "tldr"); empty
        // when the draft no longer has the item.
        QString path;
        // The quoted words in that field; for a thread on the whole item, Kept at 0.
        passage::Place place;
        bool onWords() const { return !first.quote.isEmpty(); }
    };
    // The content of a version of the guide.
    using VersionReader = std::function<std::optional<Guide>(int number, QString *error)>;

    CommentsPane(WorkspaceSession *session, GuideDocument *document, std::function<QString()> slug,
                 VersionReader versions, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *resolveButton() const { return m_resolve; }
    QList<Comment> comments() const { return m_comments; }
    // Every thread, placed in the draft as it was at the last relocate().
    const QList<Thread> &threads() const { return m_threads; }
    // A thread's comments as people read them: who said what, when, in order.
    static QString threadText(const Thread &thread);

    // Reads the comments again.
    void reload();
    // Places the threads in the draft as it is now (after edits); cheap when
    // the fields they are in did not change.
    void relocate();
    bool add(const CommentRequest &request, QString *error);
    // The dialog for a new thread on a version, starting at the editor's place
    // and offering the words selected there.
    void startComment(int version, const EditorPlace &place);
    // The dialog answering the chosen thread.
    void startReply();
    void resolveChosen();
    void choose(const QString &threadId);

Q_SIGNALS:
    // Go to a thread's place: its words (length > 0) or its field.
    void placeRequested(const QString &path, qsizetype start, qsizetype length);
    void commentsChanged(const QList<Comment> &comments);
    // The threads were read again or placed again.
    void threadsChanged();

private:
    const Guide *version(int number);
    QString onText(const Thread &thread);
    void fillTree();
    void updateButtons();
    QString chosenThread() const;
    void report(const QString &error);

    WorkspaceSession *m_session;
    GuideDocument *m_doc;
    std::function<QString()> m_slug;
    VersionReader m_readVersion;
    QHash<int, std::optional<Guide>> m_versions; // versions never change
    QList<Comment> m_comments;
    QList<Thread> m_threads;
    QHash<QString, QString> m_placedIn; // thread id -> the draft text it was placed in
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
};

} // namespace almanac
