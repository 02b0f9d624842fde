#pragma once

#include <QString>
#include <QtGlobal>

namespace lps {

/// Reads an amount of money as a finance officer's spreadsheet writes it, in major units
/// ("£1,234.50", "(1,234.50)", " £ -   "), into exact minor units; never through floating point
/// and never rounding: an amount that cannot be taken exactly is refused with a reason.
class MoneyParser
{
public:
    enum class Error
    {
        None,
        Empty,
        NotAnAmount,
        ScientificNotation,
        TooManyDecimals,
        MisplacedSeparator,
        DecimalComma,
        OtherCurrency,
        TooLarge,
        Negative
    };
    /// Whether a negative amount is a value or a mistake: every amount in a plan is a cost, an
    /// income or a cap, so callers in this project refuse negatives.
    enum class Sign
    {
        NonNegative,
        AllowNegative
    };

    struct Result
    {
        qint64 minor = 0;
        Error error = Error::None;
        /// For the user: quotes the text and says how to write it instead.
        QString message;

        bool ok() const { return error == Error::None; }
    };

    /// `currency` is the plan's ISO 4217 code: its symbol and code are accepted, other
    /// currencies' symbols are refused rather than taken as pounds.
    explicit MoneyParser(const QString &currency = QStringLiteral("GBP"));

    Result parse(const QString &text, Sign sign = Sign::NonNegative) const;

    const QString &currency() const { return m_currency; }
    /// "pounds" for GBP, "euros", "dollars", or the code: the unit amounts are written in.
    QString unitName() const;

private:
    QString m_currency;
    QString m_symbol;
};

} // namespace lps
