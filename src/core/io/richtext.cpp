#include "richtext.h"

#include <QHash>
#include <QRegularExpression>

namespace almanac::richtext {

QString decodeEntity(const QString &name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("\u2013")},
        {QStringLiteral("mdash"), QStringLiteral("\u2014")},
        {QStringLiteral("hellip"), QStringLiteral("\u2026")},
        {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
        {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
        {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
        {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
        {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
        {QStringLiteral("egrave"), QStringLiteral("\u00E8")},
        {QStringLiteral("aacute"), QStringLiteral("\u00E1")},
        {QStringLiteral("ouml"), QStringLiteral("\u00F6")},
        {QStringLiteral("uuml"), QStringLiteral("\u00FC")},
        {QStringLiteral("auml"), QStringLiteral("\u00E4")},
        {QStringLiteral("copy"), QStringLiteral("\u00A9")},
        {QStringLiteral("deg"), QStringLiteral("\u00B0")},
        {QStringLiteral("middot"), QStringLiteral("\u00B7")},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint cp = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                : name.mid(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && cp != '\t'))
            return QStringLiteral("\uFFFD");
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name);
}

QString toPlainText(const QString &markup)
{
    if (!markup.contains(u'<') && !markup.contains(u'&'))
        return markup.simplified();
    // A tag: a name that starts with a letter (namespaces as in "jats:p"), then attributes.
    static const QRegularExpression tag(
        QStringLiteral("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9:_-]*)((?:\\s[^<>]*)?)/?>"));
    static const QRegularExpression entity(QStringLiteral("&(#?[A-Za-z0-9]{1,10});"));
    const QChar paragraph(0xE000); // private use: never in decoded text, dropped below
    QString text;
    qsizetype at = 0;
    for (auto it = tag.globalMatch(markup); it.hasNext();) {
        const auto m = it.next();
        text += QStringView(markup).sliced(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString name = m.captured(2).toLower();
        if (name == u"p" || name == u"jats:p" || name == u"br" || name == u"div" || name == u"jats:sec" ||
            name == u"jats:title" || name == u"li")
            text += paragraph;
    }
    text += QStringView(markup).sliced(at);
    QString decoded;
    at = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString value = decodeEntity(m.captured(1));
        if (value.isEmpty())
            continue;
        decoded += QStringView(text).sliced(at, m.capturedStart() - at);
        decoded += value;
        at = m.capturedEnd();
    }
    decoded += QStringView(text).sliced(at);
    QStringList paragraphs;
    for (const QString &p : decoded.split(paragraph)) {
        const QString s = QString(p).remove(paragraph).simplified();
        if (!s.isEmpty())
            paragraphs << s;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace almanac::richtext
