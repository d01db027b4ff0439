#include "window/guidelistmodel.h"

#include "store/workspacesession.h"

namespace almanac {

GuideListModel::GuideListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuideListModel::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &WorkspaceSession::cacheChanged, this, &GuideListModel::reload);
    reload();
}

void GuideListModel::setFilter(const QString &text)
{
    m_filter = text;
    reload();
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

void GuideListModel::setRows(const QList<GuideSummary> &rows)
{
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
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(s.title, s.slug);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return s.title;
        case Subject:
            return s.subject;
        case State:
            return s.status == QLatin1String("archived") ? tr("archived") : tr("draft");
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
