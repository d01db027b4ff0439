#include "window/guidelistmodel.h"

#include "store/workspacesession.h"
#include "window/presencemarks.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace almanac {

namespace {

// A round mark per stage, so that what needs someone stands out in the list.
QPixmap stageMark(ReviewState::Stage stage)
{
    static QHash<int, QPixmap> marks;
    const int key = static_cast<int>(stage);
    if (const auto it = marks.constFind(key); it != marks.cend())
        return *it;
    QColor color;
    switch (stage) {
    case ReviewState::Stage::Draft:
        color = QColor(0x9e, 0x9e, 0x9e);
        break;
    case ReviewState::Stage::InReview:
        color = QColor(0x1e, 0x88, 0xe5);
        break;
    case ReviewState::Stage::ChangesRequested:
        color = QColor(0xe5, 0x39, 0x35);
        break;
    case ReviewState::Stage::Approved:
        color = QColor(0x8e, 0x24, 0xaa);
        break;
    case ReviewState::Stage::Live:
        color = QColor(0x43, 0xa0, 0x47);
        break;
    case ReviewState::Stage::LiveNewerDraft:
        color = QColor(0xf9, 0xa8, 0x25);
        break;
    }
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    marks.insert(key, pixmap);
    return pixmap;
}

} // namespace

GuideListModel::GuideListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuideListModel::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &WorkspaceSession::cacheChanged, this, &GuideListModel::reload);
        connect(m_session, &WorkspaceSession::presenceChanged, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, Title), index(static_cast<int>(m_rows.size()) - 1, Title));
        });
    }
    reload();
}

void GuideListModel::setFilter(const QString &text)
{
    m_filter = text;
    reload();
}

void GuideListModel::setStageFilter(const QString &stageKey)
{
    m_stageFilter = stageKey;
    reload();
}

ReviewState GuideListModel::stateOf(const GuideSummary &summary) const
{
    return m_session ? m_session->cache().reviewStates.value(summary.id) : ReviewState();
}

QString GuideListModel::stageName(ReviewState::Stage stage)
{
    switch (stage) {
    case ReviewState::Stage::Draft:
        return tr("Draft only");
    case ReviewState::Stage::InReview:
        return tr("In review");
    case ReviewState::Stage::ChangesRequested:
        return tr("Changes requested");
    case ReviewState::Stage::Approved:
        return tr("Approved");
    case ReviewState::Stage::Live:
        return tr("Live");
    case ReviewState::Stage::LiveNewerDraft:
        return tr("Live, newer draft");
    }
    return {};
}

QString GuideListModel::stateText(const ReviewState &s, bool archived)
{
    QString text;
    switch (s.stage) {
    case ReviewState::Stage::Draft:
        text = s.latest > 0 ? tr("draft (v%1 not submitted)").arg(s.latest) : tr("draft only");
        break;
    case ReviewState::Stage::InReview:
        text = tr("in review (v%1)").arg(s.latest);
        break;
    case ReviewState::Stage::ChangesRequested:
        text = tr("changes requested (v%1)").arg(s.latest);
        break;
    case ReviewState::Stage::Approved:
        text = tr("approved (v%1)").arg(s.latest);
        break;
    case ReviewState::Stage::Live:
        return archived ? tr("live v%1, archived").arg(s.live) : tr("live v%1").arg(s.live);
    case ReviewState::Stage::LiveNewerDraft:
        text = tr("live v%1, newer draft").arg(s.live);
        break;
    }
    // A version on its way does not hide the one readers see.
    if (s.live > 0 && s.stage != ReviewState::Stage::LiveNewerDraft)
        text = tr("%1, live v%2").arg(text).arg(s.live);
    return archived ? tr("%1, archived").arg(text) : text;
}

void GuideListModel::reload()
{
    if (!m_session) {
        setRows({});
        return;
    }
    if (m_filter.trimmed().isEmpty()) {
        ++m_searchGeneration;
        setRows(m_session->cache().guides);
        return;
    }
    const int generation = ++m_searchGeneration;
    m_session->run(
        this, [query = m_filter](Workspace &ws) { return ws.search(query, 500, true, nullptr); },
        [this, generation](const QList<SearchHit> &hits) {
            if (generation != m_searchGeneration)
                return; // the filter moved on meanwhile
            QHash<QString, qsizetype> bySlug;
            const QList<GuideSummary> &all = m_session->cache().guides;
            for (qsizetype i = 0; i < all.size(); ++i)
                bySlug.insert(all[i].slug, i);
            QList<GuideSummary> rows;
            for (const SearchHit &hit : hits) {
                if (const auto it = bySlug.constFind(hit.slug); it != bySlug.cend())
                    rows << all[*it];
            }
            setRows(rows);
            Q_EMIT searchFinished();
        });
}

void GuideListModel::setRows(QList<GuideSummary> rows)
{
    if (m_stageFilter == awaitingMyReview) {
        const QString me = m_session ? m_session->cache().me.name : QString();
        rows.removeIf([this, &me](const GuideSummary &s) { return !stateOf(s).awaitsReviewBy(me); });
    } else if (!m_stageFilter.isEmpty()) {
        rows.removeIf([this](const GuideSummary &s) {
            return ReviewState::stageKey(stateOf(s).stage) != m_stageFilter;
        });
    }
    // The same guides in the same order (another program saved one): change
    // the rows in place, so that the selection and the scroll position stay.
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows[i].id == m_rows[i].id;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool GuideListModel::updateRow(const GuideSummary &summary)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == summary.id) {
            m_rows[i] = summary;
            Q_EMIT dataChanged(index(static_cast<int>(i), 0), index(static_cast<int>(i), ColumnCount - 1));
            return true;
        }
    }
    return false;
}

QString GuideListModel::slugAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].slug : QString();
}

int GuideListModel::rowOf(const QString &slug) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].slug == slug)
            return i;
    }
    return -1;
}

int GuideListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GuideListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuideListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuideSummary &s = m_rows[index.row()];
    if (role == SlugRole)
        return s.slug;
    if (role == StageRole)
        return ReviewState::stageKey(stateOf(s).stage);
    if (index.column() == State && role == Qt::DecorationRole)
        return stageMark(stateOf(s).stage);
    if (index.column() == State && role == Qt::ToolTipRole) {
        const ReviewState state = stateOf(s);
        if (state.stage == ReviewState::Stage::ChangesRequested)
            return tr("%1 asked for changes: %2").arg(state.noteBy, state.note);
        return stageName(state.stage);
    }
    if (role == PresenceRole || (index.column() == Title && role == Qt::DecorationRole)) {
        const QList<Presence> present = m_session ? m_session->presenceIn(s.id) : QList<Presence>();
        if (role == PresenceRole)
            return presence::describe(present);
        return present.isEmpty() ? QVariant() : QVariant(PresenceMarks::markFor(present));
    }
    if (role == Qt::ToolTipRole) {
        const QString present = m_session ? presence::describe(m_session->presenceIn(s.id)) : QString();
        return present.isEmpty() ? QStringLiteral("%1\n%2").arg(s.title, s.slug)
                                 : tr("%1\n%2\nOpen by %3").arg(s.title, s.slug, present);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return s.title;
        case Subject:
            return s.subject;
        case State:
            return stateText(stateOf(s), s.status == QLatin1String("archived"));
        case Updated:
            // Year first, so that sorting the column by its text sorts by time.
            return s.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        default:
            break;
        }
    }
    if (role == Qt::UserRole && index.column() == Updated)
        return s.updated; // sorts by time, not by its text
    return {};
}

QVariant GuideListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Subject:
        return tr("Subject");
    case State:
        return tr("State");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace almanac
