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

// One term of a search as typed: a bare word or a quoted phrase.
struct Term
{
    QString text;
    bool prefix = false;
};

// What both dialects search for: the terms, distinct, at most maxSearchTerms.
QList<Term> parseTerms(const QString &typedText, bool prefix)
{
    // FTS5 reads its query as a C string: a NUL would cut a quoted term short.
    QString typed = typedText.left(maxSearchLength);
    if (!typed.isEmpty() && typed.back().isHighSurrogate())
        typed.chop(1); // not half a character
    typed.replace(QChar(0), u' ');
    QList<Term> terms;
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
                terms.append({phrase.toString()});
            lastIsBareWord = false;
            i = close < 0 ? n : close + 1;
            continue;
        }
        qsizetype j = i;
        while (j < n && !typed[j].isSpace() && typed[j] != u'"')
            ++j;
        const QStringView word = QStringView(typed).sliced(i, j - i);
        if (hasWordCharacter(word)) {
            terms.append({word.toString()});
            lastIsBareWord = true;
        }
        i = j;
    }
    if (terms.isEmpty())
        return {};
    // A prefix only makes sense on a word still being typed, not after a space.
    if (prefix && lastIsBareWord && !typed.back().isSpace())
        terms.back().prefix = true;
    // Each term costs FTS5 a pass over its matches: 5,000 copies of one word took 27 s.
    // A term said twice says nothing more, and no one types more than a few dozen.
    QList<Term> distinct;
    QSet<QString> seen;
    for (const Term &t : std::as_const(terms)) {
        const QString folded = t.text.toCaseFolded() + (t.prefix ? QStringLiteral("*") : QString());
        if (seen.contains(folded))
            continue;
        seen.insert(folded);
        distinct << t;
        if (distinct.size() == maxSearchTerms)
            break;
    }
    return distinct;
}

// A term's words as the tokenizers see them: runs of letters and digits.
QStringList wordsOf(const QString &term)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= term.size(); ++i) {
        const bool word =
            i < term.size() && (term[i].isLetterOrNumber() || term[i].isMark() || term[i].isSurrogate());
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            out << term.mid(start, i - start);
            start = -1;
        }
    }
    return out;
}
} // namespace

QString toFtsQuery(const QString &typedText, bool prefix)
{
    QStringList out;
    for (const Term &t : parseTerms(typedText, prefix))
        out << quoted(t.text) + (t.prefix ? QStringLiteral("*") : QString());
    return out.join(u' ');
}

QString toTsQuery(const QString &typedText, bool prefix)
{
    QStringList out;
    for (const Term &t : parseTerms(typedText, prefix)) {
        QStringList lexemes;
        for (QString w : wordsOf(t.text)) {
            w.replace(u'\\', QStringLiteral("\\\\"));
            w.replace(u'\'', QStringLiteral("''"));
            lexemes << u'\'' + w + u'\'';
        }
        if (lexemes.isEmpty())
            continue;
        if (t.prefix)
            lexemes.back() += QStringLiteral(":*");
        out << (lexemes.size() == 1 ? lexemes.front() : u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')');
    }
    return out.join(QStringLiteral(" & "));
}

} // namespace almanac
