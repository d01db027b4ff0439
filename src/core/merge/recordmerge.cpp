#include "recordmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace almanac::merge::detail {

namespace {

void mergeMembers(const QJsonObject &b, const QJsonObject &o, const QJsonObject &t, QJsonObject &out,
                  const QString &prefix, QList<MemberConflict> &conflicts)
{
    QSet<QString> keySet;
    for (const QJsonObject *side : {&b, &o, &t}) {
        const QStringList k = side->keys();
        keySet.unite(QSet<QString>(k.cbegin(), k.cend()));
    }
    QStringList keys(keySet.cbegin(), keySet.cend());
    std::sort(keys.begin(), keys.end());
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue vb = b.value(k);
        const QJsonValue vo = o.value(k);
        const QJsonValue vt = t.value(k);
        if (vo == vb || vo == vt)
            continue; // out already has theirs
        if (vt == vb) {
            if (vo.isUndefined())
                out.remove(k);
            else
                out.insert(k, vo);
            continue;
        }
        const QString path = prefix.isEmpty() ? k : prefix + u'.' + k;
        if (vo.isObject() && vt.isObject() && (vb.isObject() || vb.isUndefined())) {
            QJsonObject merged = vt.toObject();
            mergeMembers(vb.toObject(), vo.toObject(), vt.toObject(), merged, path, conflicts);
            out.insert(k, merged);
            continue;
        }
        conflicts.append({path, vb, vo, vt});
    }
}

} // namespace

QJsonObject mergeRecord(const QJsonObject &base, const QJsonObject &ours, const QJsonObject &theirs,
                        QList<MemberConflict> &conflicts)
{
    if (ours == base || ours == theirs)
        return theirs;
    if (theirs == base)
        return ours;
    QJsonObject out = theirs;
    mergeMembers(base, ours, theirs, out, {}, conflicts);
    return out;
}

void setMember(QJsonObject &record, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            record.remove(path);
        else
            record.insert(path, value);
        return;
    }
    const QStringView key = path.left(dot);
    QJsonObject inner = record.value(key).toObject();
    setMember(inner, path.mid(dot + 1), value);
    record.insert(key, inner);
}

QString memberText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue customMember(const QString &text, bool strings)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (strings)
        return text;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

} // namespace almanac::merge::detail
