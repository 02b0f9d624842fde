#pragma once

#include "amounts/money.h"

#include <QString>

namespace lps {

/// Field helpers shared by the CSV reports, so that every sheet quotes and spells amounts alike.
class CsvText
{
public:
    /// Quoted only when it must be (commas, quotes, line breaks), as RFC 4180 says. Text that
    /// a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
    /// return: a service named "=cmd|' /C calc'!A0") gets a leading apostrophe, the usual
    /// defence (OWASP, "CSV injection"), so it stays text.
    static QString field(const QString &text);
    /// Whether a spreadsheet would read `text` as a formula.
    static bool looksLikeFormula(const QString &text);
    /// "1234.56": pounds with two decimals and no separators, so that a spreadsheet reads a number.
    static QString pounds(Money amount);
};

} // namespace lps
