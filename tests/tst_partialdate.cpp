// Tests for PartialDate: a year, a year and month or season, or a full day, circa,
// before the common era and ranges (src/core/guide/partialdate).

#include "guide/partialdate.h"

#include <QTest>
#include <algorithm>

using namespace almanac;

Q_DECLARE_METATYPE(almanac::PartialDate::Precision)

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void compare_data();
    void compare();
    void sortOrder();
    void defaultConstructed();
};

void TestPartialDate::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QString>("display");

    using P = PartialDate::Precision;
    QTest::newRow("year") << QStringLiteral("2015") << qint64(2015) << 0 << 0 << P::Year << QDate(2015, 1, 1)
                          << QStringLiteral("2015");
    QTest::newRow("month") << QStringLiteral("2015-08") << qint64(2015) << 8 << 0 << P::Month
                           << QDate(2015, 8, 1) << QStringLiteral("Aug 2015");
    QTest::newRow("day") << QStringLiteral("2015-08-27") << qint64(2015) << 8 << 27 << P::Day
                         << QDate(2015, 8, 27) << QStringLiteral("27 Aug 2015");
    QTest::newRow("single digit day") << QStringLiteral("2015-08-03") << qint64(2015) << 8 << 3 << P::Day
                                      << QDate(2015, 8, 3) << QStringLiteral("3 Aug 2015");
    QTest::newRow("january") << QStringLiteral("1999-01") << qint64(1999) << 1 << 0 << P::Month
                             << QDate(1999, 1, 1) << QStringLiteral("Jan 1999");
    QTest::newRow("december 31") << QStringLiteral("1999-12-31") << qint64(1999) << 12 << 31 << P::Day
                                 << QDate(1999, 12, 31) << QStringLiteral("31 Dec 1999");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << qint64(2024) << 2 << 29 << P::Day
                              << QDate(2024, 2, 29) << QStringLiteral("29 Feb 2024");
    QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << qint64(2000) << 2 << 29 << P::Day
                                   << QDate(2000, 2, 29) << QStringLiteral("29 Feb 2000");
    QTest::newRow("april 30") << QStringLiteral("2021-04-30") << qint64(2021) << 4 << 30 << P::Day
                              << QDate(2021, 4, 30) << QStringLiteral("30 Apr 2021");
    QTest::newRow("year 1") << QStringLiteral("0001") << qint64(1) << 0 << 0 << P::Year << QDate(1, 1, 1)
                            << QStringLiteral("1");
    QTest::newRow("early year") << QStringLiteral("0476-09") << qint64(476) << 9 << 0 << P::Month
                                << QDate(476, 9, 1) << QStringLiteral("Sep 476");
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31") << qint64(9999) << 12 << 31 << P::Day
                               << QDate(9999, 12, 31) << QStringLiteral("31 Dec 9999");
    QTest::newRow("year 0") << QStringLiteral("0000") << qint64(0) << 0 << 0 << P::Year << QDate()
                            << QStringLiteral("0");
    QTest::newRow("bce") << QStringLiteral("-0044-03-15") << qint64(-44) << 3 << 15 << P::Day
                         << QDate(-44, 3, 15) << QStringLiteral("15 Mar 44 BCE");
    QTest::newRow("bce year") << QStringLiteral("-2560") << qint64(-2560) << 0 << 0 << P::Year
                              << QDate(-2560, 1, 1) << QStringLiteral("2560 BCE");
    QTest::newRow("cosmic") << QStringLiteral("Y-13800000000") << qint64(-13800000000) << 0 << 0 << P::Year
                            << QDate() << QStringLiteral("13800000000 BCE");
    QTest::newRow("far future") << QStringLiteral("Y12000") << qint64(12000) << 0 << 0 << P::Year
                                << QDate(12000, 1, 1) << QStringLiteral("12000");
    QTest::newRow("spring") << QStringLiteral("2015-21") << qint64(2015) << 21 << 0 << P::Year
                            << QDate(2015, 3, 1) << QStringLiteral("spring 2015");
    QTest::newRow("winter") << QStringLiteral("2015-24") << qint64(2015) << 24 << 0 << P::Year
                            << QDate(2015, 12, 1) << QStringLiteral("winter 2015");
    QTest::newRow("circa") << QStringLiteral("1950~") << qint64(1950) << 0 << 0 << P::Year
                           << QDate(1950, 1, 1) << QStringLiteral("c. 1950");
    QTest::newRow("range") << QStringLiteral("1964/2008") << qint64(1964) << 0 << 0 << P::Year
                           << QDate(1964, 1, 1) << QStringLiteral("1964 \u2013 2008");
    QTest::newRow("day range") << QStringLiteral("2015-08-27/2015-09-02") << qint64(2015) << 8 << 27 << P::Day
                               << QDate(2015, 8, 27) << QStringLiteral("27 Aug 2015 \u2013 2 Sep 2015");
    QTest::newRow("circa range") << QStringLiteral("1950~/1960~") << qint64(1950) << 0 << 0 << P::Year
                                 << QDate(1950, 1, 1) << QStringLiteral("c. 1950 \u2013 c. 1960");
    QTest::newRow("may") << QStringLiteral("1866-05") << qint64(1866) << 5 << 0 << P::Month
                         << QDate(1866, 5, 1) << QStringLiteral("May 1866");
}

void TestPartialDate::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(PartialDate::Precision, precision);
    QFETCH(QDate, firstDay);
    QFETCH(QString, display);

    const auto d = PartialDate::parse(text);
    QVERIFY(d);
    QCOMPARE(d->year(), year);
    QCOMPARE(d->month(), month);
    QCOMPARE(d->day(), day);
    QCOMPARE(d->precision(), precision);
    QCOMPARE(d->toString(), text);
    QCOMPARE(d->firstDay(), firstDay);
    QCOMPARE(d->toDisplayString(), display);
    // Formatting and parsing again gives the same date.
    const auto again = PartialDate::parse(d->toString());
    QVERIFY(again);
    QCOMPARE(*again, *d);
}

void TestPartialDate::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"",
                            "2",
                            "201",
                            "20155",
                            "2015-",
                            "2015-1",
                            "2015-8",
                            "2015-13",
                            "2015-00",
                            "2015-08-",
                            "2015-08-1",
                            "2015-08-00",
                            "2015-08-32",
                            "2015-02-29",
                            "2015-02-30",
                            "1900-02-29",
                            "2015-04-31",
                            "2015-06-31",
                            "15-08",
                            "15-08-27",
                            "2015/08",
                            "2015.08.27",
                            "2015-08/27",
                            "2015 08",
                            "2015-08-27T00:00:00Z",
                            "2015-08-27 ",
                            " 2015",
                            "2015 ",
                            "abcd",
                            "20a5",
                            "2015-0a",
                            "2015-08-2b",
                            "-201",
                            "+2015",
                            "2015--8",
                            "2015-08-270",
                            "August 2015",
                            "27/08/2015",
                            "201508",
                            "20150827",
                            "2015-20",
                            "2015-25",
                            "2015-21-01",
                            "Y2015",
                            "Y02015",
                            "Y-0013800000",
                            "Y12000-01",
                            "~",
                            "2015~~",
                            "/2015",
                            "2015/",
                            "2015/2016/2017",
                            "-0001-02-29",
                            "Y1234567890123456"})
        QTest::addRow("'%s'", bad) << QString::fromLatin1(bad);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0662\u0660\u0661\u0665");
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff12\uff10\uff11\uff15");
    QTest::newRow("en dash") << QStringLiteral("2015\u201308");
}

void TestPartialDate::parseInvalid()
{
    QFETCH(QString, text);
    const auto d = PartialDate::parse(text);
    QVERIFY2(!d, qPrintable(d ? d->toString() : QString()));
}

void TestPartialDate::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order"); // -1: a < b, 0: equal, 1: a > b

    auto row = [](const char *a, const char *b, int order) {
        QTest::addRow("%s vs %s", a, b) << QString::fromLatin1(a) << QString::fromLatin1(b) << order;
    };
    row("2015", "2015", 0);
    row("2015-08", "2015-08", 0);
    row("2015-08-27", "2015-08-27", 0);
    row("2014", "2015", -1);
    row("2016", "2015", 1);
    row("2015", "2015-01", -1);    // a year sorts before its months
    row("2015", "2015-01-01", -1); // and before its days
    row("2015-01", "2015-01-01", -1);
    row("2015-12", "2015", 1);
    row("2015-08-01", "2015-08", 1);
    row("2015-08-31", "2015-09", -1);
    row("2014-12-31", "2015", -1);
    row("2015-12-31", "2016", -1);
    row("2015-02", "2015-11", -1);
    row("2015-08-09", "2015-08-10", -1);
    row("0999", "1000", -1);
    row("2015-10-01", "2015-09-30", 1);
    row("-0044", "0001", -1);
    row("Y-13800000000", "-4000", -1);
    row("2015-03", "2015-21", -1); // spring sorts after March
    row("2015-21", "2015-04", -1); // and before April
    row("2015-24", "2015-12", 1);
    row("1950", "1950~", -1);
    row("1964", "1964/2008", -1);
    row("1964/2000", "1964/2008", -1);
}

void TestPartialDate::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const auto da = PartialDate::parse(a);
    const auto db = PartialDate::parse(b);
    QVERIFY(da);
    QVERIFY(db);
    QCOMPARE(*da == *db, order == 0);
    QCOMPARE(*da != *db, order != 0);
    QCOMPARE(*da < *db, order < 0);
    QCOMPARE(*da > *db, order > 0);
    QCOMPARE(*da <= *db, order <= 0);
    QCOMPARE(*da >= *db, order >= 0);
    QCOMPARE(*db<*da, order> 0);
}

void TestPartialDate::sortOrder()
{
    const QStringList input = {
        QStringLiteral("2016"),       QStringLiteral("2015-08-27"), QStringLiteral("2015"),
        QStringLiteral("2015-08"),    QStringLiteral("2015-08-01"), QStringLiteral("2014-12-31"),
        QStringLiteral("2015-01"),    QStringLiteral("2015-12"),    QStringLiteral("2015-01-01"),
        QStringLiteral("2015-12-31"), QStringLiteral("2016-01")};
    QList<PartialDate> dates;
    for (const QString &s : input) {
        const auto d = PartialDate::parse(s);
        QVERIFY2(d, qPrintable(s));
        dates << *d;
    }
    std::sort(dates.begin(), dates.end());
    QStringList sorted;
    for (const PartialDate &d : std::as_const(dates))
        sorted << d.toString();
    const QStringList expected = {
        QStringLiteral("2014-12-31"), QStringLiteral("2015"),    QStringLiteral("2015-01"),
        QStringLiteral("2015-01-01"), QStringLiteral("2015-08"), QStringLiteral("2015-08-01"),
        QStringLiteral("2015-08-27"), QStringLiteral("2015-12"), QStringLiteral("2015-12-31"),
        QStringLiteral("2016"),       QStringLiteral("2016-01")};
    QCOMPARE(sorted, expected);
}

void TestPartialDate::defaultConstructed()
{
    const PartialDate d;
    QCOMPARE(d.year(), 0);
    QCOMPARE(d.month(), 0);
    QCOMPARE(d.day(), 0);
    QCOMPARE(d.precision(), PartialDate::Precision::Year);
    QCOMPARE(d.toString(), QStringLiteral("0000"));
    // Any parsed date sorts after the empty one.
    const auto first = PartialDate::parse(u"0001");
    QVERIFY(first);
    QVERIFY(d < *first);
}

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
