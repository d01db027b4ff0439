#include "searchquery.h"

#include <QSet>
#include <QStringList>

namespace almanac {

namespace {
bool hasWordCharacter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(QStringView term)
{
    QString out = term.toString();
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}
} // namespace

QString toFtsQuery(const QString &typedText, bool prefix)
{
    // FTS5 reads its query as a C string: a NUL would cut a quoted term short.
    QString typed = typedText.left(maxSearchLength);
    if (!typed.isEmpty() && typed.back().isHighSurrogate())
        typed.chop(1); // not half a character
    typed.replace(QChar(0), u' ');
    QStringList terms;
    bool lastIsBareWord = false;
    qsizetype i = 0;
    const qsizetype n = typed.size();
    while (i < n) {
        if (typed[i].isSpace()) {
            ++i;
            continue;
        }
        if (typed[i] == u'"') {
            const qsizetype close = typed.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            const QStringView phrase = QStringView(typed).sliced(i + 1, end - i - 1);
            if (hasWordCharacter(phrase))
                terms << quoted(phrase);
            lastIsBareWord = false;
            i = close < 0 ? n : close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < n && !typed[j].isSpace() && typed[j] != u'"')
            ++j;
        const QStringView word = QStringView(typed).sliced(i, j - i);
        if (hasWordCharacter(word)) {
            terms << quoted(word);
            lastIsBareWord = true;
        }
        i = j;
    }
    if (terms.isEmpty())
        return {};
    // A prefix only makes sense on a word still being typed, not after a space.
    if (prefix && lastIsBareWord && !typed.back().isSpace())
        terms.back() += u'*';
    // Each term costs FTS5 a pass over its matches: 5,000 copies of one word took 27 s.
    // A term said twice says nothing more, and no one types more than a few dozen.
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &t : std::as_const(terms)) {
        const QString folded = t.toCaseFolded();
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        distinct << t;
        if (distinct.size() == maxSearchTerms)
            break;
    }
    return distinct.join(u' ');
}

} // namespace almanac
