// The renderer: Markdown features, citations, source positions, and whole pages
// compared with stored reference HTML (tests/reference/render). To regenerate
// the references on purpose, run tests/regenerate-references.sh.

#include "io/guidefile.h"
#include "render/markdown.h"
#include "render/pagerenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <thread>

using namespace almanac;
using namespace almanac::test;

namespace {

RenderContext fixedContext()
{
    RenderContext ctx;
    ctx.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    ctx.guideTitles = {{QStringLiteral("webassembly"), QStringLiteral("WebAssembly guide")},
                       {QStringLiteral("crispr-gene-editing"), QStringLiteral("CRISPR guide")},
                       {QStringLiteral("euro-introduction"), QStringLiteral("Euro guide")}};
    ctx.versions = {{QStringLiteral("v2"), QDateTime(QDate(2026, 11, 24), QTime(8, 30), Qt::UTC), true},
                    {QStringLiteral("v1"), QDateTime(QDate(2026, 9, 20), QTime(10, 0), Qt::UTC), false}};
    return ctx;
}

QString html(const QString &markdown, MarkdownRenderer::CitationLookup lookup = {})
{
    return QString::fromStdString(MarkdownRenderer(std::move(lookup)).toHtml(markdown));
}

// Markdown that tries to reach from one field into the next, or to be read
// differently after another field.
const std::vector<std::string> &hostileSnippets()
{
    static const std::vector<std::string> snippets = {
        "<script>alert(1)</script> text [@a].",
        "```\nunclosed fence\n\nstill code",
        "<!-- open comment\n\nmore",
        "<!-- closed comment -->\n\npara",
        "[ref]: https://example.org/x\n\nuse [ref] here",
        "use [ref] from elsewhere and [ref2][]",
        "- item one\n- item two\n\n  indented continuation",
        "- a\n- b",
        "- a\n- b\n",
        "- a\n\n",
        "1. one\n2. two\n\n",
        "    indented code\n",
        "  indented text at start",
        "---\nsetext at start",
        "===\nfoo",
        "Para\n---",
        "| a | b |\n|---|--:|\n| 1 | 2 |",
        "| a | b |\n|---|--:|\n| 1 | 2 |\n\n",
        "> quote\nlazy",
        "<div>\nhtml block\n</div>",
        "<pre>\nunclosed pre\n\nmore",
        "<?php echo 1; ?>",
        "<style>p{}</style> after",
        "   [x]: /y",
        "> [q]: http://a\n\n[q]",
        "\ttab start\n\ttab",
        "* [@a] star\n\n  * nested\n\n",
        "~~~ js\ncode\n~~~",
        "text with \xc3\xa9 and \xe2\x80\xa8",
        "\xef\xbb\xbf"
        "bom start",
        "crlf\r\nline",
        std::string("nul \0 byte", 11),
        "",
        "   ",
        "\n\n\nlead blank lines",
        "trailing blank lines\n\n\n\n",
        "![img](javascript:alert(1)) [l](data:x) <javascript:x> www.example.com",
        "para\n    lazy, not code",
        "- l\n\n\n- l2",
        "-",
        "line one\n\n    code after blank",
        "- ```\n  fence in an item",
        "- <!-- comment in an item",
        "1. item\n\n        indented code in an item\n",
        "> ```\n> fence in a quote",
    };
    return snippets;
}

QStringList guideFiles()
{
    QStringList files;
    for (const char *name : {"webassembly.json", "crispr.json", "euro-banknotes.json"})
        files << QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + QLatin1String(name);
    QDirIterator it(QStringLiteral(ALMANAC_SOURCE_DIR "/tests/data"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void citationsInATableCell();
    void markdownExtensions_data();
    void markdownExtensions();
    void blocksCarrySourcePositions();
    void citations();
    void imagesBecomeLinks();
    void plainText();
    void ago_data();
    void ago();
    void referencePages_data();
    void referencePages();
    void pageIsSelfContained();
    void pageParts();
    void sourceCardShowsAuthorsAndDoi();
    void timelineMediaAndRanges();
    void sameInputSameBytes();
    void rendersOnManyThreadsAgree();
    void jsonStringsMatchQJsonDocument();
    void plainTextMatchesCmark();
};

void TestRenderer::markdownExtensions_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table") << QStringLiteral("| a | b |\n|---|--:|\n| 1 | 2 |\n")
                           << QStringLiteral("<td align=\"right\"");
    QTest::newRow("strikethrough") << QStringLiteral("~~gone~~") << QStringLiteral("<del>gone</del>");
    QTest::newRow("autolink") << QStringLiteral("see https://example.org/x now")
                              << QStringLiteral(
                                     "<a href=\"https://example.org/x\">https://example.org/x</a>");
    QTest::newRow("www autolink") << QStringLiteral("www.example.com")
                                  << QStringLiteral("<a href=\"http://www.example.com\">");
    QTest::newRow("emphasis") << QStringLiteral("*a* **b** `c`")
                              << QStringLiteral("<em>a</em> <strong>b</strong> <code>c</code>");
    QTest::newRow("list") << QStringLiteral("- one\n- two\n")
                          << QStringLiteral("<li data-sourcepos=\"1:1-1:5\">one</li>");
    QTest::newRow("mailto") << QStringLiteral("[m](mailto:desk@example.org)")
                            << QStringLiteral("<a href=\"mailto:desk@example.org\">m</a>");
}

void TestRenderer::markdownExtensions()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QVERIFY2(html(markdown).contains(expected), qPrintable(html(markdown)));
}

void TestRenderer::blocksCarrySourcePositions()
{
    const QString out = html(QStringLiteral("# Head\n\nPara one.\n\n- item\n\n| a |\n|---|\n| 1 |\n"));
    QVERIFY(out.contains(QStringLiteral("<h1 data-sourcepos=\"1:1-1:6\">")));
    QVERIFY(out.contains(QStringLiteral("<p data-sourcepos=\"3:1-3:9\">")));
    QVERIFY(out.contains(QStringLiteral("<ul data-sourcepos=\"5:1-6:0\">")));
    QVERIFY(out.contains(QStringLiteral("<table data-sourcepos=\"7:1-9:5\">")));
}

void TestRenderer::citations()
{
    auto lookup = [](const QString &key) {
        return key == QLatin1String("a") ? 1 : key == QLatin1String("b") ? 2 : 0;
    };
    const QString one = html(QStringLiteral("Fact [@a]."), lookup);
    QVERIFY2(one.contains(QStringLiteral("Fact <sup class=\"cite\">[<a href=\"#source-1\" "
                                         "aria-label=\"Source 1\" data-key=\"a\">1</a>]</sup>.")),
             qPrintable(one));
    const QString two = html(QStringLiteral("Both [@a; @b]"), lookup);
    QVERIFY(
        two.contains(QStringLiteral("<a href=\"#source-1\" aria-label=\"Source 1\" data-key=\"a\">1</a>, "
                                    "<a href=\"#source-2\" aria-label=\"Source 2\" data-key=\"b\">2</a>")));
    const QString missing = html(QStringLiteral("Claim [@nobody]"), lookup);
    QVERIFY(missing.contains(
        QStringLiteral("<span class=\"cite-missing\" title=\"No source has this key\">@nobody?</span>")));
    // Inside code a citation is only text.
    const QString code = html(QStringLiteral("`[@a]`"), lookup);
    QVERIFY(code.contains(QStringLiteral("<code>[@a]</code>")));
    QVERIFY(!code.contains(QStringLiteral("cite")));
    // A real link is not a citation.
    QVERIFY(html(QStringLiteral("[@a](https://example.org)"), lookup)
                .contains(QStringLiteral("href=\"https://example.org\"")));
}

void TestRenderer::imagesBecomeLinks()
{
    const QString out = html(QStringLiteral("![a chart](https://example.org/chart.png)"));
    QVERIFY(!out.contains(QStringLiteral("<img")));
    QVERIFY(out.contains(QStringLiteral("<a href=\"https://example.org/chart.png\">a chart</a>")));
}

void TestRenderer::plainText()
{
    QCOMPARE(MarkdownRenderer::toPlainText(QStringLiteral("A *bold* claim [@a]. Next [@b; @c], done.")),
             QStringLiteral("A bold claim. Next, done."));
}

void TestRenderer::ago_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(5) << QStringLiteral("just now");
    QTest::newRow("minutes") << qint64(5 * 60) << QStringLiteral("5m ago");
    QTest::newRow("hours") << qint64(3 * 3600) << QStringLiteral("3h ago");
    QTest::newRow("days") << qint64(5 * 86400) << QStringLiteral("5d ago");
    QTest::newRow("months") << qint64(65 * 86400) << QStringLiteral("2mo ago");
    QTest::newRow("years") << qint64(400 * 86400) << QStringLiteral("1y ago");
}

void TestRenderer::ago()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    QCOMPARE(PageRenderer::ago(now.addSecs(-seconds), now), expected);
    QVERIFY(PageRenderer::ago(QDateTime(), now).isEmpty());
}

void TestRenderer::referencePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("webassembly") << QStringLiteral("webassembly.json");
    QTest::newRow("crispr") << QStringLiteral("crispr.json");
    QTest::newRow("euro") << QStringLiteral("euro-banknotes.json");
}

void TestRenderer::referencePages()
{
    QFETCH(QString, file);
    const Guide g = demo(file);
    const QByteArray page = PageRenderer().render(g, fixedContext());
    const QString referencePath = QStringLiteral(ALMANAC_REFERENCE_DIR "/render/%1.html").arg(g.slug);
    if (qEnvironmentVariableIsSet("ALMANAC_REGENERATE")) {
        QDir().mkpath(QFileInfo(referencePath).absolutePath());
        QFile out(referencePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(page);
        QSKIP("reference regenerated");
    }
    QFile ref(referencePath);
    QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(referencePath + QStringLiteral(" is missing")));
    const QByteArray expected = ref.readAll();
    if (page != expected) {
        const QList<QByteArray> a = page.split('\n');
        const QList<QByteArray> b = expected.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a[i] != b[i])
                QFAIL(qPrintable(
                    QStringLiteral("line %1 differs:\n got: %2\nwant: %3")
                        .arg(i + 1)
                        .arg(QString::fromUtf8(a[i].left(300)), QString::fromUtf8(b[i].left(300)))));
        }
        QCOMPARE(a.size(), b.size());
    }
}

void TestRenderer::pageIsSelfContained()
{
    const QString page =
        QString::fromUtf8(PageRenderer().render(demo(QStringLiteral("webassembly.json")), fixedContext()));
    // Nothing the browser would fetch: no src attributes, stylesheets, imports or fonts from elsewhere.
    QVERIFY(!page.contains(QStringLiteral(" src=")));
    QVERIFY(!page.contains(QStringLiteral("<link")));
    QVERIFY(!page.contains(QStringLiteral("@import")));
    QVERIFY(!page.contains(QStringLiteral("url(")));
    QVERIFY(page.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none'")));
    // The only scripts are JSON-LD data blocks.
    static const QRegularExpression script(QStringLiteral("<script[^>]*>"));
    auto it = script.globalMatch(page);
    int count = 0;
    while (it.hasNext()) {
        QCOMPARE(it.next().captured(0), QStringLiteral("<script type=\"application/ld+json\">"));
        ++count;
    }
    QCOMPARE(count, 2);
}

// A source with a CSL record: its card names the authors and links the DOI;
// its rich text never shows as tags.
void TestRenderer::sourceCardShowsAuthorsAndDoi()
{
    Guide g = demo(QStringLiteral("webassembly.json"));
    QVERIFY(!g.sources.isEmpty());
    Source &s = g.sources[0];
    s.title = QStringLiteral("Tidal mixing in shallow seas");
    s.csl =
        QJsonDocument::fromJson(R"({"type": "article-journal", "title": "Tidal mixing in <i>shallow</i> seas",
        "DOI": "10.5555/tidal.2019.042", "author": [{"family": "Okonkwo", "given": "Adaeze N."},
        {"family": "van der Berg", "given": "Pieter", "non-dropping-particle": "van der"}]})")
            .object();
    const QString page = QString::fromUtf8(PageRenderer().render(g, fixedContext()));
    QVERIFY2(
        page.contains(QLatin1String("<p class=\"card-authors\">Adaeze N. Okonkwo, Pieter van der Berg</p>")),
        qPrintable(page));
    QVERIFY(page.contains(QLatin1String(
        "<a class=\"doi\" href=\"https://doi.org/10.5555/tidal.2019.042\" rel=\"noopener noreferrer\">"
        "doi:10.5555/tidal.2019.042</a>")));
    QVERIFY(page.contains(QLatin1String("<h3>Tidal mixing in shallow seas</h3>")));
    QVERIFY(!page.contains(QLatin1String("&lt;i&gt;")));

    // A DOI kept as its URL (typed so) still links to doi.org once.
    s.csl.insert(QStringLiteral("DOI"), QStringLiteral("https://doi.org/10.5555/tidal.2019.042"));
    const QString again = QString::fromUtf8(PageRenderer().render(g, fixedContext()));
    QVERIFY(again.contains(QLatin1String("href=\"https://doi.org/10.5555/tidal.2019.042\"")));
    QVERIFY(!again.contains(QLatin1String("doi.org/https")));
}

// A TimelineJS event's media: an https image as a figure with its caption and
// credit, a quote as a blockquote, another http(s) URL as a link, anything else
// left out; everything escaped. A range shows its start and its end.
void TestRenderer::timelineMediaAndRanges()
{
    Guide g = demo(QStringLiteral("webassembly.json"));
    auto entry = [](const QString &date, const QString &title, const QJsonObject &media) {
        TimelineEntry e;
        e.id = guide::newId();
        e.date = date;
        e.title = title;
        if (!media.isEmpty())
            e.timelinejs.insert(QStringLiteral("media"), media);
        return e;
    };
    auto media = [](const QString &url, const QString &caption = {}, const QString &credit = {}) {
        QJsonObject m{{QStringLiteral("url"), url}};
        if (!caption.isEmpty())
            m.insert(QStringLiteral("caption"), caption);
        if (!credit.isEmpty())
            m.insert(QStringLiteral("credit"), credit);
        return m;
    };
    g.timeline = {
        entry(QStringLiteral("1964/2008"), QStringLiteral("Image"),
              media(QStringLiteral("https://images.example/wheel.jpg?size=2&crop=1"),
                    QStringLiteral("<i>Wheel</i> & \"pit\""), QStringLiteral("Archive <b>North</b>"))),
        entry(QStringLiteral("-0044-03-15"), QStringLiteral("Quote"),
              media(QStringLiteral("<blockquote>Words <b>said</b> & kept</blockquote>"), {},
                    QStringLiteral("A <i>person</i>"))),
        entry(QStringLiteral("2015-21"), QStringLiteral("Link"),
              media(QStringLiteral("https://video.example/watch?v=1"), QStringLiteral("A film"))),
        entry(QStringLiteral("2016"), QStringLiteral("Old image"),
              media(QStringLiteral("http://images.example/old.png"))),
        entry(QStringLiteral("2017"), QStringLiteral("Hostile"),
              media(QStringLiteral("javascript:alert(1)"), QStringLiteral("never shown"))),
        entry(QStringLiteral("2018"), QStringLiteral("Data"),
              media(QStringLiteral("data:image/png;base64,AAAA"), QStringLiteral("never shown either"))),
    };
    const QString page = QString::fromUtf8(PageRenderer().render(g, fixedContext()));
    auto has = [&](const QString &snippet) { QVERIFY2(page.contains(snippet), qPrintable(snippet)); };
    has(QStringLiteral(
        "<time class=\"event-date\" datetime=\"1964\">1964</time><span class=\"event-date\"> – "
        "</span><time class=\"event-date event-end\" datetime=\"2008\">2008</time>"));
    has(QStringLiteral(
        "<figure class=\"event-media\"><img src=\"https://images.example/wheel.jpg?size=2&amp;crop=1\" "
        "alt=\"Wheel &amp; &quot;pit&quot;\" loading=\"lazy\" referrerpolicy=\"no-referrer\">"
        "<figcaption><span class=\"caption\">Wheel &amp; &quot;pit&quot;</span> <span "
        "class=\"credit\">Archive North</span></figcaption></figure>"));
    has(QStringLiteral("<time class=\"event-date\">15 Mar 44 BCE</time>")); // no HTML date for it
    has(QStringLiteral("<blockquote class=\"event-quote\"><p>Words said &amp; kept</p><footer>A "
                       "person</footer></blockquote>"));
    has(QStringLiteral("<time class=\"event-date\">spring 2015</time>"));
    has(QStringLiteral("<p class=\"event-media-link\"><a href=\"https://video.example/watch?v=1\" "
                       "rel=\"noopener noreferrer\">A film ↗</a></p>"));
    has(QStringLiteral("<a href=\"http://images.example/old.png\" rel=\"noopener noreferrer\">"
                       "http://images.example/old.png ↗</a>"));
    QVERIFY(!page.contains(QStringLiteral("javascript:")));
    QVERIFY(!page.contains(QStringLiteral("data:image")));
    QVERIFY(!page.contains(QStringLiteral("never shown")));
    QCOMPARE(page.count(QStringLiteral("<img ")), 1);
    // The page may load https images, and nothing else from elsewhere.
    has(QStringLiteral("img-src data: https:;"));
}

void TestRenderer::pageParts()
{
    const Guide g = demo(QStringLiteral("crispr.json"));
    const QString page = QString::fromUtf8(PageRenderer().render(g, fixedContext()));
    QVERIFY(page.contains(QStringLiteral("<title>") + g.title.toHtmlEscaped() + QStringLiteral("</title>")));
    QVERIFY(page.contains(QStringLiteral("<p class=\"kicker\">Guide · Beginner</p>")));
    QVERIFY(page.contains(QStringLiteral("v2 · live")));
    QVERIFY(page.contains(QStringLiteral("data-field=\"tldr\"")));
    for (qsizetype i = 0; i < g.sections.size(); ++i)
        QVERIFY(page.contains(QStringLiteral("data-field=\"sections[%1].body\"").arg(i)));
    QCOMPARE(page.count(QStringLiteral("<li class=\"event")), g.timeline.size());
    QCOMPARE(page.count(QStringLiteral("<li class=\"card\"")), g.sources.size());
    for (qsizetype i = 0; i < g.sources.size(); ++i)
        QVERIFY(page.contains(
            QStringLiteral("id=\"source-%1\" data-key=\"%2\"").arg(i + 1).arg(g.sources[i].key)));
    QVERIFY(page.contains(QStringLiteral("Related guides (%1)").arg(g.related.size())));
    QVERIFY(page.contains(QStringLiteral("\"@type\":\"FAQPage\"")));
    QVERIFY(page.contains(QStringLiteral("<meta property=\"og:title\"")));
    // Every Markdown block carries its place in the field it came from.
    static const QRegularExpression field(
        QStringLiteral("<div class=\"md\" data-field=\"[^\"]+\">(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral("<(p|ul|ol|li|table|tr|h[1-6]|blockquote|pre)([ >])"));
    int fields = 0;
    int blocks = 0;
    for (auto f = field.globalMatch(page); f.hasNext(); ++fields) {
        const QString inner = f.next().captured(1);
        for (auto b = block.globalMatch(inner); b.hasNext(); ++blocks) {
            const auto m = b.next();
            QVERIFY2(inner.mid(m.capturedEnd(0) - 1).startsWith(QStringLiteral(" data-sourcepos=\"")),
                     qPrintable(inner.mid(m.capturedStart(0), 80)));
        }
    }
    QVERIFY(fields > 20);
    QVERIFY(blocks > fields);
}

void TestRenderer::sameInputSameBytes()
{
    const Guide g = demo(QStringLiteral("euro-banknotes.json"));
    QCOMPARE(PageRenderer().render(g, fixedContext()), PageRenderer().render(g, fixedContext()));
}

void TestRenderer::jsonStringsMatchQJsonDocument()
{
    auto expected = [](const QString &text) {
        QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return json.mid(1, json.size() - 2).toStdString();
    };
    QStringList samples = {QString(),
                           QStringLiteral(""),
                           QStringLiteral("plain"),
                           QStringLiteral("</script><script>alert(1)</script>"),
                           QStringLiteral("a \"quoted\" \\ back/slash & <b>"),
                           QStringLiteral("caf\u00e9 \u2028 \u2029 \u00a0 \U0001F600 \u007f")};
    QString controls;
    for (char16_t c = 0; c < 0x80; ++c)
        controls += QChar(c);
    samples << controls;
    samples << QString(QChar(0xd800)) << QString(QChar(0xdc00)) + QStringLiteral("x")
            << QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00) << QString(QChar(0xdbff));
    QRandomGenerator rng(20261127);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = static_cast<int>(rng.bounded(12));
        for (int k = 0; k < n; ++k) {
            const quint32 kind = rng.bounded(4);
            const quint32 max = kind == 0 ? 0x80 : kind == 1 ? 0x800 : 0x10000;
            s += QChar(static_cast<char16_t>(rng.bounded(max)));
        }
        samples << s;
    }
    for (const QString &s : samples)
        QCOMPARE(PageRenderer::jsonStringForScript(s), expected(s));
}

void TestRenderer::plainTextMatchesCmark()
{
    QStringList texts = {
        QStringLiteral("A *bold* claim [@a]. Next [@b; @c], done."),
        QStringLiteral("- a\n- b\n\n  - nested *x*\n\n1. one\n2. two"),
        QStringLiteral("# Head\nPara `code` a<br>b **s**~~t~~\n\n---\n\n    block\n\n> q"),
        QStringLiteral("- ```\n  code in item\n  ```\n- <!-- c -->\n\n| a |\n|---|\n| 1 |"),
        QStringLiteral("x\u00a0y\u2028z\t\tw [l](http://e) ![i](x) <http://auto> www.a.org")};
    for (const std::string &s : hostileSnippets())
        texts << QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    texts << QStringLiteral("- a\n\n\ufeffbom after a list") << QStringLiteral("a\n\n\ufeffb");
    const qsizetype snippets = texts.size();
    for (qsizetype a = 0; a < snippets; ++a) {
        for (qsizetype b = 0; b < snippets; ++b)
            texts << texts[a] + QStringLiteral("\n\n") + texts[b] << texts[a] + texts[b];
    }
    for (const QString &file : guideFiles()) {
        QString error;
        const auto g = guidefile::readFile(file, &error);
        if (!g)
            continue;
        texts << g->tldr;
        for (const Takeaway &t : g->takeaways)
            texts << t.text;
        for (const Section &sec : g->sections)
            texts << sec.body;
        for (const TimelineEntry &e : g->timeline)
            texts << e.description;
        for (const FaqEntry &f : g->faq)
            texts << f.answer;
    }
    for (const QString &text : texts)
        QCOMPARE(MarkdownRenderer::toPlainText(text), MarkdownRenderer::toPlainText(text, true));
}

void TestRenderer::citationsInATableCell()
{
    // A table cell takes no custom node: the citations there were dropped (and their nodes
    // leaked; found by fuzz_render). They become plain links to the sources instead.
    const MarkdownRenderer md([](const QString &key) { return key == u"k" ? 1 : key == u"a" ? 2 : 0; });
    const std::string html = md.toHtml(QStringLiteral("| a | b |\n|---|---|\n| x [@k] y | [@a; @nope] |\n"));
    QVERIFY2(html.find(">x [<a href=\"#source-1\">1</a>] y</td>") != std::string::npos, html.c_str());
    QVERIFY2(html.find(">[<a href=\"#source-2\">2</a>, @nope?]</td>") != std::string::npos, html.c_str());
}

// Renders on several threads at once (the bundle renders on every core, the
// preview on its own thread) give what one thread gives: cmark-gfm's inline
// pass shares one table of special characters between threads.
void TestRenderer::rendersOnManyThreadsAgree()
{
    QString markdown;
    for (int i = 0; i < 40; ++i)
        markdown +=
            QStringLiteral("Paragraph %1 with ~~struck~~ words, *emphasis* and | pipes |.\n\n").arg(i);
    const std::string expected = MarkdownRenderer().toHtml(markdown);
    QVERIFY(QString::fromStdString(expected).count(QLatin1String("<del>struck</del>")) == 40);
    std::atomic_int wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            const MarkdownRenderer md;
            for (int i = 0; i < 150; ++i) {
                if (md.toHtml(markdown) != expected)
                    ++wrong;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
