#include "csvrow.h"

#include "amounts/money.h"
#include "validation/planvalidator.h"

namespace lps {

namespace {
constexpr qsizetype kMaxNameLength = 200;
}

void CsvRow::error(const QString &column, const QString &message)
{
    m_problems << Problem::error(m_columns.location(m_record, column), message);
}

void CsvRow::warning(const QString &column, const QString &message)
{
    m_problems << Problem::warning(m_columns.location(m_record, column), message);
}

bool CsvRow::require(const QString &column, const QString &what)
{
    if (!m_columns.has(column))
        return false;
    if (!isEmpty(column))
        return true;
    error(column, QStringLiteral("is empty; %1").arg(what));
    return false;
}

std::optional<qint64> CsvRow::money(const QString &column, const MoneyParser &parser,
                                    const QString &negativeHint)
{
    const QString cell = text(column);
    if (cell.isEmpty())
        return std::nullopt;
    const MoneyParser::Result result = parser.parse(cell);
    if (result.error == MoneyParser::Error::Negative)
        error(column, QStringLiteral("\"%1\" is negative: %2").arg(cell, negativeHint));
    else if (!result.ok())
        error(column, result.message);
    return result.ok() ? std::optional<qint64>(result.minor) : std::nullopt;
}

QString CsvRow::name()
{
    // A name is one line: a line break typed into a spreadsheet cell (Alt+Enter) or a tab from a
    // pasted budget book becomes a space, as the cell reads.
    const QString value = text(QStringLiteral("name")).simplified();
    if (!require(QStringLiteral("name"), QStringLiteral("every row needs a name")))
        return value;
    if (value.size() > kMaxNameLength)
        error(QStringLiteral("name"), QStringLiteral("is %1 characters long; a name can have at "
                                                     "most %2")
                                          .arg(value.size())
                                          .arg(kMaxNameLength));
    return value;
}

QString CsvRow::givenId(QHash<QString, int> &seen)
{
    const QString id = text(QStringLiteral("id"));
    if (id.isEmpty())
        return {};
    if (!PlanValidator::isValidId(id)) {
        error(QStringLiteral("id"),
              QStringLiteral("\"%1\" is not a valid id: use 1 to 64 lowercase letters, digits and "
                             "'-', starting with a letter or digit, or leave the cell empty to "
                             "have an id made from the name")
                  .arg(id));
        return {};
    }
    if (seen.contains(id)) {
        error(QStringLiteral("id"),
              QStringLiteral("\"%1\" is already the id of row %2; ids must be unique")
                  .arg(id)
                  .arg(seen.value(id)));
        return {};
    }
    seen.insert(id, m_record.row);
    return id;
}

bool CsvRow::isTotal(TotalsRowDetector &totals, const QString &amountColumn,
                     const MoneyParser &parser)
{
    const QString &currency = parser.currency();
    const QString name = text(QStringLiteral("name"));
    const MoneyParser::Result amount =
        parser.parse(text(amountColumn), MoneyParser::Sign::AllowNegative);
    const auto verdict =
        totals.classify(name, amount.ok() ? std::optional(amount.minor) : std::nullopt);
    const QString expected = Money::fromMinor(totals.expected()).formatted(currency);
    switch (verdict) {
    case TotalsRowDetector::Verdict::Ordinary:
        return false;
    case TotalsRowDetector::Verdict::Total:
        warning(QStringLiteral("name"),
                QStringLiteral("\"%1\" (%2) is the sum of the rows above it, so it was skipped as "
                               "a totals row")
                    .arg(name, Money::fromMinor(amount.minor).formatted(currency)));
        return true;
    case TotalsRowDetector::Verdict::TotalThatDoesNotAddUp:
        break;
    }
    const QString found = amount.ok() ? Money::fromMinor(amount.minor).formatted(currency)
                                      : QStringLiteral("\"%1\"").arg(text(amountColumn));
    error(QStringLiteral("name"),
          QStringLiteral("\"%1\" looks like a totals row, but its %2 %3 is not the sum of the "
                         "rows above it (%4); delete the row if it is a total, or give it a "
                         "fuller name if it is not")
              .arg(name, amountColumn, found, expected));
    return true;
}

} // namespace lps
