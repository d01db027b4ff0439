#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace almanac::merge {

// Order merge of lists of unique keys (item ids): the order of the merged list
// whose members are `keep` (each in ours or theirs). Items that neither side
// moved keep their base order; an item one side inserted or moved goes where
// that side put it, after the same unmoved item; one both sides moved goes
// where theirs put it. Where both sides put items at the same place, theirs
// come first, then ours (a fixed rule, so the result is deterministic).
QStringList mergeOrder(const QStringList &base, const QStringList &ours, const QStringList &theirs,
                       const QSet<QString> &keep);

// Three-way merge of plain string lists (topics, related guides): what either
// side added is in, what either side removed is out, the order merged as above.
// A value that occurs more than once counts each occurrence apart.
QStringList mergeStrings(const QStringList &base, const QStringList &ours, const QStringList &theirs);

// Keys for the items of a list: the values themselves, a repeated value's later
// occurrences told apart by a suffix that keyValue() removes again.
QStringList occurrenceKeys(const QStringList &values);
QString keyValue(const QString &key);

} // namespace almanac::merge
