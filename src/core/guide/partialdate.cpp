#include "partialdate.h"

#include <QLocale>

namespace almanac {

namespace {
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}
} // namespace

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    PartialDate d;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    d.m_year = digits(text, 0, 4);
    if (d.m_year < 1)
        return std::nullopt;
    if (text.size() >= 7) {
        if (text[4] != u'-')
            return std::nullopt;
        d.m_month = digits(text, 5, 2);
        if (d.m_month < 1 || d.m_month > 12)
            return std::nullopt;
    }
    if (text.size() == 10) {
        if (text[7] != u'-')
            return std::nullopt;
        d.m_day = digits(text, 8, 2);
        if (d.m_day < 1 || !QDate(d.m_year, d.m_month, d.m_day).isValid())
            return std::nullopt;
    }
    return d;
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day)
        return Precision::Day;
    return m_month ? Precision::Month : Precision::Year;
}

QString PartialDate::toString() const
{
    QString s = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month)
        s += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day)
        s += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return s;
}

QDate PartialDate::firstDay() const
{
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QString PartialDate::toDisplayString() const
{
    // Fixed English month names: pages must not depend on the machine's locale.
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    switch (precision()) {
    case Precision::Day:
        return QStringLiteral("%1 %2 %3").arg(m_day).arg(c.monthName(m_month, QLocale::ShortFormat)).arg(m_year);
    case Precision::Month:
        return QStringLiteral("%1 %2").arg(c.monthName(m_month, QLocale::ShortFormat)).arg(m_year);
    case Precision::Year:
        break;
    }
    return QString::number(m_year);
}

} // namespace almanac
