#pragma once

#include "csv/csvtable.h"

#include <QByteArray>
#include <QString>

namespace lps {

/// Reads the services or the resources of a plan from a CSV file or an Excel workbook into a
/// CsvTable, telling them apart by their first bytes rather than their names (mail clients
/// rename attachments): the one way in for the command line and the app.
class SpreadsheetReader
{
public:
    /// `sheet` is the sheet a workbook should hold them in ("Services"); see
    /// XlsxSheetTable::choose. Messages name the file `fileName`.
    static CsvTable read(const QByteArray &bytes, const QString &fileName, const QString &sheet);
    /// Reads a file; messages name it by its file name without the folder.
    static CsvTable readFile(const QString &path, const QString &sheet);
    /// Whether bytes that begin like `firstBytes` are read as a workbook (a zip archive, or an
    /// OLE file such as an .xls that is refused with what to do) rather than as CSV.
    static bool isWorkbook(const QByteArray &firstBytes);
};

} // namespace lps
