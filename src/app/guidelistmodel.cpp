#include "guidelistmodel.h"

namespace almanac {

GuideListModel::GuideListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuideListModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    reload();
}

void GuideListModel::setFilter(const QString &text)
{
    m_filter = text;
    reload();
}

void GuideListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace) {
        const QList<GuideSummary> all = m_workspace->guides();
        if (m_filter.trimmed().isEmpty()) {
            m_rows = all;
        } else {
            QHash<QString, GuideSummary> bySlug;
            for (const GuideSummary &s : all)
                bySlug.insert(s.slug, s);
            QString error;
            for (const SearchHit &hit : m_workspace->search(m_filter, 500, true, &error)) {
                if (bySlug.contains(hit.slug))
                    m_rows << bySlug.value(hit.slug);
            }
        }
    }
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
