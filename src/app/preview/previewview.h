#pragma once

#include "guide/guide.h"
#include "preview/guardedview.h"
#include "render/pagerenderer.h"

#include <QFutureWatcher>
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

Q_SIGNALS:
    // The page shows the newest render (loaded, or patched in place).
    void rendered(const QString &slug);
    // A block was clicked in the page: its field and first line.
    void blockActivated(const QString &field, int line);
    // The reader scrolled the page: the first block in view.
    void scrolledTo(const QString &field, int line);

private:
    // A rendered page and the script that patches it into the loaded one, both
    // made off the GUI thread (for a long guide the script is megabytes).
    struct Rendered
    {
        QString slug;
        QByteArray html;
        QString patchCall; // empty if the page has no <main> to patch
    };

    void startRender();
    void renderFinished();
    void showRendered(Rendered page);
    void installScripts();

    QFutureWatcher<Rendered> m_watcher;
    std::optional<std::pair<Guide, RenderContext>> m_pending;
    std::optional<Rendered> m_waiting; // rendered while a patch was in flight
    bool m_patching = false;
    QString m_slug;
    QString m_loadedSlug; // the page in the view, ready to be patched
    bool m_loading = false;
    // Gone with this view's own members: a patch's answer that WebEngine
    // delivers while the base class destroys the page finds it expired, and
    // touches nothing of a view that is no more.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace almanac
