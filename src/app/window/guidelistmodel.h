#pragma once

#include "store/reviewstate.h"
#include "store/workspace.h"

class QTimer;

#include <QAbstractTableModel>

namespace almanac {

class WorkspaceSession;

// The workspace's guides as a table: title, subject, review state, updated,
// from the session's cache and current with it (a review step anywhere shows
// at once), and filtered by review stage if asked. A filter narrows it to full-text search
// hits, best first, searched on the session's worker. A guide someone else has
// open carries a mark and their names.
class GuideListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Subject,
        State,
        Updated,
        ColumnCount
    };
    enum Role
    {
        SlugRole = Qt::UserRole + 1,
        StageRole,   // ReviewState::stageKey of the guide's stage
        PresenceRole // who else has the guide open: "bo (typing), cy", or ""
    };

    explicit GuideListModel(QObject *parent = nullptr);

    void setSession(WorkspaceSession *session);
    // Rows from the session's cache (and the search again, when filtered).
    void reload();
    // Shows only the guides that match what was typed ("" shows all).
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Shows only guides in one review stage (a ReviewState::stageKey; "" shows all;
    // awaitingMyReview: in review, made by someone other than who logged in).
    void setStageFilter(const QString &stageKey);
    static inline const QString awaitingMyReview = QStringLiteral("awaiting-my-review");
    QString stageFilter() const { return m_stageFilter; }
    // "in review (v4), live v2": a guide's place in the workflow, for people.
    static QString stateText(const ReviewState &state, bool archived);
    static QString stageName(ReviewState::Stage stage);
    // Shows a guide's new title, state and so on in its row; false if it has no row.
    bool updateRow(const GuideSummary &summary);
    QString slugAt(int row) const;
    int rowOf(const QString &slug) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A filtered list has the search's answer.
    void searchFinished();

private:
    void setRows(QList<GuideSummary> rows);
    ReviewState stateOf(const GuideSummary &summary) const;

    WorkspaceSession *m_session = nullptr;
    QString m_filter;
    QString m_stageFilter;
    QList<GuideSummary> m_rows;
    int m_searchGeneration = 0; // only the newest search's answer is shown
};

} // namespace almanac
