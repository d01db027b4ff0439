// Hostile content in every text field of a guide must reach the page as inert
// text: no script, no event handler, no dangerous link, nothing fetched.

#include "guide/guide.h"
#include "render/pagerenderer.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace almanac;

namespace {

const QStringList payloads = {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("<img src=x onerror=alert(1)>"),
    QStringLiteral("[click](javascript:alert(1))"),
    QStringLiteral("[CLICK](JaVaScRiPt:alert(1))"),
    QStringLiteral("<a href=\"javascript:alert(1)\">x</a>"),
    QStringLiteral("[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    QStringLiteral("\"><svg onload=alert(1)>"),
    QStringLiteral("'><body onload=alert(1)>"),
    QStringLiteral("</script><script>alert(1)</script>"),
    QStringLiteral("<iframe src=\"https://evil.example/\"></iframe>"),
    QStringLiteral("![pixel](https://tracker.example/pixel.png)"),
    QStringLiteral("<style>body{background:url(https://tracker.example/)}</style>"),
    QStringLiteral("[v](vbscript:msgbox(1)) [f](file:///etc/passwd) [e](java&#x09;script:alert(1))"),
    QStringLiteral("<details open ontoggle=alert(1)>x</details>"),
    QStringLiteral("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    QStringLiteral("[x](\"onmouseover=\"alert(1))"),
};

Guide hostileGuide(const QString &p)
{
    Guide g;
    g.id = guide::newId();
    g.slug = QStringLiteral("hostile");
    g.title = p;
    g.subject = p;
    g.kind = p;
    g.level = p;
    g.status = p;
    g.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    g.updated = g.created;
    g.tldr = p + QStringLiteral(" [@k]");
    g.takeaways = {{guide::newId(), p}};
    g.sections = {{guide::newId(), p, p + QStringLiteral("\n\n") + p}};
    g.timeline = {{guide::newId(), p, p, p, {QStringLiteral("k"), p}, {}}};
    g.topics = {p};
    g.faq = {{guide::newId(), p, p}};
    g.related = {p};
    g.sources = {
        {guide::newId(), QStringLiteral("k"), p, p, QStringLiteral("javascript:alert(1)"), p, p, 5, p, {}},
        {guide::newId(), p, p, p, p, QStringLiteral("2026-01"), QStringLiteral("2026-02"), 3, p, {}}};
    return g;
}

struct Tag
{
    QString name;
    QHash<QString, QString> attributes; // values with entities left as written
    QString rawText;                    // content of <script> and <style>
};

// A small HTML tokenizer: enough to list every element and attribute the way a
// browser would see them (quoted values may hold any text).
QList<Tag> scanTags(const QString &html)
{
    QList<Tag> tags;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while ((i = html.indexOf(u'<', i)) >= 0) {
        ++i;
        if (QStringView(html).sliced(i).startsWith(u"!--")) {
            // A comment (cmark leaves "<!-- raw HTML omitted -->"): it must close cleanly.
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i);
            if (end < 0)
                return {};
            i = end + 3;
            continue;
        }
        if (i >= n || !(html[i].isLetter() || html[i] == u'!'))
            continue;
        Tag tag;
        while (i < n && !html[i].isSpace() && html[i] != u'>' && html[i] != u'/')
            tag.name += html[i++].toLower();
        while (i < n && html[i] != u'>') {
            if (html[i].isSpace() || html[i] == u'/') {
                ++i;
                continue;
            }
            QString name;
            while (i < n && !html[i].isSpace() && html[i] != u'=' && html[i] != u'>' && html[i] != u'/')
                name += html[i++].toLower();
            QString value;
            if (i < n && html[i] == u'=') {
                ++i;
                if (i < n && (html[i] == u'"' || html[i] == u'\'')) {
                    const QChar quote = html[i++];
                    const qsizetype end = html.indexOf(quote, i);
                    value = html.mid(i, end - i);
                    i = end + 1;
                } else {
                    while (i < n && !html[i].isSpace() && html[i] != u'>')
                        value += html[i++];
                }
            }
            tag.attributes.insert(name, value);
        }
        if (tag.name == QLatin1String("script") || tag.name == QLatin1String("style")) {
            const qsizetype end = html.indexOf(QStringLiteral("</") + tag.name, i, Qt::CaseInsensitive);
            tag.rawText = html.mid(i + 1, end - i - 1);
            i = end;
        }
        tags << tag;
    }
    return tags;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldIsInert_data();
    void everyFieldIsInert();
    void scannerSeesWhatABrowserSees();
    void controlCharactersNeverReachThePage();
};

void TestHostile::controlCharactersNeverReachThePage()
{
    // The issue: a NUL in a title reached the page's <title> and og:title. No control
    // character but tab and line ends reaches the page, from any field.
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            controls += QChar(c);
    }
    controls += QChar(0x7f);
    const QString text = QStringLiteral("a") + controls + QStringLiteral("[31mred");
    Guide g = hostileGuide(text);
    g.level = QStringLiteral("Beginner");
    g.status = QStringLiteral("active");
    const QByteArray page = PageRenderer().render(g, RenderContext());
    for (qsizetype i = 0; i < page.size(); ++i) {
        const auto c = static_cast<unsigned char>(page[i]);
        // (DEL stays in JSON-LD, where JSON allows it as it is; the template shows it as U+FFFD.)
        QVERIFY2(c >= 0x20 || c == '\t' || c == '\n' || c == '\r',
                 qPrintable(QStringLiteral("byte 0x%1 at %2: %3")
                                .arg(c, 2, 16, QLatin1Char('0'))
                                .arg(i)
                                .arg(QString::fromUtf8(page.mid(std::max<qsizetype>(0, i - 60), 80)))));
    }
    QVERIFY(page.contains("<title>a\xEF\xBF\xBD"));
    QVERIFY(page.contains("<meta property=\"og:title\" content=\"a\xEF\xBF\xBD"));
}

void TestHostile::scannerSeesWhatABrowserSees()
{
    // The checker itself must catch what it looks for, and not be fooled by quoted text.
    const QList<Tag> tags =
        scanTags(QStringLiteral("<p title=\"a onclick=b\"><img src=x onerror=y><!-- <b> --></p>"
                                "<script type=x>if (a<b) {}</script><a href='#z'>"));
    QCOMPARE(tags.size(), 4);
    QCOMPARE(tags[0].name, QStringLiteral("p"));
    QVERIFY(!tags[0].attributes.contains(QStringLiteral("onclick")));
    QCOMPARE(tags[1].name, QStringLiteral("img"));
    QCOMPARE(tags[1].attributes.value(QStringLiteral("onerror")), QStringLiteral("y"));
    QCOMPARE(tags[2].rawText, QStringLiteral("if (a<b) {}"));
    QCOMPARE(tags[3].attributes.value(QStringLiteral("href")), QStringLiteral("#z"));
}

void TestHostile::everyFieldIsInert_data()
{
    QTest::addColumn<QString>("payload");
    for (qsizetype i = 0; i < payloads.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("payload %1").arg(i))) << payloads[i];
}

void TestHostile::everyFieldIsInert()
{
    QFETCH(QString, payload);
    RenderContext ctx;
    ctx.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    ctx.guideTitles = {{payload, payload}};
    ctx.relatedLink = QStringLiteral("../%1/index.html");
    const QString page = QString::fromUtf8(PageRenderer().render(hostileGuide(payload), ctx));

    const QList<Tag> tags = scanTags(page);
    static const QSet<QString> allowed = {
        QStringLiteral("!doctype"), QStringLiteral("html"),    QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"),   QStringLiteral("script"),
        QStringLiteral("style"),    QStringLiteral("body"),    QStringLiteral("header"),
        QStringLiteral("main"),     QStringLiteral("article"), QStringLiteral("p"),
        QStringLiteral("span"),     QStringLiteral("time"),    QStringLiteral("section"),
        QStringLiteral("h1"),       QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),       QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("div"),      QStringLiteral("ul"),      QStringLiteral("ol"),
        QStringLiteral("li"),       QStringLiteral("a"),       QStringLiteral("sup"),
        QStringLiteral("strong"),   QStringLiteral("em"),      QStringLiteral("code"),
        QStringLiteral("pre"),      QStringLiteral("del"),     QStringLiteral("table"),
        QStringLiteral("thead"),    QStringLiteral("tbody"),   QStringLiteral("tr"),
        QStringLiteral("th"),       QStringLiteral("td"),      QStringLiteral("blockquote"),
        QStringLiteral("hr"),       QStringLiteral("br"),      QStringLiteral("footer")};
    int scripts = 0;
    int styles = 0;
    for (const Tag &tag : tags) {
        QVERIFY2(allowed.contains(tag.name), qPrintable(QStringLiteral("element <%1>").arg(tag.name)));
        for (auto a = tag.attributes.cbegin(); a != tag.attributes.cend(); ++a) {
            QVERIFY2(!a.key().startsWith(QLatin1String("on")),
                     qPrintable(QStringLiteral("%1 on <%2>").arg(a.key(), tag.name)));
            QVERIFY2(a.key() != QLatin1String("src") && a.key() != QLatin1String("style") &&
                         a.key() != QLatin1String("srcset") && a.key() != QLatin1String("formaction"),
                     qPrintable(a.key()));
        }
        if (tag.name == QLatin1String("script")) {
            ++scripts;
            QCOMPARE(tag.attributes.value(QStringLiteral("type")), QStringLiteral("application/ld+json"));
            QVERIFY(!tag.rawText.contains(u'<'));
            QJsonParseError error;
            QJsonDocument::fromJson(tag.rawText.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
        if (tag.name == QLatin1String("style")) {
            ++styles;
            QVERIFY(!tag.rawText.contains(QLatin1String("url(")));
        }
        if (tag.name == QLatin1String("meta"))
            QVERIFY(tag.attributes.value(QStringLiteral("http-equiv")) != QLatin1String("refresh"));
        if (tag.attributes.contains(QStringLiteral("href"))) {
            // Every link goes to the page itself, the web, mail, or a sibling guide.
            const QString target = tag.attributes.value(QStringLiteral("href"));
            static const QRegularExpression sibling(
                QStringLiteral("^\\.\\./[a-z0-9]+(-[a-z0-9]+)*/index\\.html$"));
            const bool safe = target.isEmpty() || target.startsWith(u'#') ||
                              target.startsWith(QLatin1String("http://")) ||
                              target.startsWith(QLatin1String("https://")) ||
                              target.startsWith(QLatin1String("mailto:")) || sibling.match(target).hasMatch();
            QVERIFY2(safe, qPrintable(target));
        }
    }
    QCOMPARE(scripts, 2);
    QCOMPARE(styles, 1);
    // The text itself is still there for the reader, as text.
    QVERIFY(page.contains(QStringLiteral("<title>") +
                          payload.toHtmlEscaped().replace(u'\'', QStringLiteral("&apos;"))));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
