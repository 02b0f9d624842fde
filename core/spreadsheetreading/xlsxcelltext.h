#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lps {

/// How Excel shows what a workbook's XML holds: numbers as the General format writes them, the
/// _xHHHH_ escapes of its strings, and places named like "AB12".
class XlsxCellText
{
public:
    /// Excel's own limits: no workbook it writes has a cell beyond XFD1048576.
    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;

    struct Reference
    {
        int row = 0;
        int column = 0;

        bool operator==(const Reference &) const = default;
    };

    /// A number as General format shows it, rounded to Excel's 15 significant digits: a double
    /// that a formula left as 0.30000000000000004 reads 0.3, and 110.00000000000001 reads 110.
    /// Written out in full from 1E-07 up to (not including) 1E+21; beyond that as Excel writes
    /// it, "1.5E+21". Empty for infinity and NaN, which no cell holds.
    static QString general(double value);
    /// The text of a number cell's value ("1.1000000000000001") as general() shows it; nothing
    /// when it is not a number.
    static std::optional<QString> number(QStringView value);
    /// OOXML string text with its escapes decoded: "_x000D_" is a carriage return and
    /// "_x005F_" an underscore, so "_x005F_x000D_" is the literal text "_x000D_".
    static QString unescaped(const QString &text);
    /// "AB12" as row 12, column 28; nothing when it is not a cell within Excel's limits.
    static std::optional<Reference> reference(QStringView text);
    /// 28 as "AB".
    static QString columnName(int column);
};

} // namespace lps
