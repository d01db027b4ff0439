#pragma once

#include "guide/guide.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace almanac {

// Citation keys for imported sources: the key an item asked for when it is a
// valid one, else the nearest valid key, and never one that is taken.
namespace citationkeys {

// Keeps the key when it is a valid citation key; otherwise the nearest valid one
// ("Müller 2020" -> "Muller-2020"), or empty when nothing of it is left.
QString validKey(const QString &wanted);
// A key made from the outlet and the first words of the title.
QString fallbackKey(const Source &source);

// Keys in use, and for each base the next number to try, so that a thousand
// sources wanting one key take linear time, not quadratic.
struct KeySet
{
    QSet<QString> taken;
    QHash<QString, int> next;

    // base when free, else base-2, base-3, ...; the base is cut so that the
    // number still fits in a key's 200 characters.
    QString unique(const QString &base);
};

} // namespace citationkeys
} // namespace almanac
