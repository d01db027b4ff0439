#include "document/draftsync.h"

#include "document/guidedocument.h"
#include "guide/author.h"
#include "store/workspacesession.h"

#include <QLocale>

namespace almanac {

namespace {
constexpr int autosaveDelayMs = 800;
constexpr int retryDelayMs = 3000;

// What a save job brings back: the result, and when someone else saved
// first, what they saved.
struct SaveOutcome
{
    SaveResult result;
    std::optional<Draft> theirs;
};

// The save itself, on the session's worker: compare and set, and when someone
// else saved first, what they saved.
auto saveJob(const Guide &sent, qint64 base)
{
    return [sent, base, actor = author::systemUser()](Workspace &ws) {
        // A slug another guide has never stops autosave: lint says so, and
        // versions wait until the slug is free.
        DraftWrite write{sent, base};
        write.keepUnclaimedSlug = true;
        SaveOutcome out{ws.saveDrafts({write}, actor), std::nullopt};
        if (out.result.status == SaveResult::Status::Stale && out.result.revision > 0)
            out.theirs = ws.draftById(sent.id);
        return out;
    };
}
} // namespace

DraftSync::DraftSync(WorkspaceSession *session, GuideDocument *document, const Draft &stored, QObject *parent)
    : QObject(parent), m_session(session), m_doc(document), m_base(stored.guide),
      m_baseRevision(stored.revision)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(autosaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DraftSync::saveNow);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(retryDelayMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &DraftSync::saveNow);
    connect(m_doc, &GuideDocument::changed, this, &DraftSync::documentChanged);
    // A guide that was never stored (a new one) is saved on its first edit.
    if (m_baseRevision == 0) {
        ++m_editCount;
        setState(State::Unsaved);
    }
}

QString DraftSync::stateText() const
{
    switch (m_state) {
    case State::Saved:
        return tr("Saved");
    case State::Unsaved:
        return tr("Edited");
    case State::Saving:
        return tr("Saving…");
    case State::Failed:
        return m_keptOffline ? tr("Not saved yet, kept on this computer: %1").arg(m_error)
                             : tr("Not saved: %1").arg(m_error);
    case State::Conflicts:
        return tr("Not saved: %n conflict(s) to resolve (your edits are kept)", nullptr,
                  m_pending ? static_cast<int>(m_pending->conflictCount) : 0);
    case State::Removed:
        return tr("Not saved: another program deleted this guide");
    }
    return {};
}

void DraftSync::setState(State state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

void DraftSync::documentChanged()
{
    if (m_applying)
        return;
    ++m_editCount;
    if (m_state == State::Conflicts || m_state == State::Removed) {
        m_saveTimer.start(); // keeps the held edits current
        return;
    }
    if (m_state != State::Saving)
        setState(State::Unsaved);
    m_saveTimer.start();
}

void DraftSync::saveNow()
{
    m_saveTimer.stop();
    if (m_state == State::Conflicts) {
        holdEdits();
        return;
    }
    if (m_state == State::Removed || !hasUnsavedEdits())
        return;
    if (m_saving) {
        m_saveAgain = true;
        return;
    }
    m_saving = true;
    m_retryTimer.stop();
    setState(State::Saving);
    const Guide sent = m_doc->guide();
    const int count = m_editCount;
    const qint64 base = m_baseRevision;
    m_session->run(this, saveJob(sent, base), [this, sent, count](const SaveOutcome &out) {
        saveFinished(sent, count, out.result, out.theirs);
    });
}

void DraftSync::saveFinished(const Guide &sent, int sentEditCount, const SaveResult &result,
                             const std::optional<Draft> &theirs)
{
    m_saving = false;
    switch (result.status) {
    case SaveResult::Status::Saved:
        if (result.revision <= m_baseRevision)
            break; // a save that a later one (saveAndWait) has overtaken
        if (m_keptOffline) {
            m_session->dropOffline(sent.id);
            m_keptOffline = false;
        }
        m_base = sent;
        m_baseRevision = result.revision;
        m_savedEditCount = sentEditCount;
        setState(hasUnsavedEdits() ? State::Unsaved : State::Saved);
        if (hasUnsavedEdits())
            m_saveTimer.start();
        Q_EMIT saved();
        break;
    case SaveResult::Status::Stale:
        if (theirs)
            mergeIn(m_base, theirs->guide, theirs->revision, tr("Merge changes saved by another program"));
        else
            setState(State::Removed, result.error);
        break;
    case SaveResult::Status::Failed:
        // A team workspace's server out of reach: the edits wait on this
        // computer, through a quit, until a save goes through. A save the
        // server refused stays in the editor, reported, and is not kept.
        if (m_session->hasJournal() && result.unreachable) {
            m_session->keepOffline(m_doc->guide(), m_baseRevision);
            m_keptOffline = true;
        }
        setState(State::Failed, result.error);
        m_retryTimer.start();
        break;
    }
    if (m_saveAgain) {
        m_saveAgain = false;
        saveNow();
    }
}

bool DraftSync::saveAndWait(QString *error)
{
    m_saveTimer.stop();
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (m_state == State::Conflicts) {
            holdEdits();
            if (error)
                *error = stateText();
            return false;
        }
        if (m_state == State::Removed) {
            if (error)
                *error = stateText();
            return false;
        }
        if (!hasUnsavedEdits())
            return true;
        const Guide sent = m_doc->guide();
        const SaveOutcome out = m_session->call(saveJob(sent, m_baseRevision));
        const bool wasSaving = m_saving;
        saveFinished(sent, m_editCount, out.result, out.theirs);
        m_saving = wasSaving; // an autosave in flight still reports back
        if (out.result.status == SaveResult::Status::Failed) {
            if (error)
                *error = out.result.error;
            return false;
        }
    }
    if (error)
        *error = tr("other programs kept saving this guide");
    return false;
}

void DraftSync::takeChanges(const QList<Change> &changes)
{
    bool history = false;
    const Change *newest = nullptr;
    for (const Change &c : changes) {
        if (c.guideId != m_doc->guide().id)
            continue;
        if (c.kind == QLatin1String("draft") && c.revision > m_baseRevision)
            newest = &c;
        else if (c.kind == QLatin1String("removed"))
            setState(State::Removed, tr("another program deleted this guide"));
        else if (c.kind != QLatin1String("draft"))
            history = true;
    }
    if (history)
        Q_EMIT historyChanged();
    // A save in flight learns of it itself (it comes back stale).
    if (newest && !m_saving && m_state != State::Removed)
        fetchTheirs(newest->actor, newest->at);
}

void DraftSync::fetchTheirs(const QString &who, const QDateTime &when)
{
    const QString id = m_doc->guide().id;
    m_session->run(
        this, [id](Workspace &ws) { return ws.draftById(id); },
        [this, who, when](const std::optional<Draft> &theirs) {
            if (!theirs || theirs->revision <= m_baseRevision || m_saving)
                return;
            const QString at = QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
            mergeIn(m_base, theirs->guide, theirs->revision,
                    who.isEmpty() ? tr("Merge changes saved at %1").arg(at)
                                  : tr("Merge changes saved at %1 by %2").arg(at, who),
                    who, when);
        });
}

void DraftSync::mergeIn(const Guide &base, const Guide &other, qint64 otherRevision, const QString &label,
                        const QString &who, const QDateTime &when)
{
    const Guide ours = m_doc->guide();
    const merge::Result result = merge::merge(base, ours, other);
    if (!result.clean()) {
        m_pending =
            Pending{other, otherRevision, who, when.isValid() ? when : QDateTime::currentDateTimeUtc(),
                    result.unresolvedCount()};
        setState(State::Conflicts);
        holdEdits();
        Q_EMIT conflictsChanged();
        return;
    }
    const bool hadPending = m_pending.has_value();
    m_pending.reset();
    if (otherRevision > 0) {
        m_base = other;
        m_baseRevision = otherRevision;
    }
    if (!guide::sameContent(result.guide, ours))
        replaceDocument(result.guide, label);
    if (otherRevision > 0 && guide::sameContent(m_doc->guide(), other)) {
        m_savedEditCount = m_editCount; // the document is what is stored
        // Edits kept on this computer went in (the journal's replay saved them): nothing is kept now.
        if (m_keptOffline) {
            m_session->dropOffline(m_doc->guide().id);
            m_keptOffline = false;
        }
        setState(State::Saved);
    } else {
        ++m_editCount;
        setState(State::Unsaved);
        m_saveTimer.start();
    }
    if (hadPending) {
        releaseHeldEdits();
        Q_EMIT conflictsChanged();
    }
}

merge::Result DraftSync::currentMerge() const
{
    if (!m_pending)
        return {};
    return merge::merge(m_base, m_doc->guide(), m_pending->theirs);
}

void DraftSync::applyResolution(const merge::Result &resolved)
{
    if (!m_pending || !resolved.clean())
        return;
    const Pending pending = *m_pending;
    m_pending.reset();
    if (pending.theirsRevision > 0) {
        m_base = pending.theirs;
        m_baseRevision = pending.theirsRevision;
    }
    replaceDocument(resolved.guide, tr("Resolve conflicts"));
    ++m_editCount;
    setState(State::Unsaved);
    releaseHeldEdits();
    Q_EMIT conflictsChanged();
    saveNow();
}

void DraftSync::replaceDocument(const Guide &guide, const QString &label)
{
    m_applying = true;
    m_doc->replaceContent(guide, label);
    m_applying = false;
}

void DraftSync::holdEdits()
{
    // Kept in the workspace, not the draft: nothing is written over the other
    // side, and a crash now loses nothing.
    const Guide ours = m_doc->guide();
    const qint64 base = m_baseRevision;
    m_session->run(
        this,
        [ours, base, holder = m_session->holder()](Workspace &ws) {
            QString error;
            ws.holdEdits(ours, base, holder, author::systemUser(), &error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                setState(m_state, error);
        });
}

void DraftSync::releaseHeldEdits()
{
    m_session->run(
        this,
        [id = m_doc->guide().id, holder = m_session->holder()](Workspace &ws) {
            return ws.releaseEdits(id, holder, nullptr);
        },
        [](bool) {});
}

} // namespace almanac
