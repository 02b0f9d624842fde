#pragma once

#include "amounts/money.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lps {

/// One table of a spreadsheet export as content without format (a name, a header, rows of text
/// and money cells, and which rows are totals), so that the workbook and the CSV files write the
/// same rows and figures from one source (docs/spreadsheets.md).
struct SheetTable
{
    /// Text, or an amount in exact minor units that each writer spells in its own way.
    struct Cell
    {
        enum class Type
        {
            Text,
            Amount
        };

        Cell() = default;
        // Implicit on purpose: a row reads as a list of its values, {name, cost, funded}.
        Cell(const QString &text)
            : text(text)
        {
        }
        Cell(Money amount)
            : type(Type::Amount)
            , money(amount)
        {
        }

        bool isMoney() const { return type == Type::Amount; }

        Type type = Type::Text;
        QString text;
        Money money;
    };

    struct Row
    {
        QList<Cell> cells;
        /// Totals the money above it (since the previous total), as addTotals() made it.
        bool total = false;
    };

    QString name;
    QStringList header;
    QList<Row> rows;

    /// Adds a row of data; missing cells at its end are empty text, so every row is as wide as
    /// the header.
    void addRow(QList<Cell> cells);
    /// Adds a row labelled "Total" whose `columns` hold the exact sums of the money above it
    /// (from the previous total, or the header): the totals are worked out here, in minor units,
    /// once for every writer.
    void addTotals(const QList<int> &columns);
    /// The first row (an index into rows) that the total at `totalRow` adds up; it adds up to the
    /// row before it.
    qsizetype firstSummed(qsizetype totalRow) const;
};

} // namespace lps
