#include "window/graphicsbackend.h"

#include <QFileInfo>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace almanac {

void chooseGraphicsBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") && !QFileInfo::exists(QStringLiteral("/dev/dri")))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace almanac
