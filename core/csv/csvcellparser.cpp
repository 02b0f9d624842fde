#include "csvcellparser.h"

#include "amounts/money.h"

#include <QRegularExpression>

namespace lps {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text.trimmed() + QLatin1Char('"');
}

// Strips a percent sign; the caller learns whether there was one.
QString withoutPercent(const QString &text, bool &percent)
{
    QString rest = text.trimmed();
    percent = rest.endsWith(QLatin1Char('%'));
    if (percent)
        rest = rest.chopped(1).trimmed();
    return rest.replace(QChar(0x2212), QLatin1Char('-'));
}

} // namespace

Parsed<qint64> CsvCellParser::wholeNumber(const QString &text, const QString &unit)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,3}(,[0-9]{3})*|[0-9]+)(\\.0*)?$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        static const QRegularExpression fractional(QStringLiteral("^[0-9,]*\\.[0-9]+$"));
        if (fractional.match(trimmed).hasMatch())
            return Parsed<qint64>::fail(QStringLiteral("%1 is not a whole number; %2 are counted "
                                                       "in whole %2")
                                            .arg(quoted(text), unit));
        if (trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QChar(0x2212)))
            return Parsed<qint64>::fail(QStringLiteral("%1 is negative; a number of %2 cannot "
                                                       "be below zero")
                                            .arg(quoted(text), unit));
        return Parsed<qint64>::fail(
            QStringLiteral("%1 is not a whole number of %2").arg(quoted(text), unit));
    }
    QString digits = trimmed.section(QLatin1Char('.'), 0, 0).remove(QLatin1Char(','));
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    // 15 digits or fewer always fit in qint64; the limit itself is 10^14.
    const qint64 value = digits.size() > 15 ? Money::kMaxMinor + 1 : digits.toLongLong();
    if (value > Money::kMaxMinor)
        return Parsed<qint64>::fail(
            QStringLiteral("%1 is more than %2, the largest number a plan can hold")
                .arg(quoted(text))
                .arg(Money::kMaxMinor));
    return {value, {}};
}

Parsed<qint64> CsvCellParser::hours(const QString &text)
{
    return wholeNumber(text, QStringLiteral("hours"));
}

Parsed<Tier> CsvCellParser::tier(const QString &text)
{
    return choice<Tier>(text, {{QStringLiteral("statutory"), Tier::Must},
                               {QStringLiteral("discretionary"), Tier::Could}});
}

Parsed<int> CsvCellParser::integer(const QString &text, int low, int high)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]{1,9}$"));
    const QString trimmed = text.trimmed();
    const int value = trimmed.toInt();
    if (!pattern.match(trimmed).hasMatch() || value < low || value > high)
        return Parsed<int>::fail(QStringLiteral("%1 is not a whole number from %2 to %3")
                                     .arg(quoted(text))
                                     .arg(low)
                                     .arg(high));
    return {value, {}};
}

Parsed<double> CsvCellParser::decimal(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    bool percent = false;
    const QString number = withoutPercent(text, percent);
    if (!pattern.match(number).hasMatch())
        return Parsed<double>::fail(
            QStringLiteral("%1 is not a number; write a decimal such as 0.05 or a percentage "
                           "such as 5%")
                .arg(quoted(text)));
    // "33.3e-2" lets the C library round the exact decimal once; 33.3 / 100 would round twice.
    const QString exact = percent ? number + QStringLiteral("e-2") : number;
    return {exact.toDouble(), {}};
}

Parsed<double> CsvCellParser::share(const QString &text)
{
    const Parsed<double> parsed = decimal(text);
    if (!parsed.ok())
        return Parsed<double>::fail(
            QStringLiteral("%1 is not a share; write a decimal from 0 to 1 (0.6) or a "
                           "percentage (60%)")
                .arg(quoted(text)));
    bool percent = false;
    withoutPercent(text, percent);
    if (*parsed.value < 0)
        return Parsed<double>::fail(
            QStringLiteral("%1 is negative; a share is from 0 to 1 (or 0% to 100%)")
                .arg(quoted(text)));
    if (*parsed.value > 1 && !percent)
        return Parsed<double>::fail(
            QStringLiteral("%1 is more than 1; write a share as a decimal from 0 to 1 (0.6) or "
                           "as a percentage (60%)")
                .arg(quoted(text)));
    if (*parsed.value > 1)
        return Parsed<double>::fail(QStringLiteral("%1 is more than 100%").arg(quoted(text)));
    return parsed;
}

Parsed<bool> CsvCellParser::yesNo(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("yes") || key == QLatin1String("true") || key == QLatin1String("1"))
        return {true, {}};
    if (key == QLatin1String("no") || key == QLatin1String("false") || key == QLatin1String("0"))
        return {false, {}};
    return Parsed<bool>::fail(
        QStringLiteral("%1 is not one of: yes, no, true, false, 1, 0").arg(quoted(text)));
}

QStringList CsvCellParser::list(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(';'))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !items.contains(trimmed))
            items << trimmed;
    }
    return items;
}

QString CsvCellParser::normalizedChoice(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_]+"));
    return text.trimmed().toLower().replace(separators, QStringLiteral("-"));
}

} // namespace lps
