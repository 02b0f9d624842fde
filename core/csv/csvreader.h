#pragma once

#include "csvtable.h"

#include <QByteArray>
#include <QString>

namespace lps {

/// Reads a spreadsheet's CSV export into a CsvTable: decodes the bytes, detects the delimiter and
/// parses RFC 4180 records, reporting malformed quoting with row and column instead of guessing.
///
/// Rows are counted as a spreadsheet shows them: the header is row 1, blank lines count, and a
/// line break inside a quoted cell does not start a new row. Blank records (no text in any cell)
/// are skipped, so the first non-blank record is the header.
class CsvReader
{
public:
    static CsvTable read(const QByteArray &bytes, const QString &fileName);
    /// Reads a file; messages name it by its file name without the folder.
    static CsvTable readFile(const QString &path);
    /// The table of a file that could not be opened, saying why.
    static CsvTable unreadable(const QString &path, const QString &why);

    /// Comma, semicolon or tab: whichever occurs most often outside quotes in the first non-blank
    /// line; a tie goes to tab, then semicolon, as commas are the likeliest to appear in a header's
    /// text. A single column (no delimiter at all) reads as comma-separated.
    static QChar detectDelimiter(const QString &text);

    /// Refuses each cell that holds a control character, at its row and column, the first ten
    /// of them and then how many more, and makes those characters U+FFFD so that no later
    /// message quoting the cell prints them; for tables read from a workbook too.
    static void refuseControlCharacters(CsvTable &table);
};

} // namespace lps
