#pragma once

#include "csv/csvcellparser.h"
#include "csv/moneyparser.h"
#include "csvcolumns.h"
#include "totalsrowdetector.h"

#include <QHash>

#include <optional>

namespace lps {

/// One record being turned into a service or resource: its cells by column name, and the
/// problems found in them, each reported at its row and column.
class CsvRow
{
public:
    CsvRow(const CsvColumns &columns, const CsvRecord &record, Problems &problems)
        : m_columns(columns)
        , m_record(record)
        , m_problems(problems)
    {
    }

    const CsvRecord &record() const { return m_record; }
    QString text(const QString &column) const { return m_columns.cell(m_record, column); }
    bool isEmpty(const QString &column) const { return text(column).isEmpty(); }
    void error(const QString &column, const QString &message);
    void warning(const QString &column, const QString &message);

    /// The cell read by `parser`, or nothing: for an empty cell silently, otherwise after
    /// reporting why it cannot be read.
    template <typename Parser>
    auto parse(const QString &column, Parser parser) -> decltype(parser(QString()).value)
    {
        const QString cell = text(column);
        if (cell.isEmpty())
            return std::nullopt;
        const auto parsed = parser(cell);
        if (!parsed.ok())
            error(column, parsed.error);
        return parsed.value;
    }

    /// False, after saying what belongs there, when the file has the column but this cell is
    /// empty; a column missing altogether was reported once for the whole file.
    bool require(const QString &column, const QString &what);

    /// An amount of money; a negative one is refused with `negativeHint` after "is negative: ".
    std::optional<qint64> money(const QString &column, const MoneyParser &parser,
                                const QString &negativeHint);

    /// The name, checked: required and at most 200 characters.
    QString name();

    /// The id written in the row when it is valid and not used by an earlier row (`seen` maps
    /// ids to the rows that gave them); empty otherwise, after reporting why.
    QString givenId(QHash<QString, int> &seen);

    /// True when the row is a budget book's total and must be skipped (a warning says so);
    /// a total that does not add up is reported as an error and skipped as well.
    bool isTotal(TotalsRowDetector &totals, const QString &amountColumn, const MoneyParser &parser);

private:
    const CsvColumns &m_columns;
    const CsvRecord &m_record;
    Problems &m_problems;
};

} // namespace lps
