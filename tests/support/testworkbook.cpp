#include "testworkbook.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace lps::test {

TestCell::TestCell(const char *value)
    : TestCell(QString::fromUtf8(value))
{
}

TestCell::TestCell(const QString &value)
    : kind(Kind::Text)
    , text(value)
{
}

TestCell::TestCell(double value)
    : kind(Kind::Number)
    , number(value)
{
}

TestCell::TestCell(int value)
    : TestCell(double(value))
{
}

TestCell::TestCell(bool value)
    : kind(Kind::Boolean)
    , boolean(value)
{
}

TestCell TestCell::formatted(double value, const QString &format)
{
    TestCell cell(value);
    cell.format = format;
    return cell;
}

TestCell TestCell::formula(const QString &formula, double value)
{
    TestCell cell(value);
    cell.kind = Kind::Formula;
    cell.text = formula;
    return cell;
}

TestCell TestCell::rich(const QStringList &runs)
{
    TestCell cell;
    cell.kind = Kind::RichText;
    cell.runs = runs;
    return cell;
}

TestWorkbook &TestWorkbook::addSheet(const QString &name, const TestRows &rows, int firstRow,
                                     int firstColumn)
{
    m_sheets << Sheet{name, rows, firstRow, firstColumn};
    return *this;
}

namespace {

// Rich text: runs alternate plain and bold, as a person emphasising a word would write them.
void writeRich(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QStringList &runs,
               lxw_format *bold)
{
    QList<QByteArray> texts;
    for (const QString &run : runs)
        texts << run.toUtf8();
    QList<lxw_rich_string_tuple> tuples(texts.size());
    QList<lxw_rich_string_tuple *> pointers;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        tuples[i] = {i % 2 ? bold : nullptr, texts[i].data()};
        pointers << &tuples[i];
    }
    pointers << nullptr;
    worksheet_write_rich_string(sheet, row, column, pointers.data(), nullptr);
}

} // namespace

bool TestWorkbook::save(const QString &path) const
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = m_inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return false;
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    QHash<QString, lxw_format *> formats;
    const auto formatOf = [&](const QString &numberFormat) -> lxw_format * {
        if (numberFormat.isEmpty())
            return nullptr;
        if (!formats.contains(numberFormat)) {
            lxw_format *format = workbook_add_format(book);
            format_set_num_format(format, numberFormat.toUtf8().constData());
            formats.insert(numberFormat, format);
        }
        return formats.value(numberFormat);
    };
    for (const Sheet &sheet : m_sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(book, sheet.name.toUtf8().constData());
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
                const TestCell &cell = sheet.rows[r][c];
                const auto row = lxw_row_t(sheet.firstRow - 1 + r);
                const auto column = lxw_col_t(sheet.firstColumn - 1 + c);
                switch (cell.kind) {
                case TestCell::Kind::Empty:
                    break;
                case TestCell::Kind::Text:
                    worksheet_write_string(ws, row, column, cell.text.toUtf8().constData(),
                                           nullptr);
                    break;
                case TestCell::Kind::Number:
                    worksheet_write_number(ws, row, column, cell.number, formatOf(cell.format));
                    break;
                case TestCell::Kind::Boolean:
                    worksheet_write_boolean(ws, row, column, cell.boolean ? 1 : 0, nullptr);
                    break;
                case TestCell::Kind::Formula:
                    worksheet_write_formula_num(ws, row, column, cell.text.toUtf8().constData(),
                                                formatOf(cell.format), cell.number);
                    break;
                case TestCell::Kind::RichText:
                    writeRich(ws, row, column, cell.runs, bold);
                    break;
                }
            }
        }
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

QByteArray TestWorkbook::bytes() const
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.xlsx"));
    if (!dir.isValid() || !save(path))
        qFatal("TestWorkbook: the workbook could not be written");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TestWorkbook: the workbook could not be read back");
    return file.readAll();
}

} // namespace lps::test
