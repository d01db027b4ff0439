#include "sqlvalues.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

// The parts of a draft (takeaways, sections, timeline, topics, FAQ, related
// guides, sources): one table each, one row per item in order.

namespace almanac {

namespace {

QString sourceKeysToText(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QStringList sourceKeysFromText(const QString &text)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}
} // namespace

bool Workspace::loadParts(Guide &g) const
{
    // Reads every row of one part, in order, handing each to fn.
    auto rows = [&](const QString &sql, auto fn) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(g.id);
        if (!q.exec())
            return false;
        while (q.next())
            fn(q);
        return true;
    };
    return rows(QStringLiteral("SELECT id, text FROM takeaways WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) {
                    g.takeaways.append({q.value(0).toString(), q.value(1).toString()});
                }) &&
           rows(QStringLiteral("SELECT id, heading, body FROM sections WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) {
                    g.sections.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
                }) &&
           rows(QStringLiteral("SELECT id, date, title, description, source_keys, timelinejs FROM "
                               "timeline_entries WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) {
                    g.timeline.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), sourceKeysFromText(q.value(4).toString()),
                                       jsonFromText(q.value(5).toString())});
                }) &&
           rows(QStringLiteral("SELECT name FROM topics WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) { g.topics.append(q.value(0).toString()); }) &&
           rows(QStringLiteral(
                    "SELECT id, question, answer FROM faq_entries WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) {
                    g.faq.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
                }) &&
           rows(QStringLiteral("SELECT slug FROM related_guides WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) { g.related.append(q.value(0).toString()); }) &&
           rows(QStringLiteral(
                    "SELECT id, source_key, outlet, title, url, published, accessed, relevance, summary, csl "
                    "FROM sources WHERE guide_id = ? ORDER BY position"),
                [&](QSqlQuery &q) {
                    g.sources.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                      q.value(6).toString(), q.value(7).toInt(), q.value(8).toString(),
                                      jsonFromText(q.value(9).toString())});
                });
}

bool Workspace::writeParts(const Guide &g, QString *error)
{
    QSqlQuery q(m_db);
    for (const char *table : {"takeaways", "sections", "timeline_entries", "topics", "faq_entries",
                              "related_guides", "sources"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE guide_id = ?").arg(QLatin1StringView(table)));
        if (!execBound(q, {g.id}, error))
            return false;
    }
    // Inserts one row per item of a part, with its position.
    auto insert = [&](const QString &sql, const auto &items, auto values) {
        q.prepare(sql);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVariantList v{g.id, i};
            v += values(items[i]);
            if (!execBound(q, v, error))
                return false;
        }
        return true;
    };
    return insert(QStringLiteral("INSERT INTO takeaways (guide_id, position, id, text) VALUES (?, ?, ?, ?)"),
                  g.takeaways,
                  [](const Takeaway &t) {
                      return QVariantList{t.id, t.text};
                  }) &&
           insert(QStringLiteral(
                      "INSERT INTO sections (guide_id, position, id, heading, body) VALUES (?, ?, ?, ?, ?)"),
                  g.sections,
                  [](const Section &s) {
                      return QVariantList{s.id, s.heading, s.body};
                  }) &&
           insert(QStringLiteral(
                      "INSERT INTO timeline_entries (guide_id, position, id, date, title, description, "
                      "source_keys, timelinejs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  g.timeline,
                  [](const TimelineEntry &e) {
                      return QVariantList{e.id,
                                          e.date,
                                          e.title,
                                          e.description,
                                          sourceKeysToText(e.sources),
                                          jsonToText(e.timelinejs)};
                  }) &&
           insert(QStringLiteral("INSERT INTO topics (guide_id, position, name) VALUES (?, ?, ?)"), g.topics,
                  [](const QString &t) { return QVariantList{t}; }) &&
           insert(QStringLiteral("INSERT INTO faq_entries (guide_id, position, id, question, answer) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  g.faq,
                  [](const FaqEntry &f) {
                      return QVariantList{f.id, f.question, f.answer};
                  }) &&
           insert(QStringLiteral("INSERT INTO related_guides (guide_id, position, slug) VALUES (?, ?, ?)"),
                  g.related, [](const QString &s) { return QVariantList{s}; }) &&
           insert(
               QStringLiteral("INSERT INTO sources (guide_id, position, id, source_key, outlet, title, url, "
                              "published, accessed, relevance, summary, csl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?)"),
               g.sources, [](const Source &s) {
                   return QVariantList{s.id,        s.key,      s.outlet,    s.title,   s.url,
                                       s.published, s.accessed, s.relevance, s.summary, jsonToText(s.csl)};
               });
}

} // namespace almanac
