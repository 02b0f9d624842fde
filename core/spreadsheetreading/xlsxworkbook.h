#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lps {

/// The sheets of an Excel workbook in workbook order, each with its cells as Excel shows them:
/// what XlsxWorkbookReader reads from an .xlsx file.
struct XlsxWorkbook
{
    struct Cell
    {
        enum class Kind
        {
            Text,
            Number,
            /// TRUE or FALSE.
            Boolean,
            /// One of Excel's error values: #N/A, #DIV/0!, #REF!...
            Error,
            /// A formula whose result the file does not hold: some programs write formulas and
            /// leave calculating them to Excel.
            NoValue
        };

        /// As Excel numbers them: row 1 is the first, column 1 is A.
        int row = 0;
        int column = 0;
        /// The value as Excel shows it in General format (XlsxCellText::general for numbers).
        QString text;
        Kind kind = Kind::Text;
        /// The formula without its "=", when the cell has one; empty for a cell that shares the
        /// formula of another.
        std::optional<QString> formula;

        bool operator==(const Cell &) const = default;
    };

    struct Sheet
    {
        QString name;
        /// The cells with a value or a formula, row by row and left to right as the file lists
        /// them; empty cells are left out.
        QList<Cell> cells;
        /// Why the sheet could not be read (its XML is damaged...); empty when it was.
        QString problem;

        /// The cell at a place, or nullptr when it is empty.
        const Cell *cell(int row, int column) const;
        /// The cell named like "B7", or nullptr.
        const Cell *cell(const QString &reference) const;
    };

    /// The name messages give the file ("services.xlsx").
    QString fileName;
    QList<Sheet> sheets;
    /// Why the file could not be read at all, and what to do; empty when it was.
    QString problem;

    bool ok() const { return problem.isEmpty(); }
    QStringList sheetNames() const;
    /// The sheet with exactly this name, or nullptr.
    const Sheet *sheet(const QString &name) const;
};

} // namespace lps
