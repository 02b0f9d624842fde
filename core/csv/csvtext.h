#pragma once

#include "amounts/money.h"

#include <QString>

namespace lps {

/// Field helpers shared by the CSV reports, so that every sheet quotes and spells amounts alike.
class CsvText
{
public:
    /// Quoted only when it must be (commas, quotes, line breaks), as RFC 4180 says.
    static QString field(const QString &text);
    /// "1234.56": pounds with two decimals and no separators, so that a spreadsheet reads a number.
    static QString pounds(Money amount);
};

} // namespace lps
