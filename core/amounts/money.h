#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace lps {

/// An exact amount of money in minor units (pence for GBP); never a floating-point value.
class Money
{
public:
    /// Largest amount a plan may hold anywhere (spec: 0 .. 10^14 minor units).
    static constexpr qint64 kMaxMinor = 100'000'000'000'000LL;

    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }

    constexpr qint64 minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }

    /// Multiplies by a factor and rounds half away from zero to whole minor units.
    Money scaled(double factor) const;

    /// "£1,234.56", "-£12.00", "EUR 3.10": the plan's currency, thousands separators, two decimals.
    QString formatted(const QString &currency = QStringLiteral("GBP")) const;
    /// The currency as a chart axis names it: "£" for GBP, "€", "$", else the ISO code.
    static QString symbol(const QString &currency);

    constexpr Money operator-() const { return Money(-m_minor); }
    constexpr Money operator+(Money other) const { return Money(m_minor + other.m_minor); }
    constexpr Money operator-(Money other) const { return Money(m_minor - other.m_minor); }
    constexpr Money &operator+=(Money other)
    {
        m_minor += other.m_minor;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_minor -= other.m_minor;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 minor)
        : m_minor(minor)
    {
    }
    qint64 m_minor = 0;
};

/// Rounds half away from zero, the rule of plan-model.md for grown and scaled amounts; saturates
/// at +/- kMaxMinor * 100 so that absurd growth can never overflow.
qint64 roundHalfAwayFromZero(double value);

/// Lets a failing QCOMPARE print "£1,234.56" instead of bytes.
char *toString(const Money &money);

} // namespace lps
