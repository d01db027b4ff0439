#include "editor/guideeditor.h"
#include "preview/previewpage.h"
#include "settings/interfacelanguage.h"
#include "window/graphicsbackend.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {

// --screenshot waits this long after the first paint: the workspace opens and
// the page renders in the meantime.
constexpr int ScreenshotDelayMs = 4000;

// Runs a job once, right after the window's first paint: the window shows at
// once, and the workspace and WebEngine come up behind it.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> job) : QObject(window), m_job(std::move(job))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_job) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [job = std::move(m_job)] { job(); });
        }
        return false;
    }

private:
    std::function<void()> m_job;
};

} // namespace

int main(int argc, char *argv[])
{
    almanac::chooseGraphicsBackend();
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("almanac-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    almanac::PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Almanac Studio"));
    QApplication::setDesktopFileName(QStringLiteral("org.almanacstudio.AlmanacStudio"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.almanacstudio.AlmanacStudio"),
                         QIcon(QStringLiteral(":/almanac/icons/org.almanacstudio.AlmanacStudio.png"))));

    // The language chosen in Preferences, else the system's (Arabic turns the layout right to left).
    almanac::interfacelanguage::install(&app);

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
    parser.addOption(
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Save a picture of the window to FILE (PNG) once the workspace "
                                         "and guide are shown and the page has had a few seconds to "
                                         "render, then quit: for documentation and bug reports."),
         QStringLiteral("FILE")});
    parser.process(app);

    almanac::MainWindow window;
    QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = qEnvironmentVariable("ALMANAC_WORKSPACE");
    if (path.isEmpty()) {
        const QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
        path = recent.value(0);
    }
    const QString guide = parser.value(QStringLiteral("guide"));
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    new AfterFirstPaint(&window, [&window, path, guide, screenshot] {
        if (!screenshot.isEmpty()) {
            QTimer::singleShot(ScreenshotDelayMs, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot, "PNG");
                if (!saved)
                    std::fprintf(stderr, "almanac-studio: cannot write %s\n", qPrintable(screenshot));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        }
        if (path.isEmpty())
            return;
        QString error;
        if (!window.openWorkspace(path, &error)) {
            if (!screenshot.isEmpty()) // no one to read a dialog
                std::fprintf(stderr, "almanac-studio: %s\n", qPrintable(error));
            else
                QMessageBox::warning(&window, QApplication::translate("main", "Open Workspace"), error);
        } else if (!guide.isEmpty() && window.showGuide(guide)) {
            window.currentEditor()->goToPlace(QStringLiteral("title"));
        }
    });
    window.show();
    return app.exec();
}
