#include "xlsxworkbook.h"

#include "xlsxcelltext.h"

namespace lps {

const XlsxWorkbook::Cell *XlsxWorkbook::Sheet::cell(int row, int column) const
{
    for (const Cell &c : cells) {
        if (c.row == row && c.column == column)
            return &c;
    }
    return nullptr;
}

const XlsxWorkbook::Cell *XlsxWorkbook::Sheet::cell(const QString &reference) const
{
    const std::optional<XlsxCellText::Reference> place = XlsxCellText::reference(reference);
    return place ? cell(place->row, place->column) : nullptr;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : sheets)
        names << s.name;
    return names;
}

const XlsxWorkbook::Sheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const Sheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace lps
