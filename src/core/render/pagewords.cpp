#include "render/pagewords.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QTranslator>
#include <memory>

namespace almanac {

namespace {

// The words, marked for lupdate; PageWords::tr looks them up by the same text.
constexpr const char *pageWords[] = {
    QT_TRANSLATE_NOOP("Page", "TL;DR"),
    QT_TRANSLATE_NOOP("Page", "Key takeaways"),
    QT_TRANSLATE_NOOP("Page", "Timeline"),
    QT_TRANSLATE_NOOP("Page", "Sources:"),
    QT_TRANSLATE_NOOP("Page", "Source %1"),
    QT_TRANSLATE_NOOP("Page", "Source %1: %2"),
    QT_TRANSLATE_NOOP("Page", "source"),
    QT_TRANSLATE_NOOP("Page", "Related topics"),
    QT_TRANSLATE_NOOP("Page", "FAQ"),
    QT_TRANSLATE_NOOP("Page", "Versions"),
    QT_TRANSLATE_NOOP("Page", "live"),
    QT_TRANSLATE_NOOP("Page", "draft"),
    QT_TRANSLATE_NOOP("Page", "updated %1"),
    QT_TRANSLATE_NOOP("Page", "Not published yet: this is the working draft."),
    QT_TRANSLATE_NOOP("Page", "Related guides (%1)"),
    QT_TRANSLATE_NOOP("Page", "No guide has this slug"),
    QT_TRANSLATE_NOOP("Page", "More on %1 (%2)"),
    QT_TRANSLATE_NOOP("Page", "Relevance %1 of 10"),
    QT_TRANSLATE_NOOP("Page", "Made with %1."),
    QT_TRANSLATE_NOOP("Page", "Untitled guide"),
    QT_TRANSLATE_NOOP("Page", "Date to be confirmed"),
    QT_TRANSLATE_NOOP("Page", "Guide"),
    QT_TRANSLATE_NOOP("Page", "Beginner"),
    QT_TRANSLATE_NOOP("Page", "Intermediate"),
    QT_TRANSLATE_NOOP("Page", "Advanced"),
    QT_TRANSLATE_NOOP("Page", "active"),
    QT_TRANSLATE_NOOP("Page", "archived"),
};

constexpr char resourceFolder[] = ":/almanac/i18n";

// One translator per language, loaded once and never changed: QTranslator's
// lookups are then safe from the renderer's threads.
const QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(language); it != loaded.cend())
        return it->get();
    auto t = std::make_shared<QTranslator>();
    if (!t->load(QStringLiteral("almanac-page_") + language, QLatin1String(resourceFolder)))
        t.reset();
    loaded.insert(language, t);
    return t.get();
}

} // namespace

PageWords::PageWords(const QString &languageTag)
    : m_locale(languageTag.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                     : QLocale(languageTag))
{
    const QString tag = languageTag.toLower();
    if (tag.isEmpty() || tag == u"en" || tag.startsWith(u"en-"))
        return;
    m_translator = translatorFor(tag);
    if (!m_translator)
        m_translator = translatorFor(tag.section(u'-', 0, 0));
}

QString PageWords::tr(const char *source) const
{
    if (m_translator) {
        const QString t = m_translator->translate("Page", source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QList<const char *> PageWords::words()
{
    return {std::begin(pageWords), std::end(pageWords)};
}

QStringList PageWords::languages()
{
    QStringList out;
    for (const QString &file :
         QDir(QLatin1String(resourceFolder)).entryList({QStringLiteral("almanac-page_*.qm")}))
        out << file.mid(13).chopped(3);
    return out;
}

} // namespace almanac
