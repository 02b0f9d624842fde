#pragma once

#include "allocation/allocation.h"
#include "amounts/money.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QString>

namespace lps {

/// The pack's way of saying amounts, statuses and tiers, kept in one place so that every section
/// says them alike.
class PackWords
{
    Q_DECLARE_TR_FUNCTIONS(PackWords)

public:
    /// "£1,234,567.89": always to the minor unit, so the pack equals the command line's figures.
    static QString money(Money amount, const QString &currency);
    /// "+£1,000.00", "-£250.00", "£0.00".
    static QString change(Money amount, const QString &currency);
    /// "fully funded", "part-funded", "unfunded", "decommissioned".
    static QString status(FundingStatus status);
    /// "Must provide", "Need locally", "Could provide".
    static QString tier(Tier tier);
    /// "Public", "Private", "Charitable", "Personal".
    static QString sector(Sector sector);
    /// "1 service", "3 services".
    static QString count(int number, const QString &one, const QString &many);
};

} // namespace lps
