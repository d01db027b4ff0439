#pragma once

#include <QObject>

namespace almanac {

// The object the preview's script talks to over QWebChannel.
class PreviewBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Q_INVOKABLE void blockClicked(const QString &field, int line) { Q_EMIT clicked(field, line); }
    Q_INVOKABLE void scrolledTo(const QString &field, int line) { Q_EMIT scrolled(field, line); }

Q_SIGNALS:
    void clicked(const QString &field, int line);
    void scrolled(const QString &field, int line);
};

} // namespace almanac
