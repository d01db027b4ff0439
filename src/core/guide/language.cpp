#include "language.h"

#include <QList>

namespace almanac::language {

namespace {

bool allOf(QStringView s, bool (*pred)(QChar))
{
    for (const QChar c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

enum class Kind
{
    Language,
    Script,
    Region,
    Variant,
    Invalid
};

// What the subtag at this position can be, after what came before it.
Kind kindOf(QStringView sub, Kind previous)
{
    const qsizetype n = sub.size();
    if (previous == Kind::Invalid) // the first subtag
        return n >= 2 && n <= 3 && allOf(sub, isAsciiLetter) ? Kind::Language : Kind::Invalid;
    if (previous == Kind::Language && n == 4 && allOf(sub, isAsciiLetter))
        return Kind::Script;
    if ((previous == Kind::Language || previous == Kind::Script) &&
        ((n == 2 && allOf(sub, isAsciiLetter)) || (n == 3 && allOf(sub, isAsciiDigit))))
        return Kind::Region;
    if (((n >= 5 && n <= 8) || (n == 4 && isAsciiDigit(sub.front()))) && allOf(sub, isAsciiAlnum))
        return Kind::Variant;
    return Kind::Invalid;
}

QList<QStringView> subtags(QStringView tag)
{
    QList<QStringView> out;
    for (const QStringView part : tag.tokenize(u'-'))
        out.append(part);
    return out;
}

} // namespace

bool isValid(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > 64)
        return false;
    Kind previous = Kind::Invalid;
    for (const QStringView sub : subtags(tag)) {
        previous = kindOf(sub, previous);
        if (previous == Kind::Invalid)
            return false;
    }
    return true;
}

QString canonical(QStringView tag)
{
    if (!isValid(tag))
        return tag.toString();
    QString out;
    Kind previous = Kind::Invalid;
    for (const QStringView sub : subtags(tag)) {
        previous = kindOf(sub, previous);
        if (!out.isEmpty())
            out += u'-';
        if (previous == Kind::Script)
            out += sub.left(1).toString().toUpper() + sub.mid(1).toString().toLower();
        else if (previous == Kind::Region)
            out += sub.toString().toUpper();
        else
            out += sub.toString().toLower();
    }
    return out;
}

bool isRightToLeft(QStringView tag)
{
    // Languages whose usual script runs right to left (ISO 639), and the
    // right-to-left scripts (ISO 15924) a script subtag may name.
    static const QStringList languages = {
        QStringLiteral("ar"),  QStringLiteral("arc"), QStringLiteral("ckb"), QStringLiteral("dv"),
        QStringLiteral("fa"),  QStringLiteral("he"),  QStringLiteral("iw"),  QStringLiteral("ks"),
        QStringLiteral("nqo"), QStringLiteral("ps"),  QStringLiteral("sd"),  QStringLiteral("syr"),
        QStringLiteral("ug"),  QStringLiteral("ur"),  QStringLiteral("yi"),  QStringLiteral("ji")};
    static const QStringList scripts = {
        QStringLiteral("arab"), QStringLiteral("hebr"), QStringLiteral("syrc"),
        QStringLiteral("thaa"), QStringLiteral("nkoo"), QStringLiteral("adlm"),
        QStringLiteral("rohg"), QStringLiteral("mand"), QStringLiteral("samr")};
    if (!isValid(tag))
        return false;
    Kind previous = Kind::Invalid;
    for (const QStringView sub : subtags(tag)) {
        previous = kindOf(sub, previous);
        if (previous == Kind::Script)
            return scripts.contains(sub.toString().toLower());
    }
    return languages.contains(primary(tag));
}

QString direction(QStringView tag)
{
    return isRightToLeft(tag) ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString openGraphLocale(QStringView tag)
{
    const QString tagText = canonical(tag);
    QString lang = primary(tagText);
    Kind previous = Kind::Invalid;
    for (const QStringView sub : subtags(tagText)) {
        previous = kindOf(sub, previous);
        if (previous == Kind::Region && sub.size() == 2)
            return lang + u'_' + sub.toString();
    }
    return lang;
}

QString primary(QStringView tag)
{
    const qsizetype dash = tag.indexOf(u'-');
    return (dash < 0 ? tag : tag.left(dash)).toString().toLower();
}

QString ofPage(const QString &tag)
{
    return tag.isEmpty() ? fallback.toString() : canonical(tag);
}

} // namespace almanac::language
