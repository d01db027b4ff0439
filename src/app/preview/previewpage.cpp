#include "preview/previewpage.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace almanac {

void PreviewSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme s(scheme);
    s.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    s.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
               QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(s);
}

void PreviewSchemeHandler::setPage(const QString &slug, const QByteArray &html)
{
    m_slug = slug;
    m_html = html;
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QString expected = QStringLiteral("/guides/%1/index.html").arg(m_slug);
    if (job->requestUrl().path() != expected || m_html.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(m_html);
    job->reply("text/html;charset=utf-8", buffer);
}

void PreviewRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString s = info.requestUrl().scheme();
    if (s == QLatin1String(PreviewSchemeHandler::scheme) || s == QLatin1String("data") ||
        s == QLatin1String("about"))
        return;
    ++m_blocked;
    info.block(true);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false;
    if (url.scheme() == QLatin1String(PreviewSchemeHandler::scheme)) {
        if (type != NavigationTypeLinkClicked)
            return true;
        // In-page links (citations, the sources list) scroll; links to another
        // guide open it in the workstation.
        if (url.adjusted(QUrl::RemoveFragment) == this->url().adjusted(QUrl::RemoveFragment))
            return true;
        const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        if (parts.size() == 3 && parts[0] == QLatin1String("guides"))
            Q_EMIT guideLinkActivated(parts[1]);
        return false;
    }
    if (type == NavigationTypeLinkClicked &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
         url.scheme() == QLatin1String("mailto"))) {
        Q_EMIT externalLinkActivated(url);
        QDesktopServices::openUrl(url);
    }
    return false;
}

} // namespace almanac
