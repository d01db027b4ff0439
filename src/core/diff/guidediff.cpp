#include "guidediff.h"

#include "recordfields.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace almanac::diff {

namespace {

void compareField(QList<FieldChange> &out, const QString &field, const QString &before, const QString &after)
{
    if (before == after)
        return;
    out.append({field, before, after, worddiff::diff(before, after)});
}

// The fields of each kind of item, in order; a kept record's members follow
// the item's own fields.
using Fields = QList<RecordField>;

void compareRecordField(QList<FieldChange> &out, const RecordField &before, const RecordField &after)
{
    // Two values that read alike but differ (a name part moved into another
    // member) show as JSON, so that no change is invisible.
    if (before.text == after.text && before.json != after.json)
        compareField(out, before.name, before.json, after.json);
    else
        compareField(out, before.name, before.text, after.text);
}

// Compares two field lists by name: the item's own fields, then every member
// either record has (one the other lacks compares with an empty value).
void compareFields(QList<FieldChange> &out, const Fields &a, const Fields &b)
{
    QHash<QString, qsizetype> inB;
    for (qsizetype i = 0; i < b.size(); ++i)
        inB.insert(b[i].name, i);
    QSet<QString> inA;
    QList<std::pair<RecordField, RecordField>> pairs;
    for (const RecordField &f : a) {
        inA.insert(f.name);
        const qsizetype j = inB.value(f.name, -1);
        pairs.append({f, j >= 0 ? b[j] : RecordField{f.name, {}, {}}});
    }
    for (const RecordField &f : b) {
        if (!inA.contains(f.name))
            pairs.append({RecordField{f.name, {}, {}}, f});
    }
    // Record members in name order, wherever they came from.
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) {
        const bool xr = x.first.name.contains(u'.');
        const bool yr = y.first.name.contains(u'.');
        return xr == yr ? xr && x.first.name < y.first.name : !xr;
    });
    for (const auto &[before, after] : pairs)
        compareRecordField(out, before, after);
}

Fields fieldsOf(const Takeaway &t)
{
    return {{QStringLiteral("text"), t.text, {}}};
}
Fields fieldsOf(const Section &s)
{
    return {{QStringLiteral("heading"), s.heading, {}}, {QStringLiteral("body"), s.body, {}}};
}
Fields fieldsOf(const TimelineEntry &e)
{
    return Fields{{QStringLiteral("date"), e.date, {}},
                  {QStringLiteral("title"), e.title, {}},
                  {QStringLiteral("description"), e.description, {}},
                  {QStringLiteral("sources"), e.sources.join(QStringLiteral(", ")), {}}} +
           recordFields(QStringLiteral("timelinejs"), e.timelinejs);
}
Fields fieldsOf(const FaqEntry &f)
{
    return {{QStringLiteral("question"), f.question, {}}, {QStringLiteral("answer"), f.answer, {}}};
}
Fields fieldsOf(const Source &s)
{
    return Fields{{QStringLiteral("key"), s.key, {}},
                  {QStringLiteral("outlet"), s.outlet, {}},
                  {QStringLiteral("title"), s.title, {}},
                  {QStringLiteral("url"), s.url, {}},
                  {QStringLiteral("published"), s.published, {}},
                  {QStringLiteral("accessed"), s.accessed, {}},
                  {QStringLiteral("relevance"), QString::number(s.relevance), {}},
                  {QStringLiteral("summary"), s.summary, {}}} +
           recordFields(QStringLiteral("csl"), s.csl);
}

QString labelOf(const Takeaway &t)
{
    return t.text;
}
QString labelOf(const Section &s)
{
    return s.heading;
}
QString labelOf(const TimelineEntry &e)
{
    return e.date.isEmpty() ? e.title : e.date + QStringLiteral(": ") + e.title;
}
QString labelOf(const FaqEntry &f)
{
    return f.question;
}
QString labelOf(const Source &s)
{
    return s.key;
}

// Indices (into positions) of a longest increasing subsequence.
std::vector<size_t> longestIncreasing(const std::vector<qsizetype> &positions)
{
    std::vector<size_t> tails; // index of the smallest tail of each length
    std::vector<qsizetype> previous(positions.size(), -1);
    for (size_t i = 0; i < positions.size(); ++i) {
        auto it = std::lower_bound(tails.begin(), tails.end(), positions[i],
                                   [&](size_t t, qsizetype value) { return positions[t] < value; });
        if (it != tails.begin())
            previous[i] = static_cast<qsizetype>(*(it - 1));
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<size_t> out;
    for (qsizetype i = tails.empty() ? -1 : static_cast<qsizetype>(tails.back()); i >= 0;
         i = previous[static_cast<size_t>(i)])
        out.push_back(static_cast<size_t>(i));
    std::reverse(out.begin(), out.end());
    return out;
}

template <typename T>
void compareItems(QList<ItemChange> &out, const QString &part, const QList<T> &before, const QList<T> &after)
{
    QHash<QString, qsizetype> oldIndex;
    for (qsizetype i = 0; i < before.size(); ++i)
        oldIndex.insert(before[i].id, i);
    QHash<QString, qsizetype> newIndex;
    for (qsizetype i = 0; i < after.size(); ++i)
        newIndex.insert(after[i].id, i);

    // Kept items in their old order, and where each now stands. Those off the
    // longest run that kept its relative order are the ones that moved.
    std::vector<qsizetype> keptOld;
    std::vector<qsizetype> keptNewPos;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = newIndex.constFind(before[i].id);
        if (it != newIndex.cend()) {
            keptOld.push_back(i);
            keptNewPos.push_back(it.value());
        }
    }
    std::vector<bool> stayed(keptOld.size(), false);
    for (size_t k : longestIncreasing(keptNewPos))
        stayed[k] = true;
    QHash<qsizetype, bool> movedByNew;
    for (size_t k = 0; k < keptOld.size(); ++k)
        movedByNew.insert(keptNewPos[k], !stayed[k]);

    auto allFields = [](const T &item, bool added) {
        QList<FieldChange> fields;
        for (const RecordField &field : fieldsOf(item)) {
            const QString &value = field.text;
            if (value.isEmpty())
                continue;
            FieldChange f{field.name, added ? QString() : value, added ? value : QString(), {}};
            f.words.append({added ? worddiff::Op::Kind::Insert : worddiff::Op::Kind::Delete, value});
            fields.append(f);
        }
        return fields;
    };

    // Walk the new order; removed items are reported where they used to be.
    qsizetype nextOld = 0;
    auto emitRemovedBefore = [&](qsizetype limit) {
        for (; nextOld < limit; ++nextOld) {
            if (!newIndex.contains(before[nextOld].id))
                out.append({ItemChange::Kind::Removed, part, before[nextOld].id, nextOld, -1, false,
                            labelOf(before[nextOld]), allFields(before[nextOld], false)});
        }
    };
    for (qsizetype j = 0; j < after.size(); ++j) {
        const T &item = after[j];
        const auto old = oldIndex.constFind(item.id);
        if (old == oldIndex.cend()) {
            out.append(
                {ItemChange::Kind::Added, part, item.id, -1, j, false, labelOf(item), allFields(item, true)});
            continue;
        }
        if (!movedByNew.value(j))
            emitRemovedBefore(old.value());
        QList<FieldChange> fields;
        compareFields(fields, fieldsOf(before[old.value()]), fieldsOf(item));
        const bool moved = movedByNew.value(j);
        if (moved || !fields.isEmpty())
            out.append({ItemChange::Kind::Kept, part, item.id, old.value(), j, moved, labelOf(item), fields});
    }
    emitRemovedBefore(before.size());
}

void compareList(QList<ListChange> &out, const QString &part, const QStringList &before,
                 const QStringList &after)
{
    if (before == after)
        return;
    ListChange c{part, {}, {}, false};
    for (const QString &s : after) {
        if (!before.contains(s))
            c.added << s;
    }
    for (const QString &s : before) {
        if (!after.contains(s))
            c.removed << s;
    }
    QStringList keptBefore;
    for (const QString &s : before) {
        if (after.contains(s))
            keptBefore << s;
    }
    QStringList keptAfter;
    for (const QString &s : after) {
        if (before.contains(s))
            keptAfter << s;
    }
    c.reordered = keptBefore != keptAfter;
    out.append(c);
}

} // namespace

const QStringList &partNames()
{
    static const QStringList names = {QStringLiteral("metadata"), QStringLiteral("takeaways"),
                                      QStringLiteral("sections"), QStringLiteral("timeline"),
                                      QStringLiteral("topics"),   QStringLiteral("faq"),
                                      QStringLiteral("related"),  QStringLiteral("sources")};
    return names;
}

GuideDiff compare(const Guide &from, const Guide &to)
{
    GuideDiff d;
    compareField(d.metadata, QStringLiteral("slug"), from.slug, to.slug);
    compareField(d.metadata, QStringLiteral("title"), from.title, to.title);
    compareField(d.metadata, QStringLiteral("subject"), from.subject, to.subject);
    compareField(d.metadata, QStringLiteral("kind"), from.kind, to.kind);
    compareField(d.metadata, QStringLiteral("level"), from.level, to.level);
    compareField(d.metadata, QStringLiteral("status"), from.status, to.status);
    compareField(d.metadata, QStringLiteral("language"), from.language, to.language);
    compareField(d.metadata, QStringLiteral("tldr"), from.tldr, to.tldr);
    compareFields(d.metadata, recordFields(QStringLiteral("timelinejs"), from.timelinejs),
                  recordFields(QStringLiteral("timelinejs"), to.timelinejs));
    compareItems(d.items, QStringLiteral("takeaways"), from.takeaways, to.takeaways);
    compareItems(d.items, QStringLiteral("sections"), from.sections, to.sections);
    compareItems(d.items, QStringLiteral("timeline"), from.timeline, to.timeline);
    compareList(d.lists, QStringLiteral("topics"), from.topics, to.topics);
    compareItems(d.items, QStringLiteral("faq"), from.faq, to.faq);
    compareList(d.lists, QStringLiteral("related"), from.related, to.related);
    compareItems(d.items, QStringLiteral("sources"), from.sources, to.sources);
    return d;
}

QList<std::pair<QString, PartCounts>> GuideDiff::summary() const
{
    QHash<QString, PartCounts> counts;
    if (!metadata.isEmpty())
        counts[QStringLiteral("metadata")].changed = static_cast<int>(metadata.size());
    for (const ItemChange &c : items) {
        PartCounts &p = counts[c.part];
        if (c.kind == ItemChange::Kind::Added)
            ++p.added;
        else if (c.kind == ItemChange::Kind::Removed)
            ++p.removed;
        else {
            p.changed += c.fields.isEmpty() ? 0 : 1;
            p.moved += c.moved ? 1 : 0;
        }
    }
    for (const ListChange &l : lists) {
        PartCounts &p = counts[l.part];
        p.added += static_cast<int>(l.added.size());
        p.removed += static_cast<int>(l.removed.size());
        p.moved += l.reordered ? 1 : 0;
    }
    QList<std::pair<QString, PartCounts>> out;
    for (const QString &part : partNames()) {
        if (counts.contains(part))
            out.append({part, counts.value(part)});
    }
    return out;
}

} // namespace almanac::diff
