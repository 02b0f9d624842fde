#include "evaluationworkbook.h"

#include "evaluationtables.h"
#include "xlsxbook.h"

#include "model/plan.h"

namespace lps {

namespace {

using Sheet = EvaluationTables::Sheet;

// How wide each column is drawn: format, so the workbook's alone.
QList<double> widths(Sheet sheet)
{
    switch (sheet) {
    case Sheet::About:
        return {16, 70};
    case Sheet::Tiers:
        return {10, 8, 18, 18, 18};
    case Sheet::Services:
        return {10, 24, 40, 8, 16, 16, 16, 14, 60, 60};
    case Sheet::Resources:
        return {10, 28, 44, 10, 18, 18, 18};
    case Sheet::Funding:
        return {10, 24, 40, 8, 28, 44, 10, 18};
    case Sheet::Sectors:
        return {10, 12, 18, 18, 18};
    case Sheet::Years:
        return {10, 18, 18, 18};
    case Sheet::AgainstBase:
        return {10, 8, 24, 40, 18, 18, 18, 14, 14};
    }
    return {};
}

// Money as numbers in the currency's format; a total as a SUM over the rows it adds up, with
// the exact total the table worked out as its cached value; text always as text.
void writeSheet(XlsxBook &book, const SheetTable &table, const QList<double> &columnWidths)
{
    XlsxSheet sheet = book.addSheet(table.name);
    sheet.header(table.header);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const SheetTable::Row &row = table.rows[i];
        const int at = int(i) + 1; // below the header
        for (qsizetype column = 0; column < row.cells.size(); ++column) {
            const SheetTable::Cell &cell = row.cells[column];
            if (row.total && cell.isMoney())
                sheet.moneyTotal(at, int(column), int(table.firstSummed(i)) + 1, at - 1,
                                 cell.money);
            else if (row.total && !cell.text.isEmpty())
                sheet.totalLabel(at, int(column), cell.text);
            else if (cell.isMoney())
                sheet.money(at, int(column), cell.money);
            else
                sheet.text(at, int(column), cell.text);
        }
    }
    // The filter covers the data, not the totals below it, which would sort in among the rows.
    qsizetype filtered = table.rows.size();
    while (filtered > 0 && table.rows[filtered - 1].total)
        --filtered;
    sheet.finish(int(filtered), columnWidths);
}

} // namespace

QString EvaluationWorkbook::write(const QString &path, const Plan &plan,
                                  const Evaluation &evaluation, const Evaluation *base)
{
    XlsxBook book(evaluation.currency);
    if (!book.problem().isEmpty())
        return book.problem();
    book.setTitle(QStringLiteral("%1: %2").arg(plan.name, evaluation.scenarioName));
    for (const Sheet sheet : EvaluationTables::sheets(base != nullptr))
        writeSheet(book, EvaluationTables::table(sheet, plan, evaluation, base), widths(sheet));
    return book.save(path);
}

} // namespace lps
