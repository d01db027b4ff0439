// Tests for CSL-JSON sources: a Zotero-like export with duplicates, merging into
// a guide, export and broken files.

#include "guide/validate.h"
#include "io/csljson.h"
#include "io/guidefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace almanac;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sample(const QString &name)
{
    return QStringLiteral(ALMANAC_TEST_DATA "/import/") + name;
}

} // namespace

class TestCslJson : public QObject
{
    Q_OBJECT

private slots:
    void zoteroExport_data();
    void zoteroExport();
    void mergeIntoGuide();
    void exportAndBack();
    void normalisedUrl();
    void broken_data();
    void broken();
    void skippedItems_data();
    void skippedItems();
    void scholarlyFields();
    void everyFieldRoundTrips();
    void editedFieldsGoOut();
    void singleItem();
    void oversizedItemIsSkipped();
};

void TestCslJson::zoteroExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("lf") << QStringLiteral("zotero-sources.json");
    QTest::newRow("crlf and bom") << QStringLiteral("zotero-sources-crlf-bom.json");
}

void TestCslJson::zoteroExport()
{
    QFETCH(QString, file);
    QString error;
    ImportReport report;
    const auto sources = csljson::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(sources, qPrintable(error));
    QCOMPARE(sources->size(), 3); // two duplicates merged
    const Source &a = sources->at(0);
    QCOMPARE(a.key, QStringLiteral("marlowDeepSeaMining2024")); // citation-key wins over the Zotero URI
    QCOMPARE(a.outlet, QStringLiteral("Harbour Times"));
    QCOMPARE(a.published, QStringLiteral("2024-07-22"));
    QCOMPARE(a.accessed, QStringLiteral("2026-11-02"));
    QCOMPARE(
        a.summary,
        QStringLiteral("Negotiators failed to agree a mining code, leaving licence applications in limbo."));
    const Source &b = sources->at(1);
    QCOMPARE(b.key, QStringLiteral("okafor-2023-nodules"));
    QCOMPARE(b.url, QStringLiteral("https://doi.org/10.5555/JAE.2023.118")); // a DOI keeps its case
    QCOMPARE(b.published, QStringLiteral("2023-03"));
    const Source &c = sources->at(2);
    QCOMPARE(c.key, QStringLiteral("muller_2022"));
    QCOMPARE(c.outlet, QStringLiteral("Ocean Policy Explainers"));
    QCOMPARE(c.published, QStringLiteral("2022-05"));
    QCOMPARE(c.relevance, 8);
    int merged = 0;
    for (const ImportFinding &f : report.findings())
        merged += f.message.contains(QLatin1String("is the same source as")) ? 1 : 0;
    QCOMPARE(merged, 2);
    QVERIFY(report.lines(file).contains(
        file +
        QStringLiteral(
            ": [3]: warning: \"nodules-doi-again\" is the same source as [1] (\"okafor-2023-nodules\", "
            "same DOI); merged into key \"okafor-2023-nodules\" (sources[1])")));
}

void TestCslJson::mergeIntoGuide()
{
    Guide g;
    g.sources.append(Source{QStringLiteral("00000000-0000-4000-8000-000000000001"),
                            QStringLiteral("harbour"),
                            QStringLiteral("Harbour Times"),
                            QStringLiteral("Old title"),
                            QStringLiteral("https://harbourtimes.example.com/2024/07/seabed-licences"),
                            {},
                            {},
                            9,
                            {},
                            {}});
    g.sources.append(Source{QStringLiteral("00000000-0000-4000-8000-000000000002"),
                            QStringLiteral("muller_2022"),
                            QStringLiteral("Other"),
                            QStringLiteral("A different source"),
                            QStringLiteral("https://other.example.com/x"),
                            {},
                            {},
                            4,
                            {},
                            {}});
    QString error;
    const auto sources = csljson::read(readAll(sample(QStringLiteral("zotero-sources.json"))),
                                       QStringLiteral("z.json"), nullptr, &error);
    QVERIFY(sources);
    ImportReport report;
    csljson::mergeInto(g, *sources, &report);
    QCOMPARE(g.sources.size(), 4);
    QCOMPARE(g.sources[0].key, QStringLiteral("harbour")); // same URL: updated, key and relevance kept
    QCOMPARE(g.sources[0].relevance, 9);
    QCOMPARE(g.sources[0].title, QStringLiteral("Seabed mining licences stall as nations argue over rules"));
    QCOMPARE(g.sources[3].key, QStringLiteral("muller_2022-2")); // key taken by another source
    QVERIFY(report.warningCount() == 1);
}

void TestCslJson::exportAndBack()
{
    QString error;
    const auto g =
        guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/webassembly.json"), &error);
    QVERIFY2(g, qPrintable(error));
    const QByteArray csl = csljson::write(*g);
    QCOMPARE(csljson::write(*g), csl);
    // Found by fuzz_csljson under clang: date-parts must nest, [[y, m, d]].
    const QJsonValue parts =
        QJsonDocument::fromJson(csl).array().at(0)[QStringLiteral("issued")][QStringLiteral("date-parts")];
    QVERIFY(parts.isArray() && parts.toArray().at(0).isArray());
    const auto back = csljson::read(csl, QStringLiteral("export.json"), nullptr, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), g->sources.size());
    for (qsizetype i = 0; i < back->size(); ++i) {
        Source expected = g->sources[i];
        expected.id = back->at(i).id;
        expected.csl = back->at(i).csl; // what came in is kept whole now
        QCOMPARE(back->at(i), expected);
    }
    // And out again: the same bytes.
    Guide again = *g;
    again.sources = *back;
    QCOMPARE(csljson::write(again), csl);
}

void TestCslJson::normalisedUrl()
{
    QCOMPARE(csljson::normalisedUrl(QStringLiteral("https://www.Example.com/a/?utm_source=x&b=2#top")),
             QStringLiteral("example.com/a?b=2"));
    QCOMPARE(csljson::normalisedUrl(QStringLiteral("http://example.com/a")), QStringLiteral("example.com/a"));
}

void TestCslJson::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "broken-csl-truncated.json"
                               << "line 2, column 34: JSON syntax error";
    QTest::newRow("object") << "broken-csl-object.json"
                            << "a JSON object with none of CSL's keys";
    QTest::newRow("not csl") << "not-csl-array.json"
                             << "not CSL-JSON: an array of 2 object(s) with none of CSL's keys (type, title, "
                                "author, issued, DOI, URL, …); their keys are pageviews, rank, uniques, url";
    QTest::newRow("utf-8") << "broken-csl-utf8.json"
                           << "line 2, column 28: invalid UTF-8";
}

void TestCslJson::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!csljson::read(readAll(sample(file)), file, nullptr, &error));
    QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// One item that cannot be taken is one error with its place; the others are read.
void TestCslJson::skippedItems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("type")
        << "broken-csl-type.json"
        << QStringList{"broken-csl-type.json: [0].title: error: expected a string, found an "
                       "array; [0] was skipped"}
        << QStringList{};
    QTest::newRow("relevance")
        << "broken-csl-relevance.json"
        << QStringList{"broken-csl-relevance.json: [0].custom.relevance: error: expected a "
                       "whole number from 1 to 10; [0] was skipped"}
        << QStringList{};
    QTest::newRow("several")
        << "csl-partly-bad.json"
        << QStringList{"csl-partly-bad.json: [1].title: error: expected a string, found an "
                       "array; [1] was skipped",
                       "csl-partly-bad.json: [2].custom.relevance: error: expected a whole "
                       "number from 1 to 10; [2] was skipped",
                       "csl-partly-bad.json: [3]: error: expected a CSL item (an object), "
                       "found a number; [3] was skipped"}
        << QStringList{"first-good", "last-good"};
    // A month CSL allows as a name is a month, not a reason to refuse the item.
    QTest::newRow("month name") << "csl-month-name.json" << QStringList{} << QStringList{"a", "b"};
}

void TestCslJson::skippedItems()
{
    QFETCH(QString, file);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, keys);
    QString error;
    ImportReport report;
    const auto sources = csljson::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(sources, qPrintable(error));
    QStringList found;
    for (const QString &line : report.lines(file)) {
        if (line.contains(QLatin1String(": error: ")))
            found << line;
    }
    QCOMPARE(found, errors);
    QCOMPARE(report.errorCount(), errors.size());
    QStringList read;
    for (const Source &s : *sources)
        read << s.key;
    QCOMPARE(read, keys);
}

// Everything a reference manager gives a source is kept, dates CSL allows are
// never refused, and rich text and JATS become plain text.
void TestCslJson::scholarlyFields()
{
    const QString file = QStringLiteral("csl-scholarly.json");
    QString error;
    ImportReport report;
    const auto sources = csljson::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(sources, qPrintable(error));
    QCOMPARE(report.errorCount(), 0);
    QCOMPARE(sources->size(), 8);
    const Source &a = sources->at(0);
    QCOMPARE(a.title, QStringLiteral("Tidal mixing in shallow shelf seas: a pH-based view"));
    QCOMPARE(a.outlet, QStringLiteral("Journal of Coastal Examples"));
    QCOMPARE(a.summary, QStringLiteral("We describe how tides mix a made-up shelf sea & why it matters.\n\n"
                                       "A second paragraph."));
    QCOMPARE(a.published, QStringLiteral("2019-03-14"));
    QCOMPARE(a.relevance, 7);
    QCOMPARE(a.url, QStringLiteral("https://journal.example.org/articles/tidal-2019-042"));
    // The DOI given as a URL is kept once, bare.
    QCOMPARE(a.csl.value(QStringLiteral("DOI")).toString(), QStringLiteral("10.5555/tidal.2019.042"));
    QCOMPARE(a.csl.value(QStringLiteral("author")).toArray().size(), 3);
    QCOMPARE(a.csl.value(QStringLiteral("author")).toArray().at(1)[QStringLiteral("non-dropping-particle")],
             QJsonValue(QStringLiteral("van der")));
    for (const char *key : {"volume", "issue", "page", "ISSN", "PMID", "PMCID", "language", "note", "type"})
        QVERIFY2(a.csl.contains(QLatin1String(key)), key);
    const Source &book = sources->at(1);
    QCOMPARE(book.outlet, QStringLiteral("Imaginary University Press"));
    QCOMPARE(book.published, QStringLiteral("2003-23")); // season 3: autumn
    QCOMPARE(book.csl.value(QStringLiteral("editor")).toArray().size(), 1);
    QCOMPARE(sources->at(2).published, QStringLiteral("-1750~"));
    QCOMPARE(sources->at(3).published, QStringLiteral("2018-04/2019-09"));
    QCOMPARE(sources->at(4).published, QStringLiteral("2021"));
    QCOMPARE(sources->at(5).published, QString());
    QCOMPARE(sources->at(5).csl[QStringLiteral("issued")][QStringLiteral("literal")],
             QJsonValue(QStringLiteral("early Han dynasty")));
    QCOMPARE(sources->at(6).published, QStringLiteral("2017-06-30"));
    QCOMPARE(sources->at(7).published, QStringLiteral("2015-21"));
    QCOMPARE(sources->at(7).title, QStringLiteral("Seasonal issue bold and H2O with p < 0.05"));
    bool literalReported = false;
    for (const QString &line : report.lines(file))
        literalReported |= line == file + QStringLiteral(": [5].issued: info: \"early Han dynasty\" is not a "
                                                         "date the guide can sort; kept as a literal date");
    QVERIFY(literalReported);
}

// What came in goes out, field by field: through CSL export, and through the guide
// file (the format versions and bundles are stored in).
void TestCslJson::everyFieldRoundTrips()
{
    for (const QString &file :
         {QStringLiteral("csl-scholarly.json"), QStringLiteral("zotero-sources.json")}) {
        QString error;
        const auto sources = csljson::read(readAll(sample(file)), file, nullptr, &error);
        QVERIFY2(sources, qPrintable(error));
        Guide g;
        g.id = guide::newId();
        g.slug = QStringLiteral("round-trip");
        g.title = QStringLiteral("Round trip");
        g.created = g.updated = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        g.sources = *sources;
        const auto again = guidefile::read(guidefile::write(g), QStringLiteral("g.json"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->sources, g.sources);
        const QJsonArray out = QJsonDocument::fromJson(csljson::write(*again)).array();
        const QJsonArray in = QJsonDocument::fromJson(readAll(sample(file))).array();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : in)
            byId.insert(v[QStringLiteral("id")].toString(), v.toObject());
        QCOMPARE(out.size(), sources->size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QJsonObject o = out[i].toObject();
            const QString key = g.sources[i].key;
            QJsonObject original = g.sources[i].csl; // as read (DOI made bare), every field
            for (auto it = original.begin(); it != original.end(); ++it) {
                if (it.key() == u"id" || it.key() == u"citation-key")
                    continue;
                QCOMPARE(o.value(it.key()), it.value());
            }
            QCOMPARE(o.value(QStringLiteral("id")).toString(), key);
        }
        if (file == u"csl-scholarly.json") {
            // Against the file itself: the same item, the DOI made bare and nothing else changed.
            for (qsizetype i = 0; i < out.size(); ++i) {
                QJsonObject expected = byId.value(g.sources[i].key);
                if (expected.contains(QLatin1String("DOI")))
                    expected.insert(QStringLiteral("DOI"), expected.value(QLatin1String("DOI"))
                                                               .toString()
                                                               .remove(QStringLiteral("https://doi.org/")));
                QCOMPARE(out[i].toObject(), expected);
            }
        }
    }
}

// A field edited here goes out as edited; the others as they came.
void TestCslJson::editedFieldsGoOut()
{
    QString error;
    auto sources = csljson::read(readAll(sample(QStringLiteral("csl-scholarly.json"))),
                                 QStringLiteral("s.json"), nullptr, &error);
    QVERIFY2(sources, qPrintable(error));
    Guide g;
    g.sources = *sources;
    g.sources[0].title = QStringLiteral("A new title");
    g.sources[0].published = QStringLiteral("2020-01");
    g.sources[0].relevance = 3;
    const QJsonObject o = QJsonDocument::fromJson(csljson::write(g)).array().at(0).toObject();
    QCOMPARE(o[QStringLiteral("title")].toString(), QStringLiteral("A new title"));
    QCOMPARE(QJsonDocument(o[QStringLiteral("issued")].toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"date-parts":[[2020,1]]})"));
    QCOMPARE(o[QStringLiteral("custom")][QStringLiteral("relevance")].toInt(), 3);
    QCOMPARE(o[QStringLiteral("custom")][QStringLiteral("generator")].toString(), QStringLiteral("test"));
    QCOMPARE(o[QStringLiteral("volume")].toString(), QStringLiteral("12"));
    QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("article-journal"));
}

// One CSL object, what a DOI lookup returns, is one item.
void TestCslJson::singleItem()
{
    const QString file = QStringLiteral("csl-single-item.json");
    QString error;
    ImportReport report;
    const auto sources = csljson::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(sources, qPrintable(error));
    QCOMPARE(sources->size(), 1);
    QCOMPARE(sources->at(0).title, QStringLiteral("One item, as a DOI lookup returns it"));
    QCOMPARE(sources->at(0).published, QStringLiteral("2020-06"));
    QCOMPARE(sources->at(0).csl.value(QStringLiteral("reference-count")).toInt(), 31);
    QCOMPARE(report.errorCount(), 0);
}

// A value the guide cannot hold skips its item only, named by its place.
void TestCslJson::oversizedItemIsSkipped()
{
    const QByteArray big(70 * 1024, 'x');
    const QByteArray json =
        R"([{"id": "ok", "type": "book", "title": "Fine"}, {"id": "big", "type": "book", "title": ")" + big +
        R"("}])";
    QString error;
    ImportReport report;
    const auto sources = csljson::read(json, QStringLiteral("big.json"), &report, &error);
    QVERIFY2(sources, qPrintable(error));
    QCOMPARE(sources->size(), 1);
    QCOMPARE(sources->at(0).key, QStringLiteral("ok"));
    QCOMPARE(report.errorCount(), 1);
    bool named = false;
    for (const QString &line : report.lines(QStringLiteral("big.json")))
        named |= line.startsWith(QStringLiteral("big.json: [1]: error: source.title: ")) &&
                 line.endsWith(QStringLiteral("; [1] was skipped"));
    QVERIFY2(named, qPrintable(report.lines(QStringLiteral("big.json")).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCslJson)
#include "tst_csljson.moc"
