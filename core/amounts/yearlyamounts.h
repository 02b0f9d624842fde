#pragma once

#include <QList>
#include <QtGlobal>

namespace lps {

/// An amount per financial year, written either once (growing by a yearly rate) or year by year,
/// as the `amount`/`amountByYear` and `cost`/`costByYear` pairs of plan-model.md.
class YearlyAmounts
{
public:
    YearlyAmounts() = default;
    static YearlyAmounts single(qint64 base);
    static YearlyAmounts perYear(const QList<qint64> &values);

    bool isSingle() const { return m_single; }
    /// The single amount (year index 0); meaningful only when isSingle().
    qint64 base() const { return m_base; }
    /// The explicit amounts; meaningful only when !isSingle().
    const QList<qint64> &values() const { return m_values; }

    /// The amount in year index y: round_half_away_from_zero(base * (1 + rate)^y) for a single
    /// amount, computed from the base every year; the listed value otherwise (0 beyond the list).
    qint64 valueAt(int yearIndex, double rate) const;
    /// These amounts with year index y set to `value` and every other year of a plan of `years`
    /// years left as it was. An amount written once stays written once when its first year is
    /// set (the rate carries on from the new base); otherwise it is written year by year.
    YearlyAmounts withValueAt(int yearIndex, qint64 value, int years, double rate) const;
    /// Written year by year for `years` years: a list is cut short or carried on with its last
    /// value; an amount written once is left as it is (it covers any number of years).
    YearlyAmounts resized(int years) const;

    bool operator==(const YearlyAmounts &) const = default;

private:
    bool m_single = true;
    qint64 m_base = 0;
    QList<qint64> m_values;
};

} // namespace lps
