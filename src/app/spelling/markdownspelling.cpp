#include "spelling/markdownspelling.h"

#include <QBitArray>
#include <QRegularExpression>

namespace almanac::markdownspelling {

namespace {
constexpr quint16 BacktickFence = 0x100;
constexpr quint16 TildeFence = 0x200;

// Marks characters no spelling applies to: code spans, URLs, link targets,
// citation keys and e-mail addresses, HTML tags and entities.
QBitArray unspellable(const QString &line)
{
    QBitArray mask(int(line.size()));
    auto markRange = [&mask](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k)
            mask.setBit(int(k));
    };
    for (qsizetype i = 0; i < line.size();) {
        if (line[i] != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < line.size() && line[i + run] == QLatin1Char('`'))
            ++run;
        qsizetype end = -1;
        for (qsizetype j = i + run; j < line.size();) {
            if (line[j] != QLatin1Char('`')) {
                ++j;
                continue;
            }
            qsizetype closing = 0;
            while (j + closing < line.size() && line[j + closing] == QLatin1Char('`'))
                ++closing;
            if (closing == run) {
                end = j + closing;
                break;
            }
            j += closing;
        }
        markRange(i, end < 0 ? i + run : end);
        i = end < 0 ? i + run : end;
    }
    const QRegularExpression skipped(
        QStringLiteral(R"((?:\b[a-zA-Z][a-zA-Z0-9+.-]*://|\bwww\.|\bmailto:)[^\s<>]*)"
                       R"(|\]\([^)\s]*)"
                       R"(|[\w.+-]*@[\w:.#$%&+?<>~/-]+)"
                       R"(|</?[A-Za-z][^>]*>|&#?\w+;)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = skipped.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        markRange(m.capturedStart(), m.capturedEnd());
    }
    return mask;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

} // namespace

// CommonMark fences: up to three spaces, then three or more backticks or tildes.
// The state is 0 outside a fence, else the fence character and length.
quint16 fenceStateAfter(quint16 before, QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == QLatin1Char(' '))
        ++i;
    if (i > 3 || i >= line.size())
        return before;
    const QChar c = line[i];
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return before;
    qsizetype j = i;
    while (j < line.size() && line[j] == c)
        ++j;
    const qsizetype run = j - i;
    if (run < 3)
        return before;
    const QStringView rest = line.mid(j);
    const bool backtick = c == QLatin1Char('`');
    if (before == 0) {
        if (backtick && rest.contains(QLatin1Char('`')))
            return 0; // an inline code span, not a fence
        return quint16((backtick ? BacktickFence : TildeFence) | qMin<qsizetype>(run, 0xff));
    }
    const bool sameChar = backtick == ((before & BacktickFence) != 0);
    if (sameChar && run >= (before & 0xff) && rest.trimmed().isEmpty())
        return 0;
    return before;
}

// Offsets and lengths of the words in one line that are worth checking: not
// acronyms or CamelCase names, no digits or underscores, not in code or links.
QList<QPair<int, int>> spellableWords(const QString &line)
{
    QList<QPair<int, int>> words;
    QBitArray mask;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        if (!isWordChar(line[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n) {
            if (isWordChar(line[end]) || (isApostrophe(line[end]) && end + 1 < n &&
                                          line[end - 1].isLetter() && line[end + 1].isLetter())) {
                ++end;
                continue;
            }
            // Emphasis inside a word ("**C**lustered", "un*believ*able"): the
            // markers between two letters join them into one word.
            qsizetype after = end;
            while (after < n && line[after] == QLatin1Char('*'))
                ++after;
            if (after == end || after >= n || !line[end - 1].isLetter() || !line[after].isLetter())
                break;
            end = after;
        }
        qsizetype start = i;
        i = end;
        while (start < end && line[start] == QLatin1Char('_'))
            ++start;
        while (end > start && line[end - 1] == QLatin1Char('_'))
            --end;
        if (end - start < 2)
            continue;
        bool skip = false;
        for (qsizetype k = start; k < end && !skip; ++k) {
            const QChar c = line[k];
            skip = c.isDigit() || c == QLatin1Char('_') || (k > start && c.isUpper());
        }
        if (skip || line[start].isDigit())
            continue;
        if (line[start].isUpper() && line[start + 1].isUpper())
            continue; // an acronym
        if (mask.isEmpty())
            mask = unspellable(line);
        bool masked = false;
        for (qsizetype k = start; k < end && !masked; ++k)
            masked = mask.testBit(int(k));
        if (!masked)
            words.append({int(start), int(end - start)});
    }
    return words;
}

QString wordAt(const QString &line, int start, int length)
{
    QString word = line.mid(start, length);
    word.remove(QLatin1Char('*'));
    return word;
}

} // namespace almanac::markdownspelling
