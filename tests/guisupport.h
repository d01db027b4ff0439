#pragma once

// What several workstation tests share.

#include <QApplication>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace almanac::test {

// Runs fn on the next modal dialog of type T once it shows (looking every 50 ms:
// the shortcut or action that opens it may wait for the window to be active
// first). The timer it returns stops when the dialog is found.
template <typename T, typename Fn> QPointer<QTimer> whenModal(Fn fn)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, fn] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fn(dialog);
        }
    });
    timer->start();
    return timer;
}

// With ALMANAC_SHOTS=DIR, saves what the widget shows as DIR/name.png, to be looked at.
inline void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALMANAC_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace almanac::test
