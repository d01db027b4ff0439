#include "workspacesession.h"

#include "dialect.h"
#include "guide/author.h"
#include "guide/guide.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <algorithm>
#include <tuple>

namespace almanac {

std::unique_ptr<WorkspaceSession> WorkspaceSession::open(const QString &path, QString *error,
                                                         const Options &options)
{
    std::unique_ptr<WorkspaceSession> session(new WorkspaceSession);
    session->m_path = path;
    session->m_holder = options.holder.isEmpty() ? guide::newId() : options.holder;
    session->m_thread.setObjectName(QStringLiteral("workspace"));
    session->m_thread.start();
    // A database connection belongs to the thread that made it: the worker
    // opens the workspace itself and lives on its thread.
    auto *context = new QObject;
    context->moveToThread(&session->m_thread);
    QString why;
    WorkspaceSession *s = session.get();
    QMetaObject::invokeMethod(
        context,
        [s, path, &why, &options, context] {
            auto ws = Workspace::open(path, &why);
            if (ws) {
                s->m_worker = new SessionWorker(std::move(ws), s, options);
                s->m_cache = s->m_worker->cache();
                s->m_worker->start();
                s->m_hasJournal = s->m_worker->journal() != nullptr;
            }
            delete context;
        },
        Qt::BlockingQueuedConnection);
    if (!s->m_worker) {
        if (error)
            *error = why;
        return nullptr; // the destructor stops the thread
    }
    return session;
}

WorkspaceSession::~WorkspaceSession()
{
    if (m_worker) {
        SessionWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

LintContext WorkspaceSession::lintContext() const
{
    LintContext context;
    context.guideIdBySlug = m_cache.guideIdsBySlug;
    context.knowsWorkspace = true;
    return context;
}

void WorkspaceSession::post(std::function<void(Workspace &)> job)
{
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { worker->runJob(job); }, Qt::QueuedConnection);
}

void WorkspaceSession::callJob(const std::function<void(Workspace &)> &job)
{
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, &job] { worker->runJob(job); }, Qt::BlockingQueuedConnection);
    // What the job wrote is in the change feed; take the report it posted now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void WorkspaceSession::poll()
{
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->poll(false); }, Qt::QueuedConnection);
}

void WorkspaceSession::takeCache(const SessionCache &cache, const QList<Change> &changes)
{
    m_cache = cache;
    Q_EMIT changesArrived(changes);
    Q_EMIT cacheChanged();
}

void WorkspaceSession::keepOffline(const Guide &guide, qint64 baseRevision)
{
    const QString location = m_path;
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, location, guide, baseRevision] {
            if (worker->journal())
                worker->journal()->keep(location, guide, baseRevision, nullptr);
        },
        Qt::QueuedConnection);
}

void WorkspaceSession::dropOffline(const QString &guideId)
{
    const QString location = m_path;
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, location, guideId] {
            if (worker->journal())
                worker->journal()->drop(location, guideId, nullptr);
        },
        Qt::QueuedConnection);
}

void WorkspaceSession::setOpenGuides(const QStringList &guideIds)
{
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, guideIds] { worker->setOpenGuides(guideIds); }, Qt::QueuedConnection);
}

void WorkspaceSession::noteTyping(const QString &guideId)
{
    // Typing shows for presence::typingSeconds after each announcement: a
    // few announcements keep it lit however fast the person types.
    QElapsedTimer &noted = m_typingNoted[guideId];
    if (noted.isValid() && noted.elapsed() < presence::typingSeconds * 1000 / 3)
        return;
    noted.start();
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, guideId] { worker->markTyping(guideId); }, Qt::QueuedConnection);
}

QList<Presence> WorkspaceSession::presenceIn(const QString &guideId) const
{
    QList<Presence> out;
    for (const Presence &p : m_presence) {
        if (p.guideId == guideId)
            out << p;
    }
    return out;
}

void WorkspaceSession::takeConnection(bool online, const QString &problem)
{
    if (online == m_online && problem == m_connectionProblem)
        return;
    if (!online && m_online)
        m_offlineSince = QDateTime::currentDateTimeUtc();
    const bool changed = online != m_online;
    m_online = online;
    m_connectionProblem = problem;
    if (changed)
        Q_EMIT connectionChanged(online);
}

SessionWorker::SessionWorker(std::unique_ptr<Workspace> workspace, WorkspaceSession *session,
                             const WorkspaceSession::Options &options)
    : m_workspace(std::move(workspace)), m_session(session), m_interval(options.pollIntervalMs),
      m_reconnectInterval(options.reconnectIntervalMs), m_presenceInterval(options.presenceIntervalMs),
      m_journalPath(options.journalPath),
      m_person(options.person.isEmpty() ? author::systemUser() : options.person)
{
    m_presenceOn = options.presence.value_or(dialect::isPostgres(m_workspace->database()));
    m_dataVersion = m_workspace->dataVersion();
    m_lastSeq = m_workspace->lastChange();
    m_cache = readCache();
}

SessionWorker::~SessionWorker()
{
    // Others see this program leave now rather than when its rows expire.
    if (!m_open.isEmpty() && m_online)
        presence::leave(*m_workspace, m_session->holder(), nullptr);
}

void SessionWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, [this] { poll(false); });
    m_timer->start();
    if (m_presenceOn) {
        auto *presenceTimer = new QTimer(this);
        presenceTimer->setInterval(m_presenceInterval);
        connect(presenceTimer, &QTimer::timeout, this, &SessionWorker::presenceTick);
        presenceTimer->start();
    }
    QSqlDatabase db = m_workspace->database();
    if (dialect::isPostgres(db)) {
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (name == QLatin1String(presence::channel)) {
                        if (source == QSqlDriver::OtherSource)
                            readPresence();
                    } else {
                        poll(false);
                    }
                });
        listen();
        // Edits kept when the program last quit without its server.
        if (!m_journalPath.isEmpty()) {
            m_journal = OfflineJournal::open(m_journalPath, nullptr);
            replayJournal();
        }
    }
}

void SessionWorker::replayJournal()
{
    if (!m_journal)
        return;
    QList<ReplayOutcome> outcomes;
    const QString location = m_workspace->path();
    for (const JournalEntry &entry : m_journal->entries(location, nullptr)) {
        const ReplayOutcome out =
            OfflineJournal::replay(*m_workspace, entry, m_session->holder(), author::systemUser());
        if (out.kind != ReplayOutcome::Kind::Failed)
            m_journal->drop(location, entry.guide.id, nullptr);
        outcomes.append(out);
    }
    if (outcomes.isEmpty())
        return;
    WorkspaceSession *session = m_session;
    QMetaObject::invokeMethod(
        session, [session, outcomes] { Q_EMIT session->journalReplayed(outcomes); }, Qt::QueuedConnection);
}

void SessionWorker::listen()
{
    // A team workspace tells its listeners when a change commits: look at once
    // instead of at the next poll (which stays, for a lost notification).
    QSqlDatabase db = m_workspace->database();
    for (const char *name : {dialect::changesChannel, presence::channel}) {
        const QString channel = QString::fromLatin1(name);
        if (!db.driver()->subscribedToNotifications().contains(channel))
            db.driver()->subscribeToNotification(channel);
    }
}

void SessionWorker::setOpenGuides(const QStringList &guideIds)
{
    if (!m_presenceOn || guideIds == m_open)
        return;
    m_open = guideIds;
    announce({});
    readPresence();
}

void SessionWorker::markTyping(const QString &guideId)
{
    if (m_open.contains(guideId))
        announce({guideId});
}

void SessionWorker::announce(const QStringList &typing)
{
    if (!m_online || !m_presenceOn)
        return;
    // A workspace this program cannot write (a read-only file, a person
    // without rights) shows nobody its presence: nothing to tell the person.
    if (presence::announce(*m_workspace, m_session->holder(), m_person, m_open, typing, nullptr))
        m_announced.start();
}

void SessionWorker::readPresence()
{
    if (!m_online || !m_presenceOn)
        return;
    QString error;
    QList<Presence> present = presence::others(*m_workspace, m_session->holder(), &error);
    if (!error.isEmpty() || present == m_presence)
        return;
    m_presence = present;
    WorkspaceSession *session = m_session;
    QMetaObject::invokeMethod(
        session,
        [session, present] {
            session->m_presence = present;
            Q_EMIT session->presenceChanged();
        },
        Qt::QueuedConnection);
}

void SessionWorker::presenceTick()
{
    if (!m_online || !m_presenceOn)
        return;
    if (!m_open.isEmpty() &&
        (!m_announced.isValid() || m_announced.elapsed() >= presence::heartbeatSeconds * 1000))
        announce({});
    readPresence();
}

bool SessionWorker::keepConnected()
{
    if (!m_online && m_lastAttempt.isValid() && m_lastAttempt.elapsed() < m_reconnectInterval)
        return false;
    m_lastAttempt.start();
    QString problem;
    const Workspace::Link link = m_workspace->keepConnected(&problem);
    if (link == Workspace::Link::Restored)
        listen();
    const bool online = link != Workspace::Link::Down;
    // Back: what was kept offline goes in now (open editors retry on their own).
    if (online && (link == Workspace::Link::Restored || !m_online))
        replayJournal();
    if (online != m_online || !online) {
        m_online = online;
        WorkspaceSession *session = m_session;
        QMetaObject::invokeMethod(
            session, [session, online, problem] { session->takeConnection(online, problem); },
            Qt::QueuedConnection);
    }
    // Back: others see this program again (its rows may have expired meanwhile).
    if (online && link == Workspace::Link::Restored)
        announce({});
    return online;
}

void SessionWorker::runJob(const std::function<void(Workspace &)> &job)
{
    job(*m_workspace);
    // This connection's own commits do not move data_version: look now.
    poll(true);
}

void SessionWorker::poll(bool force)
{
    // (A connection libpq saw fail is not asked: it would only say it is not open.)
    qint64 version = dialect::connectionLost(m_workspace->database()) ? -1 : m_workspace->dataVersion();
    if (version < 0 || !m_online) {
        // A team workspace's server went away (or is still away): connect
        // again; what was missed meanwhile is in the change feed.
        if (!keepConnected())
            return;
        version = m_workspace->dataVersion();
        force = true;
    }
    if (!force && version == m_dataVersion)
        return; // nobody else committed: no I/O
    // On SQLite, another program's presence moves data_version too (a team's server notifies).
    if (m_presenceOn && version != m_dataVersion && !dialect::isPostgres(m_workspace->database()))
        readPresence();
    m_dataVersion = version;
    const QList<Change> changes = m_workspace->changesSince(m_lastSeq);
    if (changes.isEmpty())
        return;
    m_lastSeq = changes.constLast().seq;
    updateCache(changes);
    m_cache.lastChange = m_lastSeq;
    const SessionCache cache = m_cache;
    WorkspaceSession *session = m_session;
    QMetaObject::invokeMethod(
        session, [session, cache, changes] { session->takeCache(cache, changes); }, Qt::QueuedConnection);
}

void SessionWorker::updateCache(const QList<Change> &changes)
{
    QSet<QString> touched; // drafts saved or removed: their rows in the list
    QSet<QString> staged;  // and every step that can move a guide's review state
    for (const Change &c : changes) {
        const bool draft = c.kind == QLatin1String("draft") || c.kind == QLatin1String("removed");
        if (draft)
            touched.insert(c.guideId);
        if (draft || c.kind == QLatin1String("version") || c.kind == QLatin1String("review"))
            staged.insert(c.guideId);
    }
    if (staged.isEmpty())
        return; // comments: nothing the cache holds
    if (staged.size() > 64) {
        m_cache = readCache();
        return;
    }
    // An autosave or a review step changes one guide: read its row and state,
    // not the whole list again.
    for (const QString &id : std::as_const(staged))
        m_cache.reviewStates.remove(id);
    m_cache.reviewStates.insert(ReviewState::read(*m_workspace, staged.values(), nullptr));
    if (touched.isEmpty())
        return;
    QList<GuideSummary> &list = m_cache.guides;
    for (const QString &id : std::as_const(touched)) {
        list.removeIf([&id](const GuideSummary &g) { return g.id == id; });
        if (auto summary = m_workspace->guideSummary(id)) {
            const auto at = std::lower_bound(list.begin(), list.end(), *summary,
                                             [](const GuideSummary &a, const GuideSummary &b) {
                                                 return std::tie(a.title, a.slug) < std::tie(b.title, b.slug);
                                             });
            list.insert(at, *summary);
        }
    }
    m_cache.guideIdsBySlug.clear();
    m_cache.titlesBySlug.clear();
    for (const GuideSummary &g : std::as_const(list)) {
        m_cache.guideIdsBySlug.insert(g.slug, g.id);
        m_cache.titlesBySlug.insert(g.slug, g.title);
    }
    m_cache.outlets = m_workspace->outlets();
    m_cache.personalWords = m_workspace->personalWords();
}

SessionCache SessionWorker::readCache() const
{
    SessionCache cache;
    cache.guides = m_workspace->guides();
    for (const GuideSummary &g : std::as_const(cache.guides)) {
        cache.guideIdsBySlug.insert(g.slug, g.id);
        cache.titlesBySlug.insert(g.slug, g.title);
    }
    // Versions and review steps ("version", "review" in the feed) re-read the
    // states of their guides (updateCache).
    cache.reviewStates = ReviewState::readAll(*m_workspace, nullptr);
    cache.outlets = m_workspace->outlets();
    cache.personalWords = m_workspace->personalWords();
    cache.lastChange = m_lastSeq;
    cache.team = team::isTeamWorkspace(*m_workspace);
    if (cache.team)
        cache.me = team::whoAmI(*m_workspace);
    return cache;
}

} // namespace almanac
