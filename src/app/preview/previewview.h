#pragma once

#include "guide/guide.h"
#include "preview/guardedview.h"
#include "render/pagepatch.h"
#include "render/pagerenderer.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <memory>
#include <optional>

namespace almanac {

// The rendered page of a guide, from the same renderer and templates as the
// published page. Rendering runs off the GUI thread; a guide that arrives while
// a render runs waits, and only the newest one is rendered next. The page takes
// one patch at a time: a render that finishes while the page is still applying
// the previous patch waits, and only the newest one is sent.
class PreviewView : public GuardedView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    void showGuide(const Guide &guide, const RenderContext &context);
    void clear();
    QString slug() const { return m_slug; }

    // Scrolls the block of a field (a JSON path) that holds the line into view.
    void revealBlock(const QString &field, int line);

    // The bytes of HTML the last patch sent to the page held (a whole page
    // when it was loaded); how much the page had to parse. For tests.
    qsizetype lastPatchBytes() const { return m_lastPatchBytes; }

Q_SIGNALS:
    // The page shows the newest render (loaded, or patched in place).
    void rendered(const QString &slug);
    // A block was clicked in the page: its field and first line.
    void blockActivated(const QString &field, int line);
    // The reader scrolled the page: the first block in view.
    void scrolledTo(const QString &field, int line);

private:
    // A rendered page and the script that patches the loaded page to it, both
    // made off the GUI thread: the render, and the patch against what the page
    // will hold by then (the last page sent to it, `base`).
    struct Rendered
    {
        QString slug;
        QByteArray html;
        QByteArray main;    // its <main>; empty if it has none to patch
        QJsonArray details; // title, language and direction
        quint64 base = 0;   // the page state the patch was made against
        QString patchCall;
        qsizetype patchBytes = 0;
    };

    void startRender();
    void renderFinished();
    void showRendered(Rendered page);
    void loadRendered(const Rendered &page);
    void installScripts();
    static void makePatchCall(Rendered &page, const QByteArray &base);

    // Renders one guide after another off the GUI thread, keeping the last
    // render's fields, so that a keystroke re-renders one field.
    std::shared_ptr<PageRenderer> m_renderer;
    QFutureWatcher<Rendered> m_watcher;
    std::optional<std::pair<Guide, RenderContext>> m_pending;
    std::optional<Rendered> m_waiting; // rendered while a patch was in flight
    bool m_patching = false;
    QString m_slug;
    QString m_loadedSlug;    // the page in the view, ready to be patched
    QByteArray m_pageMain;   // the <main> the page holds once what was sent is applied
    quint64 m_pageState = 0; // counts the changes of m_pageMain
    qsizetype m_lastPatchBytes = 0;
    bool m_loading = false;
    // Gone with this view's own members: a patch's answer that WebEngine
    // delivers while the base class destroys the page finds it expired, and
    // touches nothing of a view that is no more.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace almanac
