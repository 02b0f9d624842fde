#include "spokenmoney.h"

#include <QLocale>

#include <cstdlib>

namespace lps {

namespace {

// "1.56" from 156 hundredths: whole numbers throughout, and never "1.0".
QString decimal(qint64 scaled, int decimals, const QLocale &locale)
{
    const qint64 divisor = decimals == 0 ? 1 : (decimals == 1 ? 10 : 100);
    QString figure = locale.toString(scaled / divisor);
    QString fraction = QString::number(scaled % divisor).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? figure : figure + QLatin1Char('.') + fraction;
}

} // namespace

QString SpokenMoney::of(Money amount, const QString &currency)
{
    const QString symbol = Money::symbol(currency);
    // A symbol of one character goes in front ("£"); an ISO code after a space ("CHF 1.2").
    const QString prefix = symbol.size() == 1 ? symbol : symbol + QLatin1Char(' ');
    const qint64 minor = amount.minor();
    const QString sign = minor < 0 ? QStringLiteral("\u2212") : QString();
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    // Rounded half up at each step in whole numbers (1.615 million is 1.62, which a double
    // would make 1.61), and rounded before choosing the words, so £999,600 is "£1 million".
    const qint64 units = (std::llabs(minor) + 50) / 100;
    const qint64 thousands = units >= 10'000 ? (units + 500) / 1000 * 1000 : units;
    if (thousands < 1'000'000)
        return sign + prefix + english.toString(thousands);
    // Two significant figures at least: 1.56, 28.5, 413 million.
    const int decimals = units >= 100'000'000 ? 0 : (units >= 10'000'000 ? 1 : 2);
    const qint64 unit = decimals == 0 ? 1'000'000 : (decimals == 1 ? 100'000 : 10'000);
    const qint64 scaled = (units + unit / 2) / unit;
    return sign + prefix + decimal(scaled, decimals, english) + QStringLiteral(" million");
}

QString SpokenMoney::brief(Money amount, const QString &currency)
{
    QString words = of(amount, currency);
    if (words.endsWith(QStringLiteral(" million")))
        return words.chopped(8) + QLatin1Char('m');
    // "£340,000" -> "£340k": only whole thousands, which of() gives from ten thousand up.
    if (words.endsWith(QStringLiteral(",000")) && std::llabs(amount.minor()) >= 1'000'000)
        return words.chopped(4) + QLatin1Char('k');
    return words;
}

} // namespace lps
