#pragma once

#include <QStringList>

namespace lps {

/// One record of a CSV file: its cells and where it starts, for messages a user can act on.
struct CsvRecord
{
    /// The row a spreadsheet shows for this record; the header is row 1 and blank lines count,
    /// but line breaks inside quoted cells do not (Excel shows such a cell in one row).
    int row = 0;
    /// The physical line the record starts on, as a text editor counts lines.
    int line = 0;
    QStringList fields;

    /// The cell in a column, empty where the record is shorter than the header.
    QString field(qsizetype column) const
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    }

    bool operator==(const CsvRecord &) const = default;
};

} // namespace lps
