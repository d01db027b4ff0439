#include "schema.h"

#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace almanac::schema {

namespace {

struct Migration
{
    int version;
    QStringList portable;     // runs on SQLite and PostgreSQL alike
    QStringList sqliteOnly;   // the dialect layer: what SQLite says its own way
    QStringList postgresOnly; // and PostgreSQL
};

// Keep the SQL portable: TEXT and INTEGER columns, no AUTOINCREMENT, ISO 8601
// timestamps as text, ON CONFLICT upserts.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {
             QStringLiteral("CREATE TABLE almanac_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE guides ("
                            " id TEXT PRIMARY KEY,"
                            " num INTEGER NOT NULL UNIQUE,"
                            " slug TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " level TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " created TEXT NOT NULL,"
                            " updated TEXT NOT NULL,"
                            " tldr TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE takeaways ("
                            " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL, id TEXT NOT NULL, text TEXT NOT NULL,"
                            " PRIMARY KEY (guide_id, position))"),
             QStringLiteral(
                 "CREATE TABLE sections ("
                 " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL, id TEXT NOT NULL, heading TEXT NOT NULL, body TEXT NOT NULL,"
                 " PRIMARY KEY (guide_id, position))"),
             QStringLiteral(
                 "CREATE TABLE timeline_entries ("
                 " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL, id TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL,"
                 " description TEXT NOT NULL, source_keys TEXT NOT NULL,"
                 " PRIMARY KEY (guide_id, position))"),
             QStringLiteral("CREATE TABLE topics ("
                            " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL, name TEXT NOT NULL,"
                            " PRIMARY KEY (guide_id, position))"),
             QStringLiteral(
                 "CREATE TABLE faq_entries ("
                 " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL, id TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL,"
                 " PRIMARY KEY (guide_id, position))"),
             QStringLiteral("CREATE TABLE related_guides ("
                            " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL, slug TEXT NOT NULL,"
                            " PRIMARY KEY (guide_id, position))"),
             QStringLiteral(
                 "CREATE TABLE sources ("
                 " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL, id TEXT NOT NULL, source_key TEXT NOT NULL,"
                 " outlet TEXT NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL, published TEXT NOT NULL,"
                 " accessed TEXT NOT NULL, relevance INTEGER NOT NULL, summary TEXT NOT NULL,"
                 " PRIMARY KEY (guide_id, position))"),
             QStringLiteral("CREATE INDEX sources_by_outlet ON sources (outlet)"),
         },
         {
             QStringLiteral("CREATE VIRTUAL TABLE guide_search USING fts5("
                            "title, subject, tldr, body, sources, tokenize = 'unicode61 remove_diacritics "
                            "2', prefix = '2 3')"),
         },
         // One weighted tsvector per guide, keyed like FTS5's rowid; accents
         // folded by unaccent (a trusted extension in PostgreSQL 13 and later).
         {
             QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
             QStringLiteral(
                 "CREATE TABLE guide_search (num INTEGER PRIMARY KEY, document TSVECTOR NOT NULL)"),
             QStringLiteral("CREATE INDEX guide_search_document ON guide_search USING GIN (document)"),
         }},
        {2,
         {
             // Immutable snapshots: canonical almanac-guide/1 JSON and its SHA-256.
             QStringLiteral(
                 "CREATE TABLE versions ("
                 " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                 " number INTEGER NOT NULL, state TEXT NOT NULL, author TEXT NOT NULL,"
                 " created TEXT NOT NULL, note TEXT NOT NULL, content TEXT NOT NULL, sha256 TEXT NOT NULL,"
                 " PRIMARY KEY (guide_id, number))"),
             // Who did what to a version, and when.
             QStringLiteral(
                 "CREATE TABLE version_events ("
                 " guide_id TEXT NOT NULL, number INTEGER NOT NULL, seq INTEGER NOT NULL,"
                 " action TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT NOT NULL,"
                 " actor TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL,"
                 " PRIMARY KEY (guide_id, number, seq),"
                 " FOREIGN KEY (guide_id, number) REFERENCES versions(guide_id, number) ON DELETE CASCADE)"),
             // Reviewers' comments, anchored to a part by its stable id.
             QStringLiteral("CREATE TABLE comments ("
                            " id TEXT PRIMARY KEY,"
                            " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                            " version_number INTEGER NOT NULL, part TEXT NOT NULL, part_id TEXT NOT NULL,"
                            " author TEXT NOT NULL, created TEXT NOT NULL, body TEXT NOT NULL,"
                            " resolved_by TEXT NOT NULL, resolved_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX comments_by_guide ON comments (guide_id)"),
             QStringLiteral("ALTER TABLE guides ADD COLUMN live_version INTEGER"),
         },
         {},
         {}},
        {3,
         {
             // Every write to a draft raises its revision; writers compare and set.
             QStringLiteral("ALTER TABLE guides ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
             // Recent drafts by revision: the base a stale writer merges from.
             QStringLiteral("CREATE TABLE draft_revisions ("
                            " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                            " revision INTEGER NOT NULL, content TEXT NOT NULL,"
                            " PRIMARY KEY (guide_id, revision))"),
             // Edits that met a conflict, kept until a person decides.
             QStringLiteral("CREATE TABLE held_edits ("
                            " guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,"
                            " holder TEXT NOT NULL, base_revision INTEGER NOT NULL, content TEXT NOT NULL,"
                            " author TEXT NOT NULL, at TEXT NOT NULL,"
                            " PRIMARY KEY (guide_id, holder))"),
         },
         // The change feed: one row per write, in the write's transaction. No
         // foreign key: a removed guide's last change outlives it.
         {
             QStringLiteral("CREATE TABLE changes (seq INTEGER PRIMARY KEY, guide_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL, revision INTEGER NOT NULL, actor TEXT NOT NULL,"
                            " at TEXT NOT NULL)"),
         },
         {
             QStringLiteral("CREATE TABLE changes (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                            " guide_id TEXT NOT NULL, kind TEXT NOT NULL, revision INTEGER NOT NULL,"
                            " actor TEXT NOT NULL, at TEXT NOT NULL)"),
             // Listeners hear the sequence number when the write commits (ids only, never rows).
             QStringLiteral(
                 "CREATE FUNCTION almanac_notify_change() RETURNS trigger LANGUAGE plpgsql AS "
                 "$$BEGIN PERFORM pg_notify('almanac_changes', NEW.seq::text); RETURN NULL; END$$"),
             QStringLiteral("CREATE TRIGGER changes_notify AFTER INSERT ON changes FOR EACH ROW "
                            "EXECUTE FUNCTION almanac_notify_change()"),
         }},
        {4,
         {
             // A draft whose slug another guide has (or that is no slug yet) is
             // still saved: it keeps the slug it had, and the one it asks for
             // waits here, a lint error that blocks versions until it is free.
             QStringLiteral("ALTER TABLE guides ADD COLUMN wanted_slug TEXT NOT NULL DEFAULT ''"),
             // Guides deleted from the workstation, whole, until they are put back.
             QStringLiteral("CREATE TABLE trash (guide_id TEXT PRIMARY KEY, slug TEXT NOT NULL,"
                            " title TEXT NOT NULL, content TEXT NOT NULL, actor TEXT NOT NULL,"
                            " at TEXT NOT NULL)"),
         },
         {},
         {}},
        {5,
         {
             // Imported records kept whole, as compact JSON ('' for none): a source's CSL-JSON
             // item, a timeline entry's TimelineJS slide fields, a guide's TimelineJS title
             // slide, eras and scale.
             QStringLiteral("ALTER TABLE sources ADD COLUMN csl TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN timelinejs TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE guides ADD COLUMN timelinejs TEXT NOT NULL DEFAULT ''"),
         },
         {},
         {}},
        {6,
         {
             // The spelling check's own words, one row each: two people adding
             // words at once both keep theirs (the list in almanac_meta is read too).
             QStringLiteral("CREATE TABLE personal_words (word TEXT PRIMARY KEY)"),
             // Who has which guide open, and when they last typed in it
             // (seconds since 1970 on the database's clock): store/presence.h.
             QStringLiteral("CREATE TABLE presence (client TEXT NOT NULL, guide_id TEXT NOT NULL,"
                            " person TEXT NOT NULL, seen BIGINT NOT NULL, typing BIGINT NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (client, guide_id, person))"),
         },
         {},
         {
             // Listeners hear of arrivals, departures and typing, not of heartbeats.
             QStringLiteral(
                 "CREATE FUNCTION almanac_notify_presence() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
                 "IF TG_OP = 'UPDATE' AND NEW.typing = OLD.typing AND NEW.person = OLD.person THEN "
                 "RETURN NULL; END IF; "
                 "PERFORM pg_notify('almanac_presence', COALESCE(NEW.guide_id, OLD.guide_id)); "
                 "RETURN NULL; END$$"),
             QStringLiteral("CREATE TRIGGER presence_notify AFTER INSERT OR UPDATE OR DELETE ON presence "
                            "FOR EACH ROW EXECUTE FUNCTION almanac_notify_presence()"),
         }},
        {7,
         {
             // The language a guide is written in: a BCP 47 tag, '' for English (guide/language.h).
             QStringLiteral("ALTER TABLE guides ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
             // The draft revision a version was made from (0: made before this was kept):
             // a draft saved since the live version is a newer draft, even within its second.
             QStringLiteral("ALTER TABLE versions ADD COLUMN draft_revision INTEGER NOT NULL DEFAULT 0"),
         },
         {},
         {}},
        {8,
         {
             // A comment's passage: the words quoted from its item's text as
             // that version has it, and where they start there ('' for the whole item).
             QStringLiteral("ALTER TABLE comments ADD COLUMN quote TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE comments ADD COLUMN quote_start INTEGER NOT NULL DEFAULT 0"),
             // A reply: the id of its thread's first comment, which holds the thread's state.
             QStringLiteral("ALTER TABLE comments ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''"),
         },
         {},
         {}},
        {9,
         {},
         {},
         {
             // Full-text search on PostgreSQL as one function with a generic plan
             // kept for the session: planning the search again for every query
             // (a custom plan, with the words' selectivity estimated each time)
             // cost more than running it (issue 11's benchmark, docs/benchmarks.md).
             QStringLiteral(
                 "CREATE OR REPLACE FUNCTION almanac_search(p_query TEXT, p_limit INTEGER)"
                 " RETURNS TABLE (o_slug TEXT, o_title TEXT, o_subject TEXT, o_score REAL)"
                 " LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$"
                 " BEGIN"
                 " RETURN QUERY SELECT g.slug, g.title, g.subject, r.score FROM"
                 " (SELECT s.num, -ts_rank_cd(s.document, m.q, 1) AS score"
                 " FROM guide_search AS s, (SELECT to_tsquery('simple', unaccent(p_query)) AS q) AS m"
                 " WHERE s.document @@ m.q ORDER BY score, s.num LIMIT p_limit) AS r"
                 " JOIN guides AS g ON g.num = r.num ORDER BY r.score, r.num;"
                 " END $$"),
             // Each save goes into the index at once rather than into GIN's
             // pending list, which every search reads through to its end: with
             // autosaves coming in all day the list stays long, and a two-word
             // search took twice as long (about 3 ms more per save instead).
             QStringLiteral("ALTER INDEX guide_search_document SET (fastupdate = off)"),
             QStringLiteral("SELECT gin_clean_pending_list('guide_search_document'::regclass)"),
         }},
    };
    return list;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

int latestVersion()
{
    return migrations().constLast().version;
}

int currentVersion(QSqlDatabase &db, QString *error)
{
    // A read that fails says why: on a full disk SQLite cannot make its
    // shared-memory file, and the list of tables below would just be empty.
    QSqlQuery probe(db);
    if (!probe.exec(db.driverName() == QLatin1String("QSQLITE")
                        ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                        : QStringLiteral("SELECT 1"))) {
        if (error)
            *error = sqlErrorText(probe.lastError());
        return -1;
    }
    probe.finish();
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("almanac_meta")))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT key, value FROM almanac_meta WHERE key IN ('application', 'schema_version')"));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    QString application;
    int version = -1;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else
            version = q.value(1).toString().toInt();
    }
    return application == QLatin1String("almanac-studio") ? version : -1;
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    for (const Migration &m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &sql : m.portable)
            ok = ok && exec(db, sql, error);
        for (const QString &sql : sqlite ? m.sqliteOnly : m.postgresOnly)
            ok = ok && exec(db, sql, error);
        if (ok && m.version == 1)
            ok = exec(db,
                      QStringLiteral(
                          "INSERT INTO almanac_meta (key, value) VALUES ('application', 'almanac-studio')"),
                      error);
        if (ok)
            ok = exec(db,
                      QStringLiteral("INSERT INTO almanac_meta (key, value) VALUES ('schema_version', '%1') "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                          .arg(m.version),
                      error);
        if (!ok || !db.commit()) {
            if (ok && error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace almanac::schema
