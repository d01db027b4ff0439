// Tests for TimelineJS 3 import: events to entries, HTML to safe text, sorting,
// merging and broken files.

#include "io/timelinejs.h"

#include <QFile>
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
                                    {}});
    g.timeline.append(TimelineEntry{QStringLiteral("00000000-0000-4000-8000-000000000002"),
                                    QStringLiteral("1972-12"),
                                    QStringLiteral("Last crewed landing"),
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
    QTest::newRow("year") << "broken-tl-year.json"
                          << "events[0].start_date.year: expected a whole number, found \"nineteen\"";
    QTest::newRow("month") << "broken-tl-month.json"
                           << "events[0].start_date: 1969-13 is not a date";
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

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
