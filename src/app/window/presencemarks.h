#pragma once

#include <QObject>
#include <QPixmap>
#include <QPointer>

class QTabWidget;

namespace almanac {

class WorkspaceSession;
struct Presence;

// Who else has a guide open, where a person looks: a mark on the guide's tab
// (a pencil while someone types in it) and their names in its tooltip, kept
// current from the session. It also tells the session which guides this
// window shows and when the person types in one, so that others see them.
class PresenceMarks : public QObject
{
    Q_OBJECT

public:
    explicit PresenceMarks(QTabWidget *tabs);
    void setSession(WorkspaceSession *session);
    // The tabs changed (a guide opened or closed): tell the session.
    void tabsChanged();

    // The mark beside a guide someone else has open; typing: someone types in it.
    static QPixmap mark(bool typing);
    // The mark for these people, or none.
    static QPixmap markFor(const QList<Presence> &present);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QTabWidget *m_tabs;
    QPointer<WorkspaceSession> m_session;
};

} // namespace almanac
