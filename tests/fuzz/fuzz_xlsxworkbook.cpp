// Workbooks from anyone: any bytes read as an .xlsx file (most are refused before the zip is
// opened, so the fuzzer is best started from a corpus of real workbooks), and each sheet turned
// into the table the import checks; reading must never crash, hang or fill memory.
#include "spreadsheetreading/xlsxsheettable.h"
#include "spreadsheetreading/xlsxworkbookreader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lps::XlsxWorkbook workbook =
        lps::XlsxWorkbookReader::read(bytes, QStringLiteral("fuzz.xlsx"));
    for (const lps::XlsxWorkbook::Sheet &sheet : workbook.sheets)
        lps::XlsxSheetTable::toTable(sheet, workbook.fileName);
    return 0;
}
