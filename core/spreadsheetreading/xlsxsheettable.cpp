#include "xlsxsheettable.h"

#include "csv/csvreader.h"
#include "validation/controlcharacters.h"

#include <algorithm>
#include <map>

namespace lps {

namespace {

using Cell = XlsxWorkbook::Cell;

// As CSV headers are matched: "Services", "services", "SERVICES " and "Ser-vices" are one name.
QString normalized(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (!c.isSpace() && c != u'_' && c != u'-')
            key += c.toLower();
    }
    return key;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'"' + ControlCharacters::visible(name) + u'"';
    if (quoted.size() < 2)
        return quoted.join(QString());
    return quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           quoted.last();
}

bool isBlank(const Cell &cell)
{
    return cell.kind != Cell::Kind::NoValue && cell.text.trimmed().isEmpty();
}

// A formula that failed (#N/A) or was never calculated leaves no value to import; either is
// refused at its cell, as the spreadsheet would show it to a person.
void checkCell(CsvTable &table, const CsvRecord &record, const Cell &cell)
{
    const qsizetype column = cell.column - 1;
    if (cell.kind == Cell::Kind::Error)
        table.problems << Problem::error(
            table.location(record, column),
            QStringLiteral("holds Excel's error value %1, left by a formula that could not be "
                           "calculated; correct the formula or type the value, and save the "
                           "workbook again")
                .arg(cell.text));
    else if (cell.kind == Cell::Kind::NoValue)
        table.problems << Problem::error(
            table.location(record, column),
            QStringLiteral("holds the formula =%1, but the workbook was saved without its value "
                           "(some programs leave calculating to Excel); open the workbook in "
                           "Excel or LibreOffice and save it again")
                .arg(ControlCharacters::visible(cell.formula.value_or(QString())).left(100)));
}

} // namespace

XlsxSheetTable::Choice XlsxSheetTable::choose(const QStringList &sheetNames, const QString &wanted)
{
    const QString key = normalized(wanted);
    QList<qsizetype> matches;
    for (qsizetype i = 0; i < sheetNames.size(); ++i) {
        if (normalized(sheetNames.at(i)) == key)
            matches << i;
    }
    if (matches.size() == 1)
        return {matches.first(), {}};
    const QString items = wanted.toLower();
    if (matches.size() > 1) {
        QStringList names;
        for (const qsizetype i : std::as_const(matches))
            names << sheetNames.at(i);
        return {-1, QStringLiteral("has %1 sheets that could hold the %2, %3 (names are matched "
                                   "ignoring case, spaces, \"_\" and \"-\"); rename all but one")
                        .arg(matches.size())
                        .arg(items, quotedList(names))};
    }
    if (sheetNames.size() == 1)
        return {0, {}};
    if (sheetNames.isEmpty())
        return {-1, QStringLiteral("has no sheets, so there is nothing to import")};
    return {-1, QStringLiteral("has %1 sheets, %2, and none is named \"%3\": name the sheet that "
                               "holds the %4 \"%3\" (or save that sheet alone as CSV UTF-8)")
                    .arg(sheetNames.size())
                    .arg(quotedList(sheetNames), wanted, items)};
}

QString XlsxSheetTable::location(const QString &fileName, const QString &sheetName)
{
    return QStringLiteral("%1, sheet \"%2\"").arg(fileName, ControlCharacters::visible(sheetName));
}

CsvTable XlsxSheetTable::toTable(const XlsxWorkbook::Sheet &sheet, const QString &fileName)
{
    CsvTable table;
    table.fileName = location(fileName, sheet.name);
    table.encoding = encoding();
    if (!sheet.problem.isEmpty()) {
        table.problems << Problem::error(table.fileName, sheet.problem);
        return table;
    }
    // The file lists rows in order, but nothing obliges a program that writes one to.
    std::map<int, QList<const Cell *>> rows;
    for (const Cell &cell : sheet.cells)
        rows[cell.row] << &cell;
    bool warnedBeyondHeader = false;
    for (auto &[row, cells] : rows) {
        std::sort(cells.begin(), cells.end(),
                  [](const Cell *a, const Cell *b) { return a->column < b->column; });
        if (std::all_of(cells.begin(), cells.end(), [](const Cell *c) { return isBlank(*c); }))
            continue;
        // The header's width is its last named column; a data cell right of it is not read.
        const qsizetype width =
            table.hasHeader() ? table.header.size()
                              : (*std::find_if(cells.rbegin(), cells.rend(), [](const Cell *c) {
                                    return !isBlank(*c);
                                }))->column;
        CsvRecord record{row, row, QStringList(width)};
        for (const Cell *cell : std::as_const(cells)) {
            if (cell->column <= width) {
                record.fields[cell->column - 1] = cell->text;
                checkCell(table, record, *cell);
            } else if (!isBlank(*cell) && !warnedBeyondHeader) {
                warnedBeyondHeader = true;
                table.problems << Problem::warning(
                    table.location(record, cell->column - 1),
                    QStringLiteral("\"%1\" is right of the last column with a header, so it is "
                                   "ignored, as is everything else there; give its column a "
                                   "header if it belongs to the import")
                        .arg(ControlCharacters::visible(cell->text.trimmed()).left(100)));
            }
        }
        if (!table.hasHeader()) {
            table.header = record.fields;
            table.headerRow = row;
            table.headerLine = row;
        } else {
            table.records << record;
        }
    }
    CsvReader::refuseControlCharacters(table);
    if (!table.hasHeader())
        table.problems << Problem::error(
            table.fileName, QStringLiteral("is empty; it needs a header row naming the columns"));
    return table;
}

} // namespace lps
