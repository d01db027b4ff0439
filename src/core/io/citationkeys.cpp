#include "citationkeys.h"

#include "guide/validate.h"

#include <QRegularExpression>

namespace almanac::citationkeys {

namespace {

// A key cut to at most length characters that still ends as a key must: cutting
// "a.b" after the dot would leave "a.", which no reader takes.
QString cutKey(const QString &key, qsizetype length)
{
    QString k = key.left(length);
    while (!k.isEmpty() && !(k.back().isLetterOrNumber() || k.back() == u'_'))
        k.chop(1);
    return k;
}

constexpr qsizetype maxKeyLength = 200; // guide::isValidSourceKey

} // namespace

// Keeps the key when it is a valid citation key; otherwise the nearest valid one.
QString validKey(const QString &wanted)
{
    if (guide::isValidSourceKey(wanted))
        return wanted;
    // "Müller2020" -> "Muller2020": drop accents before replacing what is left.
    QString k;
    const QString decomposed = wanted.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            k += c;
    }
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_:.#$%&+?<>~/-]+"));
    k.replace(bad, QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$"));
    k.remove(edges);
    return cutKey(k, maxKeyLength);
}

QString fallbackKey(const Source &s)
{
    QString base = guide::slugify(s.outlet);
    const QStringList words = guide::slugify(s.title).split(u'-', Qt::SkipEmptyParts).mid(0, 4);
    if (!words.isEmpty())
        base += (base.isEmpty() ? QString() : QStringLiteral("-")) + words.join(u'-');
    return base.isEmpty() ? QStringLiteral("source") : base;
}

QString KeySet::unique(const QString &base)
{
    if (!taken.contains(base)) {
        taken.insert(base);
        return base;
    }
    for (int n = std::max(2, next.value(base));; ++n) {
        const QString suffix = u'-' + QString::number(n);
        const QString k = cutKey(base, maxKeyLength - suffix.size()) + suffix;
        if (!taken.contains(k)) {
            next.insert(base, n + 1);
            taken.insert(k);
            return k;
        }
    }
}

} // namespace almanac::citationkeys
