#include "csvtable.h"

#include "validation/controlcharacters.h"

namespace lps {

QString CsvTable::columnLabel(qsizetype column) const
{
    QString name = column < header.size() ? header.at(column).trimmed() : QString();
    if (name.isEmpty())
        return QString::number(column + 1);
    // A control character in a header must not reach a terminal through a message.
    return QLatin1Char('"') + ControlCharacters::visible(name) + QLatin1Char('"');
}

QString CsvTable::location(int row, int line) const
{
    QString text = QStringLiteral("%1, row %2").arg(fileName).arg(row);
    // A text editor user looks for the line; only say so when it is not the row.
    if (line != row && line > 0)
        text += QStringLiteral(" (line %1)").arg(line);
    return text;
}

QString CsvTable::location(const CsvRecord &record, qsizetype column) const
{
    return location(record.row, record.line, column);
}

QString CsvTable::location(int row, int line, qsizetype column) const
{
    return location(row, line) + QStringLiteral(", column ") + columnLabel(column);
}

} // namespace lps
