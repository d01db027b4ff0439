#pragma once

#include "widgets/elidedlabel.h"

#include <QPointer>
#include <QTimer>

namespace almanac {

class WorkspaceSession;
struct ReplayOutcome;

// The status bar's word on a team workspace: who you are on its server and
// your roles; when the server cannot be reached, since when and what happens
// to your edits meanwhile; and what became of edits kept offline once they
// are brought in. Empty for a workspace file; a long note is elided.
class TeamStatus : public ElidedLabel
{
    Q_OBJECT

public:
    explicit TeamStatus(QWidget *parent = nullptr);
    void setSession(WorkspaceSession *session);

private:
    void refresh();
    void journalReplayed(const QList<ReplayOutcome> &outcomes);

    QPointer<WorkspaceSession> m_session;
    QString m_replayNote; // shown for a while after kept edits came in
    QTimer m_noteTimer;
};

} // namespace almanac
