#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("almanac"));
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    // Messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    // where there is a translation: Qt's own (the option parser's) and ours.
    // What scripts read (columns, ids, states, JSON) stays as it is.
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    QTranslator ours;
    if (ours.load(QLocale(), QStringLiteral("almanac"), QStringLiteral("_"),
                  QStringLiteral(":/almanac/i18n")))
        QCoreApplication::installTranslator(&ours);
    return almanac::CommandLine().run(QCoreApplication::arguments());
}
