#include "window/teamstatus.h"

#include "store/workspacesession.h"

#include <QLocale>

namespace almanac {

TeamStatus::TeamStatus(QWidget *parent) : ElidedLabel(parent)
{
    setAccessibleName(tr("Team workspace"));
    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(30000);
    connect(&m_noteTimer, &QTimer::timeout, this, [this] {
        m_replayNote.clear();
        refresh();
    });
}

void TeamStatus::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_replayNote.clear();
    m_noteTimer.stop();
    if (session) {
        connect(session, &WorkspaceSession::connectionChanged, this, &TeamStatus::refresh);
        connect(session, &WorkspaceSession::cacheChanged, this, &TeamStatus::refresh);
        connect(session, &WorkspaceSession::journalReplayed, this, &TeamStatus::journalReplayed);
    }
    refresh();
}

void TeamStatus::refresh()
{
    // Empty rather than hidden: a permanent status-bar widget shown later is
    // laid out squeezed, with its neighbours.
    if (!m_session || (!m_session->cache().team && m_session->isOnline())) {
        say(QString(), QString());
        return;
    }
    if (!m_session->isOnline()) {
        const QString since =
            QLocale().toString(m_session->offlineSince().toLocalTime().time(), QLocale::ShortFormat);
        say(tr("Server unreachable since %1: your edits are kept in this window and saved when it is back")
                .arg(since),
            m_session->connectionProblem());
        setStyleSheet(QStringLiteral("color: #a11; font-weight: bold"));
        return;
    }
    const team::Member &me = m_session->cache().me;
    const QString who = me.roles.isEmpty() ? tr("%1 (no Almanac role: read only)").arg(me.name)
                                           : tr("%1 · %2").arg(me.name, me.roles.join(QStringLiteral(", ")));
    say(m_replayNote.isEmpty() ? who : who + QStringLiteral(" — ") + m_replayNote,
        tr("Signed in to the team workspace as %1. The server checks every step against these roles.")
            .arg(me.name));
    setStyleSheet(QString());
}

void TeamStatus::journalReplayed(const QList<ReplayOutcome> &outcomes)
{
    QStringList saved;
    QStringList held;
    QStringList failed;
    for (const ReplayOutcome &o : outcomes) {
        const QString title = tr("“%1”").arg(o.title);
        if (o.kind == ReplayOutcome::Kind::Held)
            held << title;
        else if (o.kind == ReplayOutcome::Kind::Failed)
            failed << title;
        else
            saved << title;
    }
    QStringList parts;
    if (!saved.isEmpty())
        parts << tr("offline edits of %1 saved").arg(saved.join(QStringLiteral(", ")));
    if (!held.isEmpty())
        parts << tr("conflicts to resolve in %1").arg(held.join(QStringLiteral(", ")));
    if (!failed.isEmpty())
        parts << tr("still kept on this computer: %1").arg(failed.join(QStringLiteral(", ")));
    m_replayNote = parts.join(QStringLiteral("; "));
    m_noteTimer.start();
    refresh();
}

} // namespace almanac
