#include "guidemerge.h"

#include "listmerge.h"
#include "messages.h"
#include "partfields.h"
#include "recordmerge.h"
#include "resolution.h"
#include "textmerge.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <type_traits>

namespace almanac::merge {

using namespace detail;

namespace {

QString metadataLabel(QStringView field)
{
    static const QHash<QString, const char *> labels = {
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("almanac::DiffText", "Id")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("slug"), QT_TRANSLATE_NOOP("almanac::DiffText", "Slug")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("almanac::DiffText", "Title")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("almanac::DiffText", "Subject")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("almanac::DiffText", "Kind")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("almanac::DiffText", "Level")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("almanac::DiffText", "Status")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("almanac::DiffText", "Language")},
        //: A guide's field, named beside a merge conflict.
        {QStringLiteral("tldr"), QT_TRANSLATE_NOOP("almanac::DiffText", "TL;DR")},
    };
    const char *label = labels.value(field.toString());
    return label ? DiffText::tr(label) : field.toString();
}

QJsonValue jsonOf(const QString &v)
{
    return v;
}
QJsonValue jsonOf(int v)
{
    return v;
}
QJsonValue jsonOf(const QStringList &v)
{
    return QJsonArray::fromStringList(v);
}
QJsonValue jsonOf(const QJsonObject &v)
{
    return v;
}

// An item's fields (not its id) as one line of JSON, for an item conflict.
template <typename Item> QString itemJson(const Item &item)
{
    QJsonObject o;
    for (const Field<Item> &f : Part<Item>::fields()) {
        std::visit(
            [&](auto member) {
                const QJsonValue v = jsonOf(item.*member);
                if (!(v.isObject() && v.toObject().isEmpty())) // no kept record: left out
                    o.insert(f.name, v);
            },
            f.member);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template <typename Key> QHash<QString, qsizetype> positions(const QList<Key> &keys)
{
    QHash<QString, qsizetype> out;
    out.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        out.insert(keys[i], i);
    return out;
}

// Builds one Result from three guides, part after part in guide order, so
// that conflicts come in guide order.
class Merger
{
public:
    Merger(const Guide &base, const Guide &ours, const Guide &theirs, Result &result)
        : m_base(base), m_ours(ours), m_theirs(theirs), m_result(result)
    {}

    void run()
    {
        Guide &g = m_result.guide;
        g = m_theirs;
        mergeFields(m_base, m_ours, m_theirs, g, metadataPart, {}, {});
        for (qsizetype i = 0; i < m_result.conflicts.size(); ++i)
            m_result.conflicts[i].label = metadataLabel(m_result.conflicts[i].field);
        // Both sides changing the creation time alike is the only change taken.
        g.created = m_ours.created == m_theirs.created ? m_theirs.created : m_base.created;
        if (!m_theirs.updated.isValid() || (m_ours.updated.isValid() && m_ours.updated > m_theirs.updated))
            g.updated = m_ours.updated;
        else
            g.updated = m_theirs.updated;
        mergeList<Takeaway>();
        mergeList<Section>();
        mergeList<TimelineEntry>();
        g.topics = mergeStrings(m_base.topics, m_ours.topics, m_theirs.topics);
        mergeList<FaqEntry>();
        g.related = mergeStrings(m_base.related, m_ours.related, m_theirs.related);
        mergeList<Source>();
        updatePaths(m_result);
    }

private:
    void addConflict(Conflict c, ConflictState s)
    {
        m_result.conflicts.append(std::move(c));
        m_result.state.conflicts.append(std::move(s));
    }

    template <typename Item>
    void mergeFields(const Item &b, const Item &o, const Item &t, Item &out, QLatin1StringView part,
                     const QString &key, const QString &id)
    {
        for (const Field<Item> &f : Part<Item>::fields()) {
            std::visit(
                [&](auto member) {
                    using T = std::remove_cvref_t<decltype(b.*member)>;
                    if constexpr (std::is_same_v<T, QJsonObject>) {
                        mergeRecordField(b.*member, o.*member, t.*member, out.*member, part, key, id, f.name);
                    } else {
                        if constexpr (std::is_same_v<T, QString>) {
                            if (f.how == How::Words) {
                                mergeWords(b.*member, o.*member, t.*member, out.*member, part, key, id,
                                           f.name);
                                return;
                            }
                        }
                        mergeValue(b.*member, o.*member, t.*member, out.*member, part, key, id, f.name);
                    }
                },
                f.member);
        }
    }

    void mergeWords(const QString &b, const QString &o, const QString &t, QString &out,
                    QLatin1StringView part, const QString &key, const QString &id, QLatin1StringView field)
    {
        const QList<TextChunk> chunks = mergeText(b, o, t);
        out = joinText(chunks);
        const qsizetype fieldIndex = m_result.state.textFields.size();
        bool any = false;
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const TextChunk &c = chunks[i];
            if (!c.conflict)
                continue;
            any = true;
            Conflict conflict{Conflict::Kind::Text, part, id, field, {}, c.base, c.ours, c.theirs, {}};
            ConflictState state;
            state.key = key;
            state.textField = fieldIndex;
            state.chunk = i;
            addConflict(std::move(conflict), std::move(state));
        }
        if (any)
            m_result.state.textFields.append(chunks);
    }

    // Member by member; each member both sides changed differently is a Value
    // conflict named by its path ("csl.DOI", "timelinejs.media.url").
    void mergeRecordField(const QJsonObject &b, const QJsonObject &o, const QJsonObject &t, QJsonObject &out,
                          QLatin1StringView part, const QString &key, const QString &id,
                          QLatin1StringView field)
    {
        QList<MemberConflict> found;
        out = mergeRecord(b, o, t, found);
        for (const MemberConflict &m : std::as_const(found)) {
            Conflict conflict{Conflict::Kind::Value,
                              part,
                              id,
                              QString(field) + u'.' + m.path,
                              {},
                              memberText(m.base),
                              memberText(m.ours),
                              memberText(m.theirs),
                              {}};
            ConflictState state;
            state.key = key;
            state.base = QVariant::fromValue(m.base);
            state.ours = QVariant::fromValue(m.ours);
            state.theirs = QVariant::fromValue(m.theirs);
            addConflict(std::move(conflict), std::move(state));
        }
    }

    template <typename T>
    void mergeValue(const T &b, const T &o, const T &t, T &out, QLatin1StringView part, const QString &key,
                    const QString &id, QLatin1StringView field)
    {
        if (o == b || o == t) {
            out = t;
        } else if (t == b) {
            out = o;
        } else {
            out = t;
            Conflict conflict{Conflict::Kind::Value, part,         id,           field, {},
                              valueText(b),          valueText(o), valueText(t), {}};
            ConflictState state;
            state.key = key;
            state.base = QVariant(b);
            state.ours = QVariant(o);
            state.theirs = QVariant(t);
            addConflict(std::move(conflict), std::move(state));
        }
    }

    // Items are matched by id. One side deleting an item the other left alone
    // deletes it; deleting one the other edited is a conflict.
    template <typename Item> void mergeList()
    {
        using P = Part<Item>;
        const QList<Item> &lb = m_base.*P::list;
        const QList<Item> &lo = m_ours.*P::list;
        const QList<Item> &lt = m_theirs.*P::list;
        const QStringList kb = itemKeys(lb);
        const QStringList ko = itemKeys(lo);
        const QStringList kt = itemKeys(lt);
        const QHash<QString, qsizetype> ib = positions(kb);
        const QHash<QString, qsizetype> io = positions(ko);
        const QHash<QString, qsizetype> it = positions(kt);

        QSet<QString> keep;
        for (qsizetype i = 0; i < kb.size(); ++i) {
            const qsizetype o = io.value(kb[i], -1);
            const qsizetype t = it.value(kb[i], -1);
            if ((o >= 0 && t >= 0) || (o >= 0 && !(lo[o] == lb[i])) || (t >= 0 && !(lt[t] == lb[i])))
                keep.insert(kb[i]);
        }
        for (const QStringList *side : {&ko, &kt}) {
            for (const QString &k : *side) {
                if (!ib.contains(k))
                    keep.insert(k);
            }
        }
        const QStringList order = mergeOrder(kb, ko, kt, keep);
        m_result.state.order.insert(QString(P::name), order);

        QList<Item> &out = m_result.guide.*P::list;
        out.clear();
        out.reserve(order.size());
        for (const QString &k : order) {
            const qsizetype b = ib.value(k, -1);
            const qsizetype o = io.value(k, -1);
            const qsizetype t = it.value(k, -1);
            const qsizetype first = m_result.conflicts.size();
            if (o >= 0 && t >= 0) {
                Item merged = lt[t];
                Item added; // both sides added it: merge against an empty item
                added.id = merged.id;
                mergeFields(b >= 0 ? lb[b] : added, lo[o], lt[t], merged, P::name, k, merged.id);
                for (qsizetype c = first; c < m_result.conflicts.size(); ++c)
                    m_result.conflicts[c].label = P::label(merged);
                out.append(merged);
            } else if (b >= 0 && o >= 0) {
                Conflict c{Conflict::Kind::EditDelete,
                           P::name,
                           lo[o].id,
                           {},
                           {},
                           itemJson(lb[b]),
                           itemJson(lo[o]),
                           {},
                           P::label(lo[o])};
                ConflictState s;
                s.key = k;
                s.item = lo[o];
                addConflict(std::move(c), std::move(s));
            } else if (b >= 0 && t >= 0) {
                out.append(lt[t]);
                Conflict c{Conflict::Kind::DeleteEdit,
                           P::name,
                           lt[t].id,
                           {},
                           {},
                           itemJson(lb[b]),
                           {},
                           itemJson(lt[t]),
                           P::label(lt[t])};
                ConflictState s;
                s.key = k;
                s.item = lt[t];
                addConflict(std::move(c), std::move(s));
            } else {
                out.append(o >= 0 ? lo[o] : lt[t]);
            }
        }
    }

    const Guide &m_base;
    const Guide &m_ours;
    const Guide &m_theirs;
    Result &m_result;
};

} // namespace

QString kindName(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Text:
        return QStringLiteral("text");
    case Conflict::Kind::Value:
        return QStringLiteral("value");
    case Conflict::Kind::EditDelete:
        return QStringLiteral("edit-delete");
    case Conflict::Kind::DeleteEdit:
        return QStringLiteral("delete-edit");
    }
    return {};
}

bool Result::clean() const
{
    return unresolvedCount() == 0;
}

qsizetype Result::unresolvedCount() const
{
    return std::count_if(conflicts.begin(), conflicts.end(), [](const Conflict &c) { return !c.resolved; });
}

Result merge(const Guide &base, const Guide &ours, const Guide &theirs)
{
    Result result;
    Merger(base, ours, theirs, result).run();
    return result;
}

} // namespace almanac::merge
