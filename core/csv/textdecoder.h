#pragma once

#include <QByteArray>
#include <QString>

namespace lps {

/// Turns the bytes of a spreadsheet export into text: UTF-8 with or without a byte order mark,
/// UTF-16 with one (Excel's "Unicode Text"), and Windows-1252 (Excel's plain "CSV") otherwise.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        /// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252".
        QString encoding;
        /// Empty when the bytes could be decoded; otherwise why not, for the user.
        QString error;
    };

    static Result decode(const QByteArray &bytes);
    /// Every byte has a meaning: 0x80-0x9F are the Windows additions (€, ’, “ ...), the five
    /// bytes Windows leaves undefined map to the C1 controls of the same value, as browsers do.
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace lps
