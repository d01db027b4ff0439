#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("almanac"));
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    return almanac::CommandLine().run(QCoreApplication::arguments());
}
