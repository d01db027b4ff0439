// bare_window: the smallest Qt Widgets program, for bench_typing's start-up
// figures. Prints "paint MS" (from ALMANAC_BENCH_LAUNCH_NS, the launcher's
// steady clock) after its first paint, then quits.

#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <chrono>
#include <cstdio>

namespace {
double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class Window : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        // The back buffer is flushed after this paint; the next turn of the loop comes after that.
        QTimer::singleShot(0, this, [] {
            std::printf("paint %.1f\n", nowMs() - qgetenv("ALMANAC_BENCH_LAUNCH_NS").toDouble() / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(500, qApp, &QApplication::quit);
        });
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window w(QStringLiteral("Hello"));
    w.resize(800, 600);
    w.show();
    return app.exec();
}
