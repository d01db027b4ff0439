#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace almanac {

// A date that may be only a year or a year and month, as timeline entries and
// publication dates are: "2015", "2015-08" or "2015-08-27".
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    static std::optional<PartialDate> parse(QStringView text);

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    Precision precision() const;
    QString toString() const;
    // The first day the date covers (1 January for a year).
    QDate firstDay() const;
    // "27 Aug 2015", "Aug 2015" or "2015".
    QString toDisplayString() const;

    auto operator<=>(const PartialDate &) const = default;

private:
    int m_year = 0;
    int m_month = 0; // 0 when only the year is known
    int m_day = 0;   // 0 when only the year or month is known
};

} // namespace almanac
