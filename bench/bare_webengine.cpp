// bare_webengine: the smallest QWebEngineView program showing a page, for
// bench_typing's start-up figures. Prints "paint MS" after the view's first
// paint and "page MS" when the page has loaded (from ALMANAC_BENCH_LAUNCH_NS,
// the launcher's steady clock), then quits.

#include <QApplication>
#include <QTimer>
#include <QWebEngineView>
#include <chrono>
#include <cstdio>

namespace {
double sinceLaunch()
{
    const double now =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    return now - qgetenv("ALMANAC_BENCH_LAUNCH_NS").toDouble() / 1e6;
}

class PaintWatch : public QObject
{
public:
    using QObject::QObject;
    bool painted = false;
    bool loaded = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("paint %.1f\n", sinceLaunch());
                std::fflush(stdout);
                if (loaded)
                    QTimer::singleShot(500, qApp, &QApplication::quit);
            });
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    PaintWatch watch;
    view.installEventFilter(&watch);
    QObject::connect(&view, &QWebEngineView::loadFinished, &view, [&] {
        std::printf("page %.1f\n", sinceLaunch());
        std::fflush(stdout);
        watch.loaded = true;
        if (watch.painted)
            QTimer::singleShot(500, qApp, &QApplication::quit);
    });
    view.setHtml(QStringLiteral("<!doctype html><title>Hello</title><h1>Hello</h1><p>A bare page.</p>"));
    view.resize(800, 600);
    view.show();
    return app.exec();
}
