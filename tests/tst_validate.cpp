// One validation for a guide (issue 10, item 3 and deliverable 2): the rules
// the guide file reader applies are the ones every writer checks, so nothing a
// version reader refuses gets into the workspace: not through an importer, not
// through saveGuide, not through a snapshot of a draft changed behind the
// program's back. CSL keys are made valid when they are cut or numbered.

#include "guide/lint.h"
#include "guide/validate.h"
#include "io/csljson.h"
#include "io/guidefile.h"
#include "io/importer.h"
#include "store/versionstore.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace almanac;

namespace {

QByteArray cslItems(const QList<std::pair<QString, QString>> &idAndTitle)
{
    QJsonArray items;
    for (const auto &[id, title] : idAndTitle)
        items.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("type"), QStringLiteral("article")},
                                 {QStringLiteral("title"), title}});
    return QJsonDocument(items).toJson();
}

QString lone()
{
    return QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y");
}

} // namespace

class TestValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void rules_data();
    void rules();
    void readerRefusesWhatValidateRefuses();
    void cslKeysOfTwoHundredCharacters();
    void cslKeyCutAtAPunctuationMark();
    void cslManyItemsWithOneId();
    void importersRefuseLoneSurrogates_data();
    void importersRefuseLoneSurrogates();
    void saveRefusesWhatAReaderWould();
    void snapshotRefusesAnInvalidDraft();
    void lintReportsKeysAndText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestValidate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestValidate::rules_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("place");
    const QStringList rows = {
        "key 202|bad-source-key|sources[0].key",
        "key dot|bad-source-key|sources[0].key",
        "surrogate|bad-text|title",
        "surrogate body|bad-text|sections[1].body",
        "big body|too-large|sections[0].body",
        "big title|too-large|title",
        "bad id|bad-id|takeaways[0].id",
        "same id|duplicate-id|faq[0].id",
        "bad time|bad-timestamp|created",
        "timeline key|bad-source-key|timeline[0].sources[0]",
        "level|bad-value|level",
        "takeaway line|bad-value|takeaways[0].text",
    };
    for (const QString &row : rows) {
        const QStringList parts = row.split(u'|');
        QTest::newRow(qPrintable(parts[0])) << parts[0] << parts[1] << parts[2];
    }
}

void TestValidate::rules()
{
    QFETCH(QString, what);
    QFETCH(QString, code);
    QFETCH(QString, place);
    Guide g = test::demo(QStringLiteral("webassembly.json"));
    QVERIFY(!guide::validate(g));
    if (what == u"key 202")
        g.sources[0].key = QString(200, u'k') + QStringLiteral("-2");
    else if (what == u"key dot")
        g.sources[0].key = QStringLiteral("smith.");
    else if (what == u"surrogate")
        g.title = lone();
    else if (what == u"surrogate body")
        g.sections[1].body = QStringLiteral("ok ") + QChar(0xDFFF);
    else if (what == u"big body")
        g.sections[0].body = QString(guide::maxMarkdownBytes + 1, u'a');
    else if (what == u"big title")
        g.title = QString(guide::maxTextBytes / 2 + 1, QChar(0x00E9)); // two bytes each in UTF-8
    else if (what == u"bad id")
        g.takeaways[0].id = QStringLiteral("not-an-id");
    else if (what == u"same id")
        g.faq[0].id = g.sections[0].id;
    else if (what == u"bad time")
        g.created = QDateTime();
    else if (what == u"timeline key")
        g.timeline[0].sources = {QStringLiteral("bad key")};
    else if (what == u"level")
        g.level = QStringLiteral("Expert");
    else if (what == u"takeaway line")
        g.takeaways[0].text += QStringLiteral("\nsecond line");
    const auto invalid = guide::validate(g);
    QVERIFY(invalid);
    QCOMPARE(invalid->code, code);
    QCOMPARE(invalid->place, place);
    // The guide file of such a guide does not read back as it was: refused, or (a lone
    // surrogate written as U+FFFD) changed. That is what the rule protects.
    QString error;
    const auto back = guidefile::read(guidefile::write(g), QStringLiteral("g.json"), &error);
    QVERIFY(!back || *back != g);
    if (!back)
        QVERIFY2(error.startsWith(QStringLiteral("g.json: ") + place + QStringLiteral(": ")),
                 qPrintable(error));
}

void TestValidate::readerRefusesWhatValidateRefuses()
{
    // The whole guide's size: a guide file over the limit is refused by the reader, so no
    // guide whose file would be larger is valid either.
    Guide g = test::demo(QStringLiteral("webassembly.json"));
    const Section model = g.sections[0];
    const QString body(guide::maxMarkdownBytes - 100, u'a');
    for (qsizetype added = 0; added * body.size() <= guide::maxGuideBytes; ++added) {
        Section s = model;
        s.id = guide::newId();
        s.body = body;
        g.sections << s;
    }
    const auto invalid = guide::validate(g);
    QVERIFY(invalid);
    QCOMPARE(invalid->code, QStringLiteral("too-large"));
    QVERIFY2(invalid->message.contains(QStringLiteral("a guide may be at most 32.0 MiB")),
             qPrintable(invalid->message));
    QString error;
    QVERIFY(!guidefile::read(guidefile::write(g), QStringLiteral("g.json"), &error));
}

void TestValidate::cslKeysOfTwoHundredCharacters()
{
    // The issue: two items with the same 200-character id made a key of 202 characters,
    // which only failed at publish, export --version and diff.
    const QString id(200, u'a');
    QString error;
    const auto r = importer::read(cslItems({{id, QStringLiteral("One")}, {id, QStringLiteral("Two")}}),
                                  QStringLiteral("refs.json"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->sources.size(), 2);
    QCOMPARE(r->sources[0].key, id);
    QCOMPARE(r->sources[1].key, QString(198, u'a') + QStringLiteral("-2"));
    QVERIFY(!guide::validate(r->sources));

    Guide g = test::demo(QStringLiteral("webassembly.json"));
    g.sources[0].key = id;
    csljson::mergeInto(g, r->sources, nullptr);
    const auto invalid = guide::validate(g);
    QVERIFY2(!invalid, qPrintable(invalid ? invalid->toString() : QString()));
}

void TestValidate::cslKeyCutAtAPunctuationMark()
{
    // An id cut at 200 characters must not end in "." (or any inner punctuation).
    const QString id = QString(199, u'b') + QStringLiteral(".c") + QString(10, u'd');
    QString error;
    const auto r = importer::read(cslItems({{id, QStringLiteral("One")}, {id, QStringLiteral("Other")}}),
                                  QStringLiteral("refs.json"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->sources[0].key, QString(199, u'b'));
    QCOMPARE(r->sources[1].key, QString(198, u'b') + QStringLiteral("-2"));
}

void TestValidate::cslManyItemsWithOneId()
{
    // Numbering keys remembers where it got to: 20,000 items wanting one key take
    // linear time (quadratically, 200 million lookups).
    QList<std::pair<QString, QString>> items;
    for (int i = 0; i < 20000; ++i)
        items.append({QStringLiteral("same"), QStringLiteral("Title %1").arg(i)});
    QString error;
    const auto r = importer::read(cslItems(items), QStringLiteral("refs.json"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->sources.size(), 20000);
    QCOMPARE(r->sources.last().key, QStringLiteral("same-20000"));
}

void TestValidate::importersRefuseLoneSurrogates_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");
    QTest::newRow("CSL-JSON title") << QByteArray(R"([{"id": "a", "title": "x\ud800y"}])")
                                    << QStringLiteral("refs.json") << QStringLiteral("[0].title");
    QTest::newRow("TimelineJS headline")
        << QByteArray(R"({"events": [{"start_date": {"year": 2001}, "text": {"headline": "x\udc00y"}}]})")
        << QStringLiteral("tl.json") << QStringLiteral("events[0].text.headline");
    QTest::newRow("guide file") << QByteArray(
                                       R"({"format": "almanac-guide/1", "slug": "a", "title": "x\ud800y"})")
                                << QStringLiteral("g.json") << QStringLiteral("title");
}

void TestValidate::importersRefuseLoneSurrogates()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, file);
    QFETCH(QString, place);
    QString error;
    const QString expected = file + QStringLiteral(": ") + place;
    const QString what = QStringLiteral("expected valid Unicode text, found an unpaired surrogate");
    const auto r = importer::read(data, file, &error);
    if (file == u"g.json") {
        QVERIFY(!r);
        QVERIFY2(error.startsWith(expected + QStringLiteral(": ") + what), qPrintable(error));
        return;
    }
    // Sources and timelines: the item is skipped, with its place; nothing of it comes in.
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->sources.isEmpty() && r->timeline.isEmpty());
    const QStringList lines = r->report.lines(file);
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QString &l) {
                             return l.startsWith(expected + QStringLiteral(": error: ") + what);
                         }),
             qPrintable(lines.join(u'\n')));
}

void TestValidate::saveRefusesWhatAReaderWould()
{
    QString error;
    auto ws = Workspace::create(m_dir->filePath(QStringLiteral("ws.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide good = test::demo(QStringLiteral("webassembly.json"));
    QVERIFY2(ws->saveGuide(good, &error), qPrintable(error));
    // SQLite's UTF-16 conversion swallowed the character after a lone surrogate: "x\ud800y" came
    // back as "x" and garbage. Such text is refused, and the stored draft stays as it was.
    Guide bad = good;
    bad.title = lone();
    QVERIFY(!ws->saveGuide(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("title: expected valid Unicode text")), qPrintable(error));
    bad = good;
    bad.sources[0].key = QString(202, u'k');
    QVERIFY(!ws->saveGuide(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("sources[0].key: ")), qPrintable(error));
    QCOMPARE(*ws->guide(good.slug), good);
}

void TestValidate::snapshotRefusesAnInvalidDraft()
{
    QString error;
    auto ws = Workspace::create(m_dir->filePath(QStringLiteral("ws.almanac")), &error);
    QVERIFY2(ws, qPrintable(error));
    const Guide g = test::demo(QStringLiteral("webassembly.json"));
    QVERIFY2(ws->saveGuide(g, &error), qPrintable(error));
    // Another program (an older version, plain SQL) left a key no reader takes.
    QSqlQuery q(ws->database());
    q.prepare(QStringLiteral("UPDATE sources SET source_key = ? WHERE guide_id = ? AND position = 0"));
    q.addBindValue(QString(200, u'k') + QStringLiteral("-2"));
    q.addBindValue(g.id);
    QVERIFY(q.exec());
    VersionStore store(*ws);
    QVERIFY(!store.snapshot(g.slug, QStringLiteral("ed"), QStringLiteral("v1"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot make a version of \"webassembly\": sources[0].key: ")),
             qPrintable(error));
    QVERIFY(store.versions(g.slug, nullptr).isEmpty());
}

void TestValidate::lintReportsKeysAndText()
{
    Guide g = test::demo(QStringLiteral("webassembly.json"));
    g.sources[0].key = QString(202, u'k');
    g.faq[0].answer = lone();
    QStringList found;
    for (const Finding &f : lint(g))
        found << f.severityName() + u' ' + f.code + u' ' + f.place;
    QVERIFY2(found.contains(QStringLiteral("error bad-source-key sources[0].key")),
             qPrintable(found.join(u'\n')));
    QVERIFY2(found.contains(QStringLiteral("error bad-text faq[0].answer")), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
