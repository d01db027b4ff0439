#pragma once

#include "merge/guidemerge.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <optional>

namespace almanac {

class GuideDocument;
class WorkspaceSession;

// Keeps one open guide's document and its stored draft in step, without ever
// writing over someone else's save: autosave with compare-and-set against the
// revision the document started from; another program's save merged into the
// document as one undoable step; a real conflict held (the local edits kept in
// the workspace) until a person decides.
class DraftSync : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Saved,
        Unsaved, // edits wait for the autosave
        Saving,
        Failed,    // the last save failed; retried
        Conflicts, // held until resolved
        Removed    // another program deleted the guide
    };

    // What another writer saved (or a file brought in) that conflicts with the
    // document's own edits.
    struct Pending
    {
        Guide theirs;
        qint64 theirsRevision = 0; // 0: not a stored draft (an imported file)
        QString who;
        QDateTime when;
        qsizetype conflictCount = 0;
    };

    DraftSync(WorkspaceSession *session, GuideDocument *document, const Draft &stored,
              QObject *parent = nullptr);

    State state() const { return m_state; }
    // For the status bar: "Saved", "Saving…", "Not saved: why", ...
    QString stateText() const;
    QString lastError() const { return m_error; }
    qint64 baseRevision() const { return m_baseRevision; }
    const Guide &base() const { return m_base; }
    bool hasUnsavedEdits() const { return m_editCount != m_savedEditCount; }
    // The last save failed and the edits are kept in the offline journal
    // (a team workspace whose server cannot be reached): closing loses nothing.
    bool keptOffline() const { return m_keptOffline; }
    const std::optional<Pending> &pending() const { return m_pending; }

    // Writes the document now if it has unsaved edits (off the GUI thread).
    void saveNow();
    // Saves and waits for the result: true when the document is in the
    // workspace. With conflicts pending, false (the edits are held there).
    bool saveAndWait(QString *error);
    // The change feed: other programs' saves, removals, versions and comments.
    void takeChanges(const QList<Change> &changes);
    // Merges other into the document: other's changes since base with the
    // document's own, as one undoable step named label. otherRevision > 0 says
    // other is the stored draft at that revision, which becomes the new base.
    void mergeIn(const Guide &base, const Guide &other, qint64 otherRevision, const QString &label,
                 const QString &who = {}, const QDateTime &when = {});
    // Says the document was edited from this stored revision (recovering held edits).
    void setBase(const Guide &base, qint64 revision)
    {
        m_base = base;
        m_baseRevision = revision;
    }
    // The pending conflicts, merged afresh against the document as it is now.
    merge::Result currentMerge() const;
    // Puts a resolved merge into the document (one undoable step) and saves it.
    void applyResolution(const merge::Result &resolved);

Q_SIGNALS:
    void stateChanged();
    void saved();
    void conflictsChanged();
    // Versions, review steps or comments of this guide changed.
    void historyChanged();

private:
    void documentChanged();
    void setState(State state, const QString &error = {});
    void saveFinished(const Guide &sent, int sentEditCount, const SaveResult &result,
                      const std::optional<Draft> &theirs);
    void fetchTheirs(const QString &who, const QDateTime &when);
    void holdEdits();
    void releaseHeldEdits();
    void replaceDocument(const Guide &guide, const QString &label);

    WorkspaceSession *m_session;
    GuideDocument *m_doc;
    Guide m_base;
    qint64 m_baseRevision = 0;
    int m_editCount = 0;
    int m_savedEditCount = 0;
    bool m_saving = false;
    bool m_saveAgain = false;
    bool m_applying = false; // the document changes because of a merge, not typing
    bool m_keptOffline = false;
    State m_state = State::Saved;
    QString m_error;
    std::optional<Pending> m_pending;
    QTimer m_saveTimer;
    QTimer m_retryTimer;
};

} // namespace almanac
