#pragma once

#include "amounts/money.h"

#include <QString>

namespace lps {

/// Money as a room hears it, rounded so it can be read from the back row: "£1.6 million",
/// "£340,000", "£9,500". Only for projections; every table and report keeps the exact amount.
class SpokenMoney
{
public:
    static QString of(Money amount, const QString &currency);
    /// The same in as few characters as a headline figure needs: "£1.56m", "£340k", "£9,500".
    static QString brief(Money amount, const QString &currency);
};

} // namespace lps
