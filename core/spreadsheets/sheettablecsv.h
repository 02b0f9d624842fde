#pragma once

#include "sheettable.h"

#include <QByteArray>

namespace lps {

/// Writes one SheetTable as CSV for a spreadsheet, as the other CSV files of lps are written:
/// UTF-8, CRLF, every text cell through CsvText::field (so no name can run as a formula), money
/// in major units with two decimals (CsvText::pounds), and totals as numbers, not formulas.
class SheetTableCsv
{
public:
    /// The CSV without a byte order mark: whoever writes it for Excel adds one.
    static QByteArray write(const SheetTable &table);
};

} // namespace lps
