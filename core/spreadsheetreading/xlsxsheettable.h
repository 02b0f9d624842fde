#pragma once

#include "csv/csvtable.h"
#include "xlsxworkbook.h"

#include <QString>
#include <QStringList>

namespace lps {

/// Turns one sheet of a workbook into the CsvTable that the CSV import reads, so that a workbook
/// meets the same rules and the same located refusals as a CSV file; and chooses the sheet that
/// holds the services or the resources.
class XlsxSheetTable
{
public:
    /// Which sheet to read; `index` is -1 and `problem` says why when none can be chosen.
    struct Choice
    {
        qsizetype index = -1;
        QString problem;
    };
    /// The sheet named like `wanted` ("Services"), ignoring case, spaces, `_` and `-`; else the
    /// only sheet of a workbook with one; else a refusal that names the sheets found.
    static Choice choose(const QStringList &sheetNames, const QString &wanted);

    /// The sheet's rows as a CsvTable: the first non-blank row is the header, rows keep the
    /// numbers Excel shows and column n is the sheet's column n. Excel's error values, formulas
    /// without a saved value and control characters are refused where they are.
    static CsvTable toTable(const XlsxWorkbook::Sheet &sheet, const QString &fileName);

    /// "services.xlsx, sheet \"Services\"": a sheet as messages name it.
    static QString location(const QString &fileName, const QString &sheetName);
    /// What CsvTable::encoding says of a table read from a workbook.
    static QString encoding() { return QStringLiteral("Excel workbook"); }
};

} // namespace lps
