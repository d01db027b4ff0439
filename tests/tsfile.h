#pragma once

// A Qt Linguist catalog (.ts) as the tests read it.

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace almanac::test {

struct Message
{
    QString context, source, type;
    QString translatorComment;
    bool numerus = false;
    QStringList forms; // one, or the numerus forms
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

inline TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!m.source.isNull())
                ts.messages.append(m);
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translatorcomment")) {
            m.translatorComment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            m.forms.append(xml.readElementText());
        }
    }
    if (!m.source.isNull())
        ts.messages.append(m);
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The translation of a message (its first form), or an empty string.
inline QString translationIn(const QString &path, const QString &context, const QString &source)
{
    for (const Message &m : readTs(path).messages) {
        if (m.context == context && m.source == source)
            return m.forms.value(0);
    }
    return {};
}

} // namespace almanac::test
