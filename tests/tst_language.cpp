// A guide's language: the tag's rules, its direction, how the guide file, the
// Markdown file and a site's front matter carry it, and the page it sets.

#include "guide/language.h"
#include "guide/validate.h"
#include "io/guidefile.h"
#include "io/importreport.h"
#include "io/markdownfile.h"
#include "merge/guidemerge.h"
#include "render/pagerenderer.h"
#include "render/pagewords.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace almanac;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_data();
    void tags();
    void directionAndLocale_data();
    void directionAndLocale();
    void guideFileKeepsOldBytes();
    void guideFileRoundTrip();
    void guideFileRefusesBadTag();
    void markdownFile();
    void siteFrontMatter();
    void pageSaysLanguageAndDirection();
    void pageWordsInTheGuidesLanguage();
    void pageWordTranslationsAreComplete();
    void mergeTakesOneSide();
};

void TestLanguage::tags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("language") << "de" << true << "de";
    QTest::newRow("three letters") << "ckb" << true << "ckb";
    QTest::newRow("region") << "de-AT" << true << "de-AT";
    QTest::newRow("region, any case") << "DE-at" << true << "de-AT";
    QTest::newRow("numeric region") << "es-419" << true << "es-419";
    QTest::newRow("script") << "sr-latn" << true << "sr-Latn";
    QTest::newRow("script and region") << "zh-hant-tw" << true << "zh-Hant-TW";
    QTest::newRow("variant") << "de-CH-1996" << true << "de-CH-1996";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("one letter") << "e" << false << "e";
    QTest::newRow("a name") << "English" << false << "English";
    QTest::newRow("underscore") << "de_AT" << false << "de_AT";
    QTest::newRow("trailing dash") << "de-" << false << "de-";
    QTest::newRow("two regions") << "de-AT-CH" << false << "de-AT-CH";
    QTest::newRow("script after region") << "sr-RS-Latn" << false << "sr-RS-Latn";
    QTest::newRow("space") << "de AT" << false << "de AT";
    QTest::newRow("digits first") << "12" << false << "12";
    QTest::newRow("not ASCII") << "dé" << false << "dé";
}

void TestLanguage::tags()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QCOMPARE(language::isValid(tag), valid);
    QCOMPARE(language::canonical(tag), canonical);
    // The rule the guide file and every writer apply: empty is "not set".
    QCOMPARE(guide::rules::language(tag).has_value(), !valid && !tag.isEmpty());
}

void TestLanguage::directionAndLocale_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("ogLocale");
    QTest::newRow("English") << "en"
                             << "ltr"
                             << "en";
    QTest::newRow("Austrian German") << "de-AT"
                                     << "ltr"
                                     << "de_AT";
    QTest::newRow("Arabic") << "ar"
                            << "rtl"
                            << "ar";
    QTest::newRow("Egyptian Arabic") << "ar-EG"
                                     << "rtl"
                                     << "ar_EG";
    QTest::newRow("Hebrew") << "he"
                            << "rtl"
                            << "he";
    QTest::newRow("Persian") << "fa"
                             << "rtl"
                             << "fa";
    QTest::newRow("Urdu") << "ur-PK"
                          << "rtl"
                          << "ur_PK";
    QTest::newRow("Yiddish") << "yi"
                             << "rtl"
                             << "yi";
    QTest::newRow("Azerbaijani in Arabic script") << "az-Arab"
                                                  << "rtl"
                                                  << "az";
    QTest::newRow("Kurdish in Latin script") << "ckb-Latn"
                                             << "ltr"
                                             << "ckb";
    QTest::newRow("Latin America") << "es-419"
                                   << "ltr"
                                   << "es";
    QTest::newRow("not a tag") << "arabic"
                               << "ltr"
                               << "arabic";
}

void TestLanguage::directionAndLocale()
{
    QFETCH(QString, tag);
    QFETCH(QString, dir);
    QFETCH(QString, ogLocale);
    QCOMPARE(language::direction(tag), dir);
    QCOMPARE(language::isRightToLeft(tag), dir == u"rtl");
    QCOMPARE(language::openGraphLocale(tag), ogLocale);
}

void TestLanguage::guideFileKeepsOldBytes()
{
    // A guide without a language writes the file it always wrote: no key, the
    // same bytes, so versions made before keep their checksums.
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    QVERIFY(g.language.isEmpty());
    QFile file(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = guidefile::write(g);
    QVERIFY(!bytes.contains("\"language\""));
    QCOMPARE(bytes, file.readAll());
}

void TestLanguage::guideFileRoundTrip()
{
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.language = QStringLiteral("ar");
    const QByteArray bytes = guidefile::write(g);
    // After "status", as the format lists it.
    QVERIFY(bytes.indexOf("\"language\": \"ar\"") > bytes.indexOf("\"status\""));
    QVERIFY(bytes.indexOf("\"language\": \"ar\"") < bytes.indexOf("\"created\""));
    QString error;
    const auto back = guidefile::read(bytes, QStringLiteral("ar.json"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, g);
    // Any case reads, and is kept in the usual case.
    QByteArray upper = bytes;
    upper.replace("\"language\": \"ar\"", "\"language\": \"AR-eg\"");
    const auto upperBack = guidefile::read(upper, QStringLiteral("ar.json"), &error);
    QVERIFY2(upperBack, qPrintable(error));
    QCOMPARE(upperBack->language, QStringLiteral("ar-EG"));
}

void TestLanguage::guideFileRefusesBadTag()
{
    const Guide g = test::demo(QStringLiteral("crispr.json"));
    QByteArray bytes = guidefile::write(g);
    for (const QByteArray &bad :
         {QByteArray("\"Arabic\""), QByteArray("\"ar_EG\""), QByteArray("7"), QByteArray("[\"ar\"]")}) {
        QByteArray text = bytes;
        text.replace("\"status\": \"active\",", "\"status\": \"active\",\n  \"language\": " + bad + ",");
        QString error;
        QVERIFY(!guidefile::read(text, QStringLiteral("bad.json"), &error));
        QVERIFY2(error.startsWith(QLatin1String("bad.json: language: ")), qPrintable(error));
    }
    QString error;
    QByteArray text = bytes;
    text.replace("\"status\": \"active\",", "\"status\": \"active\",\n  \"language\": \"Arabic\",");
    guidefile::read(text, QStringLiteral("bad.json"), &error);
    QVERIFY2(error.contains(QLatin1String("\"Arabic\" is not a language tag")), qPrintable(error));
    // validate(), which every writer applies, refuses it too.
    Guide invalid = g;
    invalid.language = QStringLiteral("Arabic");
    const auto problem = guide::validate(invalid);
    QVERIFY(problem);
    QCOMPARE(problem->place, QStringLiteral("language"));
    QCOMPARE(problem->code, QStringLiteral("bad-language"));
}

void TestLanguage::markdownFile()
{
    Guide g = test::demo(QStringLiteral("webassembly.json"));
    g.language = QStringLiteral("he");
    const QByteArray text = markdownfile::write(g);
    QVERIFY2(text.contains("\nlanguage: he\n"), text.left(400).constData());
    ImportReport report;
    QString error;
    const auto back = markdownfile::read(text, QStringLiteral("he.md"), &report, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->language, QStringLiteral("he"));
    // Without a language the key is not written.
    g.language.clear();
    QVERIFY(!markdownfile::write(g).contains("language:"));
}

void TestLanguage::siteFrontMatter()
{
    // jekyll-seo-tag and jekyll-polyglot keep a page's language in "lang".
    const QByteArray post = "---\nlayout: post\ntitle: \"Eine Einführung\"\nlang: de-at\n"
                            "date: 2024-03-05 10:00:00 +0100\n---\n\nErster Absatz.\n";
    ImportReport report;
    QString error;
    const auto g = markdownfile::read(post, QStringLiteral("2024-03-05-einfuehrung.md"), &report, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->language, QStringLiteral("de-AT"));
    bool told = false;
    for (const ImportFinding &f : report.findings())
        told = told || (f.path == u"language" && f.message.contains(QLatin1String("\"lang\"")));
    QVERIFY(told);
    // A value that is not a tag is left out with a warning naming the line;
    // the rest of the page still comes in.
    const QByteArray bad = "---\ntitle: \"Ein Titel\"\nlang: Deutsch\n---\n\nText.\n";
    ImportReport badReport;
    const auto h = markdownfile::read(bad, QStringLiteral("bad.md"), &badReport, &error);
    QVERIFY(h);
    QVERIFY(h->language.isEmpty());
    const QStringList lines = badReport.lines(QStringLiteral("bad.md"));
    QVERIFY2(lines.join(u'\n').contains(QLatin1String("bad.md: line 3: warning")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.join(u'\n').contains(QLatin1String("not a language tag")));
}

void TestLanguage::pageSaysLanguageAndDirection()
{
    const PageRenderer renderer;
    RenderContext context;
    Guide g = test::demo(QStringLiteral("euro-banknotes.json"));
    const QByteArray english = renderer.render(g, context);
    QVERIFY(english.contains("<html lang=\"en\" dir=\"ltr\">"));
    QVERIFY(english.contains("<meta property=\"og:locale\" content=\"en\">"));
    QVERIFY(english.contains("\"inLanguage\":\"en\""));

    g.language = QStringLiteral("ar-EG");
    g.title = QStringLiteral("مقدمة عن اليورو");
    const QByteArray arabic = renderer.render(g, context);
    QVERIFY(arabic.contains("<html lang=\"ar-EG\" dir=\"rtl\">"));
    QVERIFY(arabic.contains("<meta property=\"og:locale\" content=\"ar_EG\">"));
    // JSON-LD keeps its keys in order: inLanguage after headline.
    static const QRegularExpression article(
        QStringLiteral("<script "
                       "type=\"application/ld\\+json\">(\\{\"@context\":\"https://"
                       "schema.org\",\"@type\":\"Article\".*?)</script>"));
    const auto m = article.match(QString::fromUtf8(arabic));
    QVERIFY(m.hasMatch());
    const QJsonObject ld = QJsonDocument::fromJson(m.captured(1).toUtf8()).object();
    QCOMPARE(ld.value(QLatin1String("inLanguage")).toString(), QStringLiteral("ar-EG"));
    QCOMPARE(ld.value(QLatin1String("headline")).toString(), g.title);
    // A language the list of right-to-left scripts decides by its script subtag.
    g.language = QStringLiteral("az-Arab");
    QVERIFY(renderer.render(g, context).contains("<html lang=\"az-Arab\" dir=\"rtl\">"));
}

// The page's own words follow the guide's language, whatever the interface
// speaks: German and Arabic pages say their headings, labels, dates and
// citations' names in German and Arabic; a language with no translation, English.
void TestLanguage::pageWordsInTheGuidesLanguage()
{
    const PageRenderer renderer;
    RenderContext context;
    context.versions = {{QStringLiteral("v1"), QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC), true}};
    Guide g = test::demo(QStringLiteral("crispr.json"));
    g.updated = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    const QString english = QString::fromUtf8(renderer.render(g, context));
    for (const char *words : {"<h2>Key takeaways</h2>", "<h2>Timeline</h2>", "aria-label=\"Source 1\"",
                              "Made with Almanac Studio.", "updated 14 Mar 2026", "Beginner"})
        QVERIFY2(english.contains(QLatin1String(words)), words);

    g.language = QStringLiteral("de");
    const QString german = QString::fromUtf8(renderer.render(g, context));
    for (const QString &words :
         {QStringLiteral("<h2>Die wichtigsten Punkte</h2>"), QStringLiteral("<h2>Zeitleiste</h2>"),
          QStringLiteral("aria-label=\"Quelle 1\""), QStringLiteral("Erstellt mit Almanac Studio."),
          QStringLiteral("aktualisiert am 14 März 2026"), QStringLiteral("Einsteiger"),
          QStringLiteral("28 Juni 2012"), QStringLiteral("v1 · veröffentlicht")})
        QVERIFY2(german.contains(words), qPrintable(words));
    for (const char *left :
         {"Key takeaways", "Timeline</h2>", "Made with", "updated ", ">Beginner<", "Jun 2012"})
        QVERIFY2(!german.contains(QLatin1String(left)), left);
    // The class the style sheet reads stays the stored value.
    QVERIFY(german.contains(QLatin1String("status-active")));

    g.language = QStringLiteral("ar-EG");
    const QString arabic = QString::fromUtf8(renderer.render(g, context));
    for (const QString &words : {QStringLiteral("باختصار"), QStringLiteral("أهم النقاط"),
                                 QStringLiteral("aria-label=\"المصدر 1\""), QStringLiteral("أُنشئ باستخدام")})
        QVERIFY2(arabic.contains(words), qPrintable(words));

    g.language = QStringLiteral("he-IL");
    QVERIFY(QString::fromUtf8(renderer.render(g, context)).contains(QStringLiteral("<h2>ציר זמן</h2>")));
    g.language = QStringLiteral("fr");
    QVERIFY(renderer.render(g, context).contains("<h2>Key takeaways</h2>"));
}

// Each translation of the page's words (translations/almanac-page_*.ts, built
// with Qt Linguist) has every word, and none left in English.
void TestLanguage::pageWordTranslationsAreComplete()
{
    QCOMPARE(PageWords::languages(),
             (QStringList{QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("he")}));
    QVERIFY(PageWords::words().size() >= 25);
    for (const QString &language : PageWords::languages()) {
        const PageWords words(language);
        QVERIFY(!words.isEnglish());
        for (const char *word : PageWords::words()) {
            const QString t = words.tr(word);
            QVERIFY2(!t.isEmpty() && t != QLatin1String(word),
                     qPrintable(
                         QStringLiteral("%1: \"%2\" is not translated").arg(language, QLatin1String(word))));
            // The same placeholders as the English.
            for (const char *mark : {"%1", "%2"})
                QCOMPARE(t.contains(QLatin1String(mark)), QByteArray(word).contains(mark));
        }
    }
}

void TestLanguage::mergeTakesOneSide()
{
    const Guide base = test::demo(QStringLiteral("crispr.json"));
    Guide ours = base;
    Guide theirs = base;
    theirs.language = QStringLiteral("de");
    ours.title += QStringLiteral(" (revised)");
    const auto merged = merge::merge(base, ours, theirs);
    QVERIFY(merged.conflicts.isEmpty());
    QCOMPARE(merged.guide.language, QStringLiteral("de"));
    QCOMPARE(merged.guide.title, ours.title);
    // Both set it differently: one conflict, named by its JSON path.
    ours.language = QStringLiteral("fr");
    auto both = merge::merge(base, ours, theirs);
    QCOMPARE(both.conflicts.size(), 1);
    QCOMPARE(both.conflicts.first().path, QStringLiteral("language"));
    QCOMPARE(both.conflicts.first().label, QStringLiteral("Language"));
    // A value typed in to resolve it must be a tag.
    auto resolved = both;
    QVERIFY(!merge::resolve(resolved, 0, merge::Choice::Custom, QStringLiteral("Français")));
    QVERIFY(merge::resolve(resolved, 0, merge::Choice::Custom, QStringLiteral("fr-CA")));
    QCOMPARE(resolved.guide.language, QStringLiteral("fr-CA"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
