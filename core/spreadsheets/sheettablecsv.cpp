#include "sheettablecsv.h"

#include "csv/csvtext.h"

namespace lps {

QByteArray SheetTableCsv::write(const SheetTable &table)
{
    QStringList header;
    for (const QString &label : table.header)
        header << CsvText::field(label);
    QStringList lines{header.join(u',')};
    for (const SheetTable::Row &row : table.rows) {
        QStringList fields;
        for (const SheetTable::Cell &cell : row.cells)
            fields << (cell.isMoney() ? CsvText::pounds(cell.money) : CsvText::field(cell.text));
        lines << fields.join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace lps
