// Tests for the almanac-guide/1 reader and canonical writer (src/core/io/guidefile).

#include "guide/guide.h"
#include "io/guidefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac;

Q_DECLARE_METATYPE(almanac::Guide)

namespace {

QString guidesDir()
{
    return QStringLiteral(ALMANAC_TEST_DATA "/guides");
}

QString demoDir()
{
    return QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A small valid guide with the fields of `patch` (a JSON object) put over it and
// the top-level keys in `remove` taken away.
QByteArray guideJson(const QByteArray &patch, const QStringList &remove = {})
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("almanac-guide/1")},
                  {QStringLiteral("slug"), QStringLiteral("probe")},
                  {QStringLiteral("title"), QStringLiteral("Probe")}};
    if (!patch.isEmpty()) {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(patch, &e);
        if (e.error != QJsonParseError::NoError || !d.isObject())
            return QByteArrayLiteral("bad test patch: ") + patch;
        const QJsonObject p = d.object();
        for (auto it = p.begin(); it != p.end(); ++it)
            o.insert(it.key(), it.value());
    }
    for (const QString &key : remove)
        o.remove(key);
    return QJsonDocument(o).toJson();
}

const char *const fileName = "in/probe.json";

// A guide with something in every field, including text that needs escaping.
Guide richGuide()
{
    Guide g;
    g.id = QStringLiteral("e32bdac9-fec4-4dc1-a508-ccaf68c2f3a1");
    g.slug = QStringLiteral("escape-room");
    g.title = QStringLiteral("Quotes \" and backslashes \\ and a slash /");
    g.subject = QStringLiteral("Ünïcödé — 日本語 — 🚀🧪");
    g.kind = QStringLiteral("Explainer");
    g.level = QStringLiteral("Advanced");
    g.status = QStringLiteral("archived");
    g.created = QDateTime(QDate(2026, 3, 29), QTime(2, 30, 0), Qt::UTC);
    g.updated = QDateTime(QDate(2026, 11, 24), QTime(8, 30, 59), Qt::UTC);
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    controls += QChar(0x7f);
    g.tldr = QStringLiteral("All controls: ") + controls + QStringLiteral(" end");
    g.takeaways = {
        {QStringLiteral("741928b6-fcd3-4d74-8e5b-dcf92b304e32"), QStringLiteral("tab\there \"q\" \\n")}};
    g.sections = {{QStringLiteral("56369fd1-4e83-441a-8e54-f4cff945f3b9"), QStringLiteral("Head\\ing"),
                   QStringLiteral("Line\r\nbreaks\nand \u2028 separators </script> \U0001F600")}};
    g.timeline = {{QStringLiteral("49be72e9-1ec8-46cd-b6ca-708b118fab2c"),
                   QStringLiteral("2015-08"),
                   QStringLiteral("Zero\u00a0width\u200b"),
                   QStringLiteral("[@k.1]"),
                   {QStringLiteral("k.1")},
                   {}}};
    g.topics = {QStringLiteral("a \"topic\""), QStringLiteral("ß")};
    g.faq = {{QStringLiteral("075e6076-166a-4efb-8ad6-aaa66e4fea56"), QStringLiteral("Why\\?"),
              QStringLiteral("Because\b\f.")}};
    g.related = {QStringLiteral("other-guide")};
    g.sources = {{QStringLiteral("c7aeeb90-6503-4fee-8007-1ed473c09785"),
                  QStringLiteral("k.1"),
                  QStringLiteral("Outlet \"O\""),
                  QStringLiteral("Title\\"),
                  QStringLiteral("https://example.org/a?b=c&d=%20#frag"),
                  QStringLiteral("2020"),
                  QStringLiteral("2021-02-28"),
                  10,
                  QStringLiteral("Sum\nmary"),
                  {}}};
    return g;
}

} // namespace

class TestGuideFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void readsDemoContent();
    void missingIdsAndDefaults();
    void explicitValuesOverrideDefaults();
    void updatedDefaultsToCreated();
    void writeThenReadGivesEqualGuide();
    void escaping();
    void canonicalLayout();
    void byteOrderMark();
    void rejects_data();
    void rejects();
    void rejectsRaw_data();
    void rejectsRaw();
    void brokenFixtures_data();
    void brokenFixtures();
    void errorPointerMayBeNull();
    void tooLarge();
    void readFileMissingAndFolder();
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void describeOffset_data();
    void describeOffset();
};

void TestGuideFile::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : {QStringLiteral("crispr.json"), QStringLiteral("euro-banknotes.json"),
                                QStringLiteral("webassembly.json")})
        QTest::newRow(qPrintable(QStringLiteral("demo/") + name)) << demoDir() + u'/' + name;
    const QStringList fixtures =
        QDir(guidesDir()).entryList({QStringLiteral("canonical-*.json")}, QDir::Files);
    QCOMPARE(fixtures.size(), 2);
    for (const QString &name : fixtures)
        QTest::newRow(qPrintable(QStringLiteral("fixture/") + name)) << guidesDir() + u'/' + name;
}

void TestGuideFile::roundTripIsByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    QVERIFY2(!original.isEmpty(), qPrintable(path));
    QString error;
    const auto g = guidefile::read(original, path, &error);
    QVERIFY2(g, qPrintable(error));
    QVERIFY(error.isEmpty());
    const QByteArray written = guidefile::write(*g);
    QCOMPARE(written, original);

    const auto fromFile = guidefile::readFile(path, &error);
    QVERIFY2(fromFile, qPrintable(error));
    QCOMPARE(*fromFile, *g);
}

void TestGuideFile::readsDemoContent()
{
    QString error;
    const auto g = guidefile::readFile(demoDir() + QStringLiteral("/webassembly.json"), &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->id, QStringLiteral("aa7f456e-ada0-4c84-9dae-fc3ebe651843"));
    QCOMPARE(g->slug, QStringLiteral("webassembly"));
    QCOMPARE(g->level, QStringLiteral("Intermediate"));
    QCOMPARE(g->created, QDateTime(QDate(2026, 10, 2), QTime(9, 15), Qt::UTC));
    QCOMPARE(g->updated, QDateTime(QDate(2026, 11, 21), QTime(16, 40), Qt::UTC));
    QCOMPARE(g->related,
             QStringList({QStringLiteral("crispr-gene-editing"), QStringLiteral("euro-introduction")}));
    QCOMPARE(g->sources.size(), 8);

    const auto t = guidefile::readFile(guidesDir() + QStringLiteral("/canonical-escapes.json"), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->title, QStringLiteral("Tea Clippers: \"Fast\" Ships & the C:\\Route"));
    QCOMPARE(t->tldr, QStringLiteral("Ships raced tea from Fúzhōu to London [@log-1866; @harbour-gazette].\n"
                                     "See the \U0001F6A2 timeline."));
    QCOMPARE(t->takeaways[1].text,
             QStringLiteral("Tabs\tand a bell\a survive; so do «quotes», 日本語 and </script>."));
    QVERIFY(t->sections[0].body.contains(QStringLiteral("\\ and a slash /")));
    QVERIFY(t->sections[0].body.contains(
        QStringLiteral(".\r\nForm feed \f, backspace \b, unit separator \x1f.")));
    QCOMPARE(t->timeline.size(), 3);
    QCOMPARE(t->timeline[0].sources,
             QStringList({QStringLiteral("log-1866"), QStringLiteral("harbour-gazette")}));
    QCOMPARE(t->timeline[2].date, QStringLiteral("1866-09-06"));
    QCOMPARE(t->sources[0].relevance, 9);
    QCOMPARE(t->sources[1].relevance, 1);
    QCOMPARE(t->sources[0].url, QStringLiteral("https://logs.example.org/ariel?year=1866&page=2#race"));
    QCOMPARE(t->status, QStringLiteral("archived"));
}

void TestGuideFile::missingIdsAndDefaults()
{
    const QDateTime before = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QString error;
    const auto g = guidefile::readFile(guidesDir() + QStringLiteral("/sparse-no-ids.json"), &error);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(g, qPrintable(error));

    // Every id was made up, valid, and distinct.
    QStringList ids{g->id};
    for (const auto &t : g->takeaways)
        ids << t.id;
    for (const auto &s : g->sections)
        ids << s.id;
    for (const auto &e : g->timeline)
        ids << e.id;
    for (const auto &f : g->faq)
        ids << f.id;
    for (const auto &s : g->sources)
        ids << s.id;
    QCOMPARE(ids.size(), 1 + 1 + 2 + 2 + 1 + 1);
    for (const QString &id : std::as_const(ids))
        QVERIFY2(guide::isValidId(id), qPrintable(id));
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

    // Optional fields get their defaults.
    QCOMPARE(g->subject, QString());
    QCOMPARE(g->kind, QStringLiteral("Guide"));
    QCOMPARE(g->level, QStringLiteral("Beginner"));
    QCOMPARE(g->status, QStringLiteral("active"));
    QVERIFY(g->created.isValid());
    QCOMPARE(g->created.timeSpec(), Qt::UTC);
    QVERIFY(g->created >= before);
    QVERIFY(g->created <= after);
    QCOMPARE(g->created.time().msec(), 0);
    QCOMPARE(g->updated, g->created);
    QVERIFY(g->topics.isEmpty());
    QVERIFY(g->related.isEmpty());
    QCOMPARE(g->sections[0].heading, QStringLiteral("Fresnel lenses"));
    QCOMPARE(g->sections[0].body, QString());
    QCOMPARE(g->sections[1].heading, QString());
    QCOMPARE(g->timeline[0].date, QString());
    QCOMPARE(g->timeline[0].description, QString());
    QVERIFY(g->timeline[0].sources.isEmpty());
    QCOMPARE(g->timeline[1].date, QStringLiteral("1822"));
    QCOMPARE(g->faq[0].answer, QString());
    const Source &s = g->sources[0];
    QCOMPARE(s.key, QStringLiteral("keeper"));
    QCOMPARE(s.outlet, QString());
    QCOMPARE(s.url, QString());
    QCOMPARE(s.published, QString());
    QCOMPARE(s.accessed, QString());
    QCOMPARE(s.relevance, 5);
    QCOMPARE(s.summary, QString());

    // Reading the same file again makes new ids.
    const auto again = guidefile::readFile(guidesDir() + QStringLiteral("/sparse-no-ids.json"), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->id != g->id);
    QVERIFY(again->sections[0].id != g->sections[0].id);

    // Written, the made-up values are kept: reading that gives an equal guide and the same bytes.
    const QByteArray bytes = guidefile::write(*g);
    const auto back = guidefile::read(bytes, QStringLiteral("back.json"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, *g);
    QCOMPARE(guidefile::write(*back), bytes);
}

void TestGuideFile::explicitValuesOverrideDefaults()
{
    QString error;
    const auto g = guidefile::read(
        guideJson(R"({"kind": "Explainer", "level": "Advanced", "status": "archived", "subject": "S",
                      "created": "1999-12-31T23:59:59Z", "updated": "2000-01-01T00:00:00Z",
                      "sources": [{"key": "k", "relevance": 10}, {"key": "j", "relevance": 1},
                                  {"key": "i", "relevance": 7.0}]})"),
        QString::fromLatin1(fileName), &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->kind, QStringLiteral("Explainer"));
    QCOMPARE(g->level, QStringLiteral("Advanced"));
    QCOMPARE(g->status, QStringLiteral("archived"));
    QCOMPARE(g->subject, QStringLiteral("S"));
    QCOMPARE(g->created, QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(g->updated, QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(g->sources[0].relevance, 10);
    QCOMPARE(g->sources[1].relevance, 1);
    QCOMPARE(g->sources[2].relevance, 7);
}

void TestGuideFile::updatedDefaultsToCreated()
{
    QString error;
    const auto g = guidefile::read(guideJson(R"({"created": "2024-02-29T12:00:00Z"})"),
                                   QString::fromLatin1(fileName), &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->created, QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC));
    QCOMPARE(g->updated, g->created);
}

void TestGuideFile::writeThenReadGivesEqualGuide()
{
    const Guide g = richGuide();
    const QByteArray bytes = guidefile::write(g);
    QString error;
    const auto back = guidefile::read(bytes, QStringLiteral("rich.json"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->tldr, g.tldr);
    QCOMPARE(back->subject, g.subject);
    QCOMPARE(back->sections, g.sections);
    QCOMPARE(back->sources, g.sources);
    QCOMPARE(back->created, g.created);
    QCOMPARE(*back, g);
    QCOMPARE(guidefile::write(*back), bytes);

    // A created time given in another zone is written as the same instant in UTC.
    Guide zoned = g;
    zoned.created = QDateTime(QDate(2026, 3, 29), QTime(4, 30, 0), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(guidefile::write(zoned), bytes);
}

void TestGuideFile::escaping()
{
    const QByteArray bytes = guidefile::write(richGuide());
    // The output is valid JSON that any parser reads back to the same text.
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("tldr")).toString(), richGuide().tldr);
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), richGuide().subject);

    QVERIFY(bytes.contains(R"("title": "Quotes \" and backslashes \\ and a slash /",)"));
    // Controls: the short escapes where JSON has them, \u00XX (lower-case hex) otherwise; DEL stays raw.
    QVERIFY(bytes.contains(R"("tldr": "All controls: \u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n)"
                           R"(\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018)"
                           R"(\u0019\u001a\u001b\u001c\u001d\u001e\u001f)"
                           "\x7f"
                           R"( end",)"));
    // Non-ASCII is written as raw UTF-8, not as \u escapes.
    QVERIFY(
        bytes.contains(QStringLiteral("\"subject\": \"Ünïcödé — 日本語 — 🚀🧪\",").toUtf8()));
    QVERIFY(bytes.contains("\xF0\x9F\x98\x80")); // U+1F600 as four bytes, not a surrogate pair
    QVERIFY(bytes.contains("\xE2\x80\xA8"));     // U+2028 raw
    QVERIFY(!bytes.contains("\\ud83d"));
    QVERIFY(bytes.contains(R"("body": "Line\r\nbreaks\nand )"));
    QVERIFY(bytes.contains(R"("text": "tab\there \"q\" \\n")"));
    QCOMPARE(guidefile::firstInvalidUtf8(bytes), qsizetype(-1));

    // Escaped characters in the input (a surrogate pair among them) are written back as raw UTF-8.
    QString error;
    const auto g = guidefile::read(
        R"({"format": "almanac-guide/1", "slug": "a", "title": "\ud83d\ude80 \u00e9\u0041\/\u0022"})",
        QStringLiteral("u.json"), &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->title, QStringLiteral("\U0001F680 \u00e9A/\""));
    QVERIFY(guidefile::write(*g).contains("\"title\": \"\xF0\x9F\x9A\x80 \xC3\xA9"
                                          "A/\\\"\",\n"));
}

void TestGuideFile::canonicalLayout()
{
    Guide g;
    g.id = QStringLiteral("c7aeeb90-6503-4fee-8007-1ed473c09785");
    g.slug = QStringLiteral("x");
    g.title = QStringLiteral("X");
    g.created = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    g.updated = g.created;
    QCOMPARE(guidefile::write(g), readAll(guidesDir() + QStringLiteral("/canonical-minimal.json")));

    g.topics = {QStringLiteral("t")};
    g.sources = {{QStringLiteral("969060d2-a409-4ff8-8285-3be253d471ca"),
                  QStringLiteral("k"),
                  {},
                  {},
                  {},
                  {},
                  {},
                  3,
                  {},
                  {}}};
    const QByteArray bytes = guidefile::write(g);
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!bytes.endsWith("\n\n"));
    QVERIFY(bytes.startsWith("{\n  \"format\": \"almanac-guide/1\",\n  \"id\": "));
    QVERIFY(bytes.contains("  \"topics\": [\n    \"t\"\n  ],\n"));
    QVERIFY(
        bytes.contains("  \"sources\": [\n    {\n      \"id\": \"969060d2-a409-4ff8-8285-3be253d471ca\",\n"
                       "      \"key\": \"k\",\n"));
    QVERIFY(bytes.contains("      \"relevance\": 3,\n      \"summary\": \"\"\n    }\n  ]\n}\n"));
    QVERIFY(!bytes.contains('\t'));
    QVERIFY(!bytes.contains('\r'));
}

void TestGuideFile::byteOrderMark()
{
    QString error;
    const QString path = guidesDir() + QStringLiteral("/bom-minimal.json");
    const QByteArray withBom = readAll(path);
    QVERIFY(withBom.startsWith("\xEF\xBB\xBF{"));
    const auto g = guidefile::readFile(path, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->slug, QStringLiteral("x"));
    // The writer never writes a BOM.
    QCOMPARE(guidefile::write(*g), withBom.sliced(3));

    const QByteArray demo = readAll(demoDir() + QStringLiteral("/crispr.json"));
    const auto d = guidefile::read(QByteArray("\xEF\xBB\xBF") + demo, QStringLiteral("bom.json"), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(guidefile::write(*d), demo);

    // Places in errors count from after the BOM.
    QVERIFY(!guidefile::read("\xEF\xBB\xBF\xFF", QStringLiteral("b.json"), &error));
    QCOMPARE(error, QStringLiteral("b.json: line 1, column 1: invalid UTF-8 (byte 0xff)"));
    // Only a BOM at the very start is skipped.
    QVERIFY(!guidefile::read(" \xEF\xBB\xBF{}", QStringLiteral("b.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("b.json: line 1, column ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("JSON syntax error")), qPrintable(error));
}

void TestGuideFile::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QByteArray &json, const char *path, const char *expected) {
        QTest::newRow(name) << json << QString::fromUtf8(path) << QString::fromUtf8(expected);
    };

    // format
    row("format unknown", guideJson(R"({"format": "almanac-guide/2"})"), "format",
        "unknown format \"almanac-guide/2\" (expected \"almanac-guide/1\")");
    row("format empty", guideJson(R"({"format": ""})"), "format", "unknown format");
    row("format missing", guideJson({}, {QStringLiteral("format")}), "format",
        "missing (a string is required)");
    row("format number", guideJson(R"({"format": 1})"), "format", "expected a string, found a number");

    // unknown keys, top level and in each part
    row("unknown top", guideJson(R"({"colour": "red"})"), "colour",
        "unknown key (expected one of: format, revision, id,");
    row("unknown top case", guideJson(R"({"Title": "x"})"), "Title", "unknown key");
    row("unknown takeaways", guideJson(R"({"takeaways": [{"text": "a"}, {"text": "b", "bold": true}]})"),
        "takeaways[1].bold", "unknown key (expected one of: id, text)");
    row("unknown sections", guideJson(R"({"sections": [{"heading": "h", "bodyy": "b"}]})"),
        "sections[0].bodyy", "unknown key (expected one of: id, heading, body)");
    row("unknown timeline", guideJson(R"({"timeline": [{"title": "t", "when": "2015"}]})"),
        "timeline[0].when",
        "unknown key (expected one of: id, date, title, description, sources, timelinejs)");
    row("unknown faq", guideJson(R"({"faq": [{"question": "q", "answer": "a", "votes": 3}]})"),
        "faq[0].votes", "unknown key (expected one of: id, question, answer)");
    row("unknown sources", guideJson(R"({"sources": [{"key": "k", "author": "A"}]})"), "sources[0].author",
        "unknown key (expected one of: id, key, outlet, title, url, published, accessed, relevance, "
        "summary, csl)");
    row("csl not an object", guideJson(R"({"sources": [{"key": "k", "csl": "x"}]})"), "sources[0].csl",
        "expected a CSL-JSON item (an object), found a string");
    row("timelinejs not an object", guideJson(R"({"timelinejs": [1]})"), "timelinejs",
        "expected TimelineJS title slide, eras and scale (an object), found an array");

    // wrong types
    row("id number", guideJson(R"({"id": 7})"), "id", "expected a string, found a number");
    row("slug array", guideJson(R"({"slug": ["a"]})"), "slug", "expected a string, found an array");
    row("title null", guideJson(R"({"title": null})"), "title", "expected a string, found null");
    row("subject object", guideJson(R"({"subject": {}})"), "subject", "expected a string, found an object");
    row("kind boolean", guideJson(R"({"kind": true})"), "kind", "expected a string, found a boolean");
    row("level number", guideJson(R"({"level": 2})"), "level", "expected a string, found a number");
    row("status null", guideJson(R"({"status": null})"), "status", "expected a string, found null");
    row("created number", guideJson(R"({"created": 1700000000})"), "created",
        "expected a string, found a number");
    row("updated null", guideJson(R"({"updated": null})"), "updated", "expected a string, found null");
    row("tldr array", guideJson(R"({"tldr": ["a"]})"), "tldr", "expected a string, found an array");
    row("takeaways object", guideJson(R"({"takeaways": {"text": "a"}})"), "takeaways",
        "expected an array, found an object");
    row("takeaways item string", guideJson(R"({"takeaways": ["just text"]})"), "takeaways[0]",
        "expected an object, found a string");
    row("takeaways text number", guideJson(R"({"takeaways": [{"text": 1}]})"), "takeaways[0].text",
        "expected a string, found a number");
    row("sections string", guideJson(R"({"sections": "none"})"), "sections",
        "expected an array, found a string");
    row("sections[2].heading number",
        guideJson(R"({"sections": [{"heading": "a"}, {"heading": "b"}, {"heading": 5, "body": "c"}]})"),
        "sections[2].heading", "expected a string, found a number");
    row("sections body null", guideJson(R"({"sections": [{"heading": "a", "body": null}]})"),
        "sections[0].body", "expected a string, found null");
    row("sections item null", guideJson(R"({"sections": [{"heading": "a"}, null]})"), "sections[1]",
        "expected an object, found null");
    row("timeline number", guideJson(R"({"timeline": 2015})"), "timeline",
        "expected an array, found a number");
    row("timeline date number", guideJson(R"({"timeline": [{"date": 2015, "title": "t"}]})"),
        "timeline[0].date", "expected a string, found a number");
    row("timeline title array", guideJson(R"({"timeline": [{"title": []}]})"), "timeline[0].title",
        "expected a string, found an array");
    row("timeline description bool", guideJson(R"({"timeline": [{"title": "t", "description": false}]})"),
        "timeline[0].description", "expected a string, found a boolean");
    row("timeline sources string", guideJson(R"({"timeline": [{"title": "t", "sources": "k"}]})"),
        "timeline[0].sources", "expected an array, found a string");
    row("timeline sources item number", guideJson(R"({"timeline": [{"title": "t", "sources": ["k", 2]}]})"),
        "timeline[0].sources[1]", "expected a string, found a number");
    row("topics string", guideJson(R"({"topics": "a, b"})"), "topics", "expected an array, found a string");
    row("topics item null", guideJson(R"({"topics": ["a", null]})"), "topics[1]",
        "expected a string, found null");
    row("topics item object", guideJson(R"({"topics": [{}]})"), "topics[0]",
        "expected a string, found an object");
    row("faq item array", guideJson(R"({"faq": [{"question": "q"}, ["q", "a"]]})"), "faq[1]",
        "expected an object, found an array");
    row("faq answer object", guideJson(R"({"faq": [{"question": "q", "answer": {}}]})"), "faq[0].answer",
        "expected a string, found an object");
    row("faq question number", guideJson(R"({"faq": [{"question": 4}]})"), "faq[0].question",
        "expected a string, found a number");
    row("related bool", guideJson(R"({"related": [true]})"), "related[0]",
        "expected a string, found a boolean");
    row("related object", guideJson(R"({"related": {}})"), "related", "expected an array, found an object");
    row("sources null", guideJson(R"({"sources": null})"), "sources", "expected an array, found null");
    row("sources key number", guideJson(R"({"sources": [{"key": 1}]})"), "sources[0].key",
        "expected a string, found a number");
    row("sources url number", guideJson(R"({"sources": [{"key": "k", "url": 5}]})"), "sources[0].url",
        "expected a string, found a number");
    row("sources published number", guideJson(R"({"sources": [{"key": "k", "published": 2020}]})"),
        "sources[0].published", "expected a string, found a number");
    row("sources summary array", guideJson(R"({"sources": [{"key": "k", "summary": ["s"]}]})"),
        "sources[0].summary", "expected a string, found an array");
    row("sources id bool", guideJson(R"({"sources": [{"key": "k", "id": false}]})"), "sources[0].id",
        "expected a string, found a boolean");

    // enumerations
    row("level unknown", guideJson(R"({"level": "Expert"})"), "level",
        "\"Expert\" is not one of: Beginner, Intermediate, Advanced");
    row("level lowercase", guideJson(R"({"level": "beginner"})"), "level", "is not one of");
    row("status unknown", guideJson(R"({"status": "deleted"})"), "status",
        "\"deleted\" is not one of: active, archived");

    // dates
    const char *dateWord = "is not a date (YYYY, YYYY-MM or YYYY-MM-DD; -YYYY, seasons, ~ and ranges as the "
                           "guide format allows)";
    for (const char *bad : {"2015-13", "15-08", "2015-02-30", "2015-8", "2015-00", "2015-08-32", "2015-25",
                            "2015/08", "2015-08-01T00:00:00Z", " 2015", "August 2015"}) {
        const QByteArray json = guideJson(QStringLiteral(R"({"timeline": [{"date": "%1", "title": "t"}]})")
                                              .arg(QLatin1String(bad))
                                              .toUtf8());
        QTest::newRow(qPrintable(QStringLiteral("timeline date %1").arg(QLatin1String(bad))))
            << json << QStringLiteral("timeline[0].date")
            << QStringLiteral("\"%1\" %2").arg(QLatin1String(bad), QLatin1String(dateWord));
    }
    row("timeline date second entry",
        guideJson(R"({"timeline": [{"date": "2015", "title": "a"}, {"date": "2015-02-29", "title": "b"}]})"),
        "timeline[1].date", dateWord);
    row("published bad", guideJson(R"({"sources": [{"key": "k", "published": "2020-13-01"}]})"),
        "sources[0].published", dateWord);
    row("accessed bad", guideJson(R"({"sources": [{"key": "k", "accessed": "yesterday"}]})"),
        "sources[0].accessed", dateWord);
    row("accessed second source",
        guideJson(R"({"sources": [{"key": "a"}, {"key": "b", "accessed": "2021-02-29"}]})"),
        "sources[1].accessed", dateWord);

    // timestamps
    const char *timeWord = "is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)";
    row("created date only", guideJson(R"({"created": "2026-11-20"})"), "created", timeWord);
    row("created no zone", guideJson(R"({"created": "2026-11-20T10:00:00"})"), "created", timeWord);
    row("created offset", guideJson(R"({"created": "2026-11-20T10:00:00+01:00"})"), "created", timeWord);
    row("created space", guideJson(R"({"created": "2026-11-20 10:00:00Z"})"), "created", timeWord);
    row("created lowercase", guideJson(R"({"created": "2026-11-20t10:00:00z"})"), "created", timeWord);
    row("created month 13", guideJson(R"({"created": "2026-13-20T10:00:00Z"})"), "created", timeWord);
    row("created hour 24", guideJson(R"({"created": "2026-11-20T24:00:00Z"})"), "created", timeWord);
    row("created no seconds", guideJson(R"({"created": "2026-11-20T10:00Z"})"), "created", timeWord);
    row("created empty", guideJson(R"({"created": ""})"), "created", timeWord);
    row("updated millis", guideJson(R"({"updated": "2026-11-20T10:00:00.500Z"})"), "updated", timeWord);
    row("updated feb 30", guideJson(R"({"updated": "2026-02-30T10:00:00Z"})"), "updated", timeWord);

    // URLs
    const char *urlWord = "is not an http or https URL";
    for (const char *bad : {"javascript:alert(1)", "ftp://example.com/file",
                            "data:text/html;base64,PHNjcmlwdD4=", "/relative/path", "relative/page.html",
                            "example.com/page", "https://", "http:///path", "mailto:desk@example.com",
                            "//example.com/x", "file:///etc/passwd", "https://exa mple.com/"}) {
        const QByteArray json = guideJson(
            QStringLiteral(
                R"({"sources": [{"key": "ok", "url": "https://example.org/"}, {"key": "k", "url": "%1"}]})")
                .arg(QLatin1String(bad))
                .toUtf8());
        QTest::newRow(qPrintable(QStringLiteral("url %1").arg(QLatin1String(bad))))
            << json << QStringLiteral("sources[1].url")
            << QStringLiteral("\"%1\" %2").arg(QLatin1String(bad), QLatin1String(urlWord));
    }

    // relevance
    row("relevance 0", guideJson(R"({"sources": [{"key": "k", "relevance": 0}]})"), "sources[0].relevance",
        "0 is not a whole number from 1 to 10");
    row("relevance 11", guideJson(R"({"sources": [{"key": "k", "relevance": 11}]})"), "sources[0].relevance",
        "11 is not a whole number from 1 to 10");
    row("relevance 5.5", guideJson(R"({"sources": [{"key": "k", "relevance": 5.5}]})"),
        "sources[0].relevance", "5.5 is not a whole number from 1 to 10");
    row("relevance -3", guideJson(R"({"sources": [{"key": "k", "relevance": -3}]})"), "sources[0].relevance",
        "-3 is not a whole number from 1 to 10");
    row("relevance string", guideJson(R"({"sources": [{"key": "k", "relevance": "8"}]})"),
        "sources[0].relevance", "expected a whole number from 1 to 10, found a string");
    row("relevance null", guideJson(R"({"sources": [{"key": "k", "relevance": null}]})"),
        "sources[0].relevance", "expected a whole number from 1 to 10, found null");
    row("relevance second source",
        guideJson(R"({"sources": [{"key": "a", "relevance": 1}, {"key": "b", "relevance": 10.01}]})"),
        "sources[1].relevance", "is not a whole number from 1 to 10");

    // slugs
    const char *slugWord = "is not a slug (lowercase letters, digits and single hyphens)";
    for (const char *bad : {"Bad Slug", "UPPER", "-lead", "trail-", "dou--ble", "", "under_score", "dot.ted",
                            "ünïcode", "tab\\tbed"}) {
        const QByteArray json =
            guideJson(QStringLiteral(R"({"slug": "%1"})").arg(QLatin1String(bad)).toUtf8());
        QTest::newRow(qPrintable(QStringLiteral("slug '%1'").arg(QString::fromUtf8(bad))))
            << json << QStringLiteral("slug") << QString::fromLatin1(slugWord);
    }
    row("slug too long", guideJson("{\"slug\": \"" + QByteArray(121, 'a') + "\"}"), "slug", slugWord);
    row("related not slug", guideJson(R"({"related": ["fine-one", "Not A Slug"]})"), "related[1]",
        "\"Not A Slug\" is not a slug");

    // ids
    const char *idWord = "is not a lowercase UUID";
    row("id not uuid", guideJson(R"({"id": "not-a-uuid"})"), "id", "\"not-a-uuid\" is not a lowercase UUID");
    row("id uppercase", guideJson(R"({"id": "5F0C1E2D-3A4B-4C5D-8E6F-708192A3B4C5"})"), "id", idWord);
    row("id braces", guideJson(R"({"id": "{5f0c1e2d-3a4b-4c5d-8e6f-708192a3b4c5}"})"), "id", idWord);
    row("id no dashes", guideJson(R"({"id": "5f0c1e2d3a4b4c5d8e6f708192a3b4c5"})"), "id", idWord);
    row("takeaway id bad", guideJson(R"({"takeaways": [{"id": "x", "text": "t"}]})"), "takeaways[0].id",
        idWord);
    row("source id bad", guideJson(R"({"sources": [{"id": "12345", "key": "k"}]})"), "sources[0].id", idWord);
    row("duplicate id across parts",
        guideJson(R"({"takeaways": [{"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "text": "t"}],
                      "sections": [{"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "heading": "h"}]})"),
        "sections[0].id", "id 741928b6-fcd3-4d74-8e5b-dcf92b304e32 is used twice in this guide");
    row("duplicate id same part",
        guideJson(R"({"takeaways": [{"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "text": "a"},
                                    {"id": "56369fd1-4e83-441a-8e54-f4cff945f3b9", "text": "b"},
                                    {"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "text": "c"}]})"),
        "takeaways[2].id", "is used twice");
    row("duplicate id with guide id", guideJson(R"({"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32",
                      "faq": [{"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "question": "q"}]})"),
        "faq[0].id", "is used twice");
    row("duplicate id timeline and source",
        guideJson(R"({"timeline": [{"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "title": "t"}],
                      "sources": [{"id": "741928b6-fcd3-4d74-8e5b-dcf92b304e32", "key": "k"}]})"),
        "sources[0].id", "is used twice");

    // required fields
    const char *missing = "missing (a string is required)";
    row("slug missing", guideJson({}, {QStringLiteral("slug")}), "slug", missing);
    row("title missing", guideJson({}, {QStringLiteral("title")}), "title", missing);
    row("takeaway text missing", guideJson(R"({"takeaways": [{"text": "a"}, {}]})"), "takeaways[1].text",
        missing);
    row("timeline title missing", guideJson(R"({"timeline": [{"date": "2015"}]})"), "timeline[0].title",
        missing);
    row("faq question missing", guideJson(R"({"faq": [{"question": "q"}, {"answer": "a"}]})"),
        "faq[1].question", missing);
    row("source key missing", guideJson(R"({"sources": [{"outlet": "o", "url": "https://example.org/"}]})"),
        "sources[0].key", missing);

    // source keys
    const char *keyWord = "is not a citation key (letters, digits, _ and inner punctuation)";
    for (const char *bad : {"-lead", "trail.", "has space", "", "[x]", "a;b", "k@y", "ключ"}) {
        const QByteArray json =
            guideJson(QStringLiteral(R"({"sources": [{"key": "%1"}]})").arg(QString::fromUtf8(bad)).toUtf8());
        QTest::newRow(qPrintable(QStringLiteral("source key '%1'").arg(QString::fromUtf8(bad))))
            << json << QStringLiteral("sources[0].key")
            << QStringLiteral("\"%1\" %2").arg(QString::fromUtf8(bad), QLatin1String(keyWord));
    }
    row("source key too long", guideJson("{\"sources\": [{\"key\": \"" + QByteArray(201, 'k') + "\"}]}"),
        "sources[0].key", keyWord);
    row("timeline source key", guideJson(R"({"timeline": [{"title": "t", "sources": ["ok", "bad key"]}]})"),
        "timeline[0].sources[1]", "\"bad key\" is not a citation key");

    // takeaways are one line
    const char *lineWord = "a takeaway is one line; this one has a line break";
    row("takeaway LF", guideJson(R"({"takeaways": [{"text": "one\ntwo"}]})"), "takeaways[0].text", lineWord);
    row("takeaway CRLF", guideJson(R"({"takeaways": [{"text": "ok"}, {"text": "one\r\ntwo"}]})"),
        "takeaways[1].text", lineWord);
    row("takeaway CR", guideJson(R"({"takeaways": [{"text": "one\rtwo"}]})"), "takeaways[0].text", lineWord);
    row("takeaway trailing LF", guideJson(R"({"takeaways": [{"text": "one\n"}]})"), "takeaways[0].text",
        lineWord);

    // topics
    row("topic empty", guideJson(R"({"topics": ["ok", ""]})"), "topics[1]", "a topic may not be empty");
    row("topic blank", guideJson(R"({"topics": [" \t "]})"), "topics[0]", "a topic may not be empty");

    // unpaired surrogate escapes cannot be written back as UTF-8
    const char *surrogate = "expected valid Unicode text, found an unpaired surrogate (U+";
    const QByteArray head = R"({"format": "almanac-guide/1", "slug": "a", "title": "x", )";
    row("surrogate high alone", head + R"("tldr": "a\ud800b"})", "tldr", surrogate);
    row("surrogate low alone", head + R"("sections": [{"body": "\udc00"}]})", "sections[0].body", surrogate);
    row("surrogate reversed pair", head + R"("subject": "\ude80\ud83d"})", "subject", surrogate);
    row("surrogate at end", head + R"("faq": [{"question": "q\ud83d"}]})", "faq[0].question", surrogate);
    row("surrogate in topics", head + R"("topics": ["ok", "\udfff"]})", "topics[1]", surrogate);
    row("surrogate in timeline sources", head + R"("timeline": [{"title": "t", "sources": ["\ud800"]}]})",
        "timeline[0].sources[0]", surrogate);

    // a key given twice: JSON readers keep one silently, so which was meant is unknown
    const char *twice = "the key is given twice in one object";
    row("duplicate top key", head + R"("tldr": "a", "tldr": "b"})", "tldr", twice);
    row("duplicate nested key", head + R"("sections": [{"heading": "a"}, {"body": "x", "body": "y"}]})",
        "sections[1].body", twice);
    row("duplicate key escaped", head + R"("subject": "a", "subj\u0065ct": "b"})", "subject", twice);
    row("duplicate format",
        R"({"format": "almanac-guide/1", "format": "almanac-guide/1", "slug": "a", "title": "x"})", "format",
        twice);

    // the first problem wins
    row("first problem wins", guideJson(R"({"slug": "Bad", "sections": [{"heading": 1}]})"), "slug",
        "is not a slug");
}

void TestGuideFile::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QVERIFY2(!json.startsWith("bad test patch"), json.constData());

    QString error = QStringLiteral("untouched");
    const auto g = guidefile::read(json, QString::fromLatin1(fileName), &error);
    QVERIFY2(!g, json.constData());
    const QString prefix = QString::fromLatin1(fileName) + QStringLiteral(": ") + path + QStringLiteral(": ");
    QVERIFY2(error.startsWith(prefix),
             qPrintable(QStringLiteral("%1\n   does not start with: %2").arg(error, prefix)));
    QVERIFY2(error.contains(expected),
             qPrintable(QStringLiteral("%1\n   does not contain: %2").arg(error, expected)));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void TestGuideFile::rejectsRaw_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); // the whole message after "FILE: "

    QTest::newRow("syntax bare word")
        << QByteArray("{\"format\":\"almanac-guide/1\",\n \"slug\":\"a\", \"title\": x}")
        << QStringLiteral("line 2, column 23: JSON syntax error: illegal number");
    QTest::newRow("syntax trailing comma")
        << QByteArray("{\n  \"format\": \"almanac-guide/1\",\n  \"slug\": \"a\",\n  \"title\": \"t\",\n}\n")
        << QStringLiteral("line 5, column 2: JSON syntax error: object is missing after a comma");
    QTest::newRow("syntax unterminated")
        << QByteArray("{\"format\": \"almanac-guide/1\",\n\n\"title\": \"x")
        << QStringLiteral("line 3, column 12: JSON syntax error: unterminated string");
    QTest::newRow("syntax garbage after") << QByteArray("{}\n{}")
                                          << QStringLiteral("line 2, column 1: JSON syntax error: "
                                                            "garbage at the end of the document");
    QTest::newRow("empty file") << QByteArray()
                                << QStringLiteral("line 1, column 1: JSON syntax error: illegal value");
    QTest::newRow("syntax column counts characters")
        << QByteArray("{\"title\": \"\xC3\xA9\xC3\xA9\xC3\xA9\", x}")
        << QStringLiteral("line 1, column 19: JSON syntax error: unterminated object");

    QTest::newRow("utf8 latin1 byte")
        << QByteArray("{\n  \"format\": \"almanac-guide/1\",\n  \"title\": \"caf\xC3\xA9 \xFF\"\n}")
        << QStringLiteral("line 3, column 18: invalid UTF-8 (byte 0xff)");
    QTest::newRow("utf8 overlong slash") << QByteArray("{\"title\": \"\xC0\xAF\"}")
                                         << QStringLiteral("line 1, column 12: invalid UTF-8 (byte 0xc0)");
    QTest::newRow("utf8 surrogate") << QByteArray("{\n\n\"title\": \"\xED\xA0\x80\"}")
                                    << QStringLiteral("line 3, column 11: invalid UTF-8 (byte 0xed)");
    QTest::newRow("utf8 truncated at end") << QByteArray("{\"title\": \"\xE2\x82")
                                           << QStringLiteral("line 1, column 12: invalid UTF-8 (byte 0xe2)");
    QTest::newRow("utf8 lone continuation") << QByteArray("{\"a\": \"\xF0\x9F\x9A\xA2\x80\"}")
                                            << QStringLiteral("line 1, column 9: invalid UTF-8 (byte 0x80)");

    QTest::newRow("top array") << QByteArray("[\"almanac-guide/1\"]")
                               << QStringLiteral("expected a JSON object at the top level");
    QTest::newRow("top object in array") << QByteArray("[{\"format\": \"almanac-guide/1\"}]")
                                         << QStringLiteral("expected a JSON object at the top level");
}

void TestGuideFile::rejectsRaw()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!guidefile::read(data, QStringLiteral("raw/file.json"), &error));
    QCOMPARE(error, QStringLiteral("raw/file.json: ") + expected);
}

void TestGuideFile::brokenFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // after "PATH: "

    QTest::newRow("syntax") << QStringLiteral("broken-syntax.json")
                            << QStringLiteral(
                                   "line 5, column 2: JSON syntax error: object is missing after a comma");
    QTest::newRow("utf8") << QStringLiteral("broken-utf8.json")
                          << QStringLiteral("line 4, column 16: invalid UTF-8 (byte 0xe9)");
    QTest::newRow("unknown key")
        << QStringLiteral("broken-unknown-key.json")
        << QStringLiteral("sections[1].colour: unknown key (expected one of: id, heading, body)");
    QTest::newRow("format")
        << QStringLiteral("broken-format.json")
        << QStringLiteral("format: unknown format \"almanac-guide/2\" (expected \"almanac-guide/1\")");
    QTest::newRow("duplicate id")
        << QStringLiteral("broken-duplicate-id.json")
        << QStringLiteral("faq[0].id: id 075e6076-166a-4efb-8ad6-aaa66e4fea56 is used twice in this guide");
    QTest::newRow("url") << QStringLiteral("broken-url.json")
                         << QStringLiteral(
                                "sources[1].url: \"javascript:alert(1)\" is not an http or https URL");
    QTest::newRow("date") << QStringLiteral("broken-date.json")
                          << QStringLiteral(
                                 "timeline[0].date: \"2015-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD; "
                                 "-YYYY, seasons, ~ and ranges as the guide format allows)");
    QTest::newRow("type") << QStringLiteral("broken-type.json")
                          << QStringLiteral("faq[0].answer: expected a string, found a number");
    QTest::newRow("relevance")
        << QStringLiteral("broken-relevance.json")
        << QStringLiteral("sources[0].relevance: expected a whole number from 1 to 10, found a string");
    QTest::newRow("not object") << QStringLiteral("broken-not-object.json")
                                << QStringLiteral("expected a JSON object at the top level");
}

void TestGuideFile::brokenFixtures()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString path = guidesDir() + u'/' + name;
    QVERIFY(QFile::exists(path));
    QString error;
    QVERIFY(!guidefile::readFile(path, &error));
    QCOMPARE(error, path + QStringLiteral(": ") + expected);
}

void TestGuideFile::errorPointerMayBeNull()
{
    QVERIFY(!guidefile::read("{", QStringLiteral("x.json"), nullptr));
    QVERIFY(!guidefile::read(guideJson(R"({"slug": "Bad"})"), QStringLiteral("x.json"), nullptr));
    QVERIFY(!guidefile::readFile(QStringLiteral("/nonexistent/almanac/x.json"), nullptr));
    QVERIFY(guidefile::read(guideJson({}), QStringLiteral("x.json"), nullptr));
}

void TestGuideFile::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(guideJson({})) > 0);
        QVERIFY(f.resize(guidefile::maxFileSize + 1));
    }
    QString error;
    QVERIFY(!guidefile::readFile(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("a guide file may be at most 32 MiB")), qPrintable(error));

    // At the limit the size is fine (what fails then is the padding, not the size).
    QVERIFY(QFile::resize(path, guidefile::maxFileSize));
    QVERIFY(!guidefile::readFile(path, &error));
    QVERIFY2(!error.contains(QStringLiteral("at most")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("invalid UTF-8")) ||
                 error.contains(QStringLiteral("JSON syntax error")),
             qPrintable(error));

    // read() checks the size of data from elsewhere too.
    QByteArray big = guideJson({});
    big.append(guidefile::maxFileSize + 1 - big.size(), ' ');
    QVERIFY(!guidefile::read(big, QStringLiteral("mem.json"), &error));
    QCOMPARE(error, QStringLiteral("mem.json: the file is 32 MiB; a guide file may be at most 32 MiB"));
    big.chop(1); // exactly at the limit: trailing spaces are fine JSON
    QVERIFY2(guidefile::read(big, QStringLiteral("mem.json"), &error), qPrintable(error));
}

void TestGuideFile::readFileMissingAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    QVERIFY(!guidefile::readFile(missing, &error));
    QVERIFY2(error.startsWith(missing + QStringLiteral(": cannot read: ")), qPrintable(error));

    QVERIFY(!guidefile::readFile(dir.path(), &error));
    QCOMPARE(error, dir.path() + QStringLiteral(": is a folder, not a guide file"));

    const QString empty = dir.filePath(QStringLiteral("empty.json"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(!guidefile::readFile(empty, &error));
    QCOMPARE(error, empty + QStringLiteral(": line 1, column 1: JSON syntax error: illegal value"));
}

void TestGuideFile::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("offset");

    auto row = [](const char *name, QByteArray data, qsizetype offset) {
        QTest::newRow(name) << data << offset;
    };
    row("empty", QByteArray(), -1);
    row("ascii", "plain ascii {}", -1);
    row("nul bytes", QByteArray("a\0b", 3), -1);
    row("two byte", "caf\xC3\xA9", -1);
    row("three byte", "\xE2\x82\xAC euro", -1);
    row("four byte", "\xF0\x9F\x9A\x80", -1);
    row("bom", "\xEF\xBB\xBF{}", -1);
    row("U+07FF", "\xDF\xBF", -1);
    row("U+0800", "\xE0\xA0\x80", -1);
    row("U+D7FF", "\xED\x9F\xBF", -1);
    row("U+E000", "\xEE\x80\x80", -1);
    row("U+FFFF", "\xEF\xBF\xBF", -1);
    row("U+10000", "\xF0\x90\x80\x80", -1);
    row("U+10FFFF", "\xF4\x8F\xBF\xBF", -1);

    row("overlong 2 nul", "ab\xC0\x80", 2);
    row("overlong 2 slash", "\xC0\xAF", 0);
    row("overlong 2 C1", "x\xC1\xBF", 1);
    row("overlong 3", "\xE0\x80\xAF", 0);
    row("overlong 3 max", "abc\xE0\x9F\xBF", 3);
    row("overlong 4", "\xF0\x80\x80\xAF", 0);
    row("overlong 4 max", "\xF0\x8F\xBF\xBF", 0);
    row("surrogate high first", "\xED\xA0\x80", 0);
    row("surrogate high last", "ok \xED\xAF\xBF", 3);
    row("surrogate low", "\xED\xB0\x80", 0);
    row("surrogate low last", "\xED\xBF\xBF", 0);
    row("surrogate pair as cesu", "\xED\xA0\xBD\xED\xB8\x80", 0);
    row("above U+10FFFF", "\xF4\x90\x80\x80", 0);
    row("F5 lead", "\xF5\x80\x80\x80", 0);
    row("five byte form", "\xF8\x88\x80\x80\x80", 0);
    row("FE", "a\xFE", 1);
    row("FF", "\xFF", 0);
    row("lone continuation", "\x80", 0);
    row("continuation after valid", "\xC3\xA9\xA9", 2);
    row("truncated 2 at end", "ab\xC3", 2);
    row("truncated 3 at end", "\xE2\x82", 0);
    row("truncated 4 at end", "xy\xF0\x9F\x98", 2);
    row("truncated 3 then ascii",
        "\xE2\x82"
        "a",
        0);
    row("truncated 4 then ascii",
        "\xF0\x9F\x98"
        "abc",
        0);
    row("truncated 2 then lead", "\xC3\xC3\xA9", 0);
    row("first of several", "ok\xC3\xA9\xFF\xFE", 4);
}

void TestGuideFile::firstInvalidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, offset);
    QCOMPARE(guidefile::firstInvalidUtf8(data), offset);
    // Agree with Qt's own strict decoder on which input is valid.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(data);
    QCOMPARE(decoder.hasError(), offset >= 0);
    if (offset < 0)
        QCOMPARE(decoded.toUtf8(), data);
}

void TestGuideFile::describeOffset_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("start") << QByteArray("abc") << qsizetype(0) << QStringLiteral("line 1, column 1");
    QTest::newRow("middle") << QByteArray("abc") << qsizetype(2) << QStringLiteral("line 1, column 3");
    QTest::newRow("end") << QByteArray("abc") << qsizetype(3) << QStringLiteral("line 1, column 4");
    QTest::newRow("on newline") << QByteArray("ab\ncd") << qsizetype(2) << QStringLiteral("line 1, column 3");
    QTest::newRow("after newline") << QByteArray("ab\ncd") << qsizetype(3)
                                   << QStringLiteral("line 2, column 1");
    QTest::newRow("third line") << QByteArray("a\n\nxyz") << qsizetype(5)
                                << QStringLiteral("line 3, column 3");
    QTest::newRow("multibyte chars") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x80x") << qsizetype(9)
                                     << QStringLiteral("line 1, column 4");
    QTest::newRow("multibyte next line")
        << QByteArray("\xC3\xA9\n\xC3\xA9z") << qsizetype(5) << QStringLiteral("line 2, column 2");
    QTest::newRow("clamped high") << QByteArray("ab\nc") << qsizetype(99)
                                  << QStringLiteral("line 2, column 2");
    QTest::newRow("clamped low") << QByteArray("ab") << qsizetype(-5) << QStringLiteral("line 1, column 1");
}

void TestGuideFile::describeOffset()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, offset);
    QFETCH(QString, expected);
    QCOMPARE(guidefile::describeOffset(data, offset), expected);
}

QTEST_APPLESS_MAIN(TestGuideFile)
#include "tst_guidefile.moc"
