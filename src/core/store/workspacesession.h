#pragma once

#include "store/offlinejournal.h"
#include "store/presence.h"
#include "store/reviewstate.h"
#include "store/team.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace almanac {

class SessionWorker;

// What the session keeps at hand for widgets, read on the worker and handed
// over whole, so that a widget never waits for the database.
struct SessionCache
{
    QList<GuideSummary> guides;
    QHash<QString, QString> guideIdsBySlug;
    QHash<QString, QString> titlesBySlug;
    // Each guide's place in the review workflow, by guide id.
    QHash<QString, ReviewState> reviewStates;
    QStringList outlets;
    QStringList personalWords;
    qint64 lastChange = 0;
    // A team workspace (roles enforced by its server): who this connection
    // logged in as, and the roles it has. On SQLite, team is false.
    bool team = false;
    team::Member me;
};

// One open workspace for a program with a user interface: owns the workspace
// connection on a worker thread, runs every read and write there, keeps what
// widgets ask for often (the guide list, slug owners, titles) and keeps it
// current from the change feed, noticing other programs' commits within a
// fraction of a second. Widgets never run SQL: they ask the session.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int pollIntervalMs = 150;       // how often to ask whether another program committed
        QString holder;                 // names this program in held edits; made up when empty
        int reconnectIntervalMs = 2000; // a team workspace's server, while it cannot be reached
        // A team workspace's offline journal (see OfflineJournal); empty: none.
        QString journalPath;
        // How often to look again at who else is here (typing fades, rows expire).
        int presenceIntervalMs = 5000;
        // Who this program is to others on SQLite (a team's server names people itself).
        QString person;
        // Whether to show others this program's presence and read theirs; by
        // default on a team workspace only (a workspace file is one person's).
        std::optional<bool> presence;
    };

    // Opens the workspace (on the worker thread) and reads the first cache; on
    // failure returns nothing and *error says why.
    static std::unique_ptr<WorkspaceSession> open(const QString &path, QString *error,
                                                  const Options &options);
    static std::unique_ptr<WorkspaceSession> open(const QString &path, QString *error)
    {
        return open(path, error, {});
    }
    ~WorkspaceSession() override;

    QString path() const { return m_path; }
    // Names this program's instance in held edits and in the change feed's actor.
    QString holder() const { return m_holder; }

    const SessionCache &cache() const { return m_cache; }
    LintContext lintContext() const;
    // A team workspace's server: whether it answers. While it does not, reads
    // and writes fail (autosave keeps retrying) and the session tries to
    // connect again every reconnectIntervalMs; once back, it listens again and
    // reports every change it missed. Always true on SQLite.
    bool isOnline() const { return m_online; }
    QString connectionProblem() const { return m_connectionProblem; }
    QDateTime offlineSince() const { return m_offlineSince; }

    // Runs work(Workspace &) on the worker thread, then done(result) on the
    // context's thread, unless the context is gone by then. Jobs run in order.
    template <typename Work, typename Done> void run(QObject *context, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work, Workspace &>;
        QPointer<QObject> guard(context);
        post([work = std::move(work), done = std::move(done), guard](Workspace &ws) mutable {
            auto result = std::make_shared<Result>(work(ws));
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [done = std::move(done), result, guard]() mutable {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }
    // Runs work on the worker thread and waits for its result: for the few
    // moments that must be synchronous (quitting, opening a guide's tab).
    template <typename Work> auto call(Work work) -> std::invoke_result_t<Work, Workspace &>
    {
        std::optional<std::invoke_result_t<Work, Workspace &>> result;
        callJob([&work, &result](Workspace &ws) { result.emplace(work(ws)); });
        return std::move(*result);
    }
    // Asks the worker to look at the change feed now (it also does so on its own).
    void poll();

    // A team workspace with an offline journal: keeps an editor's draft that
    // could not be saved (the server unreachable) on this computer until
    // dropOffline says it was saved. What is kept is brought in when the
    // session opens and whenever the server is back (OfflineJournal::replay).
    bool hasJournal() const { return m_hasJournal; }
    void keepOffline(const Guide &guide, qint64 baseRevision);
    void dropOffline(const QString &guideId);

    // Presence: the guides this program shows (by id), announced to others
    // at once and kept alive by a heartbeat while the session is open.
    void setOpenGuides(const QStringList &guideIds);
    // The person typed in a guide just now (announced at most every few seconds).
    void noteTyping(const QString &guideId);
    // Everyone else who has a guide open, by guide then person.
    const QList<Presence> &presence() const { return m_presence; }
    QList<Presence> presenceIn(const QString &guideId) const;

Q_SIGNALS:
    // Changes committed since the last report, by anyone (this program too), in order.
    void changesArrived(const QList<almanac::Change> &changes);
    // The cache moved on (the guide list, titles, slug owners).
    void cacheChanged();
    // The server was lost (online false, with the reason) or is back.
    void connectionChanged(bool online);
    // Edits kept offline were brought in; what became of each.
    void journalReplayed(const QList<almanac::ReplayOutcome> &outcomes);
    // Someone opened or closed a guide, started or stopped typing.
    void presenceChanged();

private:
    friend class SessionWorker;
    WorkspaceSession() = default;
    void post(std::function<void(Workspace &)> job);
    // Runs job on the worker and waits; the cache is current when it returns.
    void callJob(const std::function<void(Workspace &)> &job);
    void takeCache(const SessionCache &cache, const QList<Change> &changes);
    void takeConnection(bool online, const QString &problem);

    QString m_path;
    QString m_holder;
    QThread m_thread;
    SessionWorker *m_worker = nullptr;
    SessionCache m_cache;
    bool m_online = true;
    bool m_hasJournal = false;
    QString m_connectionProblem;
    QDateTime m_offlineSince;
    QList<Presence> m_presence;
    QHash<QString, QElapsedTimer> m_typingNoted; // by guide id: when typing was last announced
};

// The session's half on the worker thread. Internal to WorkspaceSession.
class SessionWorker : public QObject
{
    Q_OBJECT

public:
    SessionWorker(std::unique_ptr<Workspace> workspace, WorkspaceSession *session,
                  const WorkspaceSession::Options &options);
    ~SessionWorker() override;
    Workspace &workspace() { return *m_workspace; }
    void start();
    void runJob(const std::function<void(Workspace &)> &job);
    void poll(bool force);
    SessionCache readCache() const;
    const SessionCache &cache() const { return m_cache; }
    OfflineJournal *journal() const { return m_journal.get(); }
    void setOpenGuides(const QStringList &guideIds);
    void markTyping(const QString &guideId);

private:
    // Writes this program's presence rows (typing: guides typed in just now).
    void announce(const QStringList &typing);
    // Reads who else is here; tells the session when that changed.
    void readPresence();
    // The heartbeat: refreshes this program's rows well within their expiry, and reads again.
    void presenceTick();
    // Brings the cache up to these changes, rereading only the guides they name.
    void updateCache(const QList<Change> &changes);
    // A team workspace: hears of commits as they happen (NOTIFY), again after a reconnect.
    void listen();
    // Whether the server answers, connecting again when it was lost (at most
    // every reconnect interval); tells the session when that changes.
    bool keepConnected();
    // Brings in what the offline journal keeps for this workspace.
    void replayJournal();

    std::unique_ptr<Workspace> m_workspace;
    WorkspaceSession *m_session;
    QTimer *m_timer = nullptr;
    int m_interval;
    int m_reconnectInterval;
    int m_presenceInterval;
    QString m_journalPath;
    std::unique_ptr<OfflineJournal> m_journal;
    bool m_online = true;
    QElapsedTimer m_lastAttempt; // to reconnect, while offline
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    SessionCache m_cache; // as last handed to the session
    QString m_person;
    bool m_presenceOn = false;
    QStringList m_open;         // guides this program shows
    QElapsedTimer m_announced;  // since this program last wrote its rows
    QList<Presence> m_presence; // as last handed to the session
};

} // namespace almanac
