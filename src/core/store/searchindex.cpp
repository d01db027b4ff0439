#include "searchindex.h"

#include "dialect.h"
#include "searchquery.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>

namespace almanac::searchindex {

namespace {

struct Fields
{
    QStringList takeaways, sections, timeline, faq, sources;
};

Fields fieldsOf(const Guide &g)
{
    Fields f;
    for (const Takeaway &t : g.takeaways)
        f.takeaways << t.text;
    for (const Section &s : g.sections)
        f.sections << s.heading << s.body;
    for (const TimelineEntry &e : g.timeline)
        f.timeline << e.title << e.description;
    for (const FaqEntry &e : g.faq)
        f.faq << e.question << e.answer;
    for (const Source &s : g.sources)
        f.sources << s.outlet << s.title << s.summary;
    return f;
}

} // namespace

bool write(QSqlDatabase &db, const Guide &g, qint64 num, QString *error)
{
    if (!remove(db, num, error))
        return false;
    const Fields f = fieldsOf(g);
    QSqlQuery q(db);
    if (dialect::isPostgres(db)) {
        q.prepare(QStringLiteral("INSERT INTO guide_search (num, document) VALUES (?,"
                                 " setweight(to_tsvector('simple', unaccent(?)), 'A') ||"
                                 " setweight(to_tsvector('simple', unaccent(?)), 'B') ||"
                                 " setweight(to_tsvector('simple', unaccent(?)), 'C') ||"
                                 " setweight(to_tsvector('simple', unaccent(?)), 'D'))"));
        return execBound(q,
                         {num, g.title, QStringList{g.subject, g.tldr, f.takeaways.join(u'\n')}.join(u'\n'),
                          (f.sections + f.faq).join(u'\n'), (f.timeline + g.topics + f.sources).join(u'\n')},
                         error);
    }
    q.prepare(QStringLiteral("INSERT INTO guide_search (rowid, title, subject, tldr, body, sources) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const QStringList body = f.takeaways + f.sections + f.timeline + f.faq + g.topics;
    return execBound(q, {num, g.title, g.subject, g.tldr, body.join(u'\n'), f.sources.join(u'\n')}, error);
}

bool remove(QSqlDatabase &db, qint64 num, QString *error)
{
    QSqlQuery q(db);
    q.prepare(dialect::isPostgres(db) ? QStringLiteral("DELETE FROM guide_search WHERE num = ?")
                                      : QStringLiteral("DELETE FROM guide_search WHERE rowid = ?"));
    return execBound(q, {num}, error);
}

QString searchStatement(const QSqlDatabase &db)
{
    // Rank inside the full-text index first, then join the few best rows. On
    // PostgreSQL that is almanac_search() (schema migration 9), planned once.
    if (dialect::isPostgres(db))
        return QStringLiteral("SELECT o_slug, o_title, o_subject, o_score FROM almanac_search(?, ?)");
    return QStringLiteral("SELECT g.slug, g.title, g.subject, r.score FROM "
                          "(SELECT rowid, bm25(guide_search, 10.0, 5.0, 3.0, 1.0, 1.0) AS score "
                          " FROM guide_search WHERE guide_search MATCH ? ORDER BY score LIMIT ?) AS r "
                          "JOIN guides AS g ON g.num = r.rowid ORDER BY r.score");
}

QString matchExpression(const QSqlDatabase &db, const QString &typed, bool prefix)
{
    return dialect::isPostgres(db) ? toTsQuery(typed, prefix) : toFtsQuery(typed, prefix);
}

} // namespace almanac::searchindex
