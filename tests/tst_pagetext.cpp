// Tests for the page-text importer: our own page sample (shaped like
// shared/guide-anatomy.md, with all its traps) and broken variants.

#include "io/guidefile.h"
#include "io/pagetext.h"
#include "io/pagetextparts.h"

#include <QFile>
#include <QTest>

using namespace almanac;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(ALMANAC_TEST_DATA "/import/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool hasFinding(const ImportReport &r, const QString &place, const QString &path, const QString &text)
{
    for (const ImportFinding &f : r.findings()) {
        if (f.place == place && f.path == path && f.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestPageText : public QObject
{
    Q_OBJECT

private slots:
    void recoversEveryPart_data();
    void recoversEveryPart();
    void reportsWhatNeedsTheEditor();
    void brokenInput_data();
    void brokenInput();
    void repeatedSourcesHeading();
    void metaLine();
    void cardHeader();
    void topicsSplit();
};

void TestPageText::recoversEveryPart_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("lf") << QStringLiteral("perovskites-page.txt");
    QTest::newRow("crlf") << QStringLiteral("perovskites-page-crlf.txt");
    QTest::newRow("bom") << QStringLiteral("perovskites-page-bom.txt");
}

void TestPageText::recoversEveryPart()
{
    QFETCH(QString, file);
    QString error;
    ImportReport report;
    const auto g = pagetext::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->title, QStringLiteral("Perovskite Solar Cells: The Cheap Crystal Challenging Silicon"));
    QCOMPARE(g->slug, QStringLiteral("perovskite-solar-cells-the-cheap-crystal-challenging-silicon"));
    QCOMPARE(g->kind, QStringLiteral("Guide"));
    QCOMPARE(g->subject, QStringLiteral("Perovskites"));
    QCOMPARE(g->level, QStringLiteral("Intermediate"));
    QCOMPARE(g->status, QStringLiteral("active"));
    QVERIFY(g->tldr.startsWith(QStringLiteral("Perovskites are a family of crystals")));
    QVERIFY(g->tldr.endsWith(QStringLiteral("within a few years.")));
    QCOMPARE(g->takeaways.size(), 5);
    QCOMPARE(
        g->takeaways[2].text,
        QStringLiteral("Stacking perovskite on silicon (\"tandem\" cells) beats either material alone."));
    QCOMPARE(g->sections.size(), 3);
    QCOMPARE(g->sections[1].heading, QStringLiteral("Why does it matter?"));
    QVERIFY(g->sections[1].body.endsWith(QStringLiteral(
        "new uses:\n\n- windows that generate power,\n- light panels for vehicles and drones,\n"
        "- tandem modules that squeeze more power from the same roof.")));
    QVERIFY(g->sections[0].body.contains(QStringLiteral("iodide.\n\nBecause")));
    QCOMPARE(g->timeline.size(), 5);
    QCOMPARE(g->timeline[1].title, QStringLiteral("Solid-state cell passes 10% efficiency"));
    for (const TimelineEntry &e : g->timeline)
        QVERIFY(e.date.isEmpty()); // never invented
    QCOMPARE(g->topics, (QStringList{QStringLiteral("Perovskites"), QStringLiteral("Solar energy"),
                                     QStringLiteral("Thin-film PV"), QStringLiteral("Materials science")}));
    QCOMPARE(g->faq.size(), 3);
    QCOMPARE(g->faq[1].question, QStringLiteral("Is the lead in them dangerous?"));
    QVERIFY(g->faq[2].answer.endsWith(QStringLiteral("guaranteed for 25.")));
    QVERIFY(g->related.isEmpty());
    QCOMPARE(g->sources.size(), 3);
    QCOMPARE(g->sources[0].relevance, 10);
    QCOMPARE(g->sources[0].outlet, QStringLiteral("Solar Review"));
    QCOMPARE(g->sources[0].title, QStringLiteral("Tandem Module Maker Begins Shipping to First Customers"));
    QCOMPARE(g->sources[0].key, QStringLiteral("solar-review-tandem-module-maker-begins"));
    QVERIFY(g->sources[0].url.isEmpty());
    QCOMPARE(g->sources[1].published, QStringLiteral("2019-03-12")); // shown as a date, so recovered
    QVERIFY(g->sources[1].summary.contains(QStringLiteral("damage.\n\nIt concludes")));
    QCOMPARE(g->sources[2].relevance, 5);
    // Boilerplate is gone.
    const QByteArray json = guidefile::write(*g);
    QVERIFY(!json.contains("Stay current"));
    QVERIFY(!json.contains("weekly letter"));
    QVERIFY(!json.contains("source \xE2\x86\x97"));
    QVERIFY(!json.contains("v31mo"));
    // What was made is a valid guide file.
    QVERIFY2(guidefile::read(json, file, &error), qPrintable(error));
}

void TestPageText::reportsWhatNeedsTheEditor()
{
    ImportReport report;
    QString error;
    QVERIFY(pagetext::read(readAll(sample(QStringLiteral("perovskites-page.txt"))), QStringLiteral("p.txt"),
                           &report, &error));
    QVERIFY(hasFinding(report, QStringLiteral("line 41"), QStringLiteral("timeline[2].date"),
                       QStringLiteral("timeline entry 3 (\"Certified efficiency passes 20%\") has no date")));
    QVERIFY(hasFinding(report, QStringLiteral("line 49"), QStringLiteral("topics"),
                       QStringLiteral("check the split")));
    QVERIFY(hasFinding(report, QStringLiteral("line 76"), QStringLiteral("related"),
                       QStringLiteral("3 related guide(s) could not be recovered")));
    QVERIFY(hasFinding(report, QStringLiteral("line 80"), QStringLiteral("sources[0].url"),
                       QStringLiteral("no URL")));
    QVERIFY(hasFinding(report, QStringLiteral("line 94"), QStringLiteral("sources[2].published"),
                       QStringLiteral("\"1y ago\"")));
    QVERIFY(hasFinding(report, QStringLiteral("line 65"), {}, QStringLiteral("Stay current")));
    QCOMPARE(report.warningCount(), 11);
    const QStringList lines = report.lines(QStringLiteral("p.txt"));
    QVERIFY(lines.contains(
        QStringLiteral("p.txt: line 41: warning: timeline entry 3 (\"Certified efficiency passes "
                       "20%\") has no date; fill it in (timeline[2].date)")));
}

void TestPageText::brokenInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "broken-page-truncated.txt"
                               << "no TL;DR found; expected the text of a published";
    QTest::newRow("empty") << "broken-page-empty.txt"
                           << "the text is empty; expected the text of a published";
    QTest::newRow("not a guide") << "broken-page-notaguide.txt"
                                 << "no TL;DR found";
    QTest::newRow("invalid utf-8") << "broken-page-utf8.txt"
                                   << "line 25, column 20: invalid UTF-8 (byte 0xff)";
}

void TestPageText::brokenInput()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!pagetext::read(readAll(sample(file)), file, nullptr, &error));
    QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// Found by fuzz_pagetext: a second "More on" heading overran the first one's card lines.
void TestPageText::repeatedSourcesHeading()
{
    const QByteArray text = "Title\nTL;DRShort.\nMore on X (1)\n8Outlet·1y ago\nA title\n"
                            "More on X (1)\n7Outlet·2y ago\nA title\n";
    QString error;
    const auto g = pagetext::read(text, QStringLiteral("t.txt"), nullptr, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->sources.size(), 2);
    QCOMPARE(g->sources[0].key, QStringLiteral("outlet-a-title"));
    QCOMPARE(g->sources[1].key, QStringLiteral("outlet-a-title-2"));
}

void TestPageText::metaLine()
{
    using namespace pagetextparts;
    auto m =
        parseMetaLine(QStringLiteral("RISC-VBeginneractive\u00B7v2 \u00B7 live\u00B7updated 3d ago"), {});
    QVERIFY(m);
    QCOMPARE(m->subject, QStringLiteral("RISC-V"));
    QCOMPARE(m->level, QStringLiteral("Beginner"));
    QCOMPARE(m->status, QStringLiteral("active"));
    QCOMPARE(m->version, QStringLiteral("v2"));
    QCOMPARE(m->updated, QStringLiteral("3d ago"));
    // A subject that ends in a level word still splits right with the kicker's hint.
    m = parseMetaLine(QStringLiteral("Advanced Micro DevicesAdvancedarchived\u00B7draft\u00B7updated 1y ago"),
                      QStringLiteral("Advanced"));
    QVERIFY(m);
    QCOMPARE(m->subject, QStringLiteral("Advanced Micro Devices"));
    QCOMPARE(m->status, QStringLiteral("archived"));
}

void TestPageText::cardHeader()
{
    using namespace pagetextparts;
    auto h = parseCardHeader(QStringLiteral("8Chip Weekly\u00B72mo ago\u00B7source \u2197"));
    QVERIFY(h);
    QCOMPARE(h->relevance, 8);
    QCOMPARE(h->outlet, QStringLiteral("Chip Weekly"));
    QCOMPARE(h->age, QStringLiteral("2mo ago"));
    QVERIFY(h->hadLink);
    QVERIFY(h->published.isEmpty());
    h = parseCardHeader(QStringLiteral("10 [3] Daily Wire\u00B7Aug 2015"));
    QVERIFY(h);
    QCOMPARE(h->relevance, 10);
    QCOMPARE(h->outlet, QStringLiteral("Daily Wire"));
    QCOMPARE(h->published, QStringLiteral("2015-08"));
    QVERIFY(!parseCardHeader(QStringLiteral("8 apples are on the table.")));
}

void TestPageText::topicsSplit()
{
    using namespace pagetextparts;
    int splits = 0;
    // The anatomy's own example: the subject first, then lowercase->Uppercase cuts.
    QCOMPARE(splitTopics(QStringLiteral("RISC-VInstruction setsOpen hardwareChip design"),
                         QStringLiteral("RISC-V"), {}, &splits),
             (QStringList{QStringLiteral("RISC-V"), QStringLiteral("Instruction sets"),
                          QStringLiteral("Open hardware"), QStringLiteral("Chip design")}));
    QCOMPARE(splits, 3);
    // A word the guide itself uses is not cut; "eBay" never is.
    QCOMPARE(splitTopics(QStringLiteral("WebAssemblyJavaScript enginesWeb APIs"), {},
                         QStringLiteral("WebAssembly runs beside JavaScript."), &splits),
             (QStringList{QStringLiteral("WebAssembly"), QStringLiteral("JavaScript engines"),
                          QStringLiteral("Web APIs")}));
    QCOMPARE(splitTopics(QStringLiteral("iPhone appsSmart homes"), {}, {}, &splits),
             (QStringList{QStringLiteral("iPhone apps"), QStringLiteral("Smart homes")}));
    QCOMPARE(splitTopics(QStringLiteral("Chemistry"), {}, {}, &splits),
             QStringList{QStringLiteral("Chemistry")});
    QCOMPARE(splits, 0);
}

QTEST_GUILESS_MAIN(TestPageText)
#include "tst_pagetext.moc"
