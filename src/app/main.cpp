#include "editor/guideeditor.h"
#include "mainwindow.h"
#include "previewpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("almanac-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    almanac::PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Almanac Studio"));
    QApplication::setDesktopFileName(QStringLiteral("org.almanacstudio.AlmanacStudio"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("almanac-studio"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Editorial workstation for structured guides."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QApplication::translate("main", "Open the workspace at PATH."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("guide"),
                      QApplication::translate("main", "Show the guide with this SLUG."),
                      QStringLiteral("SLUG")});
    parser.process(app);

    almanac::MainWindow window;
    QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = qEnvironmentVariable("ALMANAC_WORKSPACE");
    if (path.isEmpty()) {
        const QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
        path = recent.value(0);
    }
    window.show();
    if (!path.isEmpty()) {
        QString error;
        if (!window.openWorkspace(path, &error))
            QMessageBox::warning(&window, QApplication::translate("main", "Open Workspace"), error);
        else if (parser.isSet(QStringLiteral("guide")) &&
                 window.showGuide(parser.value(QStringLiteral("guide"))))
            window.currentEditor()->goToPlace(QStringLiteral("title"));
    }
    return app.exec();
}
