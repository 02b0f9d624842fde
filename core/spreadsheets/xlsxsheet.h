#pragma once

#include "amounts/money.h"

#include <QString>
#include <QStringList>

struct lxw_worksheet;
struct lxw_format;

namespace lps {

/// One sheet of an XlsxBook, written row by row: text always as text (never a formula, so a name
/// like "=cmd|' /C calc'!A0" cannot run), money as numbers in the plan's currency format, and
/// totals as SUM formulas whose cached value is the exact total.
class XlsxSheet
{
public:
    struct Formats
    {
        lxw_format *header = nullptr;
        lxw_format *money = nullptr;
        lxw_format *moneyTotal = nullptr;
        lxw_format *total = nullptr;
    };

    XlsxSheet(lxw_worksheet *sheet, const Formats &formats)
        : m_sheet(sheet)
        , m_formats(formats)
    {
    }

    /// The header row (row 0), frozen, with a filter over `rows` rows of data below it.
    void header(const QStringList &labels);
    void text(int row, int column, const QString &text);
    void number(int row, int column, double value);
    void money(int row, int column, Money amount);
    /// =SUM() of a column's rows `first` to `last` (0-based), showing `exact` until recalculated.
    void moneyTotal(int row, int column, int first, int last, Money exact);
    void totalLabel(int row, int column, const QString &text);
    /// Filters on the header over `rows` data rows, and column widths.
    void finish(int rows, const QList<double> &widths);

private:
    lxw_worksheet *m_sheet;
    Formats m_formats;
    int m_columns = 0;
};

} // namespace lps
