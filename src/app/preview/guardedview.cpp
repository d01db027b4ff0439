#include "preview/guardedview.h"

#include "preview/previewpage.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace almanac {

GuardedView::GuardedView(QWidget *parent) : QWebEngineView(parent)
{
    // A private, off-the-record profile: no cache or cookies on disk, and a
    // guard that lets only the view's own scheme through.
    m_profile = new QWebEngineProfile(this);
    m_handler = new PreviewSchemeHandler(this);
    m_guard = new PreviewRequestGuard(this);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::scheme, m_handler);
    m_profile->setUrlRequestInterceptor(m_guard);
    m_page = new PreviewPage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    // Content never runs script; the workstation's own scripts run in their own world.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_page, &PreviewPage::guideLinkActivated, this, &GuardedView::guideLinkActivated);
}

GuardedView::~GuardedView()
{
    // The page must go before the profile it was made with.
    setPage(nullptr);
    delete m_page;
}

int GuardedView::blockedRequests() const
{
    return m_guard->blockedCount();
}

QUrl GuardedView::pageUrl(const QString &slug)
{
    return QUrl(
        QStringLiteral("%1:/guides/%2/index.html").arg(QLatin1String(PreviewSchemeHandler::scheme), slug));
}

void GuardedView::setServedPage(const QString &slug, const QByteArray &html)
{
    m_handler->setPage(slug, html);
}

void GuardedView::loadPage(const QString &slug, const QByteArray &html)
{
    setServedPage(slug, html);
    m_page->load(pageUrl(slug));
}

void GuardedView::clearPage()
{
    setServedPage(QString(), QByteArray());
    m_page->setHtml(QString());
}

} // namespace almanac
