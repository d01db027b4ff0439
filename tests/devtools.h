#pragma once

// A Chrome DevTools Protocol session with Debian's headless Chromium, over
// --remote-debugging-pipe: the browser reads commands on its fd 3 and writes
// replies and events on its fd 4, each a JSON object ending in a NUL byte. A
// shell gives it the QProcess's stdin and stdout as those two, so nothing but
// QtCore is needed. Used to read a page's accessibility tree as Chromium
// builds it for screen readers.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace almanac::testing {

class DevTools
{
public:
    ~DevTools()
    {
        if (m_browser.state() != QProcess::NotRunning) {
            call(QStringLiteral("Browser.close"), {}, {}, 5000);
            if (!m_browser.waitForFinished(5000)) {
                m_browser.kill();
                m_browser.waitForFinished(5000);
            }
        }
    }

    bool start(const QString &chromium, const QString &profile, QString *error)
    {
        m_browser.setProgram(QStringLiteral("sh"));
        m_browser.setArguments(
            {QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null"),
             chromium, QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
             QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
             QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + profile,
             QStringLiteral("--remote-debugging-pipe"), QStringLiteral("about:blank")});
        m_browser.setProcessChannelMode(QProcess::SeparateChannels);
        m_browser.start();
        if (!m_browser.waitForStarted(10000)) {
            *error = QStringLiteral("chromium did not start: ") + m_browser.errorString();
            return false;
        }
        const QJsonObject version = call(QStringLiteral("Browser.getVersion"));
        if (version.isEmpty()) {
            *error = QStringLiteral("chromium does not answer on its debugging pipe: ") +
                     QString::fromUtf8(m_browser.readAllStandardError().right(2000));
            return false;
        }
        return true;
    }

    // Sends a command (to a page's session when one is given) and waits for its
    // result; an empty object when it failed or timed out (lastError says why).
    QJsonObject call(const QString &method, const QJsonObject &params = {}, const QString &session = {},
                     int timeoutMs = 30000)
    {
        const int id = m_nextId++;
        QJsonObject message{{QStringLiteral("id"), id},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("params"), params}};
        if (!session.isEmpty())
            message.insert(QStringLiteral("sessionId"), session);
        m_browser.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\0');
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            QJsonObject in;
            if (!next(&in, timeoutMs - int(clock.elapsed())))
                break;
            if (in.value(QStringLiteral("id")).toInt() != id) {
                m_events.append(in);
                continue;
            }
            if (in.contains(QStringLiteral("error"))) {
                m_lastError = QJsonDocument(in.value(QStringLiteral("error")).toObject()).toJson();
                return {};
            }
            return in.value(QStringLiteral("result")).toObject();
        }
        m_lastError = QStringLiteral("%1: no answer within %2 ms").arg(method).arg(timeoutMs);
        return {};
    }

    // Waits for an event (of a page's session when one is given).
    bool waitFor(const QString &method, const QString &session, int timeoutMs)
    {
        auto matches = [&](const QJsonObject &e) {
            return e.value(QStringLiteral("method")).toString() == method &&
                   (session.isEmpty() || e.value(QStringLiteral("sessionId")).toString() == session);
        };
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (matches(m_events[i])) {
                m_events.remove(0, i + 1);
                return true;
            }
        }
        m_events.clear();
        QElapsedTimer clock;
        clock.start();
        QJsonObject in;
        while (clock.elapsed() < timeoutMs && next(&in, timeoutMs - int(clock.elapsed()))) {
            if (matches(in))
                return true;
        }
        return false;
    }

    // Opens a page in a new tab and waits for its load event; the session's id.
    QString open(const QString &url, int timeoutMs = 30000)
    {
        const QString target = call(QStringLiteral("Target.createTarget"),
                                    {{QStringLiteral("url"), QStringLiteral("about:blank")}})
                                   .value(QStringLiteral("targetId"))
                                   .toString();
        const QString session =
            call(QStringLiteral("Target.attachToTarget"),
                 {{QStringLiteral("targetId"), target}, {QStringLiteral("flatten"), true}})
                .value(QStringLiteral("sessionId"))
                .toString();
        if (session.isEmpty())
            return {};
        call(QStringLiteral("Page.enable"), {}, session);
        call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url}}, session);
        return waitFor(QStringLiteral("Page.loadEventFired"), session, timeoutMs) ? session : QString();
    }

    QString lastError() const { return m_lastError; }

private:
    bool next(QJsonObject *out, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const qsizetype end = m_buffer.indexOf('\0');
            if (end >= 0) {
                *out = QJsonDocument::fromJson(m_buffer.left(end)).object();
                m_buffer.remove(0, end + 1);
                return true;
            }
            if (clock.elapsed() >= timeoutMs || m_browser.state() == QProcess::NotRunning)
                return false;
            if (m_browser.waitForReadyRead(std::max(1, timeoutMs - int(clock.elapsed()))))
                m_buffer += m_browser.readAllStandardOutput();
        }
    }

    QProcess m_browser;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
    QString m_lastError;
    int m_nextId = 1;
};

} // namespace almanac::testing
