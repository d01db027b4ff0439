// Every page of an exported bundle in a real browser: Debian's headless
// Chromium loads it from file://, runs what it would run, and dumps the DOM.
// The console log (--enable-logging) and the network log (--log-net-log) show
// what the page said and what it fetched. A guide whose every text field is
// hostile HTML and script must run nothing and inject no element.

#include "bundlefixture.h"
#include "publish/bundlewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace almanac;
using namespace almanac::testing;

namespace {

struct Visit
{
    bool finished = false;
    QString dom;
    QStringList console;      // the page's console messages
    QStringList pageRequests; // network requests a page started
    QString netLogError;
};

QString chromiumPath()
{
    for (const char *name : {"chromium", "chromium-browser"}) {
        const QString p = QStandardPaths::findExecutable(QLatin1String(name));
        if (!p.isEmpty())
            return p;
    }
    return {};
}

// Requests the browser started for a page: in Chromium's net log, a URL request
// whose initiator is an origin (file pages have the opaque origin "null"). The
// browser's own background requests say "not an origin".
QStringList pageRequestsIn(const QByteArray &netLog, QString *error)
{
    QJsonParseError e;
    const QJsonObject root = QJsonDocument::fromJson(netLog, &e).object();
    if (e.error != QJsonParseError::NoError) {
        *error = QStringLiteral("net log: %1").arg(e.errorString());
        return {};
    }
    const int startJob = root.value(QLatin1String("constants"))
                             .toObject()
                             .value(QLatin1String("logEventTypes"))
                             .toObject()
                             .value(QLatin1String("URL_REQUEST_START_JOB"))
                             .toInt(-1);
    if (startJob < 0) {
        *error = QStringLiteral("net log: no URL_REQUEST_START_JOB event type");
        return {};
    }
    QStringList out;
    for (const QJsonValue &v : root.value(QLatin1String("events")).toArray()) {
        const QJsonObject event = v.toObject();
        if (event.value(QLatin1String("type")).toInt() != startJob)
            continue;
        const QJsonObject params = event.value(QLatin1String("params")).toObject();
        // The end of a job has no URL; the start has one.
        if (params.contains(QLatin1String("url")) &&
            params.value(QLatin1String("initiator")).toString() != QLatin1String("not an origin"))
            out << params.value(QLatin1String("url")).toString();
    }
    return out;
}

QList<QJsonObject> jsonLd(const QString &dom, QString *error)
{
    QList<QJsonObject> out;
    static const QRegularExpression re(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = re.globalMatch(dom); it.hasNext();) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(it.next().captured(1).toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = e.errorString();
            return {};
        }
        out << doc.object();
    }
    return out;
}

// The <body> tag as the browser left it: where the payload's scripts would mark it.
QString bodyTag(const QString &dom)
{
    static const QRegularExpression re(QStringLiteral("<body[^>]*>"));
    return re.match(dom).captured(0);
}

int count(const QString &text, const QString &pattern)
{
    return static_cast<int>(
        text.count(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)));
}

} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void controlPageIsCaught();
    void everyPage_data();
    void everyPage();
    void hostileGuideRunsNothing();
    void rightToLeftPages_data();
    void rightToLeftPages();

private:
    Visit visit(const QString &file, const QStringList &extraArguments = {});

    QString m_chromium;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_site;
    QStringList m_pages;
    int m_visits = 0;
};

void TestBrowser::initTestCase()
{
    m_chromium = chromiumPath();
    if (m_chromium.isEmpty())
        QSKIP("chromium is not installed (apt-get install chromium)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_site = writeSite(m_dir->path(), demoAndRightToLeftGuides() << hostileGuide(), &m_pages, &error);
    QVERIFY2(!m_site.isEmpty(), qPrintable(error));
}

void TestBrowser::cleanupTestCase()
{
    m_dir.reset();
}

Visit TestBrowser::visit(const QString &file, const QStringList &extraArguments)
{
    Visit v;
    QTemporaryDir profile; // a fresh profile for every run
    const QString netLog = profile.filePath(QStringLiteral("net-log.json"));
    QProcess p;
    p.setProgram(m_chromium);
    p.setArguments({QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
                    QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                    QStringLiteral("--no-first-run"),
                    QStringLiteral("--user-data-dir=") + profile.filePath(QStringLiteral("profile")),
                    QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0"),
                    QStringLiteral("--log-net-log=") + netLog, QStringLiteral("--dump-dom")});
    p.setArguments(p.arguments() + extraArguments + QStringList{QUrl::fromLocalFile(file).toString()});
    p.start();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return v;
    }
    ++m_visits;
    v.finished = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    v.dom = QString::fromUtf8(p.readAllStandardOutput());
    for (const QByteArray &line : p.readAllStandardError().split('\n')) {
        if (line.contains(":CONSOLE"))
            v.console << QString::fromUtf8(line);
    }
    QFile log(netLog);
    if (log.open(QIODevice::ReadOnly))
        v.pageRequests = pageRequestsIn(log.readAll(), &v.netLogError);
    else
        v.netLogError = QStringLiteral("no net log written");
    return v;
}

// The checks below would see a page that runs script, logs to the console or
// fetches from the network: a page without our Content-Security-Policy does all three.
void TestBrowser::controlPageIsCaught()
{
    const QString control = m_dir->filePath(QStringLiteral("control.html"));
    QFile f(control);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "<!DOCTYPE html><html><head><title>control</title></head><body><img src=\"http://127.0.0.1:9/x.png\">"
        "<script>console.error('control error');document.body.setAttribute('data-pwned','1');"
        "document.title='pwned'</script></body></html>");
    f.close();
    const Visit v = visit(control);
    QVERIFY(v.finished);
    QCOMPARE(bodyTag(v.dom), QStringLiteral("<body data-pwned=\"1\">"));
    QVERIFY(v.dom.contains(QLatin1String("<title>pwned</title>")));
    QVERIFY2(v.console.join(u'\n').contains(QLatin1String("control error")),
             qPrintable(v.console.join(u'\n')));
    QVERIFY2(v.netLogError.isEmpty(), qPrintable(v.netLogError));
    QCOMPARE(v.pageRequests, QStringList{QStringLiteral("http://127.0.0.1:9/x.png")});
}

void TestBrowser::everyPage_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &p : std::as_const(m_pages))
        QTest::newRow(qPrintable(p)) << p;
}

void TestBrowser::everyPage()
{
    QFETCH(QString, page);
    const Visit v = visit(m_site + u'/' + page);
    QVERIFY2(v.finished, "chromium did not finish within 60 s");
    QVERIFY(v.dom.contains(QLatin1String("</html>")));
    QVERIFY2(v.console.isEmpty(), qPrintable(v.console.join(u'\n')));
    QVERIFY2(v.netLogError.isEmpty(), qPrintable(v.netLogError));
    QVERIFY2(v.pageRequests.isEmpty(), qPrintable(v.pageRequests.join(u'\n')));
    QCOMPARE(bodyTag(v.dom), QStringLiteral("<body>"));
    QVERIFY(!v.dom.contains(QLatin1String("<title>pwned</title>")));
    // Every link that stays in the bundle points at a file the bundle has.
    // (Only in real tags: the serialised DOM escapes "<" in text, and '"' in attribute values.)
    static const QRegularExpression tagPattern(QStringLiteral("<[a-zA-Z][^>]*>"));
    static const QRegularExpression href(QStringLiteral("\\shref=\"([^\"#]+)"));
    const QString dir = QFileInfo(m_site + u'/' + page).absolutePath();
    for (auto tags = tagPattern.globalMatch(v.dom); tags.hasNext();) {
        const auto link = href.match(tags.next().captured(0));
        if (!link.hasMatch())
            continue;
        const QString target = link.captured(1);
        if (target.startsWith(QLatin1String("http")) || target.startsWith(QLatin1String("mailto:")))
            continue;
        QVERIFY2(QFileInfo::exists(dir + u'/' + target), qPrintable(target));
        QVERIFY2(QFileInfo(dir + u'/' + target)
                     .canonicalFilePath()
                     .startsWith(QFileInfo(m_site).canonicalFilePath()),
                 qPrintable(target));
    }
    if (page == QLatin1String("index.html"))
        return;
    QString error;
    const auto objects = jsonLd(v.dom, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects[0].value(QLatin1String("@type")).toString(), QStringLiteral("Article"));
    QVERIFY(!objects[0].value(QLatin1String("headline")).toString().isEmpty());
    QCOMPARE(objects[1].value(QLatin1String("@type")).toString(), QStringLiteral("FAQPage"));
    QVERIFY(!objects[1].value(QLatin1String("mainEntity")).toArray().isEmpty());
}

void TestBrowser::hostileGuideRunsNothing()
{
    const Visit v = visit(m_site + QStringLiteral("/guides/hostile/index.html"));
    QVERIFY(v.finished);
    const QString &dom = v.dom;
    QVERIFY2(v.console.isEmpty(), qPrintable(v.console.join(u'\n'))); // not even a blocked script
    QVERIFY(v.pageRequests.isEmpty());
    QCOMPARE(bodyTag(dom), QStringLiteral("<body>"));
    QVERIFY(!dom.contains(QLatin1String("<title>pwned</title>")));
    // The payload is on the page, as text: it was rendered, not dropped.
    QVERIFY(dom.contains(QLatin1String("&lt;script&gt;document.body.setAttribute")));
    // Only the page's own elements: two JSON-LD scripts, one style, no injected ones.
    QCOMPARE(count(dom, QStringLiteral("<script")), 2);
    QCOMPARE(count(dom, QStringLiteral("<script type=\"application/ld\\+json\">")), 2);
    QCOMPARE(count(dom, QStringLiteral("<style")), 1);
    QCOMPARE(count(dom, QStringLiteral("<meta http-equiv")), 1); // the CSP
    for (const char *tag : {"<img", "<svg", "<iframe", "<object", "<embed", "<form", "<base"})
        QVERIFY2(count(dom, QLatin1String(tag)) == 0, tag);
    // The serialised DOM escapes "<" in text, so every "<name" starts a real element:
    // check the attributes of those only (the payload's own text shows them too).
    static const QRegularExpression tagPattern(QStringLiteral("<[a-zA-Z][^>]*>"));
    // Inside a serialised attribute value a quote is &quot;, so a '"' always opens or closes one.
    static const QRegularExpression values(QStringLiteral("\"[^\"]*\""));
    static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression badValue(
        QStringLiteral("\\s(id=\"injected\"|(href|src|action|formaction)=\"\\s*javascript:)"),
        QRegularExpression::CaseInsensitiveOption);
    int tags = 0;
    for (auto it = tagPattern.globalMatch(dom); it.hasNext(); ++tags) {
        const QString tag = it.next().captured(0);
        QVERIFY2(!QString(tag).replace(values, QStringLiteral("\"\"")).contains(handler), qPrintable(tag));
        QVERIFY2(!badValue.match(tag).hasMatch(), qPrintable(tag));
    }
    QVERIFY(tags > 100);
    // The JSON-LD survives hostile text intact: it parses and holds the text as it was.
    QString error;
    const auto objects = jsonLd(dom, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects[0].value(QLatin1String("headline")).toString(), hostile(QStringLiteral("title")));
}

void TestBrowser::rightToLeftPages_data()
{
    // Three words in a row of the TL;DR: the middle one English, in a sentence
    // of the guide's own language.
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("Arabic") << "rtl-arabic"
                            << "ar"
                            << "rtl"
                            << QStringList{QStringLiteral("لغة"), QStringLiteral("WebAssembly"),
                                           QStringLiteral("داخل")};
    QTest::newRow("Hebrew") << "rtl-hebrew"
                            << "he"
                            << "rtl"
                            << QStringList{QStringLiteral("הטכנולוגיה"), QStringLiteral("CRISPR"),
                                           QStringLiteral("מאפשרת")};
    QTest::newRow("English") << "crispr-gene-editing"
                             << "en"
                             << "ltr"
                             << QStringList{QStringLiteral("a"), QStringLiteral("family"),
                                            QStringLiteral("of")};
}

// The page is laid out by Chromium as a reader sees it: a harness page beside
// the bundle frames the guide's page (file access between the two is allowed
// for this run only), measures it with the page's own layout and writes what it
// found into its DOM, which --dump-dom prints. The guide's page itself runs no
// script (its CSP forbids it); only the harness does.
void TestBrowser::rightToLeftPages()
{
    QFETCH(QString, slug);
    QFETCH(QString, lang);
    QFETCH(QString, dir);
    QFETCH(QStringList, words);
    const QString harness = m_site + QStringLiteral("/measure-%1.html").arg(slug);
    QFile file(harness);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral(R"(<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<pre id="out">not measured</pre>
<iframe id="page" src="guides/%1/index.html" style="width:900px;height:700px"></iframe>
<script>
window.addEventListener("load", function () {
  const out = {};
  try {
    const frame = document.getElementById("page");
    const d = frame.contentDocument, w = frame.contentWindow;
    out.lang = d.documentElement.lang;
    out.direction = w.getComputedStyle(d.querySelector("main")).direction;
    // Where the title's first letter sits in its box: against the right edge when
    // rtl, the left when ltr, however many lines the title takes.
    const h1 = d.querySelector("h1"), first = d.createRange();
    const titleText = d.createTreeWalker(h1, NodeFilter.SHOW_TEXT).nextNode();
    first.setStart(titleText, 0);
    first.setEnd(titleText, 1);
    const box = h1.getBoundingClientRect(), letter = first.getBoundingClientRect();
    out.gapLeft = Math.round(letter.left - box.left);
    out.gapRight = Math.round(box.right - letter.right);
    // The left edge of each word in the TL;DR, as laid out.
    const tldr = d.querySelector('[data-field="tldr"]');
    const walker = d.createTreeWalker(tldr, NodeFilter.SHOW_TEXT);
    const words = %2;
    out.lefts = words.map(function () { return null; });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(words.join(" "));
      if (at < 0) continue;
      let offset = at;
      words.forEach(function (word, i) {
        const r = d.createRange();
        r.setStart(node, offset);
        r.setEnd(node, offset + word.length);
        out.lefts[i] = Math.round(r.getBoundingClientRect().left);
        offset += word.length + 1;
      });
    }
  } catch (e) {
    out.error = String(e);
  }
  document.getElementById("out").textContent = JSON.stringify(out);
});
</script></body></html>
)")
            .arg(slug, QString::fromUtf8(
                           QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact)))
            .toUtf8());
    file.close();
    const Visit v = visit(harness, {QStringLiteral("--allow-file-access-from-files"),
                                    QStringLiteral("--virtual-time-budget=10000"),
                                    QStringLiteral("--window-size=1000,800")});
    QVERIFY2(v.finished, "chromium did not finish within 60 s");
    static const QRegularExpression outPattern(QStringLiteral("<pre id=\"out\">(.*?)</pre>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const QString text = outPattern.match(v.dom).captured(1);
    QJsonParseError parseError;
    const QJsonObject m = QJsonDocument::fromJson(text.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(text));
    QVERIFY2(!m.contains(QLatin1String("error")), qPrintable(text));
    QCOMPARE(m.value(QLatin1String("lang")).toString(), lang);
    QCOMPARE(m.value(QLatin1String("direction")).toString(), dir);
    const int gapLeft = m.value(QLatin1String("gapLeft")).toInt();
    const int gapRight = m.value(QLatin1String("gapRight")).toInt();
    if (dir == u"rtl")
        QVERIFY2(gapRight < 4 && gapLeft > 40, qPrintable(text)); // the title begins at the right
    else
        QVERIFY2(gapLeft < 4 && gapRight > 40, qPrintable(text));
    // The English word stays whole between its neighbours, in reading order:
    // right to left in Arabic and Hebrew, left to right in English.
    const QJsonArray lefts = m.value(QLatin1String("lefts")).toArray();
    QCOMPARE(lefts.size(), 3);
    for (const QJsonValue &x : lefts)
        QVERIFY2(x.isDouble(), qPrintable(text));
    const int first = lefts[0].toInt(), middle = lefts[1].toInt(), last = lefts[2].toInt();
    if (dir == u"rtl")
        QVERIFY2(first > middle && middle > last, qPrintable(text));
    else
        QVERIFY2(first < middle && middle < last, qPrintable(text));
}

QTEST_GUILESS_MAIN(TestBrowser)
#include "tst_browser.moc"
