// bench_typing: what an editor feels in the workstation. Types into a section
// body of a typical and a 100,000-word guide in the real MainWindow and times,
// for every keystroke, the key event to the page's DOM showing it (read back
// from the page); watches the GUI thread for stalls while typing; and times
// start-up of the real almanac-studio binary against a bare Qt Widgets window
// and a bare QWebEngineView, all started the same way in the same run.
//
//   bench_typing [--keys N] [--only typical|large] [--no-pauses] [--runs R]
//                [--skip-typing] [--skip-startup]
//
// Needs a display (run under xvfb-run -s "-screen 0 1600x1000x24 -br"; the
// start-up figures look for the first non-black pixel of the new window) and,
// as root, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu".

#include "document/partmodel.h"
#include "editor/guideeditor.h"
#include "editor/markdownedit.h"
#include "editor/partpage.h"
#include "guidegen.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "render/pagepatch.h"
#include "render/pagerenderer.h"
#include "stats.h"
#include "store/workspace.h"
#include "window/graphicsbackend.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QWebEngineScript>
#include <cstdio>
#include <ctime>
#include <deque>
#include <functional>
#include <map>

using namespace almanac;
using namespace almanac::bench;

namespace {

constexpr std::uint64_t seed = 20261127;
constexpr double stallMs = 16;
const QString startMarker = QStringLiteral("Zyxmark ");
const QString endMarker = QStringLiteral("Qwvend");

double nowMs()
{
    return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
}

// CPU time of the calling thread.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Times every event the GUI thread handles at the outermost level, so that a
// stall can be put down to what ran in it.
class BenchApp : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Events of other threads (the session's worker, the renderer's) are
        // not the GUI thread's stalls.
        if (m_depth > 0 || !m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        // Named before: the event may delete its receiver.
        std::string what = describe(receiver, event);
        const double start = nowMs();
        const bool result = QApplication::notify(receiver, event);
        const double ms = nowMs() - start;
        --m_depth;
        if (ms > 4) {
            Slow &s = m_slow[what];
            ++s.count;
            s.total += ms;
            s.max = std::max(s.max, ms);
            if (ms > stallMs)
                ++s.stalls;
        }
        m_recent.push_back({start, ms, std::move(what)});
        if (m_recent.size() > 512)
            m_recent.pop_front();
        return result;
    }

    struct Slow
    {
        int count = 0;
        int stalls = 0;
        double total = 0;
        double max = 0;
    };
    void record(bool on)
    {
        m_recording = on;
        if (on)
            m_slow.clear();
    }
    const std::map<std::string, Slow> &slow() const { return m_slow; }

    // What ran on the GUI thread since `since`, by receiver and event, the
    // longest total first, and how much of the time since then no event
    // accounts for (the event loop itself: X11, WebEngine's own tasks).
    std::string ranSince(double since) const
    {
        std::map<std::string, std::pair<double, int>> byWhat;
        double accounted = 0;
        for (const Ran &r : m_recent) {
            if (r.start >= since) {
                auto &[ms, n] = byWhat[r.what];
                ms += r.ms;
                ++n;
                accounted += r.ms;
            }
        }
        std::vector<std::pair<std::string, std::pair<double, int>>> sorted(byWhat.begin(), byWhat.end());
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.second.first > b.second.first; });
        std::string out;
        for (std::size_t i = 0; i < sorted.size() && i < 4; ++i) {
            out += (i ? "; " : "") + sorted[i].first + " " + fmt(sorted[i].second.first) + " ms";
            if (sorted[i].second.second > 1)
                out += " (" + std::to_string(sorted[i].second.second) + " events)";
        }
        out += (out.empty() ? "" : "; ") + std::string("outside any event ") +
               fmt(nowMs() - since - accounted) + " ms";
        return out;
    }

private:
    static std::string describe(QObject *receiver, QEvent *event)
    {
        QString what = QString::fromLatin1(receiver->metaObject()->className());
        if (auto *timer = qobject_cast<QTimer *>(receiver)) {
            // GuideEditor's lint and autosave timers and MarkdownEdit's spelling
            // timer have no names; their intervals tell them apart.
            const int interval = timer->interval();
            what += interval == 250   ? QStringLiteral(" 250 ms (lint + File tab)")
                    : interval == 800 ? QStringLiteral(" 800 ms (autosave)")
                    : interval == 150 ? QStringLiteral(" 150 ms (spelling)")
                                      : QStringLiteral(" %1 ms").arg(interval);
        } else if (receiver->parent()) {
            what +=
                QStringLiteral(" in ") + QString::fromLatin1(receiver->parent()->metaObject()->className());
        }
        return QStringLiteral("%1 / event %2").arg(what).arg(int(event->type())).toStdString();
    }

    struct Ran
    {
        double start;
        double ms;
        std::string what;
    };
    std::deque<Ran> m_recent;
    int m_depth = 0;
    bool m_recording = false;
    std::map<std::string, Slow> m_slow;
};

QVariant evaluate(PreviewView *view, const QString &script, double *roundTripMs = nullptr)
{
    QVariant result;
    bool done = false;
    const double start = nowMs();
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        std::fprintf(stderr, "script did not answer\n");
    if (roundTripMs)
        *roundTripMs = nowMs() - start;
    return result;
}

bool waitForRender(PreviewView *view, int timeoutMs)
{
    bool done = false;
    auto c = QObject::connect(view, &PreviewView::rendered, view, [&] { done = true; });
    const bool ok = QTest::qWaitFor([&] { return done; }, timeoutMs);
    QObject::disconnect(c);
    Q_UNUSED(ok);
    return done;
}

// What a typist types: words from a sentence, 30-80 ms apart; with pauses, a
// 1.2 s pause after every eighth word (long enough for lint and autosave to run).
struct Typing
{
    QString text;
    std::vector<double> gaps; // before each key
};

Typing typingFor(int keys, bool pauses)
{
    static const QString sentence = QStringLiteral("the quick brown fox jumps over the lazy dog while "
                                                   "editors revise their notes on battery storage ");
    Typing t;
    Rng rng(seed + 7);
    int words = 0;
    for (int i = 0; i < keys; ++i) {
        const QChar c = sentence[i % sentence.size()];
        double gap = rng.between(30, 80);
        if (pauses && i > 0 && t.text.back() == u' ' && ++words % 8 == 0)
            gap = 1200;
        t.text += c;
        t.gaps.push_back(gap);
    }
    return t;
}

struct TypingResult
{
    std::vector<double> latency;
    std::vector<double> handler; // GUI time inside the key event itself
    double maxGap = 0;
    std::string longest;   // what ran in the longest gap
    double longestCpu = 0; // the GUI thread's CPU time in it
    int stalls = 0;
    int busyStalls = 0; // gaps with more than 16 ms of the GUI thread's own CPU time
    int renders = 0;
    int mismatches = 0;
    double readbackMs = 0;
    std::map<std::string, BenchApp::Slow> slow;
};

// Types into the middle paragraph of the middle section's body and times each
// keystroke to the page showing it.
TypingResult typeInto(BenchApp &app, GuideEditor *editor, const Typing &typing)
{
    TypingResult r;
    PartPage *sections = editor->page(Part::Sections);
    editor->tabs()->setCurrentWidget(sections);
    const int row = sections->model()->rowCount() / 2;
    sections->setCurrentRow(row);
    auto *body = qobject_cast<MarkdownEdit *>(sections->detailEditor(QStringLiteral("body")));
    body->setFocus();
    QTest::qWait(50);

    // The start of a paragraph in the middle of the body: nothing opened before it.
    QTextBlock block = body->document()->findBlockByNumber(body->document()->blockCount() / 2);
    while (block.isValid() && !(block.text().size() > 20 && block.text().front().isLetter()))
        block = block.next();
    if (!block.isValid())
        block = body->document()->firstBlock();
    QTextCursor cursor(block);
    body->setTextCursor(cursor);
    // Two markers the page shows the typed text between.
    QTest::keyClicks(body, startMarker + endMarker + QLatin1Char(' '));
    cursor = body->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(endMarker.size()) + 1);
    body->setTextCursor(cursor);

    PreviewView *view = editor->preview();
    const QString readback =
        QStringLiteral("(function(){const e=document.querySelector('[data-field=\"sections[%1].body\"]');"
                       "if(!e)return null;const t=e.textContent;const a=t.indexOf('%2');"
                       "const b=t.indexOf('%3',a);return a<0||b<0?null:t.slice(a+%4,b);})()")
            .arg(row)
            .arg(startMarker, endMarker)
            .arg(startMarker.size());
    // The markers are in the page, and lint and autosave have settled.
    const bool settled = QTest::qWaitFor(
        [&] {
            const QVariant v = evaluate(view, readback);
            return v.typeId() == QMetaType::QString && v.toString().isEmpty();
        },
        20000);
    if (!settled)
        std::fprintf(stderr, "the page never showed the markers\n");
    QTest::qWait(1500);
    std::vector<double> rt;
    for (int i = 0; i < 15; ++i) {
        double ms = 0;
        evaluate(view, readback, &ms);
        rt.push_back(ms);
    }
    r.readbackMs = Stats::of(rt).median;

    const std::size_t n = static_cast<std::size_t>(typing.text.size());
    std::vector<double> due(n), shown(n, -1);
    r.handler.resize(n);
    std::size_t next = 0;
    std::size_t seen = 0; // keystrokes the page has shown
    bool typingDone = false;

    // The GUI thread's heartbeat: a 1 ms timer; a late tick is a stall.
    double lastTick = nowMs();
    double lastCpu = threadCpuMs();
    bool beating = false;
    QTimer heart;
    heart.setTimerType(Qt::PreciseTimer);
    heart.setInterval(1);
    QObject::connect(&heart, &QTimer::timeout, &heart, [&] {
        const double t = nowMs();
        const double cpu = threadCpuMs();
        if (beating) {
            const double gap = t - lastTick;
            if (gap > r.maxGap) {
                r.longest = app.ranSince(lastTick);
                r.longestCpu = cpu - lastCpu;
            }
            r.maxGap = std::max(r.maxGap, gap);
            if (gap > stallMs) {
                ++r.stalls;
                // Most of the gap on the CPU: the GUI thread was working, not
                // waiting for a core that the page's process and Xvfb held.
                if (cpu - lastCpu > stallMs)
                    ++r.busyStalls;
            }
        }
        lastTick = t;
        lastCpu = cpu;
    });

    // A render that shows keystroke k ends the wait of every keystroke <= k.
    auto read = [&] {
        view->page()->runJavaScript(readback, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
            const double t = nowMs();
            const QString typed = v.toString();
            if (!typing.text.startsWith(typed)) {
                ++r.mismatches;
                return;
            }
            const auto count = static_cast<std::size_t>(typed.size());
            for (; seen < count && seen < next; ++seen)
                shown[seen] = t - due[seen];
        });
    };
    auto onRendered = QObject::connect(view, &PreviewView::rendered, view, [&] {
        ++r.renders;
        read();
    });

    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer);
    keys.setSingleShot(true);
    double clock = 0;
    QObject::connect(&keys, &QTimer::timeout, &keys, [&] {
        // The key is "pressed" at its due time: a busy GUI thread delays the
        // event, and that delay is part of the latency.
        due[next] = clock;
        const double start = nowMs();
        QTest::keyClick(body, typing.text[qsizetype(next)].toLatin1());
        r.handler[next] = nowMs() - start;
        ++next;
        if (next == n) {
            typingDone = true;
            return;
        }
        clock += typing.gaps[next];
        keys.start(std::max(0, int(clock - nowMs())));
    });
    app.record(true);
    heart.start();
    QTest::qWait(20);
    beating = true;
    clock = nowMs() + typing.gaps[0];
    keys.start(int(typing.gaps[0]));
    if (!QTest::qWaitFor([&] { return typingDone && seen == n; }, 120000))
        std::fprintf(stderr, "timed out waiting for the page\n");
    beating = false;
    heart.stop();
    app.record(false);
    r.slow = app.slow();
    QObject::disconnect(onRendered);
    for (std::size_t i = 0; i < n; ++i) {
        if (shown[i] >= 0)
            r.latency.push_back(shown[i]);
    }
    if (r.latency.size() != n)
        std::fprintf(stderr, "only %zu of %zu keystrokes reached the page\n", r.latency.size(), n);
    return r;
}

// The script that times, inside the page, what `call` (an expression) costs
// with the layout it leaves: [its own time, the layout's].
QString timedInPage(const QString &call)
{
    return QStringLiteral("(function(){const t0=performance.now();const ok=%1;const t1=performance.now();"
                          "document.body.offsetHeight;const t2=performance.now();"
                          "return ok===false?false:[t1-t0,t2-t1];})()")
        .arg(call);
}

// Costs of the steps between a keystroke and the page, each timed on its own:
// one letter typed into the middle section's body, as the preview sends it;
// and what the page would pay for the whole <main> instead.
void breakdown(GuideEditor *editor)
{
    PreviewView *view = editor->preview();
    const Guide &g = editor->document()->guide();
    RenderContext ctx;
    ctx.now = QDateTime::currentDateTimeUtc();
    PageRenderer renderer; // as the preview's: the last render's fields kept
    renderer.setRemembersFields(true);
    std::vector<double> render, diff, call, apply, wholeApply;
    QByteArray html;
    Guide typed = g;
    QString &body = typed.sections[typed.sections.size() / 2].body;
    const qsizetype at = body.indexOf(QLatin1String(". ")) + 1;
    qsizetype patchBytes = 0;
    auto json = [](const QJsonArray &args) {
        return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
    };
    const QString replaceMain = QStringLiteral(
        "(function(html){const t=document.createElement('template');t.innerHTML=html;"
        "document.querySelector('main').replaceWith(t.content.querySelector('main'));})(%1[0])");
    // The page holds the guide as rendered here; each step types one letter.
    QByteArray shown = pagepatch::mainOf(renderer.render(g, ctx));
    evaluate(view, timedInPage(replaceMain.arg(json({QString::fromUtf8(shown)}))));
    for (int i = 0; i < 7; ++i) {
        body.insert(at, QLatin1Char('x'));
        auto t = Clock::now();
        html = renderer.render(typed, ctx);
        render.push_back(msSince(t));
        const QByteArray main = pagepatch::mainOf(html);
        t = Clock::now();
        const QList<pagepatch::Patch> patches = pagepatch::diff(shown, main);
        diff.push_back(msSince(t));
        t = Clock::now();
        patchBytes = 0;
        for (const pagepatch::Patch &p : patches)
            patchBytes += p.html.size();
        const QJsonArray args{pagepatch::toJson(patches), QStringLiteral("t"), QString(), QString()};
        const QString script = timedInPage(QStringLiteral("window.almanacApply(...%1)").arg(json(args)));
        call.push_back(msSince(t));
        const QVariantList inPage = evaluate(view, script).toList();
        if (inPage.isEmpty())
            std::fprintf(stderr, "the page refused the patch\n");
        apply.push_back(inPage.value(0).toDouble() + inPage.value(1).toDouble());
        shown = main;
    }
    for (int i = 0; i < 5; ++i) {
        const QVariantList inPage =
            evaluate(view, timedInPage(replaceMain.arg(json({QString::fromUtf8(shown)})))).toList();
        wholeApply.push_back(inPage.value(0).toDouble() + inPage.value(1).toDouble());
    }
    std::printf("  steps: render %s ms (one field anew) and patch %s ms (worker thread), script %s ms; the "
                "patch %lld bytes of "
                "a %lld KB page\n",
                fmt(Stats::of(render).median).c_str(), fmt(Stats::of(diff).median).c_str(),
                fmt(Stats::of(call).median).c_str(), static_cast<long long>(patchBytes),
                static_cast<long long>(html.size() / 1024));
    std::printf("         in the page: patch and lay out %s ms; the whole <main> instead %s ms\n",
                fmt(Stats::of(apply).median).c_str(), fmt(Stats::of(wholeApply).median).c_str());
}

void printTyping(const char *name, const TypingResult &r, double target, double target99)
{
    std::vector<double> sorted = r.latency;
    std::sort(sorted.begin(), sorted.end());
    const Stats s = Stats::of(r.latency);
    const Stats h = Stats::of(r.handler);
    std::printf(
        "%-8s keys %zu  latency median %s ms  p90 %s ms  p99 %s ms  max %s ms  (target median < %.0f ms, "
        "p99 < %.0f ms: %s)\n",
        name, r.latency.size(), fmt(s.median).c_str(), fmt(s.p90).c_str(), fmt(s.p99).c_str(),
        fmt(sorted.empty() ? 0 : sorted.back()).c_str(), target, target99,
        s.median < target && s.p99 < target99 ? "met" : "MISSED");
    std::printf(
        "         GUI thread: longest gap %s ms, gaps > 16 ms: %d (%s)  key handler median %s ms max %s "
        "ms\n",
        fmt(r.maxGap).c_str(), r.stalls, r.maxGap <= stallMs ? "met" : "MISSED", fmt(h.median).c_str(),
        fmt(*std::max_element(r.handler.begin(), r.handler.end())).c_str());
    std::printf("         the longest gap: %s; the GUI thread on a CPU %s ms of it\n", r.longest.c_str(),
                fmt(r.longestCpu).c_str());
    std::printf("         gaps > 16 ms with more than 16 ms of the GUI thread's own CPU time: %d\n",
                r.busyStalls);
    std::printf("         renders shown %d for %zu keys; readback round trip %s ms; mismatches %d\n",
                r.renders, r.handler.size(), fmt(r.readbackMs).c_str(), r.mismatches);
    for (const auto &[what, slow] : r.slow) {
        if (slow.max > 8)
            std::printf("         slow: %-70s n %3d  > 16 ms %3d  max %s ms  total %s ms\n", what.c_str(),
                        slow.count, slow.stalls, fmt(slow.max).c_str(), fmt(slow.total).c_str());
    }
}

// ---- start-up -------------------------------------------------------------

double launchMs()
{
    const QByteArray ns = qgetenv("ALMANAC_BENCH_LAUNCH_NS");
    return ns.isEmpty() ? 0 : double(ns.toLongLong()) / 1e6;
}

// Prints "paint MS" after the first paint of window and "page MS" when its
// preview shows the first page, both from launch; quits after both.
int startupChild(int argc, char **argv)
{
    // As src/app/main.cpp does.
    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("almanac-studio"));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    almanac::chooseGraphicsBackend();
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    const double launch = launchMs();
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QString slug = QString::fromLocal8Bit(argv[3]);
    MainWindow window;
    bool painted = false, paged = false;
    struct PaintWatch : QObject
    {
        std::function<void()> fn;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && fn) {
                auto f = std::move(fn);
                fn = nullptr;
                f();
            }
            return false;
        }
    } watch;
    watch.fn = [&] {
        // After this paint the back buffer is flushed; the next turn of the loop is after it.
        QTimer::singleShot(0, &app, [&] {
            std::printf("paint %.1f\n", nowMs() - launch);
            std::fflush(stdout);
            painted = true;
            if (paged)
                app.quit();
        });
    };
    window.installEventFilter(&watch);
    window.show();
    QString error;
    if (!window.openWorkspace(path, &error) || !window.showGuide(slug))
        qFatal("%s", qPrintable(error));
    window.currentEditor()->goToPlace(QStringLiteral("title"));
    std::printf("built %.1f\n", nowMs() - launch);
    QObject::connect(window.currentEditor()->preview(), &PreviewView::rendered, &app, [&] {
        if (paged)
            return;
        std::printf("page %.1f\n", nowMs() - launch);
        std::fflush(stdout);
        paged = true;
        if (painted)
            app.quit();
    });
    return app.exec();
}

struct Launch
{
    double mapped = -1;  // the window is mapped (as xdotool search --sync --onlyvisible sees it)
    double painted = -1; // its first non-black pixel on screen
    std::map<QString, double> reported;
};

// Starts program and watches the X server for its window: when it is mapped
// (xev on the root window) and when it first shows a non-black pixel.
Launch launch(const QString &program, const QStringList &args, const QProcessEnvironment &env,
              bool waitForPage)
{
    Launch l;
    QProcess xev;
    xev.start(QStringLiteral("stdbuf"),
              {QStringLiteral("-oL"), QStringLiteral("xev"), QStringLiteral("-root"),
               QStringLiteral("-event"), QStringLiteral("substructure")});
    xev.waitForStarted();
    QTest::qWait(300);
    QProcess p;
    QProcessEnvironment e = env;
    const double t0 = nowMs();
    e.insert(
        QStringLiteral("ALMANAC_BENCH_LAUNCH_NS"),
        QString::number(qint64(
            std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count())));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    QByteArray xevOut;
    WId window = 0;
    QElapsedTimer timeout;
    timeout.start();
    while (timeout.elapsed() < 30000) {
        // A window can be mapped more than once: Qt makes a new native window when
        // a QQuickWidget (the web view's) joins a raster window. Follow the newest.
        xev.waitForReadyRead(window ? 0 : 2);
        xevOut += xev.readAllStandardOutput();
        for (;;) {
            // "MapNotify event, serial N, synthetic NO, window W,\n    event W, window WIN, override NO"
            const qsizetype at = xevOut.indexOf("MapNotify");
            const qsizetype end = at < 0 ? -1 : xevOut.indexOf("override", at);
            if (end < 0 || xevOut.indexOf('\n', end) < 0)
                break;
            const QByteArray chunk = xevOut.mid(at, end - at);
            if (xevOut.mid(end, 11) == "override NO") {
                const qsizetype w = chunk.lastIndexOf("window 0x");
                window = WId(chunk.mid(w + 9, chunk.indexOf(',', w) - w - 9).toULongLong(nullptr, 16));
                if (l.mapped < 0)
                    l.mapped = nowMs() - t0;
            }
            xevOut = xevOut.mid(end);
        }
        if (!window) {
            continue;
        } else if (l.painted < 0) {
            const QImage img = QGuiApplication::primaryScreen()->grabWindow(window, 0, 0, 24, 24).toImage();
            bool any = false;
            for (int y = 0; y < img.height() && !any; ++y) {
                for (int x = 0; x < img.width() && !any; ++x)
                    any = (img.pixel(x, y) & 0xffffff) != 0;
            }
            if (any)
                l.painted = nowMs() - t0;
            else
                QTest::qWait(2);
        } else {
            p.waitForReadyRead(20);
        }
        while (p.canReadLine()) {
            const QList<QByteArray> parts = p.readLine().trimmed().split(' ');
            if (parts.size() == 2)
                l.reported[QString::fromLatin1(parts[0])] = parts[1].toDouble();
        }
        if (l.painted >= 0 && (!waitForPage || l.reported.count(QStringLiteral("page"))))
            break;
        if (p.state() == QProcess::NotRunning && p.bytesAvailable() == 0)
            break;
    }
    p.kill();
    p.waitForFinished();
    xev.kill();
    xev.waitForFinished();
    return l;
}

void startup(const QString &self, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("startup.almanac"));
    QString error;
    const Guide g = generateGuide(seed, 0, typicalWords);
    {
        auto ws = Workspace::create(path, &error);
        if (!ws || !ws->saveGuides({g}, &error))
            qFatal("%s", qPrintable(error));
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    struct Program
    {
        const char *name;
        QString program;
        QStringList args;
        bool page;
    };
    const QList<Program> programs = {
        {"bare Qt Widgets window", QStringLiteral(ALMANAC_BARE_WINDOW), {}, false},
        {"bare QWebEngineView", QStringLiteral(ALMANAC_BARE_WEBENGINE), {}, true},
        {"almanac-studio",
         QStringLiteral(ALMANAC_STUDIO),
         {QStringLiteral("--workspace"), path, QStringLiteral("--guide"), g.slug},
         false},
        {"MainWindow (in bench_typing)", self, {QStringLiteral("--startup-child"), path, g.slug}, true},
    };
    std::printf("\n== start-up, %d runs each, median (ms from launch)\n", runs);
    std::printf("%-30s %8s %8s %12s %12s %10s\n", "program", "mapped", "painted", "paint event", "first page",
                "built");
    for (const Program &prog : programs) {
        std::vector<double> mapped, painted;
        std::map<QString, std::vector<double>> reported;
        for (int i = 0; i < runs; ++i) {
            // A fresh configuration each time: no window layout or open guides remembered.
            QTemporaryDir config;
            QProcessEnvironment e = env;
            e.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            const Launch l = launch(prog.program, prog.args, e, prog.page);
            mapped.push_back(l.mapped);
            painted.push_back(l.painted);
            for (const auto &[k, v] : l.reported)
                reported[k].push_back(v);
        }
        auto med = [&](const QString &k) {
            return reported.count(k) ? fmt(Stats::of(reported[k]).median) : std::string("-");
        };
        std::printf("%-30s %8s %8s %12s %12s %10s\n", prog.name, fmt(Stats::of(mapped).median).c_str(),
                    fmt(Stats::of(painted).median).c_str(), med(QStringLiteral("paint")).c_str(),
                    med(QStringLiteral("page")).c_str(), med(QStringLiteral("built")).c_str());
    }
    std::printf("(mapped: the window is mapped, seen through xev; painted: its first non-black pixel on\n"
                " screen; paint event / first page / built: reported by the program itself)\n");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--startup-child") == 0)
        return startupChild(argc, argv);
    almanac::chooseGraphicsBackend(); // as almanac-studio does

    int keys = 200;
    int runs = 5;
    QString only;
    bool pauses = true, doTyping = true, doStartup = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--keys" && i + 1 < argc)
            keys = std::atoi(argv[++i]);
        else if (a == "--runs" && i + 1 < argc)
            runs = std::atoi(argv[++i]);
        else if (a == "--only" && i + 1 < argc)
            only = QString::fromLocal8Bit(argv[++i]);
        else if (a == "--no-pauses")
            pauses = false;
        else if (a == "--skip-typing")
            doTyping = false;
        else if (a == "--skip-startup")
            doStartup = false;
        else {
            std::fprintf(stderr,
                         "usage: bench_typing [--keys N] [--only typical|large] [--no-pauses] [--runs R] "
                         "[--skip-typing] [--skip-startup]\n");
            return 2;
        }
    }

    QCoreApplication::setOrganizationName(QStringLiteral("Almanac Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("almanac-bench-typing"));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    PreviewSchemeHandler::registerScheme();
    BenchApp app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::printf("== machine: %d cores, platform %s, Qt %s\n", QThread::idealThreadCount(),
                qPrintable(QGuiApplication::platformName()), qVersion());

    if (doTyping) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typing.almanac"));
        QString error;
        const Guide typical = generateGuide(seed, 0, typicalWords);
        const Guide large = generateGuide(seed, 1, largeWords);
        {
            auto ws = Workspace::create(path, &error);
            if (!ws || !ws->saveGuides({typical, large}, &error))
                qFatal("%s", qPrintable(error));
        }
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openWorkspace(path, &error))
            qFatal("cannot open the workspace: %s", qPrintable(error));
        const Typing typing = typingFor(keys, pauses);
        std::printf("\n== keystroke to page, %d keys, 30-80 ms apart%s\n", keys,
                    pauses ? ", a 1.2 s pause every 8 words" : "");
        struct Case
        {
            const char *name;
            const Guide *guide;
            double target;
            double target99;
        };
        for (const Case &c : {Case{"typical", &typical, 50, 100}, Case{"large", &large, 50, 100}}) {
            if (!only.isEmpty() && only != QLatin1String(c.name))
                continue;
            auto t = Clock::now();
            window.showGuide(c.guide->slug);
            GuideEditor *editor = window.currentEditor();
            if (!waitForRender(editor->preview(), 60000))
                qFatal("the preview never showed %s", qPrintable(c.guide->slug));
            const double opened = msSince(t);
            const TypingResult r = typeInto(app, editor, typing);
            std::printf("(%s: %d words, %lld sections; opened and first page in %s ms)\n", c.name,
                        countWords(*c.guide), static_cast<long long>(c.guide->sections.size()),
                        fmt(opened).c_str());
            printTyping(c.name, r, c.target, c.target99);
            breakdown(editor);
        }
    }
    if (doStartup)
        startup(QCoreApplication::applicationFilePath(), runs);
    return 0;
}
