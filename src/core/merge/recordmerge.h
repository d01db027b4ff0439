#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// Three-way merge of a kept record (a source's CSL item, a timeline entry's or
// the guide's TimelineJS fields) member by member. Not for callers.
namespace almanac::merge::detail {

// A member both sides changed differently, with its dotted path below the
// record ("DOI", "media.caption"); Undefined where a side has no such member.
struct MemberConflict
{
    QString path;
    QJsonValue base;
    QJsonValue ours;
    QJsonValue theirs;
};

// A member changed on one side is taken; changed alike on both, taken once;
// objects changed on both sides merge member by member (a TimelineJS slide's
// media: its URL from one side, its caption from the other); any other value
// both changed differently is a conflict, theirs kept in its place. Members in
// key order, so the result is deterministic.
QJsonObject mergeRecord(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs,
                        QList<MemberConflict> &conflicts);

// Sets the member at a dotted path, making the objects on the way; Undefined removes it.
void setMember(QJsonObject &record, QStringView path, const QJsonValue &value);

// A member's value as a conflict shows it: a string as it is, anything else as
// compact JSON, nothing for Undefined.
QString memberText(const QJsonValue &value);

// The value a person typed for a member: a string where every side had a string
// (a DOI of digits stays text), else the JSON it reads as, else a string;
// Undefined (the member removed) for empty text.
QJsonValue customMember(const QString &text, bool strings);

} // namespace almanac::merge::detail
