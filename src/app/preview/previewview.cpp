#include "preview/previewview.h"

#include "guide/language.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebChannel>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QtConcurrent/QtConcurrentRun>

namespace almanac {

PreviewView::PreviewView(QWidget *parent) : GuardedView(parent), m_renderer(std::make_shared<PageRenderer>())
{
    m_renderer->setRemembersFields(true);
    installScripts();
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &PreviewView::renderFinished);
    setAccessibleName(tr("Page preview"));
}

PreviewView::~PreviewView()
{
    m_watcher.waitForFinished();
}

void PreviewView::installScripts()
{
    // The bridge lives in the application's own script world: the page's
    // content has no script at all, and could not reach it if it had.
    auto *bridge = new PreviewBridge(this);
    auto *channel = new QWebChannel(this);
    channel->registerObject(QStringLiteral("bridge"), bridge);
    previewPage()->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
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
    previewPage()->scripts().insert(script(QStringLiteral("qwebchannel"),
                                           QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                           QWebEngineScript::DocumentCreation));
    previewPage()->scripts().insert(script(QStringLiteral("almanac-bridge"),
                                           QStringLiteral(":/almanac/preview/bridge.js"),
                                           QWebEngineScript::DocumentReady));
}

void PreviewView::revealBlock(const QString &field, int line)
{
    if (m_loadedSlug.isEmpty())
        return;
    const QString args =
        QString::fromUtf8(QJsonDocument(QJsonArray{field, line}).toJson(QJsonDocument::Compact));
    previewPage()->runJavaScript(QStringLiteral("window.almanacReveal && almanacReveal(...%1)").arg(args),
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
    m_pageMain.clear();
    ++m_pageState;
    clearPage();
}

void PreviewView::makePatchCall(Rendered &page, const QByteArray &base)
{
    page.patchCall.clear();
    if (page.main.isEmpty())
        return;
    QList<pagepatch::Patch> patches;
    if (base.isEmpty()) {
        patches.append(pagepatch::Patch{});
        patches.front().whole = true;
        patches.front().html = page.main;
    } else {
        patches = pagepatch::diff(base, page.main);
    }
    page.patchBytes = 0;
    for (const pagepatch::Patch &p : std::as_const(patches))
        page.patchBytes += p.html.size();
    QJsonArray args = page.details;
    args.prepend(pagepatch::toJson(patches)); // none: the page's <main> is the same
    page.patchCall = QStringLiteral("window.almanacApply ? almanacApply(...%1) : false")
                         .arg(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
}

void PreviewView::startRender()
{
    auto job = std::move(*m_pending);
    m_pending.reset();
    // The patch is made against what the page will hold when this render is
    // shown: the last page sent to it, if it is this guide's.
    const bool samePage = job.first.slug == m_loadedSlug;
    const QByteArray base = samePage ? m_pageMain : QByteArray();
    const quint64 state = m_pageState;
    // One render at a time: the renderer and its fields are this job's alone.
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), base, state, renderer = m_renderer] {
        Rendered r;
        r.slug = job.first.slug;
        r.html = renderer->render(job.first, job.second);
        r.main = pagepatch::mainOf(r.html);
        r.base = state;
        const qsizetype titleStart = r.html.indexOf("<title>") + 7;
        const qsizetype titleEnd = r.html.indexOf("</title>");
        if (!r.main.isEmpty() && titleEnd > titleStart) {
            // The page's language and direction sit on <html>, outside <main>.
            const QString lang = language::ofPage(job.first.language);
            r.details = {QString::fromUtf8(r.html.mid(titleStart, titleEnd - titleStart)), lang,
                         language::direction(lang)};
            if (!base.isEmpty())
                makePatchCall(r, base);
        } else {
            r.main.clear();
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
    setServedPage(m_slug, page.html);
    if (m_slug != m_loadedSlug || m_loading || page.main.isEmpty()) {
        loadRendered(page);
        return;
    }
    // Same guide: patch the page in place; no reload, no flicker, scroll kept.
    if (page.base != m_pageState || page.patchCall.isEmpty())
        makePatchCall(page, m_pageMain); // made against another page state (rare)
    m_pageMain = page.main;
    ++m_pageState;
    m_lastPatchBytes = page.patchBytes;
    m_patching = true;
    previewPage()->runJavaScript(page.patchCall, QWebEngineScript::ApplicationWorld,
                                 [this, page, alive = std::weak_ptr<bool>(m_alive)](const QVariant &ok) {
                                     if (alive.expired())
                                         return; // answered while the view was being destroyed
                                     m_patching = false;
                                     if (m_waiting) {
                                         // A newer render is waiting; it is made against this patch.
                                         Rendered next = std::move(*m_waiting);
                                         m_waiting.reset();
                                         if (ok.toBool()) {
                                             Q_EMIT rendered(page.slug);
                                             showRendered(std::move(next));
                                         } else {
                                             loadRendered(next);
                                         }
                                         return;
                                     }
                                     if (ok.toBool())
                                         Q_EMIT rendered(page.slug);
                                     else
                                         loadRendered(
                                             page); // the page was not what the patch was for: load it afresh
                                 });
}

void PreviewView::loadRendered(const Rendered &page)
{
    m_slug = page.slug;
    setServedPage(m_slug, page.html);
    m_loading = true;
    m_loadedSlug.clear();
    m_pageMain = page.main;
    ++m_pageState;
    m_lastPatchBytes = page.html.size();
    connect(
        previewPage(), &QWebEnginePage::loadFinished, this,
        [this, slug = m_slug](bool ok) {
            m_loading = false;
            m_loadedSlug = ok ? slug : QString();
            Q_EMIT rendered(slug);
        },
        Qt::SingleShotConnection);
    previewPage()->load(pageUrl(m_slug));
}

} // namespace almanac
