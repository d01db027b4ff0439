// Resolving a merge's conflicts one by one: the chosen text or value goes into
// the guide, or the item in an edit/delete conflict is put back or taken out.

#include "resolution.h"

#include "guide/language.h"
#include "guide/partialdate.h"
#include "guidemerge.h"
#include "partfields.h"
#include "recordmerge.h"

#include <QJsonArray>
#include <QSet>
#include <type_traits>

namespace almanac::merge {

using namespace detail;

namespace {

// Whether the guide file would accept text as this field's value.
bool validText(const QString &field, const QString &text)
{
    if (field == u"slug")
        return guide::isValidSlug(text);
    if (field == u"level")
        return guide::levels.contains(text);
    if (field == u"status")
        return guide::statuses.contains(text);
    if (field == u"language")
        return text.isEmpty() || language::isValid(text);
    if (field == u"id")
        return guide::isValidId(text);
    if (field == u"key")
        return guide::isValidSourceKey(text);
    if (field == u"url")
        return text.isEmpty() || guide::isValidWebUrl(text);
    if (field == u"date" || field == u"published" || field == u"accessed")
        return text.isEmpty() || PartialDate::parse(text).has_value();
    return true;
}

// A value typed in by a person, as the field's type; invalid if it cannot be one.
template <typename Item> QVariant customValue(const Field<Item> &f, const QString &text)
{
    return std::visit(
        [&](auto member) -> QVariant {
            using T = std::remove_cvref_t<decltype(std::declval<Item>().*member)>;
            if constexpr (std::is_same_v<T, int>) {
                bool ok = false;
                const int v = text.trimmed().toInt(&ok);
                return ok && v >= 1 && v <= 10 ? QVariant(v) : QVariant();
            } else if constexpr (std::is_same_v<T, QStringList>) {
                QStringList keys;
                for (const QString &part : text.split(u',')) {
                    const QString key = part.trimmed();
                    if (key.isEmpty())
                        continue;
                    if (!guide::isValidSourceKey(key))
                        return {};
                    keys.append(key);
                }
                return keys;
            } else {
                return validText(QString(f.name), text) ? QVariant(text) : QVariant();
            }
        },
        f.member);
}

// The value a choice gives a Value conflict, or invalid when it gives none.
template <typename Item>
QVariant chosenValue(const Field<Item> &f, const ConflictState &s, Choice choice, const QString &custom)
{
    switch (choice) {
    case Choice::Ours:
        return s.ours;
    case Choice::Theirs:
        return s.theirs;
    case Choice::Both: {
        // Only lists have both: theirs, then what only ours has.
        if (s.theirs.typeId() != QMetaType::QStringList)
            return {};
        QStringList both = s.theirs.toStringList();
        for (const QString &v : s.ours.toStringList()) {
            if (!both.contains(v))
                both.append(v);
        }
        return both;
    }
    case Choice::Custom:
        return customValue(f, custom);
    }
    return {};
}

// A conflict on one member of a kept record ("csl.author"): the chosen value
// goes into that member (none removes it). Both joins two lists (authors):
// theirs, then what only ours has.
template <typename Item>
bool resolveMember(Item &item, const Field<Item> &f, const Conflict &c, const ConflictState &s, Choice choice,
                   const QString &custom)
{
    const auto *member = std::get_if<QJsonObject Item::*>(&f.member);
    if (!member)
        return false;
    const QJsonValue base = s.base.value<QJsonValue>();
    const QJsonValue ours = s.ours.value<QJsonValue>();
    const QJsonValue theirs = s.theirs.value<QJsonValue>();
    QJsonValue value;
    switch (choice) {
    case Choice::Ours:
        value = ours;
        break;
    case Choice::Theirs:
        value = theirs;
        break;
    case Choice::Both: {
        if (!ours.isArray() || !theirs.isArray())
            return false;
        QJsonArray both = theirs.toArray();
        for (const QJsonValue &v : ours.toArray()) {
            if (!both.contains(v))
                both.append(v);
        }
        value = both;
        break;
    }
    case Choice::Custom: {
        auto text = [](const QJsonValue &v) { return v.isString() || v.isUndefined(); };
        const bool strings = text(base) && text(ours) && text(theirs);
        value = customMember(custom, strings);
        break;
    }
    }
    setMember(item.*(*member), QStringView(c.field).mid(c.field.indexOf(u'.') + 1), value);
    return true;
}

template <typename Item>
bool resolveField(Item &item, Result &r, qsizetype index, Choice choice, const QString &custom)
{
    const Conflict &c = r.conflicts[index];
    const ConflictState &s = r.state.conflicts[index];
    const Field<Item> *f = fieldNamed<Item>(c.field);
    if (!f)
        return false;
    if (c.field.contains(u'.'))
        return c.kind == Conflict::Kind::Value && resolveMember(item, *f, c, s, choice, custom);
    QVariant value;
    if (c.kind == Conflict::Kind::Text) {
        QList<TextChunk> &chunks = r.state.textFields[s.textField];
        switch (choice) {
        case Choice::Ours:
            chunks[s.chunk].text = c.ours;
            break;
        case Choice::Theirs:
            chunks[s.chunk].text = c.theirs;
            break;
        case Choice::Both:
            chunks[s.chunk].text = joinBoth(c.ours, c.theirs);
            break;
        case Choice::Custom:
            chunks[s.chunk].text = custom;
            break;
        }
        value = joinText(chunks);
    } else {
        value = chosenValue(*f, s, choice, custom);
        if (!value.isValid())
            return false;
    }
    std::visit(
        [&](auto member) {
            using T = std::remove_cvref_t<decltype(item.*member)>;
            item.*member = value.value<T>();
        },
        f->member);
    return true;
}

// Puts the item of an edit/delete conflict back in its place, or takes it out.
template <typename Item> bool setPresent(Result &r, const QString &part, const ConflictState &s, bool keep)
{
    const Item *item = s.item ? std::get_if<Item>(&*s.item) : nullptr;
    if (!item)
        return false;
    QList<Item> &list = r.guide.*Part<Item>::list;
    const QStringList keys = itemKeys(list);
    const qsizetype at = keys.indexOf(s.key);
    if (!keep) {
        if (at >= 0)
            list.removeAt(at);
        return true;
    }
    if (at >= 0)
        return true;
    const QSet<QString> present(keys.begin(), keys.end());
    qsizetype position = 0;
    for (const QString &k : r.state.order.value(part)) {
        if (k == s.key)
            break;
        position += present.contains(k) ? 1 : 0;
    }
    list.insert(position, *item);
    return true;
}

} // namespace

namespace detail {

void updatePaths(Result &r)
{
    QHash<QString, QHash<QString, qsizetype>> indexByKey; // per part, filled when first needed
    for (qsizetype i = 0; i < r.conflicts.size(); ++i) {
        Conflict &c = r.conflicts[i];
        if (c.part == metadataPart) {
            c.path = c.field;
            continue;
        }
        auto found = indexByKey.find(c.part);
        if (found == indexByKey.end()) {
            QHash<QString, qsizetype> indices;
            forPart(c.part, [&](auto part) {
                const QStringList keys = itemKeys(r.guide.*decltype(part)::list);
                for (qsizetype k = 0; k < keys.size(); ++k)
                    indices.insert(keys[k], k);
                return true;
            });
            found = indexByKey.insert(c.part, indices);
        }
        const QString &key = r.state.conflicts[i].key;
        qsizetype index = found->value(key, -1);
        if (index < 0) {
            index = 0;
            for (const QString &k : r.state.order.value(c.part)) {
                if (k == key)
                    break;
                index += found->contains(k) ? 1 : 0;
            }
        }
        c.path =
            c.part + u'[' + QString::number(index) + u']' + (c.field.isEmpty() ? QString() : u'.' + c.field);
    }
}

} // namespace detail

bool resolve(Result &r, qsizetype index, Choice choice, const QString &custom)
{
    if (index < 0 || index >= r.conflicts.size())
        return false;
    const Conflict &c = r.conflicts[index];
    bool done = false;
    if (c.kind == Conflict::Kind::EditDelete || c.kind == Conflict::Kind::DeleteEdit) {
        // Both keeps the item: the edited one.
        const bool keep =
            choice == Choice::Both || (choice == Choice::Ours) == (c.kind == Conflict::Kind::EditDelete);
        done = choice != Choice::Custom && forPart(c.part, [&](auto part) {
                   using Item = typename decltype(part)::Type;
                   return setPresent<Item>(r, c.part, r.state.conflicts[index], keep);
               });
    } else if (c.part == metadataPart) {
        done = resolveField(r.guide, r, index, choice, custom);
    } else {
        done = forPart(c.part, [&](auto part) {
            using Item = typename decltype(part)::Type;
            QList<Item> &list = r.guide.*decltype(part)::list;
            const qsizetype at = itemKeys(list).indexOf(r.state.conflicts[index].key);
            return at >= 0 && resolveField(list[at], r, index, choice, custom);
        });
    }
    if (!done)
        return false;
    r.conflicts[index].resolved = true;
    updatePaths(r);
    return true;
}

} // namespace almanac::merge
