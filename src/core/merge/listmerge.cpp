#include "listmerge.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace almanac::merge {

namespace {

// Separates a value from its occurrence number in a key. A value that holds
// it always gets a number, so keys never collide.
constexpr QChar occurrenceMark = u'\u001f';

QStringList kept(const QStringList &keys, const QSet<QString> &keep)
{
    QStringList out;
    out.reserve(keys.size());
    for (const QString &k : keys) {
        if (keep.contains(k))
            out.append(k);
    }
    return out;
}

// The items of side that keep their base order: a longest subsequence of them
// whose base positions increase (items not in the base take no part).
QSet<QString> unmoved(const QStringList &side, const QHash<QString, qsizetype> &basePosition)
{
    std::vector<qsizetype> positions;
    std::vector<qsizetype> indices; // into side
    for (qsizetype i = 0; i < side.size(); ++i) {
        const auto it = basePosition.constFind(side[i]);
        if (it != basePosition.cend()) {
            positions.push_back(it.value());
            indices.push_back(i);
        }
    }
    std::vector<size_t> tails;
    std::vector<size_t> previous(positions.size(), SIZE_MAX);
    for (size_t k = 0; k < positions.size(); ++k) {
        auto it = std::lower_bound(tails.begin(), tails.end(), positions[k],
                                   [&](size_t t, qsizetype value) { return positions[t] < value; });
        if (it != tails.begin())
            previous[k] = *(it - 1);
        if (it == tails.end())
            tails.push_back(k);
        else
            *it = k;
    }
    QSet<QString> out;
    for (size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = previous[k])
        out.insert(side[indices[k]]);
    return out;
}

} // namespace

QStringList mergeOrder(const QStringList &base, const QStringList &ours, const QStringList &theirs,
                       const QSet<QString> &keep)
{
    const QStringList b = kept(base, keep);
    const QStringList o = kept(ours, keep);
    const QStringList t = kept(theirs, keep);
    QHash<QString, qsizetype> basePosition;
    for (qsizetype i = 0; i < b.size(); ++i)
        basePosition.insert(b[i], i);
    const QSet<QString> inOurs(o.begin(), o.end());
    const QSet<QString> inTheirs(t.begin(), t.end());
    const QSet<QString> unmovedOurs = unmoved(o, basePosition);
    const QSet<QString> unmovedTheirs = unmoved(t, basePosition);
    // An item is placed by theirs when theirs inserted or moved it, else by
    // ours when ours did; the others form the skeleton, in base order, which
    // both sides agree with.
    auto placedBy = [&](const QString &k, const QSet<QString> &in, const QSet<QString> &unmovedThere) {
        return in.contains(k) && !unmovedThere.contains(k);
    };
    auto byTheirs = [&](const QString &k) { return placedBy(k, inTheirs, unmovedTheirs); };
    auto byOurs = [&](const QString &k) { return !byTheirs(k) && placedBy(k, inOurs, unmovedOurs); };

    QStringList skeleton;
    QHash<QString, qsizetype> skeletonIndex;
    for (const QString &k : b) {
        if (!byTheirs(k) && !byOurs(k)) {
            skeletonIndex.insert(k, skeleton.size());
            skeleton.append(k);
        }
    }
    // Gap g lies before skeleton[g]; the last gap after the whole skeleton.
    auto gaps = [&](const QStringList &side, auto &&placedHere) {
        QList<QStringList> out(skeleton.size() + 1);
        qsizetype gap = 0;
        for (const QString &k : side) {
            const auto it = skeletonIndex.constFind(k);
            if (it != skeletonIndex.cend())
                gap = it.value() + 1;
            else if (placedHere(k))
                out[gap].append(k);
        }
        return out;
    };
    const QList<QStringList> theirsGaps = gaps(t, byTheirs);
    const QList<QStringList> oursGaps = gaps(o, byOurs);

    QStringList order;
    order.reserve(keep.size());
    for (qsizetype g = 0; g <= skeleton.size(); ++g) {
        order += theirsGaps[g];
        order += oursGaps[g];
        if (g < skeleton.size())
            order.append(skeleton[g]);
    }
    return order;
}

QStringList occurrenceKeys(const QStringList &values)
{
    QStringList keys;
    keys.reserve(values.size());
    QHash<QString, int> seen;
    for (const QString &v : values) {
        const int n = seen[v]++;
        keys.append(n == 0 && !v.contains(occurrenceMark) ? v : v + occurrenceMark + QString::number(n));
    }
    return keys;
}

QString keyValue(const QString &key)
{
    const qsizetype mark = key.lastIndexOf(occurrenceMark);
    return mark < 0 ? key : key.left(mark);
}

QStringList mergeStrings(const QStringList &base, const QStringList &ours, const QStringList &theirs)
{
    if (ours == base || ours == theirs)
        return theirs;
    if (theirs == base)
        return ours;
    const QStringList b = occurrenceKeys(base);
    const QStringList o = occurrenceKeys(ours);
    const QStringList t = occurrenceKeys(theirs);
    const QSet<QString> inBase(b.begin(), b.end());
    const QSet<QString> inOurs(o.begin(), o.end());
    const QSet<QString> inTheirs(t.begin(), t.end());
    QSet<QString> keep;
    for (const QString &k : b) {
        if (inOurs.contains(k) && inTheirs.contains(k))
            keep.insert(k);
    }
    for (const QStringList *side : {&o, &t}) {
        for (const QString &k : *side) {
            if (!inBase.contains(k))
                keep.insert(k);
        }
    }
    QStringList out;
    for (const QString &k : mergeOrder(b, o, t, keep))
        out.append(keyValue(k));
    return out;
}

} // namespace almanac::merge
