#include "previewview.h"

#include "previewpage.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace almanac {

PreviewView::PreviewView(QWidget *parent) : QWebEngineView(parent)
{
    // A private, off-the-record profile: no cache or cookies on disk, and a
    // guard that lets only the preview's own scheme through.
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
    connect(m_page, &PreviewPage::guideLinkActivated, this, &PreviewView::guideLinkActivated);
    connect(&m_watcher, &QFutureWatcher<QByteArray>::finished, this, &PreviewView::renderFinished);
    setAccessibleName(tr("Page preview"));
}

PreviewView::~PreviewView()
{
    m_watcher.waitForFinished();
    // The page must go before the profile it was made with.
    setPage(nullptr);
    delete m_page;
}

int PreviewView::blockedRequests() const
{
    return m_guard->blockedCount();
}

void PreviewView::showGuide(const Guide &guide, const RenderContext &context)
{
    m_pending = std::make_pair(guide, context);
    if (!m_watcher.isRunning())
        startRender();
}

void PreviewView::clear()
{
    m_pending.reset();
    m_slug.clear();
    m_handler->setPage(QString(), QByteArray());
    m_page->setHtml(QString());
}

void PreviewView::startRender()
{
    auto job = std::move(*m_pending);
    m_pending.reset();
    m_renderingSlug = job.first.slug;
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job)] {
        thread_local PageRenderer renderer;
        return renderer.render(job.first, job.second);
    }));
}

void PreviewView::renderFinished()
{
    const QByteArray html = m_watcher.result();
    if (m_pending) {
        // Something newer arrived while this one rendered: show that instead.
        startRender();
        return;
    }
    m_slug = m_renderingSlug;
    m_handler->setPage(m_slug, html);
    const QUrl url(QStringLiteral("%1:/guides/%2/index.html").arg(QLatin1String(PreviewSchemeHandler::scheme), m_slug));
    connect(
        m_page, &QWebEnginePage::loadFinished, this,
        [this, slug = m_slug](bool) { Q_EMIT rendered(slug); }, Qt::SingleShotConnection);
    m_page->load(url);
}

} // namespace almanac
