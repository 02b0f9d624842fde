#include "yearlyamounts.h"

#include "money.h"

#include <algorithm>
#include <cmath>

namespace lps {

YearlyAmounts YearlyAmounts::single(qint64 base)
{
    YearlyAmounts amounts;
    amounts.m_single = true;
    amounts.m_base = base;
    return amounts;
}

YearlyAmounts YearlyAmounts::perYear(const QList<qint64> &values)
{
    YearlyAmounts amounts;
    amounts.m_single = false;
    amounts.m_values = values;
    return amounts;
}

qint64 YearlyAmounts::valueAt(int yearIndex, double rate) const
{
    if (!m_single)
        return yearIndex >= 0 && yearIndex < m_values.size() ? m_values.at(yearIndex) : 0;
    if (yearIndex <= 0 || rate == 0.0)
        return m_base;
    return roundHalfAwayFromZero(double(m_base) * std::pow(1.0 + rate, yearIndex));
}

YearlyAmounts YearlyAmounts::withValueAt(int yearIndex, qint64 value, int years, double rate) const
{
    if (m_single && yearIndex == 0)
        return single(value);
    QList<qint64> values;
    for (int y = 0; y < std::max(years, yearIndex + 1); ++y)
        values << valueAt(y, rate);
    values[yearIndex] = value;
    return perYear(values);
}

YearlyAmounts YearlyAmounts::resized(int years) const
{
    if (m_single || years <= 0)
        return *this;
    QList<qint64> values = m_values.mid(0, years);
    while (values.size() < years)
        values << (values.isEmpty() ? 0 : values.last());
    return perYear(values);
}

} // namespace lps
