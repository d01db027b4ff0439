// Tests for TimelineJS 3 import: events to entries, HTML to safe text, sorting,
// merging and broken files.

#include "io/guidefile.h"
#include "io/timelinejs.h"
#include "publish/timelineexport.h"

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

class TestTimelineJs : public QObject
{
    Q_OBJECT

private slots:
    void events_data();
    void events();
    void htmlToText_data();
    void htmlToText();
    void merge();
    void broken_data();
    void broken();
    void skippedEvents();
    void cosmicYears();
    void timelineJs2();
    void everyFieldRoundTrips();
    void editedEntryGoesOutAsEdited();
};

void TestTimelineJs::events_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("lf") << QStringLiteral("apollo-timeline.json");
    QTest::newRow("crlf and bom") << QStringLiteral("apollo-timeline-crlf-bom.json");
}

void TestTimelineJs::events()
{
    QFETCH(QString, file);
    QString error;
    ImportReport report;
    const auto entries = timelinejs::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(entries, qPrintable(error));
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).date, QStringLiteral("1957-10-04"));
    QCOMPARE(entries->at(0).title, QStringLiteral("Sputnik 1 launched"));
    QCOMPARE(
        entries->at(0).description,
        QStringLiteral(
            "The first artificial satellite; see [the launch record](https://history.example.org/sputnik)."
            "\nIt transmits for 21 days."));
    QCOMPARE(entries->at(1).date, QStringLiteral("1961"));
    QCOMPARE(entries->at(1).title, QStringLiteral("Vostok 1: first human in orbit"));
    QCOMPARE(
        entries->at(1).description,
        QStringLiteral("Gagarin orbits once. Markdown like \\*this\\* and \\[@key\\] stays text, 1 \\< 2."));
    QCOMPARE(entries->at(2).date, QStringLiteral("1969-07-20"));
    QCOMPARE(entries->at(2).title, QStringLiteral("Apollo 11 lands"));
    QCOMPARE(entries->at(2).description,
             QStringLiteral(
                 "Armstrong and Aldrin land in the Sea of Tranquility.\n\nCollins stays in orbit & waits."));
    QCOMPARE(entries->at(3).date, QString()); // no start_date: last, reported
    QVERIFY(report.lines(file).contains(
        file + QStringLiteral(
                   ": events[3]: warning: the event has no start_date; its date is left empty; fill it in")));
}

void TestTimelineJs::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("entities") << "caf&eacute; &#233; &#x41; &bogus; &#0;"
                              << "café é A &bogus; \uFFFD";
    QTest::newRow("stray lt") << "a < b"
                              << "a \\< b";
    QTest::newRow("comment") << "a<!-- hidden -->b"
                             << "ab";
    QTest::newRow("unsafe link") << "<a href=\"javascript:x()\">click</a>"
                                 << "click";
    QTest::newRow("list") << "<ul><li>one</li><li>two</li></ul>"
                          << "- one\n\n- two";
    QTest::newRow("style") << "<style>p{}</style>text"
                           << "text";
}

void TestTimelineJs::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(timelinejs::htmlToText(html), text);
}

void TestTimelineJs::merge()
{
    Guide g;
    g.timeline.append(TimelineEntry{QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                    QStringLiteral("1961"),
                                    QStringLiteral("Vostok 1: first human in orbit"),
                                    {},
                                    {},
                                    {}});
    g.timeline.append(TimelineEntry{QStringLiteral("00000000-0000-4000-8000-000000000002"),
                                    QStringLiteral("1972-12"),
                                    QStringLiteral("Last crewed landing"),
                                    {},
                                    {},
                                    {}});
    QString error;
    const auto entries = timelinejs::read(readAll(sample(QStringLiteral("apollo-timeline.json"))),
                                          QStringLiteral("t.json"), nullptr, &error);
    QVERIFY(entries);
    ImportReport report;
    timelinejs::mergeInto(g, *entries, &report);
    QStringList dates;
    for (const TimelineEntry &e : std::as_const(g.timeline))
        dates << e.date;
    QCOMPARE(dates, (QStringList{QStringLiteral("1957-10-04"), QStringLiteral("1961"),
                                 QStringLiteral("1969-07-20"), QStringLiteral("1972-12"), QString()}));
    QCOMPARE(g.timeline[1].id,
             QStringLiteral("00000000-0000-4000-8000-000000000001")); // the duplicate was skipped
}

void TestTimelineJs::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "broken-tl-truncated.json"
                               << "line 1, column 71: JSON syntax error";
    QTest::newRow("type") << "broken-tl-type.json"
                          << "events: expected an array, found an object";
    QTest::newRow("utf-8") << "broken-tl-utf8.json"
                           << "line 1, column 66: invalid UTF-8 (byte 0xc3)";
}

void TestTimelineJs::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!timelinejs::read(readAll(sample(file)), file, nullptr, &error));
    QVERIFY2(error.startsWith(file + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// One event that cannot be taken is one error with its place; the others are read.
void TestTimelineJs::skippedEvents()
{
    const QString file = QStringLiteral("tl-partly-bad.json");
    QString error;
    ImportReport report;
    const auto entries = timelinejs::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(entries, qPrintable(error));
    QStringList errors;
    for (const QString &line : report.lines(file)) {
        if (line.contains(QLatin1String(": error: ")))
            errors << line;
    }
    QCOMPARE(errors,
             (QStringList{file + QStringLiteral(": events[1].start_date.year: error: expected a whole "
                                                "number, found \"nineteen\"; events[1] was skipped"),
                          file + QStringLiteral(": events[2].start_date: error: 1969-13 is not a date (a "
                                                "month from 1 to 12, a day of that month); events[2] "
                                                "was skipped")}));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).date, QStringLiteral("-0500/-0480")); // BCE, with its end
    QCOMPARE(entries->at(1).title, QStringLiteral("Good one"));
    // The files that used to sink the whole import: now one message each.
    for (const QString &broken :
         {QStringLiteral("broken-tl-year.json"), QStringLiteral("broken-tl-month.json")}) {
        ImportReport r;
        const auto none = timelinejs::read(readAll(sample(broken)), broken, &r, &error);
        QVERIFY2(none, qPrintable(error));
        QVERIFY(none->isEmpty());
        QCOMPARE(r.errorCount(), 1);
    }
}

// TimelineJS's cosmological scale: years down to the age of the universe, year 0,
// an early {"timeline": {"slides": []}} wrapper; headlines stay plain text.
void TestTimelineJs::cosmicYears()
{
    const QString file = QStringLiteral("tl-cosmic.json");
    QString error;
    ImportReport report;
    const auto entries = timelinejs::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(entries, qPrintable(error));
    QCOMPARE(report.errorCount(), 0);
    QCOMPARE(entries->size(), 4);
    QCOMPARE(entries->at(0).date, QStringLiteral("Y-13800000000"));
    QCOMPARE(entries->at(1).date, QStringLiteral("Y-13648000000/Y-12798000000"));
    QCOMPARE(entries->at(2).date, QStringLiteral("Y-4600000000"));
    QCOMPARE(entries->at(2).title, QStringLiteral("A star *forms*"));
    QCOMPARE(entries->at(3).date, QStringLiteral("0000"));
    QCOMPARE(entries->at(3).title, QStringLiteral("\u201cToday\u201d"));
    QVERIFY(report.lines(file).contains(
        file + QStringLiteral(": timeline: info: an early TimelineJS 3 file "
                              "({\"timeline\": {\"slides\": [...]}}); read as such")));
}

void TestTimelineJs::timelineJs2()
{
    const QString file = QStringLiteral("tl2-timeline.json");
    QString error;
    ImportReport report;
    const auto entries = timelinejs::read(readAll(sample(file)), file, &report, &error);
    QVERIFY2(entries, qPrintable(error));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).date, QStringLiteral("2011-12-10/2011-12-11"));
    QCOMPARE(entries->at(0).title, QStringLiteral("First event"));
    QCOMPARE(entries->at(0).description, QStringLiteral("What happened first."));
    QCOMPARE(entries->at(1).date, QStringLiteral("2012"));
    QVERIFY(report.lines(file).contains(
        file +
        QStringLiteral(": timeline: info: a TimelineJS 2 file ({\"timeline\": {\"date\": [...]}}); read "
                       "as such")));
}

namespace {

// The file read into a guide, through the guide file (as versions and bundles
// store it), and out as timeline.json.
QJsonObject throughGuide(const QString &file, Guide *stored = nullptr)
{
    QString error;
    ImportReport report;
    QJsonObject extras;
    const auto entries = timelinejs::read(readAll(sample(file)), file, &report, &error, &extras);
    if (!entries)
        return {};
    Guide g;
    g.id = QStringLiteral("00000000-0000-4000-8000-00000000000a");
    g.slug = QStringLiteral("pioneers");
    g.title = QStringLiteral("Pioneers");
    g.created = g.updated = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    timelinejs::mergeInto(g, *entries, &report);
    timelinejs::mergeExtras(g, extras, &report);
    const auto again = guidefile::read(guidefile::write(g), QStringLiteral("g.json"), &error);
    if (!again || !(*again == g))
        return {};
    if (stored)
        *stored = *again;
    return QJsonDocument::fromJson(publish::timelineJson(*again)).object();
}

} // namespace

// Media, end dates, groups, backgrounds, display dates, eras and the title slide
// come back in timeline.json as they went in.
void TestTimelineJs::everyFieldRoundTrips()
{
    const QString file = QStringLiteral("tl-media.json");
    const QJsonObject in = QJsonDocument::fromJson(readAll(sample(file))).object();
    Guide g;
    const QJsonObject out = throughGuide(file, &g);
    QVERIFY(!out.isEmpty());
    QCOMPARE(g.timeline.size(), 2);
    QCOMPARE(g.timeline[1].date, QStringLiteral("1951-06-14/1952-02"));
    QCOMPARE(g.timeline[1].title, QStringLiteral("A machine *runs* & prints")); // plain text, no escapes
    for (const char *key : {"title", "eras", "scale"})
        QCOMPARE(out.value(QLatin1String(key)), in.value(QLatin1String(key)));
    const QJsonArray events = out.value(QLatin1String("events")).toArray();
    const QJsonArray original = in.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), original.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject o = events[i].toObject();
        if (!original[i].toObject().contains(QLatin1String("unique_id")))
            QCOMPARE(o.take(QStringLiteral("unique_id")).toString(),
                     QStringLiteral("event-") + g.timeline[i].id);
        QCOMPARE(o, original[i].toObject());
    }
}

void TestTimelineJs::editedEntryGoesOutAsEdited()
{
    Guide g;
    QVERIFY(!throughGuide(QStringLiteral("tl-media.json"), &g).isEmpty());
    g.timeline[1].date = QStringLiteral("1953");
    g.timeline[1].title = QStringLiteral("Renamed");
    const QJsonObject e = QJsonDocument::fromJson(publish::timelineJson(g))
                              .object()[QStringLiteral("events")]
                              .toArray()
                              .at(1)
                              .toObject();
    QCOMPARE(e[QStringLiteral("start_date")].toObject(), (QJsonObject{{QStringLiteral("year"), 1953}}));
    QVERIFY(!e.contains(QLatin1String("end_date")));
    QCOMPARE(e[QStringLiteral("text")][QStringLiteral("headline")].toString(), QStringLiteral("Renamed"));
    QCOMPARE(e[QStringLiteral("media")][QStringLiteral("credit")].toString(),
             QStringLiteral("Example Archive"));
    QCOMPARE(e[QStringLiteral("group")].toString(), QStringLiteral("Machines"));
}

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
