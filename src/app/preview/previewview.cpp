#include "preview/previewview.h"

#include "preview/previewbridge.h"
#include "preview/previewpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
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
    installScripts();
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &PreviewView::renderFinished);
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

void PreviewView::installScripts()
{
    // The bridge lives in the application's own script world: the page's
    // content has no script at all, and could not reach it if it had.
    auto *bridge = new PreviewBridge(this);
    auto *channel = new QWebChannel(this);
    channel->registerObject(QStringLiteral("bridge"), bridge);
    m_page->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
    connect(bridge, &PreviewBridge::clicked, this, &PreviewView::blockActivated);
    connect(bridge, &PreviewBridge::scrolled, this, &PreviewView::scrolledTo);
    auto script = [](const QString &name, const QString &resource, QWebEngineScript::InjectionPoint when) {
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing resource %s", qPrintable(resource));
        QWebEngineScript s;
        s.setName(name);
        s.setSourceCode(QString::fromUtf8(f.readAll()));
        s.setWorldId(QWebEngineScript::ApplicationWorld);
        s.setInjectionPoint(when);
        s.setRunsOnSubFrames(false);
        return s;
    };
    m_page->scripts().insert(script(QStringLiteral("qwebchannel"),
                                    QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                    QWebEngineScript::DocumentCreation));
    m_page->scripts().insert(script(QStringLiteral("almanac-bridge"),
                                    QStringLiteral(":/almanac/preview/bridge.js"),
                                    QWebEngineScript::DocumentReady));
}

void PreviewView::revealBlock(const QString &field, int line)
{
    if (m_loadedSlug.isEmpty())
        return;
    const QString args =
        QString::fromUtf8(QJsonDocument(QJsonArray{field, line}).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(QStringLiteral("window.almanacReveal && almanacReveal(...%1)").arg(args),
                          QWebEngineScript::ApplicationWorld);
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
    m_waiting.reset();
    m_slug.clear();
    m_loadedSlug.clear();
    m_handler->setPage(QString(), QByteArray());
    m_page->setHtml(QString());
}

void PreviewView::startRender()
{
    auto job = std::move(*m_pending);
    m_pending.reset();
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job)] {
        thread_local PageRenderer renderer;
        Rendered r{job.first.slug, renderer.render(job.first, job.second), {}};
        const QByteArray &html = r.html;
        const qsizetype start = html.indexOf("<main");
        const qsizetype end = html.lastIndexOf("</main>");
        const qsizetype titleStart = html.indexOf("<title>") + 7;
        const qsizetype titleEnd = html.indexOf("</title>");
        if (start >= 0 && end > start && titleEnd > titleStart) {
            const QJsonArray args{QString::fromUtf8(html.mid(start, end + 7 - start)),
                                  QString::fromUtf8(html.mid(titleStart, titleEnd - titleStart))};
            r.patchCall = QStringLiteral("window.almanacPatch ? almanacPatch(...%1) : false")
                              .arg(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        }
        return r;
    }));
}

void PreviewView::renderFinished()
{
    Rendered result = m_watcher.result();
    if (m_pending) {
        // Something newer arrived while this one rendered: show that instead.
        startRender();
        return;
    }
    if (m_patching) {
        // The page is still busy with the previous patch: queueing another
        // behind it would let the page fall further behind with every key.
        m_waiting = std::move(result);
        return;
    }
    showRendered(std::move(result));
}

void PreviewView::showRendered(Rendered page)
{
    m_slug = page.slug;
    m_handler->setPage(m_slug, page.html);
    if (m_slug == m_loadedSlug && !m_loading && !page.patchCall.isEmpty()) {
        // Same guide: patch the page in place; no reload, no flicker, scroll kept.
        m_patching = true;
        m_page->runJavaScript(page.patchCall, QWebEngineScript::ApplicationWorld,
                              [this, slug = m_slug](const QVariant &ok) {
                                  m_patching = false;
                                  if (ok.toBool())
                                      Q_EMIT rendered(slug);
                                  else
                                      m_loadedSlug.clear(); // the next render loads the page afresh
                                  if (m_waiting) {
                                      Rendered next = std::move(*m_waiting);
                                      m_waiting.reset();
                                      showRendered(std::move(next));
                                  }
                              });
        return;
    }
    const QUrl url(
        QStringLiteral("%1:/guides/%2/index.html").arg(QLatin1String(PreviewSchemeHandler::scheme), m_slug));
    m_loading = true;
    connect(
        m_page, &QWebEnginePage::loadFinished, this,
        [this, slug = m_slug](bool ok) {
            m_loading = false;
            m_loadedSlug = ok ? slug : QString();
            Q_EMIT rendered(slug);
        },
        Qt::SingleShotConnection);
    m_page->load(url);
}

} // namespace almanac
