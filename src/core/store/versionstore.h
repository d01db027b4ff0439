#pragma once

#include "guide/guide.h"
#include "guide/lint.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace almanac {

class Workspace;

// One immutable snapshot of a guide.
struct VersionInfo
{
    int number = 0;
    QString state; // "draft", "in-review", "approved", "published"
    QString author;
    QDateTime created;
    QString note;
    QString sha256; // of the canonical JSON
    bool live = false;
    QString label() const { return QStringLiteral("v%1").arg(number); }
};

// Who did what to a version, and when.
struct VersionEvent
{
    int number = 0;
    QString action; // "snapshot", "submit", "approve", "request-changes", "publish"
    QString fromState;
    QString toState;
    QString actor;
    QDateTime at;
    QString note;
};

// A comment on a version, anchored to a part of the guide by its stable id
// (guide/items.h), and to a passage of that item's text when one was quoted.
// A reply belongs to the thread of the comment it answers, and has its anchor.
struct Comment
{
    QString id;
    int version = 0;
    QString part;   // "sections", "timeline", "sources", ... or "metadata"
    QString partId; // the item's id (the guide's id for metadata)
    QString author;
    QDateTime created;
    QString body;
    QString resolvedBy;
    QDateTime resolvedAt;
    // The passage quoted from the item's text field (items::textField) as the
    // version has it, and where it starts there; empty for the whole item.
    QString quote;
    qsizetype quoteStart = 0;
    QString replyTo; // the id of the thread's first comment; empty for that one
    bool resolved() const { return !resolvedBy.isEmpty(); }
    bool isReply() const { return !replyTo.isEmpty(); }
    bool operator==(const Comment &) const = default;
};

// What a new comment says and where: a part of a version, perhaps a passage
// of it, or a reply to a comment (which then gives the version and anchor).
struct CommentRequest
{
    int version = 0;
    QString part;
    QString partId;
    QString body;
    QString quote;
    qsizetype quoteStart = 0;
    QString replyTo;
};

// Versions, the review workflow and comments of the guides in one workspace.
// Versions never change once made; only their workflow state moves:
//   draft -> in-review -> approved -> published, or back to draft with a
//   request for changes. The last published version of a guide is its live one.
class VersionStore
{
public:
    enum class Action
    {
        Submit,
        Approve,
        RequestChanges,
        Publish
    };

    // The gate before publishing, the same for every program: the version's
    // lint findings; errors block it, warnings need the person's yes.
    struct PublishCheck
    {
        QList<Finding> findings;
        bool blocked() const { return hasErrors(findings); }
        bool needsConfirmation() const { return !findings.isEmpty() && !blocked(); }
    };

    explicit VersionStore(Workspace &workspace);

    // Whether the workflow allows the action on a version in this state.
    static bool allows(Action action, const QString &state);
    std::optional<PublishCheck> checkPublish(const QString &slug, int number, QString *error) const;

    // Makes the next version (v1, v2, ...) from the guide's draft.
    std::optional<VersionInfo> snapshot(const QString &slug, const QString &author, const QString &note,
                                        QString *error);
    QList<VersionInfo> versions(const QString &slug, QString *error) const;
    std::optional<VersionInfo> version(const QString &slug, int number, QString *error) const;
    // The guide as it was in that version; its checksum is verified.
    std::optional<Guide> content(const QString &slug, int number, QString *error) const;
    // Replaces the draft by the content of a version (the guide keeps its versions).
    bool restore(const QString &slug, int number, const QString &actor, QString *error);

    bool apply(const QString &slug, int number, Action action, const QString &actor, const QString &note,
               QString *error);
    QList<VersionEvent> history(const QString &slug, QString *error) const;

    // Adds a comment; the anchor must name an item of the version, and a quote
    // must be that item's text at the place given. A reply may answer a reply:
    // it joins the thread of the first comment.
    std::optional<Comment> addComment(const QString &slug, const CommentRequest &request,
                                      const QString &author, QString *error);
    std::optional<Comment> addComment(const QString &slug, int version, const QString &part,
                                      const QString &partId, const QString &author, const QString &body,
                                      QString *error)
    {
        return addComment(slug, CommentRequest{version, part, partId, body, {}, 0, {}}, author, error);
    }
    // Resolves a comment's whole thread (any comment of it may be named).
    bool resolveComment(const QString &commentId, const QString &actor, QString *error);
    QList<Comment> comments(const QString &slug, QString *error) const;

    static QString actionName(Action action);
    // "v3" -> 3; 0 when the text is not a version label.
    static int parseLabel(const QString &label);

private:
    QString guideId(const QString &slug, QString *error) const;
    bool checkAnchor(const QString &slug, const QString &guideId, CommentRequest &request,
                     QString *error) const;

    Workspace &m_workspace;
};

} // namespace almanac
