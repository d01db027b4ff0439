#include "dialect.h"
#include "messages.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QSqlQuery>

// Full-text search over the drafts, through the index of the workspace's
// database (FTS5 on SQLite, a weighted tsvector on PostgreSQL).

namespace almanac {

QList<SearchHit> Workspace::search(const QString &query, int limit, bool prefix, QString *error) const
{
    QList<SearchHit> out;
    const QString match = searchindex::matchExpression(m_db, query, prefix);
    if (match.isEmpty())
        return out;
    if (!m_searchQuery) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        // Forward only on SQLite; on PostgreSQL that is libpq's single-row mode, a
        // result per row: the few rows of a search come faster in one.
        q->setForwardOnly(!dialect::isPostgres(m_db));
        if (!q->prepare(searchindex::searchStatement(m_db))) {
            if (error)
                //: What failed, in "WORKSPACE: search: why"
                *error = fail(StoreText::tr("search"), sqlErrorText(q->lastError()));
            return out;
        }
        m_searchQuery = std::move(q);
    }
    QSqlQuery &q = *m_searchQuery;
    q.bindValue(0, match);
    q.bindValue(1, limit);
    if (!q.exec()) {
        if (error)
            //: What failed, in "WORKSPACE: search: why"
            *error = fail(StoreText::tr("search"), sqlErrorText(q.lastError()));
        q.finish();
        return out;
    }
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble()});
    q.finish(); // ends the read, keeps the statement prepared
    return out;
}

} // namespace almanac
