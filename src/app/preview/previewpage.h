#pragma once

#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

namespace almanac {

// Serves the rendered page to the preview under almanac-preview:/guides/SLUG/.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static constexpr const char *scheme = "almanac-preview";
    // Must run before the QApplication is made.
    static void registerScheme();

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void setPage(const QString &slug, const QByteArray &html);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QString m_slug;
    QByteArray m_html;
};

// Lets the preview load only its own page: no request leaves the machine.
class PreviewRequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked; }

private:
    int m_blocked = 0;
};

// The preview's page: links to the web open in the system browser, links to
// other guides ask the window to open them, and nothing else navigates.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

Q_SIGNALS:
    void guideLinkActivated(const QString &slug);
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace almanac
