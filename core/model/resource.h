#pragma once

#include "amounts/money.h"
#include "amounts/yearlyamounts.h"
#include "eligibility.h"
#include "enums.h"

#include <QString>

#include <optional>

namespace lps {

/// A pool of funding or effort the place can draw on: a grant, a tax, a fund, volunteer hours.
struct Resource
{
    QString id;
    QString name;
    Sector sector = Sector::Public;
    ResourceKind kind = ResourceKind::Money;
    /// Minor units per year for money and in-kind; hours per year for time.
    YearlyAmounts amount;
    double trend = 0.0;
    /// Time only: the replacement cost of one hour.
    std::optional<Money> hourValue;
    Certainty certainty = Certainty::Confirmed;
    Eligibility eligible;
    std::optional<double> matchRatio;
    Sector matchSector = Sector::Public;
    std::optional<Money> maxPerService;
    double contingentShare = 0.0;
    QString notes;

    /// The amount in its own unit (minor units or hours) in year index y, before any scenario.
    qint64 amountInYear(int yearIndex) const { return amount.valueAt(yearIndex, trend); }
    /// The money value of a quantity in this resource's unit (hours x hourValue for time).
    Money moneyValueOf(qint64 units) const;

    bool operator==(const Resource &) const = default;
};

} // namespace lps
