#include "sheettable.h"

namespace lps {

void SheetTable::addRow(QList<Cell> cells)
{
    Q_ASSERT(cells.size() <= header.size());
    while (cells.size() < header.size())
        cells.append(Cell());
    rows.append(Row{cells, false});
}

void SheetTable::addTotals(const QList<int> &columns)
{
    Row total{QList<Cell>(header.size()), true};
    total.cells[0] = Cell(QStringLiteral("Total"));
    for (const int column : columns) {
        Money sum;
        for (qsizetype row = firstSummed(rows.size()); row < rows.size(); ++row)
            sum += rows[row].cells[column].money;
        total.cells[column] = Cell(sum);
    }
    rows.append(total);
}

qsizetype SheetTable::firstSummed(qsizetype totalRow) const
{
    qsizetype first = totalRow;
    while (first > 0 && !rows[first - 1].total)
        --first;
    return first;
}

} // namespace lps
