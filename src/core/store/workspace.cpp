#include "workspace.h"

#include "dialect.h"
#include "guide/validate.h"
#include "io/guidefile.h"
#include "messages.h"
#include "schema.h"
#include "searchindex.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace almanac {

namespace {

QString toText(const QDateTime &t)
{
    return guide::timestampText(t);
}

QDateTime fromText(const QString &s)
{
    return guide::timestampFromText(s);
}

} // namespace

Workspace::~Workspace()
{
    m_searchQuery.reset(); // before the connection goes
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::fail(const QString &what, const QString &detail) const
{
    // A database error says "disk I/O error"; the disk itself says why.
    const QString trouble = dialect::isPostgres(m_db) ? QString() : diskTrouble(m_path);
    if (!trouble.isEmpty() && !detail.contains(trouble))
        return QStringLiteral("%1: %2: %3 (%4)").arg(m_path, what, trouble, detail);
    return QStringLiteral("%1: %2: %3").arg(m_path, what, detail);
}

int Workspace::schemaVersion() const
{
    auto db = m_db;
    return schema::currentVersion(db, nullptr);
}

std::optional<GuideSummary> Workspace::guideSummary(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, slug, title, subject, level, status, updated FROM guides WHERE id = ?"));
    if (!execBound(q, {id}, nullptr) || !q.next())
        return std::nullopt;
    return GuideSummary{q.value(0).toString(),          q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),          q.value(4).toString(), q.value(5).toString(),
                        fromText(q.value(6).toString())};
}

QList<GuideSummary> Workspace::guides() const
{
    QList<GuideSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT id, slug, title, subject, level, status, updated FROM guides ORDER BY title, slug"));
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    fromText(q.value(6).toString())});
    }
    return out;
}

QHash<QString, QString> Workspace::guideIdsBySlug() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT slug, id FROM guides"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QHash<QString, QString> Workspace::titlesBySlug() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT slug, title FROM guides"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QStringList Workspace::outlets() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT DISTINCT outlet FROM sources WHERE outlet <> '' ORDER BY outlet"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Workspace::personalWords() const
{
    QStringList words;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT word FROM personal_words"));
    while (q.next())
        words << q.value(0).toString();
    // Words added before they had a table of their own.
    q.exec(QStringLiteral("SELECT value FROM almanac_meta WHERE key = 'personal_words'"));
    if (q.next())
        words << q.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
    words.sort();
    words.removeDuplicates();
    return words;
}

bool Workspace::addPersonalWord(const QString &word, QString *error)
{
    if (word.trimmed().isEmpty() || word.contains(u'\n'))
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO personal_words (word) VALUES (?) ON CONFLICT (word) DO NOTHING"));
    return execBound(q, {word}, error);
}

LintContext Workspace::lintContext() const
{
    LintContext ctx;
    ctx.guideIdBySlug = guideIdsBySlug();
    ctx.knowsWorkspace = true;
    return ctx;
}

std::optional<Guide> Workspace::guide(const QString &slug) const
{
    auto d = draft(slug);
    return d ? std::optional<Guide>(std::move(d->guide)) : std::nullopt;
}

std::optional<Guide> Workspace::guideById(const QString &id) const
{
    auto d = draftById(id);
    return d ? std::optional<Guide>(std::move(d->guide)) : std::nullopt;
}

std::optional<Draft> Workspace::draft(const QString &slug) const
{
    return readDraft(QStringLiteral("slug"), slug);
}

std::optional<Draft> Workspace::draftById(const QString &id) const
{
    return readDraft(QStringLiteral("id"), id);
}

std::optional<Draft> Workspace::readDraft(const QString &column, const QString &value) const
{
    // One read transaction: the guide row and its parts from one snapshot, even
    // while another program commits.
    QSqlDatabase db = m_db;
    const bool own = dialect::beginRead(db);
    auto finish = [&](std::optional<Draft> d) {
        if (own)
            db.commit();
        return d;
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, slug, title, subject, kind, level, status, created, updated, tldr, "
                             "revision, wanted_slug, timelinejs, language FROM guides WHERE %1 = ?")
                  .arg(column));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return finish(std::nullopt);
    Draft d;
    Guide &g = d.guide;
    g.id = q.value(0).toString();
    g.slug = q.value(1).toString();
    g.title = q.value(2).toString();
    g.subject = q.value(3).toString();
    g.kind = q.value(4).toString();
    g.level = q.value(5).toString();
    g.status = q.value(6).toString();
    g.created = fromText(q.value(7).toString());
    g.updated = fromText(q.value(8).toString());
    g.tldr = q.value(9).toString();
    d.revision = q.value(10).toLongLong();
    // The draft holds the slug as the editor typed it, taken or not.
    if (!q.value(11).toString().isEmpty())
        g.slug = q.value(11).toString();
    g.timelinejs = jsonFromText(q.value(12).toString());
    g.language = q.value(13).toString();
    q.finish();
    if (!loadParts(g))
        return finish(std::nullopt);
    return finish(std::move(d));
}

std::optional<Guide> Workspace::draftAtRevision(const QString &id, qint64 revision) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM draft_revisions WHERE guide_id = ? AND revision = ?"));
    if (!execBound(q, {id, revision}, nullptr) || !q.next())
        return std::nullopt;
    return guidefile::read(q.value(0).toString().toUtf8(), QStringLiteral("revision %1").arg(revision),
                           nullptr);
}

bool Workspace::saveGuide(const Guide &g, QString *error)
{
    return saveGuides({g}, error);
}

bool Workspace::saveGuides(const QList<Guide> &list, QString *error)
{
    QList<DraftWrite> writes;
    for (const Guide &g : list)
        writes.append({g, anyRevision});
    const SaveResult r = saveDrafts(writes, QString());
    if (!r.ok() && error)
        *error = r.error;
    return r.ok();
}

SaveResult Workspace::saveDrafts(const QList<DraftWrite> &writes, const QString &actor)
{
    SaveResult result;
    auto failed = [&] {
        result.unreachable = result.status == SaveResult::Status::Failed && dialect::connectionLost(m_db);
        return result;
    };
    if (!beginWrite(&result.error))
        return failed();
    for (const DraftWrite &w : writes) {
        if (!writeDraft(w, actor, result)) {
            if (!dialect::connectionLost(m_db))
                m_db.rollback();
            return failed();
        }
    }
    QString detail;
    if (!commitWrite(&detail)) {
        result.status = SaveResult::Status::Failed;
        result.error = fail(StoreText::tr("cannot save"), detail);
        return failed();
    }
    return result;
}

bool Workspace::writeDraft(const DraftWrite &w, const QString &actor, SaveResult &result)
{
    const Guide &g = w.guide;
    QSqlQuery q(m_db);
    QString detail;
    // Compare and set: the row stays locked until this transaction ends.
    q.prepare(QStringLiteral("SELECT revision FROM guides WHERE id = ?") + dialect::forUpdate(m_db));
    if (!execBound(q, {g.id}, &detail)) {
        result.status = SaveResult::Status::Failed;
        result.error = fail(StoreText::tr("cannot save \"%1\"").arg(g.slug), detail);
        return false;
    }
    const qint64 stored = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (w.baseRevision != anyRevision && stored != w.baseRevision) {
        result.status = SaveResult::Status::Stale;
        result.revision = stored;
        result.guideId = g.id;
        result.error =
            stored == 0 ? fail(StoreText::tr("cannot save \"%1\"").arg(g.slug),
                               StoreText::tr("the guide was removed by another program; nothing was saved"))
            : w.baseRevision == 0
                ? fail(StoreText::tr("cannot save \"%1\"").arg(g.slug),
                       StoreText::tr("a guide with this id is already in the workspace; nothing was saved"))
                : fail(StoreText::tr("cannot save \"%1\"").arg(g.slug),
                       StoreText::tr("another program saved revision %1 since revision %2 was read; "
                                     "nothing was saved")
                           .arg(stored)
                           .arg(w.baseRevision));
        return false;
    }
    const qint64 revision = stored + 1;
    const QByteArray content = guidefile::write(g);
    if (!writeGuide(g, revision, w.keepUnclaimedSlug, &result.error)) {
        result.status = SaveResult::Status::Failed;
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO draft_revisions (guide_id, revision, content) VALUES (?, ?, ?)"));
    bool ok = execBound(q, {g.id, revision, QString::fromUtf8(content)}, &detail);
    q.prepare(QStringLiteral("DELETE FROM draft_revisions WHERE guide_id = ? AND revision <= ?"));
    ok = ok && execBound(q, {g.id, revision - keptRevisions}, &detail) &&
         appendChange(g.id, QStringLiteral("draft"), revision, actor, &detail);
    if (!ok) {
        result.status = SaveResult::Status::Failed;
        result.error = fail(StoreText::tr("cannot save \"%1\"").arg(g.slug), detail);
        return false;
    }
    result.status = SaveResult::Status::Saved;
    result.revision = revision;
    result.guideId = g.id;
    return true;
}

bool Workspace::hasUnclaimedSlug(const QString &guideId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT wanted_slug FROM guides WHERE id = ?"));
    return execBound(q, {guideId}, nullptr) && q.next() && !q.value(0).toString().isEmpty();
}

bool Workspace::writeGuide(const Guide &g, qint64 revision, bool keepUnclaimedSlug, QString *error)
{
    const QString what = StoreText::tr("cannot save \"%1\"").arg(g.slug);
    QString detail;
    auto failWith = [&](const QString &message) {
        if (error)
            *error = fail(what, message);
        return false;
    };
    // One validation for every writer: nothing a version reader would refuse is
    // stored. A slug still being typed (kept unclaimed, see below) is the one
    // value a draft may hold that a version may not.
    {
        Guide checked = g;
        if (keepUnclaimedSlug && !guide::isValidSlug(g.slug))
            checked.slug = QStringLiteral("slug-being-typed");
        if (const auto invalid = guide::validate(checked))
            return failWith(invalid->toString());
    }
    if (!guide::isValidId(g.id))
        return failWith(StoreText::tr("\"%1\" is not a guide id").arg(g.id));
    // The one place that decides who has a slug: the first guide to save it.
    QString unclaimed;
    if (!guide::isValidSlug(g.slug)) {
        if (!keepUnclaimedSlug)
            return failWith(StoreText::tr("\"%1\" is not a slug").arg(g.slug));
        unclaimed = g.slug;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, title FROM guides WHERE slug = ?"));
    if (unclaimed.isEmpty() && !execBound(q, {g.slug}, &detail))
        return failWith(detail);
    if (unclaimed.isEmpty() && q.next() && q.value(0).toString() != g.id) {
        if (!keepUnclaimedSlug)
            return failWith(
                StoreText::tr("the slug \"%1\" belongs to another guide (\"%2\"); nothing was saved")
                    .arg(g.slug, q.value(1).toString()));
        unclaimed = g.slug;
    }
    q.prepare(QStringLiteral("SELECT num, slug FROM guides WHERE id = ?"));
    if (!execBound(q, {g.id}, &detail))
        return failWith(detail);
    qint64 num = 0;
    // While its slug is unclaimed the guide keeps the one it has (a new guide: its id).
    QString slug = unclaimed.isEmpty() ? g.slug : g.id;
    if (q.next()) {
        num = q.value(0).toLongLong();
        if (!unclaimed.isEmpty())
            slug = q.value(1).toString();
    } else {
        q.exec(QStringLiteral("SELECT COALESCE(MAX(num), 0) + 1 FROM guides"));
        num = q.next() ? q.value(0).toLongLong() : 1;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO guides (id, num, slug, title, subject, kind, level, status, created, "
        "updated, tldr, revision, wanted_slug, timelinejs, language) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title, "
        "subject = excluded.subject, kind = excluded.kind, level = excluded.level, "
        "status = excluded.status, created = excluded.created, updated = excluded.updated, "
        "tldr = excluded.tldr, revision = excluded.revision, wanted_slug = excluded.wanted_slug, "
        "timelinejs = excluded.timelinejs, language = excluded.language"));
    if (!execBound(q,
                   {g.id, num, slug, g.title, g.subject, g.kind, g.level, g.status, toText(g.created),
                    toText(g.updated), g.tldr, revision, unclaimed, jsonToText(g.timelinejs), g.language},
                   &detail) ||
        !writeParts(g, &detail) || !searchindex::write(m_db, g, num, &detail))
        return failWith(detail);
    return true;
}

bool Workspace::setStatus(const QString &slug, const QString &status, QString *error)
{
    if (!guide::statuses.contains(status)) {
        if (error)
            *error = fail(slug, StoreText::tr("\"%1\" is not a status").arg(status));
        return false;
    }
    // Read, change, compare and set; another writer in between means read again.
    for (;;) {
        auto d = draft(slug);
        if (!d) {
            if (error)
                *error = fail(slug, StoreText::tr("no such guide"));
            return false;
        }
        d->guide.status = status;
        const SaveResult r = saveDraft(d->guide, d->revision, QString());
        if (r.status != SaveResult::Status::Stale) {
            if (!r.ok() && error)
                *error = r.error;
            return r.ok();
        }
    }
}

SaveResult Workspace::removeGuide(const QString &slug, const GuideRemoval &how)
{
    SaveResult result;
    if (!beginWrite(&result.error))
        return result;
    // Read under the write lock: what is checked and kept is what is removed.
    const auto d = draft(slug);
    auto abandon = [&](SaveResult::Status status, const QString &why) {
        m_db.rollback();
        result.status = status;
        result.error = why;
        return result;
    };
    if (!d)
        return abandon(SaveResult::Status::Failed, fail(slug, StoreText::tr("no such guide")));
    result.guideId = d->guide.id;
    result.revision = d->revision;
    if (how.baseRevision != anyRevision && d->revision != how.baseRevision) {
        return abandon(SaveResult::Status::Stale,
                       fail(slug, StoreText::tr("saved again since revision %1 (now %2); nothing was removed")
                                      .arg(how.baseRevision)
                                      .arg(d->revision)));
    }
    QString detail;
    if (how.keep && !how.keep(*d, &detail))
        return abandon(SaveResult::Status::Failed, detail);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT num FROM guides WHERE id = ?"));
    bool ok = execBound(q, {d->guide.id}, &detail) && q.next();
    const qint64 num = ok ? q.value(0).toLongLong() : 0;
    q.finish();
    ok = ok && searchindex::remove(m_db, num, &detail);
    q.prepare(QStringLiteral("DELETE FROM guides WHERE id = ?"));
    ok = ok && execBound(q, {d->guide.id}, &detail) &&
         appendChange(d->guide.id, QStringLiteral("removed"), d->revision + 1, how.actor, &detail);
    if (!ok)
        return abandon(SaveResult::Status::Failed, fail(slug, detail));
    if (!commitWrite(&detail)) {
        result.status = SaveResult::Status::Failed;
        result.error = fail(slug, detail);
        return result;
    }
    result.status = SaveResult::Status::Saved;
    result.revision = d->revision + 1;
    return result;
}

} // namespace almanac
