#include "xlsxsheet.h"

#include <xlsxwriter.h>

namespace lps {

namespace {

// "A", "B", ... "Z", "AA": a column as a formula names it.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

void XlsxSheet::header(const QStringList &labels)
{
    m_columns = int(labels.size());
    for (int column = 0; column < labels.size(); ++column)
        worksheet_write_string(m_sheet, 0, lxw_col_t(column), labels[column].toUtf8().constData(),
                               m_formats.header);
    worksheet_freeze_panes(m_sheet, 1, 0);
}

void XlsxSheet::text(int row, int column, const QString &text)
{
    if (!text.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                               text.toUtf8().constData(), nullptr);
}

void XlsxSheet::number(int row, int column, double value)
{
    worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
}

void XlsxSheet::money(int row, int column, Money amount)
{
    // Pounds as a double hold every penny exactly enough: a spreadsheet keeps 15 digits, and
    // the largest amount a plan may hold has 15 (Money::kMaxMinor).
    worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column),
                           double(amount.minor()) / 100.0, m_formats.money);
}

void XlsxSheet::moneyTotal(int row, int column, int first, int last, Money exact)
{
    const QString name = columnName(column);
    const QString formula =
        QStringLiteral("=SUM(%1%2:%1%3)").arg(name).arg(first + 1).arg(last + 1);
    worksheet_write_formula_num(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                formula.toUtf8().constData(), m_formats.moneyTotal,
                                double(exact.minor()) / 100.0);
}

void XlsxSheet::totalLabel(int row, int column, const QString &text)
{
    worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(),
                           m_formats.total);
}

void XlsxSheet::finish(int rows, const QList<double> &widths)
{
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(rows), lxw_col_t(m_columns - 1));
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), widths[column],
                             nullptr);
}

} // namespace lps
