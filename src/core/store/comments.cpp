// The review comments of VersionStore: threads on a version's items and on
// passages of their text, added and resolved on either kind of workspace.

#include "guide/items.h"
#include "messages.h"
#include "sqlvalues.h"
#include "team.h"
#include "versionstore.h"
#include "workspace.h"

namespace almanac {

namespace {

const char commentColumns[] = "id, version_number, part, part_id, author, created, body, resolved_by, "
                              "resolved_at, quote, quote_start, reply_to";

Comment commentAt(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toInt(),       q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(),    guide::timestampFromText(q.value(5).toString()),
            q.value(6).toString(), q.value(7).toString(),    guide::timestampFromText(q.value(8).toString()),
            q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toString()};
}

bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

// Gives a request the anchor it must have: a reply its thread's, checked to be
// in this guide; a new thread an item of the version, and its quote that item's text.
bool VersionStore::checkAnchor(const QString &slug, const QString &guideId, CommentRequest &r,
                               QString *error) const
{
    if (!r.replyTo.isEmpty()) {
        QSqlQuery q(m_workspace.database());
        if (!execSql(q,
                     QStringLiteral("SELECT %1 FROM comments WHERE id = ? AND guide_id = ?")
                         .arg(QLatin1String(commentColumns)),
                     {r.replyTo, guideId}, error))
            return false;
        if (!q.next())
            return failWith(
                error,
                StoreText::tr("%1: \"%2\" has no comment %3").arg(m_workspace.path(), slug, r.replyTo));
        const Comment to = commentAt(q);
        r.replyTo = to.isReply() ? to.replyTo : to.id;
        r.version = to.version;
        r.part = to.part;
        r.partId = to.partId;
        r.quote = to.quote;
        r.quoteStart = to.quoteStart;
        return true;
    }
    const auto g = content(slug, r.version, error);
    if (!g)
        return false;
    const auto text = items::text(*g, r.part, r.partId);
    if (!text)
        //: %4 is a part's name as guide files have it: takeaways, sections, timeline, faq, sources
        return failWith(error, StoreText::tr("%1: v%2 of \"%3\" has no %4 item with the id %5")
                                   .arg(m_workspace.path())
                                   .arg(r.version)
                                   .arg(slug, r.part, r.partId));
    if (!r.quote.isEmpty() &&
        (r.quoteStart < 0 || QStringView(*text).mid(r.quoteStart, r.quote.size()) != r.quote))
        return failWith(
            error,
            //: %4 is a character position; %5 a field's name as guide files have it (body, text...)
            StoreText::tr("%1: v%2 of \"%3\" does not have the quoted passage at %4 of its %5")
                .arg(m_workspace.path())
                .arg(r.version)
                .arg(slug)
                .arg(r.quoteStart)
                .arg(items::textField(r.part)));
    if (r.quote.isEmpty())
        r.quoteStart = 0;
    return true;
}

std::optional<Comment> VersionStore::addComment(const QString &slug, const CommentRequest &request,
                                                const QString &author, QString *error)
{
    if (request.body.trimmed().isEmpty()) {
        failWith(error, StoreText::tr("%1: a comment needs some text").arg(m_workspace.path()));
        return std::nullopt;
    }
    const QString gid = guideId(slug, error);
    CommentRequest r = request;
    if (gid.isEmpty() || !checkAnchor(slug, gid, r, error))
        return std::nullopt;
    // Whole seconds, as stored.
    const QDateTime now = guide::timestampFromText(guide::timestampText(QDateTime::currentDateTimeUtc()));
    Comment c{guide::newId(), r.version, r.part, r.partId, author,       now,
              r.body,         {},        {},     r.quote,  r.quoteStart, r.replyTo};
    const bool onTeam = team::isTeamWorkspace(m_workspace);
    QSqlDatabase db = m_workspace.database();
    if (!m_workspace.beginWrite(error))
        return std::nullopt;
    QSqlQuery q(db);
    // A team's server takes comments through a function that checks the
    // caller's roles and names them as the author: when and who, as it recorded them.
    if (onTeam) {
        if (!execSql(q,
                     QStringLiteral("SELECT almanac_comment(?, ?, CAST(? AS INTEGER), ?, ?, ?, ?, "
                                    "CAST(? AS INTEGER), ?), session_user"),
                     {c.id, gid, c.version, c.part, c.partId, c.body, c.quote, c.quoteStart, c.replyTo},
                     error) ||
            !q.next()) {
            db.rollback();
            return std::nullopt;
        }
        c.created = guide::timestampFromText(q.value(0).toString());
        c.author = q.value(1).toString();
        q.finish();
    } else if (!execSql(q,
                        QStringLiteral("INSERT INTO comments (id, guide_id, version_number, part, part_id, "
                                       "author, created, body, resolved_by, resolved_at, quote, quote_start, "
                                       "reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?)"),
                        {c.id, gid, c.version, c.part, c.partId, author, guide::timestampText(c.created),
                         c.body, c.quote, c.quoteStart, c.replyTo},
                        error) ||
               !m_workspace.appendChange(gid, QStringLiteral("comment"), 0, author, error)) {
        db.rollback();
        return std::nullopt;
    }
    QString detail;
    if (!m_workspace.commitWrite(&detail)) {
        failWith(error, StoreText::tr("%1: cannot add the comment: %2").arg(m_workspace.path(), detail));
        return std::nullopt;
    }
    return c;
}

bool VersionStore::resolveComment(const QString &commentId, const QString &actor, QString *error)
{
    QSqlDatabase db = m_workspace.database();
    const bool onTeam = team::isTeamWorkspace(m_workspace);
    if (!m_workspace.beginWrite(error))
        return false;
    QSqlQuery q(db);
    bool ok = false;
    if (onTeam) {
        // The server's function checks the role and names who resolved it.
        ok = execSql(q, QStringLiteral("SELECT almanac_resolve_comment(?)"), {commentId}, error);
    } else if (execSql(q, QStringLiteral("SELECT guide_id, reply_to FROM comments WHERE id = ?"), {commentId},
                       error)) {
        // A thread is resolved as one: its first comment holds its state.
        const bool found = q.next();
        const QString guide = found ? q.value(0).toString() : QString();
        const QString first = found && !q.value(1).toString().isEmpty() ? q.value(1).toString() : commentId;
        if (found &&
            execSql(q,
                    QStringLiteral("UPDATE comments SET resolved_by = ?, resolved_at = ? WHERE id = ? "
                                   "AND resolved_by = ''"),
                    {actor, guide::timestampText(QDateTime::currentDateTimeUtc()), first}, error) &&
            q.numRowsAffected() == 1)
            ok = m_workspace.appendChange(guide, QStringLiteral("comment"), 0, actor, error);
        else if (error && error->isEmpty())
            *error = StoreText::tr("%1: no open comment with the id %2").arg(m_workspace.path(), commentId);
    }
    q.finish();
    if (!ok) {
        db.rollback();
        return false;
    }
    QString detail;
    if (!m_workspace.commitWrite(&detail))
        return failWith(error,
                        StoreText::tr("%1: cannot resolve the comment: %2").arg(m_workspace.path(), detail));
    return true;
}

QList<Comment> VersionStore::comments(const QString &slug, QString *error) const
{
    QList<Comment> out;
    const QString id = guideId(slug, error);
    if (id.isEmpty())
        return out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (!execSql(
            q,
            // A thread's first comment before its replies, even within one second.
            QStringLiteral("SELECT %1 FROM comments WHERE guide_id = ? ORDER BY created, reply_to <> '', id")
                .arg(QLatin1String(commentColumns)),
            {id}, error))
        return out;
    while (q.next())
        out.append(commentAt(q));
    return out;
}

} // namespace almanac
