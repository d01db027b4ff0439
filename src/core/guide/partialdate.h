#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <compare>
#include <optional>

namespace almanac {

// A date that may be only a year, a year and month or season, or a day, as
// timeline entries and publication dates are; possibly approximate ("circa") and
// possibly a range. The text form is a subset of EDTF level 1 (ISO 8601-2), so
// that whatever CSL-JSON and TimelineJS can say has a place:
//   "2015", "2015-08", "2015-08-27"      year, month, day
//   "-0044-03-15", "0000"                 years before the common era, as the
//                                         source numbered them (negative)
//   "Y-13800000000", "Y12000"             years of more than four digits
//   "2015-21" … "2015-24"                 spring, summer, autumn, winter
//   "1950~"                               circa
//   "1964/2008", "2015-08-27/2015-09-02"  a range: start and end
class PartialDate
{
public:
    enum class Precision
    {
        Year,
        Month,
        Day
    };

    // One end of a date.
    struct Point
    {
        qint64 year = 0;
        int month = 0; // 1-12, 21-24 for a season, 0 when only the year is known
        int day = 0;   // 0 when only the year or month is known
        bool circa = false;

        bool isSeason() const { return month >= 21 && month <= 24; }
        bool operator==(const Point &) const = default;
        std::strong_ordering operator<=>(const Point &other) const;
    };

    PartialDate() = default;
    explicit PartialDate(const Point &start, const std::optional<Point> &end = std::nullopt);

    static std::optional<PartialDate> parse(QStringView text);
    // A point is valid: a month 1-12 or season 21-24, a day that its month has.
    static bool isValid(const Point &point);

    qint64 year() const { return m_start.year; }
    int month() const { return m_start.month; }
    int day() const { return m_start.day; }
    bool isCirca() const { return m_start.circa; }
    bool isSeason() const { return m_start.isSeason(); }
    const Point &start() const { return m_start; }
    const std::optional<Point> &end() const { return m_end; }
    Precision precision() const;
    QString toString() const;
    // The first day the date covers (1 January for a year, the season's first
    // month for a season); invalid for a year QDate cannot hold.
    QDate firstDay() const;
    // "27 Aug 2015", "Aug 2015", "2015", "spring 2015", "c. 1950", "44 BCE",
    // "1964 – 2008".
    QString toDisplayString() const;
    // With the month names of a language ("2 déc. 2026", "2 ديسمبر 2026"): for a
    // page in that language. toDisplayString() is this with US English.
    QString toDisplayString(const QLocale &months) const;

    bool operator==(const PartialDate &) const = default;
    std::strong_ordering operator<=>(const PartialDate &other) const;

private:
    Point m_start;
    std::optional<Point> m_end;
};

} // namespace almanac
