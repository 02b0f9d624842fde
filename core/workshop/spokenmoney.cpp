#include "spokenmoney.h"

#include <QLocale>

#include <cstdlib>

namespace lps {

QString SpokenMoney::of(Money amount, const QString &currency)
{
    const QString symbol = Money::symbol(currency);
    // A symbol of one character goes in front ("£"); an ISO code after a space ("CHF 1.2").
    const QString prefix = symbol.size() == 1 ? symbol : symbol + QLatin1Char(' ');
    const qint64 minor = amount.minor();
    const QString sign = minor < 0 ? QStringLiteral("\u2212") : QString();
    const qint64 units = std::llabs(minor) / 100;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (units >= 1'000'000) {
        // Two significant figures at least, rounded half up in whole numbers (1.615 is 1.62,
        // which a double would make 1.61), and never "£1.0 million".
        const int decimals = units >= 100'000'000 ? 0 : (units >= 10'000'000 ? 1 : 2);
        const qint64 unit = decimals == 0 ? 1'000'000 : (decimals == 1 ? 100'000 : 10'000);
        const qint64 scaled = (units + unit / 2) / unit;
        const qint64 divisor = decimals == 0 ? 1 : (decimals == 1 ? 10 : 100);
        QString figure = english.toString(scaled / divisor);
        QString fraction =
            QString::number(scaled % divisor).rightJustified(decimals, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        if (!fraction.isEmpty())
            figure += QLatin1Char('.') + fraction;
        return sign + prefix + figure + QStringLiteral(" million");
    }
    // Below a million: to the nearest thousand above ten thousand, else to the pound.
    const qint64 shown = units >= 10'000 ? (units + 500) / 1000 * 1000 : units;
    return sign + prefix + english.toString(shown);
}

} // namespace lps

namespace lps {

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
