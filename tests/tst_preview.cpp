// The live page in the real preview (WebEngine): after every edit the page's
// <main> is the new render's, element for element, as if loaded afresh; a
// keystroke in a long guide sends a paragraph and leaves the rest of the page's
// elements where they were; the reader's scroll stays; and a page that is not
// what the patch was made for is loaded again rather than left wrong.

#include "guisupport.h"
#include "pagetestsupport.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "render/pagepatch.h"
#include "render/pagerenderer.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace almanac;
using namespace almanac::test;

namespace {

RenderContext fixedContext()
{
    RenderContext ctx;
    ctx.now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    return ctx;
}

Guide longGuide(int sections)
{
    Guide g;
    g.id = QStringLiteral("0b7c0a52-5f0e-4a8e-9d55-8f1f3e0f0001");
    g.slug = QStringLiteral("tides");
    g.title = QStringLiteral("Tidal power");
    g.tldr = QStringLiteral("The sea rises and falls twice a day [@desk].");
    g.takeaways = {Takeaway{QStringLiteral("t1"), QStringLiteral("Predictable, unlike wind.")}};
    for (int s = 0; s < sections; ++s) {
        QStringList paragraphs;
        for (int p = 0; p < 6; ++p)
            paragraphs << QStringLiteral("Section %1 paragraph %2: barrages hold water back and let it run "
                                         "through turbines as the tide turns.")
                              .arg(s)
                              .arg(p);
        paragraphs << QStringLiteral("- a list\n- of two");
        g.sections.append(Section{QStringLiteral("s%1").arg(s), QStringLiteral("Part %1").arg(s),
                                  paragraphs.join(QStringLiteral("\n\n"))});
    }
    Source desk;
    desk.id = QStringLiteral("src1");
    desk.key = QStringLiteral("desk");
    desk.outlet = QStringLiteral("Tide Desk");
    desk.title = QStringLiteral("Tables");
    g.sources = {desk};
    return g;
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyEditGivesTheFreshPage();
    void keystrokeSendsAParagraph();
    void pageNotAsSentIsLoadedAgain();

private:
    // Shows g and waits until the page shows it.
    void show(const Guide &g);
    // The page's <main> and the render's, each as the browser reads it.
    void compareWithFreshRender(const Guide &g);

    std::unique_ptr<PreviewView> m_view;
    PageRenderer m_renderer;
};

void TestPreview::init()
{
    m_view = std::make_unique<PreviewView>();
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPreview::cleanup()
{
    m_view.reset();
}

void TestPreview::show(const Guide &g)
{
    QSignalSpy rendered(m_view.get(), &PreviewView::rendered);
    m_view->showGuide(g, fixedContext());
    QVERIFY(rendered.wait(30000));
    // Renders that came in while one was shown follow it.
    while (rendered.wait(300)) {
    }
}

void TestPreview::compareWithFreshRender(const Guide &g)
{
    const QByteArray page = m_renderer.render(g, fixedContext());
    const QString html =
        QString::fromUtf8(QJsonDocument(QJsonArray{QString::fromUtf8(page)}).toJson(QJsonDocument::Compact));
    const QVariantList sides =
        evaluate(m_view.get(),
                 QStringLiteral("(function(html){const d=new DOMParser().parseFromString(html,'text/html');"
                                "return [document.querySelector('main').outerHTML,"
                                "d.querySelector('main').outerHTML, document.title, d.title,"
                                "document.documentElement.dir, d.documentElement.dir];})(%1[0])")
                     .arg(html))
            .toList();
    QCOMPARE(sides.size(), 6);
    QVERIFY(!sides[0].toString().isEmpty());
    QCOMPARE(sides[0].toString(), sides[1].toString());
    QCOMPARE(sides[2].toString(), sides[3].toString());
    QCOMPARE(sides[4].toString(), sides[5].toString());
}

// Edits of every kind, one after another, each shown by a patch: the page is
// what loading the new render would give.
void TestPreview::everyEditGivesTheFreshPage()
{
    Guide g = longGuide(8);
    show(g);
    compareWithFreshRender(g);
    const QList<std::pair<const char *, std::function<void(Guide &)>>> edits = {
        {"letter", [](Guide &x) { x.sections[3].body.insert(20, QLatin1Char('x')); }},
        {"paragraph split", [](Guide &x) { x.sections[3].body.insert(30, QStringLiteral("\n\n")); }},
        {"list item", [](Guide &x) { x.sections[5].body += QStringLiteral("\n- and a third"); }},
        {"paragraph becomes a heading", [](Guide &x) { x.sections[1].body.prepend(QStringLiteral("## ")); }},
        {"table",
         [](Guide &x) { x.sections[6].body += QStringLiteral("\n\n| a | b |\n|---|---|\n| 1 | 2 |"); }},
        {"table cell",
         [](Guide &x) { x.sections[6].body.replace(QStringLiteral("| 1 |"), QStringLiteral("| 10 |")); }},
        {"citation", [](Guide &x) { x.sections[2].body += QStringLiteral(" [@desk]"); }},
        {"title", [](Guide &x) { x.title += QStringLiteral(" explained"); }},
        {"section removed", [](Guide &x) { x.sections.removeAt(4); }},
        {"section added",
         [](Guide &x) {
             x.sections.insert(2,
                               Section{QStringLiteral("n"), QStringLiteral("New"), QStringLiteral("Body.")});
         }},
        {"takeaways gone", [](Guide &x) { x.takeaways.clear(); }},
        {"faq appears",
         [](Guide &x) {
             x.faq.append(FaqEntry{QStringLiteral("f"), QStringLiteral("Why?"), QStringLiteral("Because.")});
         }},
        {"right to left", [](Guide &x) { x.language = QStringLiteral("ar"); }},
        {"everything emptied",
         [](Guide &x) {
             x.sections.clear();
             x.sources.clear();
             x.faq.clear();
         }},
    };
    for (const auto &[name, edit] : edits) {
        edit(g);
        show(g);
        qInfo("%s: %lld bytes sent", name, static_cast<long long>(m_view->lastPatchBytes()));
        compareWithFreshRender(g);
        if (QTest::currentTestFailed())
            QFAIL(name);
    }
}

// One letter typed into a 150-section guide: the page gets the paragraph
// alone, the other sections are the same elements as before, and the reader's
// place in the page stays.
void TestPreview::keystrokeSendsAParagraph()
{
    Guide g = longGuide(150);
    show(g);
    const qsizetype pageBytes = m_view->lastPatchBytes();
    QVERIFY(pageBytes > 150 * 400);
    // Mark two sections' elements, and scroll to the middle.
    evaluate(m_view.get(), QStringLiteral("document.querySelector('#section-s10').almanacKept = 1;"
                                          "document.querySelector('#section-s140').almanacKept = 1;"
                                          "document.querySelector('#section-s75').scrollIntoView();"));
    const double y = evaluate(m_view.get(), QStringLiteral("window.scrollY")).toDouble();
    QVERIFY(y > 1000);

    QString &body = g.sections[75].body;
    body.insert(body.indexOf(QLatin1String("paragraph 2")) + 9, QLatin1Char('s'));
    show(g);
    QVERIFY2(m_view->lastPatchBytes() < 300, qPrintable(QString::number(m_view->lastPatchBytes())));
    compareWithFreshRender(g);
    QCOMPARE(
        evaluate(m_view.get(), QStringLiteral("document.querySelector('#section-s10').almanacKept")).toInt(),
        1);
    QCOMPARE(
        evaluate(m_view.get(), QStringLiteral("document.querySelector('#section-s140').almanacKept")).toInt(),
        1);
    QCOMPARE(evaluate(m_view.get(), QStringLiteral("window.scrollY")).toDouble(), y);
    test::shot(m_view.get(), QStringLiteral("preview-patched"));
    QCOMPARE(
        evaluate(m_view.get(), QStringLiteral("document.querySelector('[data-field=\"sections[75].body\"]')"
                                              ".textContent.includes('paragraphs 2')"))
            .toBool(),
        true);
}

// Something changed the page behind the preview's back (here a script): the
// next patch does not fit, and the page is loaded afresh, right.
void TestPreview::pageNotAsSentIsLoadedAgain()
{
    Guide g = longGuide(6);
    show(g);
    evaluate(m_view.get(),
             QStringLiteral("document.querySelector('#section-s3 .md').firstElementChild.remove();"
                            "document.querySelector('#section-s3').almanacKept = 1;"));
    g.sections[3].body.insert(15, QLatin1Char('x'));
    show(g);
    compareWithFreshRender(g);
    // Loaded, not patched: the marked element is gone with the old page.
    QVERIFY(
        evaluate(m_view.get(), QStringLiteral("document.querySelector('#section-s3').almanacKept")).isNull());
    QVERIFY(m_view->lastPatchBytes() > 3000);
    // And patches work again after it.
    g.sections[3].body.insert(15, QLatin1Char('y'));
    show(g);
    QVERIFY(m_view->lastPatchBytes() < 300);
    compareWithFreshRender(g);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    PreviewSchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestPreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preview.moc"
