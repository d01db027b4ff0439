#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QSettings>
#include <QTranslator>

// Qt reads the layout direction from this one message of the installed
// translations; marked here so that lupdate keeps it in ours (Arabic: "RTL").
[[maybe_unused]] static const char *const layoutDirection[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left "
    "languages (such as Hebrew and Arabic) to get proper widget layout.");

namespace almanac::interfacelanguage {

namespace {

const QString settingsKey = QStringLiteral("interface/language");

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool speaks(const QLocale &l)
{
    return available().contains(QLocale::languageToCode(l.language()));
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")};
}

QString chosen()
{
    const QString tag = QSettings().value(settingsKey).toString();
    return available().contains(tag) ? tag : QString();
}

void choose(const QString &tag)
{
    QSettings settings;
    if (tag.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, tag);
}

QLocale locale()
{
    const QString tag = chosen();
    return tag.isEmpty() ? systemLocale() : QLocale(tag);
}

QLocale systemLocale()
{
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        const QLocale l(preferred);
        if (speaks(l))
            return l;
    }
    return QLocale(QLocale::English);
}

QLocale install(QCoreApplication *app)
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    const QLocale l = locale();
    if (l.language() == QLocale::English)
        return l;
    const auto load = [app, &l](const QString &name, const QString &folder) {
        auto *t = new QTranslator(app);
        if (t->load(l, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(t))
            installed().append(t);
        else
            delete t;
    };
    // Qt's own first: ours, installed later, are asked first.
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("almanac"), QStringLiteral(":/almanac/i18n")); // the core's messages
    load(QStringLiteral("almanac-studio"), QStringLiteral(":/almanac/i18n"));
    return l;
}

QString nativeName(const QString &tag)
{
    if (tag == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(tag).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace almanac::interfacelanguage
