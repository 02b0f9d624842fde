#pragma once

#include "amounts/money.h"
#include "amounts/yearlyamounts.h"
#include "enums.h"

#include <QString>
#include <QStringList>

namespace lps {

/// A support line the place wants to offer, in one of the three tiers.
struct Service
{
    QString id;
    QString name;
    Tier tier = Tier::Must;
    /// Full annual cost in minor units; a single cost grows by the plan's costInflation.
    YearlyAmounts cost;
    double minimumShare = 0.0;
    int priority = 50;
    QStringList tags;
    Provider provider = Provider::InHouse;
    qint64 timeCapacityHours = 0;
    bool preventative = false;
    QString consequence;
    QString notes;

    Money costInYear(int yearIndex, double costInflation) const
    {
        return Money::fromMinor(cost.valueAt(yearIndex, costInflation));
    }

    bool operator==(const Service &) const = default;
};

} // namespace lps
