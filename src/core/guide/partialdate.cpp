#include "partialdate.h"

#include <QLocale>

namespace almanac {

namespace {

// The digits from..from+count as a number, or -1 if one is not an ASCII digit.
qint64 digits(QStringView text, qsizetype from, qsizetype count)
{
    if (count <= 0 || from + count > text.size())
        return -1;
    qint64 value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

constexpr qsizetype maxYearDigits = 15;

// Months in order with seasons between them: a season sorts after its first month.
int monthKey(int month)
{
    return month >= 21 && month <= 24 ? (month - 20) * 6 + 1 : month * 2;
}

int seasonFirstMonth(int month)
{
    return (month - 20) * 3;
}

std::optional<PartialDate::Point> parsePoint(QStringView text)
{
    PartialDate::Point p;
    if (text.endsWith(u'~')) {
        p.circa = true;
        text.chop(1);
    }
    // The year: "[-]YYYY", or "Y[-]N…" for more than four digits.
    qsizetype pos = 0;
    const bool longForm = text.startsWith(u'Y');
    if (longForm)
        pos = 1;
    const bool negative = pos < text.size() && text[pos] == u'-';
    if (negative)
        ++pos;
    qsizetype end = pos;
    while (end < text.size() && text[end] >= u'0' && text[end] <= u'9')
        ++end;
    const qsizetype yearDigits = end - pos;
    if (longForm ? (yearDigits <= 4 || yearDigits > maxYearDigits || text[pos] == u'0') : yearDigits != 4)
        return std::nullopt;
    p.year = digits(text, pos, yearDigits);
    if (negative)
        p.year = -p.year;
    if (longForm && end != text.size())
        return std::nullopt; // a long year has no month (EDTF)
    if (end < text.size()) {
        if (text.size() - end != 3 && text.size() - end != 6)
            return std::nullopt;
        if (text[end] != u'-')
            return std::nullopt;
        p.month = int(digits(text, end + 1, 2));
        if (text.size() - end == 6) {
            if (text[end + 3] != u'-')
                return std::nullopt;
            p.day = int(digits(text, end + 4, 2));
            if (p.day <= 0)
                return std::nullopt;
        }
        if (p.month <= 0)
            return std::nullopt;
    }
    if (!PartialDate::isValid(p))
        return std::nullopt;
    return p;
}

QString pointText(const PartialDate::Point &p)
{
    const qint64 magnitude = p.year < 0 ? -p.year : p.year;
    QString s;
    if (magnitude > 9999)
        s = QStringLiteral("Y%1").arg(p.year);
    else
        s = QStringLiteral("%1%2")
                .arg(p.year < 0 ? QStringLiteral("-") : QString())
                .arg(magnitude, 4, 10, QLatin1Char('0'));
    if (p.month)
        s += QStringLiteral("-%1").arg(p.month, 2, 10, QLatin1Char('0'));
    if (p.day)
        s += QStringLiteral("-%1").arg(p.day, 2, 10, QLatin1Char('0'));
    if (p.circa)
        s += u'~';
    return s;
}

QString yearDisplay(qint64 year)
{
    return year < 0 ? QStringLiteral("%1 BCE").arg(-year) : QString::number(year);
}

QString pointDisplay(const PartialDate::Point &p, const QLocale &c)
{
    // Month names of the page's language, never the machine's locale.
    static const char *const seasons[] = {"spring", "summer", "autumn", "winter"};
    QString s;
    if (p.isSeason())
        s = QStringLiteral("%1 %2").arg(QLatin1String(seasons[p.month - 21]), yearDisplay(p.year));
    else if (p.day)
        s = QStringLiteral("%1 %2 %3")
                .arg(p.day)
                .arg(c.monthName(p.month, QLocale::ShortFormat), yearDisplay(p.year));
    else if (p.month)
        s = QStringLiteral("%1 %2").arg(c.monthName(p.month, QLocale::ShortFormat), yearDisplay(p.year));
    else
        s = yearDisplay(p.year);
    return p.circa ? QStringLiteral("c. ") + s : s;
}

} // namespace

std::strong_ordering PartialDate::Point::operator<=>(const Point &other) const
{
    if (const auto c = year <=> other.year; c != 0)
        return c;
    if (const auto c = monthKey(month) <=> monthKey(other.month); c != 0)
        return c;
    if (const auto c = day <=> other.day; c != 0)
        return c;
    return circa <=> other.circa;
}

PartialDate::PartialDate(const Point &start, const std::optional<Point> &end) : m_start(start), m_end(end) {}

bool PartialDate::isValid(const Point &p)
{
    if (p.month == 0)
        return p.day == 0;
    if (p.isSeason())
        return p.day == 0;
    if (p.month < 1 || p.month > 12 || p.day < 0)
        return false;
    if (p.day == 0)
        return true;
    // The proleptic Gregorian calendar, by the year's leap rule (any year QDate cannot hold too).
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (p.year % 4 == 0 && p.year % 100 != 0) || p.year % 400 == 0;
    return p.day <= lengths[p.month - 1] + (p.month == 2 && leap ? 1 : 0);
}

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    PartialDate d;
    const auto start = parsePoint(slash < 0 ? text : text.first(slash));
    if (!start)
        return std::nullopt;
    d.m_start = *start;
    if (slash >= 0) {
        const auto end = parsePoint(text.sliced(slash + 1));
        if (!end)
            return std::nullopt;
        d.m_end = end;
    }
    return d;
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_start.day)
        return Precision::Day;
    return m_start.month && !m_start.isSeason() ? Precision::Month : Precision::Year;
}

QString PartialDate::toString() const
{
    return m_end ? pointText(m_start) + u'/' + pointText(*m_end) : pointText(m_start);
}

QDate PartialDate::firstDay() const
{
    if (m_start.year < -1'000'000 || m_start.year > 1'000'000)
        return {};
    const int month = m_start.isSeason() ? seasonFirstMonth(m_start.month) : m_start.month;
    return QDate(int(m_start.year), month ? month : 1, m_start.day ? m_start.day : 1);
}

QString PartialDate::toDisplayString() const
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return toDisplayString(english);
}

QString PartialDate::toDisplayString(const QLocale &months) const
{
    return m_end ? pointDisplay(m_start, months) + QStringLiteral(" \u2013 ") + pointDisplay(*m_end, months)
                 : pointDisplay(m_start, months);
}

std::strong_ordering PartialDate::operator<=>(const PartialDate &other) const
{
    if (const auto c = m_start <=> other.m_start; c != 0)
        return c;
    if (m_end.has_value() != other.m_end.has_value())
        return m_end.has_value() ? std::strong_ordering::greater : std::strong_ordering::less;
    return m_end ? *m_end <=> *other.m_end : std::strong_ordering::equal;
}

} // namespace almanac
