// Tests for CSL-JSON sources: a Zotero-like export with duplicates, merging into
// a guide, export and broken files.

#include "io/csljson.h"
#include "io/guidefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
    QCOMPARE(b.url, QStringLiteral("https://doi.org/10.5555/jae.2023.118"));
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
                            {}});
    g.sources.append(Source{QStringLiteral("00000000-0000-4000-8000-000000000002"),
                            QStringLiteral("muller_2022"),
                            QStringLiteral("Other"),
                            QStringLiteral("A different source"),
                            QStringLiteral("https://other.example.com/x"),
                            {},
                            {},
                            4,
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
        QCOMPARE(back->at(i), expected);
    }
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
    QTest::newRow("date") << "broken-csl-date.json"
                          << "[1].issued.date-parts[0][1]: expected a whole number";
    QTest::newRow("type") << "broken-csl-type.json"
                          << "[0].title: expected a string, found an array";
    QTest::newRow("object") << "broken-csl-object.json"
                            << "expected a JSON array of CSL items";
    QTest::newRow("utf-8") << "broken-csl-utf8.json"
                           << "line 2, column 28: invalid UTF-8";
    QTest::newRow("relevance") << "broken-csl-relevance.json"
                               << "[0].custom.relevance: expected a whole number from 1";
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

QTEST_GUILESS_MAIN(TestCslJson)
#include "tst_csljson.moc"
