// Tests for Markdown with YAML front matter: the hand-written sample, exact round
// trips of the demo guides, and broken files.

#include "guide/guide.h"
#include "io/guidefile.h"
#include "io/markdownfile.h"

#include <QFile>
#include <QRandomGenerator>
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

class TestMarkdownFile : public QObject
{
    Q_OBJECT

private slots:
    void handWritten_data();
    void handWritten();
    void roundTrip_data();
    void roundTrip();
    void awkwardText();
    void unclosedFenceKeepsSections();
    void bodyCannotForgeASection();
    void bodiesRoundTripExactly();
    void broken_data();
    void broken();
    void hugoYaml();
    void hugoToml();
    void jekyllPost();
    void tomlSyntaxError();
};

void TestMarkdownFile::handWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("lf") << QStringLiteral("antikythera.md");
    QTest::newRow("crlf and bom") << QStringLiteral("antikythera-crlf-bom.md");
}

void TestMarkdownFile::handWritten()
{
    QFETCH(QString, file);
    QString error;
    ImportReport report;
    const auto g = markdownfile::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->slug, QStringLiteral("antikythera-mechanism"));
    QCOMPARE(g->title,
             QStringLiteral("The Antikythera Mechanism: An Ancient Greek Computer of Bronze Gears"));
    QCOMPARE(g->created, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(g->tldr,
             QStringLiteral("A corroded lump of bronze found in a shipwreck in 1901 turned out to be a\n"
                            "geared calculator that predicted eclipses and tracked the planets "
                            "[@ancient-tech-review]."));
    QCOMPARE(g->takeaways.size(), 3);
    QCOMPARE(g->takeaways[2].id, QStringLiteral("8d5b5c1e-7a44-4c2a-9f8e-0f1b2a3c4d5e"));
    QCOMPARE(g->timeline[0].date, QStringLiteral("1901"));
    QCOMPARE(g->timeline[0].sources, QStringList{QStringLiteral("ancient-tech-review")});
    QCOMPARE(
        g->timeline[1].description,
        QStringLiteral(
            "A team scans the fragments with X-rays.\n\nThe scans reveal **thousands** of new characters."));
    QCOMPARE(g->topics.size(), 3);
    QCOMPARE(g->sources[0].relevance, 9);
    QCOMPARE(g->sources[0].published, QStringLiteral("2006-11-30"));
    QCOMPARE(g->sections.size(), 2);
    QCOMPARE(g->sections[0].heading, QStringLiteral("What was found"));
    QCOMPARE(g->sections[1].id, QStringLiteral("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"));
    QVERIFY(g->sections[1].body.endsWith(
        QStringLiteral("```text\n## not a heading: this is inside a code block\n```")));
}

void TestMarkdownFile::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name : {"crispr.json", "euro-banknotes.json", "webassembly.json"})
        QTest::newRow(name) << QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + QLatin1String(name);
    QTest::newRow("escapes") << QStringLiteral(ALMANAC_TEST_DATA "/guides/canonical-escapes.json");
    QTest::newRow("hand-written") << sample(QStringLiteral("antikythera.md"));
}

void TestMarkdownFile::roundTrip()
{
    QFETCH(QString, path);
    QString error;
    std::optional<Guide> g = path.endsWith(QLatin1String(".md"))
                                 ? markdownfile::read(readAll(path), path, nullptr, &error)
                                 : guidefile::readFile(path, &error);
    QVERIFY2(g, qPrintable(error));
    const QByteArray md = markdownfile::write(*g);
    const auto back = markdownfile::read(md, QStringLiteral("export.md"), nullptr, &error);
    QVERIFY2(back, qPrintable(error + QStringLiteral("\n") + QString::fromUtf8(md)));
    // The one documented change: a section body's line ends become "\n".
    for (Section &s : g->sections)
        s.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QCOMPARE(guidefile::write(*back), guidefile::write(*g));
    QCOMPARE(markdownfile::write(*back), markdownfile::write(*g)); // export, import, export: the same bytes
}

void TestMarkdownFile::awkwardText()
{
    Guide g;
    g.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    g.slug = QStringLiteral("awkward");
    g.title = QStringLiteral("yes");
    g.subject = QStringLiteral("  leading and trailing  ");
    g.created = g.updated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    g.tldr = QStringLiteral("line one\n  indented: with colon # and hash\n\n\ttab\nlast \u2028 sep");
    g.takeaways.append(Takeaway{QStringLiteral("00000000-0000-4000-8000-000000000002"),
                                QStringLiteral("- dash, \"quotes\" 🎉")});
    g.topics = {QStringLiteral("null"), QStringLiteral("123"), QStringLiteral("[@key]")};
    g.sections.append(Section{QStringLiteral("00000000-0000-4000-8000-000000000003"), QStringLiteral("Body"),
                              QStringLiteral("text\n\n## a level-two line inside a body\n\nmore")});
    g.sections.append(Section{QStringLiteral("00000000-0000-4000-8000-000000000004"), QString(), QString()});
    const QByteArray md = markdownfile::write(g);
    QString error;
    const auto back = markdownfile::read(md, QStringLiteral("a.md"), nullptr, &error);
    QVERIFY2(back, qPrintable(error + QStringLiteral("\n") + QString::fromUtf8(md)));
    QCOMPARE(*back, g);
    QCOMPARE(markdownfile::write(*back), md);
}

namespace {

Guide threeSections(const QString &middleBody)
{
    Guide g;
    g.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    g.slug = QStringLiteral("three");
    g.title = QStringLiteral("Three");
    g.created = g.updated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    g.sections = {
        Section{QStringLiteral("00000000-0000-4000-8000-00000000000a"), QStringLiteral("One"),
                QStringLiteral("first")},
        Section{QStringLiteral("00000000-0000-4000-8000-00000000000b"), QStringLiteral("Two"), middleBody},
        Section{QStringLiteral("00000000-0000-4000-8000-00000000000c"), QStringLiteral("Three"),
                QStringLiteral("last")}};
    return g;
}

std::optional<Guide> exportAndImport(const Guide &g, QString *error)
{
    return markdownfile::read(markdownfile::write(g), QStringLiteral("g.md"), nullptr, error);
}

} // namespace

void TestMarkdownFile::unclosedFenceKeepsSections()
{
    // The issue: a body with a code fence it never closes turned three sections into one.
    for (const char *fence : {"```", "~~~", "```cpp\nint x;"}) {
        const Guide g = threeSections(QStringLiteral("before\n\n") + QString::fromUtf8(fence));
        QString error;
        const auto back = exportAndImport(g, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->sections.size(), 3);
        QCOMPARE(*back, g);
    }
}

void TestMarkdownFile::bodyCannotForgeASection()
{
    // The issue: "## X" and an id comment in a body made a section with an id of the author's choosing.
    const QString forged = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const Guide g = threeSections(
        QStringLiteral("text\n## Forged\n<!-- id: %1 -->\n\nmore\n\\<!-- id: x -->").arg(forged));
    const QByteArray md = markdownfile::write(g);
    QString error;
    const auto back = markdownfile::read(md, QStringLiteral("g.md"), nullptr, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->sections.size(), 3);
    QCOMPARE(*back, g);
    QVERIFY(!md.contains("\n<!-- id: " + forged.toUtf8()));
    QCOMPARE(markdownfile::write(*back), md);
}

void TestMarkdownFile::bodiesRoundTripExactly()
{
    // Random bodies and headings from the lines that could confuse the reader: fences, headings,
    // id comments with and without backslashes, blank lines and spaces at the edges, front-matter
    // markers. Export and import give the guide back exactly, and export again the same bytes.
    const QStringList pieces = {QStringLiteral(""),
                                QStringLiteral("  "),
                                QStringLiteral("```"),
                                QStringLiteral("~~~ js"),
                                QStringLiteral("## Heading"),
                                QStringLiteral("##"),
                                QStringLiteral("<!-- id: 22222222-2222-4222-8222-222222222222 -->"),
                                QStringLiteral("\\<!-- id: 22222222-2222-4222-8222-222222222222 -->"),
                                QStringLiteral("\\\\<!-- id: x"),
                                QStringLiteral("---"),
                                QStringLiteral("text [@k] *em*"),
                                QStringLiteral("\t- item")};
    const QStringList headings = {QString(), QStringLiteral(" spaced "), QStringLiteral("## nested"),
                                  QStringLiteral("<!-- id: 33333333-3333-4333-8333-333333333333 -->"),
                                  QStringLiteral("Plain")};
    QRandomGenerator rng(20261124);
    for (int round = 0; round < 500; ++round) {
        Guide g = threeSections(QString());
        for (Section &s : g.sections) {
            QStringList lines;
            const int n = rng.bounded(0, 6);
            for (int i = 0; i < n; ++i)
                lines << pieces[rng.bounded(int(pieces.size()))];
            s.body = lines.join(u'\n');
            s.heading = headings[rng.bounded(int(headings.size()))];
        }
        QString error;
        const auto back = exportAndImport(g, &error);
        QVERIFY2(back, qPrintable(error + u'\n' + QString::fromUtf8(markdownfile::write(g))));
        if (*back != g)
            QFAIL(qPrintable(QString::fromUtf8(markdownfile::write(g))));
        QCOMPARE(markdownfile::write(*back), markdownfile::write(g));
    }
}

void TestMarkdownFile::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed") << "broken-md-unclosed.md"
                              << "line 1: the front matter is not closed";
    QTest::newRow("no front matter") << "broken-md-nofrontmatter.md"
                                     << "line 1: expected \"---\" opening";
    QTest::newRow("relevance") << "broken-md-relevance.md"
                               << "line 6: sources[0].relevance: 11 is not a whole number from 1 to 10";
    QTest::newRow("type") << "broken-md-type.md"
                          << "line 5: takeaways[0].text: expected a string, found an array";
    QTest::newRow("unknown key") << "broken-md-unknown-key.md"
                                 << "line 6: sources[0].colour: unknown key";
    QTest::newRow("yaml syntax") << "broken-md-yaml.md"
                                 << "line 3: front matter: YAML syntax error";
    QTest::newRow("date") << "broken-md-date.md"
                          << "line 6: timeline[0].date: \"2015-13\" is not a date";
    QTest::newRow("url") << "broken-md-url.md"
                         << "line 6: sources[0].url: \"javascript:alert(1)\" is not an http";
    QTest::newRow("utf-8") << "broken-md-utf8.md"
                           << "line 2, column 11: invalid UTF-8 (byte 0xe9)";
}

void TestMarkdownFile::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!markdownfile::read(readAll(sample(file)), file, nullptr, &error));
    QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

namespace {

// Each finding as "place: severity: message", in report order.
QStringList findingLines(const ImportReport &report)
{
    QStringList out;
    for (const ImportFinding &f : report.findings())
        out << f.place + QStringLiteral(": ") + f.severityName() + QStringLiteral(": ") + f.message;
    return out;
}

} // namespace

// Hugo's keys mapped, every other key one warning, in file order, never an error;
// "#" and "##" headings start sections.
void TestMarkdownFile::hugoYaml()
{
    const QString file = QStringLiteral("hugo-yaml.md");
    QString error;
    ImportReport report;
    const auto g = markdownfile::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->title, QStringLiteral("Invented shelf seas explained"));
    QCOMPARE(g->slug, QStringLiteral("invented-shelf-seas-explained"));
    QCOMPARE(g->tldr, QStringLiteral("A short explainer about shelf seas that do not exist."));
    QCOMPARE(g->topics, (QStringList{"oceans", "tides", "mixing", "shelf seas"}));
    QCOMPARE(guide::timestampText(g->created), QStringLiteral("2023-02-20T13:30:00Z"));
    QCOMPARE(guide::timestampText(g->updated), QStringLiteral("2024-01-05T00:00:00Z"));
    QCOMPARE(g->sections.size(), 3);
    QCOMPARE(g->sections[0].heading, QString());
    QCOMPARE(g->sections[0].body, QStringLiteral("Intro text before any heading."));
    QCOMPARE(g->sections[1].heading, QStringLiteral("Where they are"));
    QCOMPARE(g->sections[2].heading, QStringLiteral("How tides mix them"));
    QVERIFY(g->sections[2].body.contains(QLatin1String("### A detail")));
    QVERIFY(g->sections[2].body.contains(QLatin1String("## not a heading inside a fence")));
    QStringList warnings;
    for (const QString &line : findingLines(report)) {
        if (line.contains(QLatin1String(": warning: ")))
            warnings << line;
    }
    QCOMPARE(
        warnings,
        (QStringList{
            "line 3: warning: linkTitle (Shelf seas): a front-matter key with no place in a guide; not kept",
            "line 5: warning: summary (A second summary that the TL;DR does not need.): the TL;DR comes "
            "from \"description\"; not kept",
            "line 14: warning: aliases (/old/shelf-seas/): a front-matter key with no place in a guide; not "
            "kept",
            "line 15: warning: weight (20): a front-matter key with no place in a guide; not kept",
            "line 16: warning: toc (true): a front-matter key with no place in a guide; not kept",
            "line 17: warning: author (A. Writer): a guide has no authors field; not kept",
            "line 18: warning: image (/images/shelf.png): a front-matter key with no place in a guide; not "
            "kept",
            "line 19: warning: params ({featured: true}): a front-matter key with no place in a guide; not "
            "kept",
            "line 21: warning: menu ({docs: {parent: oceans, weight: 20}}): a front-matter key with no place "
            "in a guide; not kept",
            "line 26: warning: text before the first \"## \" heading became a section without a heading"}));
    QCOMPARE(report.errorCount(), 0);
}

void TestMarkdownFile::hugoToml()
{
    const QString file = QStringLiteral("hugo-toml.md");
    QString error;
    ImportReport report;
    const auto g = markdownfile::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->title, QStringLiteral("TOML front matter"));
    QCOMPARE(g->tldr, QStringLiteral("A page whose front matter is TOML, as Hugo writes it."));
    QCOMPARE(g->topics, (QStringList{"toml", "hugo", "formats"}));
    QCOMPARE(guide::timestampText(g->created), QStringLiteral("2022-11-02T10:00:00Z"));
    QCOMPARE(guide::timestampText(g->updated), QStringLiteral("2022-12-01T08:30:00Z"));
    QCOMPARE(g->sections.size(), 1);
    QCOMPARE(g->sections[0].heading, QStringLiteral("First section"));
    const QStringList lines = findingLines(report);
    for (const QString &expected :
         {QStringLiteral("line 6: info: draft: true: the guide comes in as a draft, as every import does"),
          QStringLiteral(
              "line 10: warning: aliases (/toml/): a front-matter key with no place in a guide; not kept"),
          QStringLiteral(
              "line 12: warning: params ({math: true}): a front-matter key with no place in a guide; "
              "not kept")})
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(u'\n')));
}

void TestMarkdownFile::jekyllPost()
{
    const QString file = QStringLiteral("jekyll-post.md");
    QString error;
    ImportReport report;
    const auto g = markdownfile::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->tldr, QStringLiteral("What changed in a made-up release."));
    QCOMPARE(g->topics, (QStringList{"release", "notes", "releases"}));
    QCOMPARE(guide::timestampText(g->created), QStringLiteral("2016-03-04T09:24:00Z"));
    QCOMPARE(g->sections.size(), 2);
    QCOMPARE(g->sections[1].heading, QStringLiteral("Fixes"));
    QCOMPARE(report.warningCount(), 4); // layout, author, version, text before the first heading
}

// A TOML syntax error names the file's line, like YAML's.
void TestMarkdownFile::tomlSyntaxError()
{
    QString error;
    QVERIFY(!markdownfile::read("+++\ntitle = \"ok\"\ndate = = 2\n+++\n", QStringLiteral("bad.md"), nullptr,
                                &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.md: line 3: front matter: TOML syntax error: ")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMarkdownFile)
#include "tst_markdownfile.moc"
