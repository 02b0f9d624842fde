#include "money.h"

#include <cmath>
#include <cstring>

namespace lps {

namespace {
constexpr double kSaturation = double(Money::kMaxMinor) * 100.0;

QString currencyPrefix(const QString &currency)
{
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    return currency + QLatin1Char(' ');
}
} // namespace

QString Money::symbol(const QString &currency)
{
    return currencyPrefix(currency).trimmed();
}

qint64 roundHalfAwayFromZero(double value)
{
    if (std::isnan(value))
        return 0;
    if (value >= kSaturation)
        return qint64(kSaturation);
    if (value <= -kSaturation)
        return -qint64(kSaturation);
    return std::llround(value); // llround rounds halves away from zero
}

Money Money::scaled(double factor) const
{
    return Money(roundHalfAwayFromZero(double(m_minor) * factor));
}

QString Money::formatted(const QString &currency) const
{
    // Formatted by hand, not by QLocale: a finance officer's figures must not change with the
    // desktop's locale, and qint64 -> double would lose pence above 2^53.
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(-(m_minor + 1)) + 1 : quint64(m_minor);
    const QString major = QString::number(magnitude / 100);
    QString grouped;
    for (qsizetype i = 0; i < major.size(); ++i) {
        if (i > 0 && (major.size() - i) % 3 == 0)
            grouped += QLatin1Char(',');
        grouped += major.at(i);
    }
    const QString pence = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + currencyPrefix(currency) + grouped +
           QLatin1Char('.') + pence;
}

char *toString(const Money &money)
{
    const QByteArray text =
        money.formatted().toUtf8() + " (" + QByteArray::number(money.minor()) + " minor units)";
    char *copy = new char[size_t(text.size()) + 1];
    std::memcpy(copy, text.constData(), size_t(text.size()) + 1);
    return copy;
}

} // namespace lps
