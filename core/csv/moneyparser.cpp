#include "moneyparser.h"

#include "amounts/money.h"

#include <QRegularExpression>

#include <array>

namespace lps {

namespace {

struct CurrencyMark
{
    const char *code;
    char16_t symbol;
    const char *unit;
};

constexpr std::array<CurrencyMark, 3> kCurrencies{
    {{"GBP", u'£', "pounds"}, {"EUR", u'€', "euros"}, {"USD", u'$', "dollars"}}};

constexpr qint64 kMaxMajorDigits = 13; // 10^14 minor units = 1,000,000,000,000.00

// What is left of a cell once signs and currency marks are taken off.
struct Stripped
{
    QString number;
    bool negative = false;
    bool signTwice = false;
    bool brackets = false;
    QString foreignMark;
};

bool takePrefix(QString &text, const QString &prefix)
{
    if (prefix.isEmpty() || !text.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    text = text.mid(prefix.size()).trimmed();
    return true;
}

bool takeSuffix(QString &text, const QString &suffix)
{
    if (suffix.isEmpty() || !text.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    text.chop(suffix.size());
    text = text.trimmed();
    return true;
}

bool takeMinus(QString &text)
{
    return takePrefix(text, QStringLiteral("-")) || takePrefix(text, QStringLiteral("\u2212"));
}

QString formatMajor(qint64 minor, bool grouped)
{
    const bool negative = minor < 0;
    const qint64 magnitude = negative ? -minor : minor;
    QString major = QString::number(magnitude / 100);
    if (grouped) {
        for (qsizetype i = major.size() - 3; i > 0; i -= 3)
            major.insert(i, QLatin1Char(','));
    }
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), major)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

MoneyParser::MoneyParser(const QString &currency)
    : m_currency(currency)
{
    for (const CurrencyMark &mark : kCurrencies) {
        if (currency == QLatin1String(mark.code))
            m_symbol = QChar(mark.symbol);
    }
}

QString MoneyParser::unitName() const
{
    for (const CurrencyMark &mark : kCurrencies) {
        if (m_currency == QLatin1String(mark.code))
            return QString::fromLatin1(mark.unit);
    }
    return m_currency;
}

namespace {

bool hasMark(const QString &text, const QString &mark)
{
    return text.startsWith(mark, Qt::CaseInsensitive) || text.endsWith(mark, Qt::CaseInsensitive);
}

// Takes off parentheses, minus signs and currency marks in any of the orders spreadsheets use:
// "-£12", "£-12", "(£12)", "£ (12)", "12 GBP", " £ -   " (Excel's accounting zero).
Stripped strip(const QString &text, const QString &code, const QString &symbol)
{
    Stripped s;
    QString rest = text.trimmed();
    for (;;) {
        const bool minus = takeMinus(rest);
        const bool brackets =
            !minus && rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'));
        if (brackets) {
            rest = rest.mid(1).chopped(1).trimmed();
            s.brackets = true;
        }
        if (minus || brackets) {
            s.signTwice = s.signTwice || s.negative;
            s.negative = true;
            continue;
        }
        if (!takePrefix(rest, symbol) && !takePrefix(rest, code))
            break;
    }
    while (takeSuffix(rest, symbol) || takeSuffix(rest, code)) {
    }
    for (const CurrencyMark &mark : kCurrencies) {
        for (const QString &f : {QString(QChar(mark.symbol)), QString::fromLatin1(mark.code)}) {
            if (f != symbol && f != code && hasMark(rest, f))
                s.foreignMark = f;
        }
    }
    s.number = rest;
    return s;
}

} // namespace

MoneyParser::Result MoneyParser::parse(const QString &text, Sign sign) const
{
    const QString shown = text.trimmed();
    const QString quoted = QLatin1Char('"') + shown + QLatin1Char('"');
    auto fail = [&quoted](Error error, const QString &why) {
        return Result{0, error, quoted + QLatin1Char(' ') + why};
    };
    if (shown.isEmpty())
        return {0, Error::Empty, QStringLiteral("is empty; enter an amount in %1").arg(unitName())};

    const Stripped s = strip(shown, m_currency, m_symbol);
    if (!s.foreignMark.isEmpty())
        return fail(Error::OtherCurrency,
                    QStringLiteral("is in another currency (%1); this plan is in %2, so write "
                                   "the amount in %3")
                        .arg(s.foreignMark, m_currency, unitName()));
    if (s.signTwice)
        return fail(Error::NotAnAmount, QStringLiteral("has two minus signs; write it once"));
    // Excel's accounting format writes zero as a lone dash.
    if (s.number.isEmpty() && s.negative && !s.brackets)
        return {};

    static const QRegularExpression scientific(
        QStringLiteral("^[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+$"));
    if (scientific.match(s.number).hasMatch())
        return fail(Error::ScientificNotation,
                    QStringLiteral("is in scientific notation, which hides the exact amount; "
                                   "format the column as a number with two decimals in the "
                                   "spreadsheet and save again"));

    static const QRegularExpression plain(QStringLiteral("^([0-9,]*)(?:\\.([0-9]*))?$"));
    const QRegularExpressionMatch parts = plain.match(s.number);
    static const QRegularExpression europeanDecimal(
        QStringLiteral("^([0-9]{1,3}(\\.[0-9]{3})*|[0-9]+),[0-9]{1,2}$"));
    if (europeanDecimal.match(s.number).hasMatch()) {
        QString suggestion = s.number;
        suggestion.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
        return fail(Error::DecimalComma,
                    QStringLiteral("uses a comma as the decimal separator; amounts are written "
                                   "with a decimal point (%1)")
                        .arg(suggestion));
    }
    const QString integer = parts.captured(1);
    const QString fraction = parts.captured(2);
    if (!parts.hasMatch() || (integer.isEmpty() && fraction.isEmpty()))
        return fail(Error::NotAnAmount,
                    QStringLiteral("is not an amount of money; write %1 such as 1234.50, "
                                   "1,234.50 or %2")
                        .arg(unitName(), m_symbol.isEmpty()
                                             ? m_currency + QStringLiteral(" 1,234.50")
                                             : m_symbol + QStringLiteral("1,234.50")));

    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(,[0-9]{3})*$"));
    if (integer.contains(QLatin1Char(',')) && !grouped.match(integer).hasMatch())
        return fail(Error::MisplacedSeparator,
                    QStringLiteral("has a misplaced thousands separator; commas must separate "
                                   "groups of three digits (1,234,567.89)"));

    QString digits = integer;
    digits.remove(QLatin1Char(','));
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    if (digits.size() > kMaxMajorDigits)
        return fail(Error::TooLarge, QStringLiteral("is more than %1, the largest amount a plan "
                                                    "can hold")
                                         .arg(formatMajor(Money::kMaxMinor, true)));
    const qint64 major = digits.isEmpty() ? 0 : digits.toLongLong();
    const qint64 pence = (fraction + QStringLiteral("00")).left(2).toLongLong();
    qint64 minor = major * 100 + pence;

    if (fraction.size() > 2) {
        // Suggest the rounded amount, but never take it: the user must decide.
        const bool up = fraction.at(2) >= QLatin1Char('5');
        const qint64 rounded = (minor + (up ? 1 : 0)) * (s.negative ? -1 : 1);
        return fail(Error::TooManyDecimals,
                    QStringLiteral("has more than two decimals; amounts are in %1 with at most "
                                   "two decimals (%2)")
                        .arg(unitName(), formatMajor(rounded, integer.contains(QLatin1Char(',')))));
    }
    if (minor > Money::kMaxMinor)
        return fail(Error::TooLarge, QStringLiteral("is more than %1, the largest amount a plan "
                                                    "can hold")
                                         .arg(formatMajor(Money::kMaxMinor, true)));
    if (s.negative && minor != 0 && sign == Sign::NonNegative)
        return fail(Error::Negative, QStringLiteral("is negative; an amount here cannot be "
                                                    "below zero"));
    return {s.negative ? -minor : minor, Error::None, {}};
}

} // namespace lps
