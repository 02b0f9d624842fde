#pragma once

#include "enums.h"

#include <QString>

namespace lps {

/// One change a scenario makes to the plan as written; `type` says which fields matter.
struct Adjustment
{
    AdjustmentType type = AdjustmentType::ResourceScale;
    /// The resource or service it changes; for a move, the service money is taken from.
    QString target;
    /// Move only: the service the money goes to.
    QString toService;
    /// resource-scale, service-scale.
    double factor = 1.0;
    /// resource-set: the year index it sets.
    int year = 0;
    /// resource-set: the amount in the resource's unit; move: minor units.
    qint64 amount = 0;
    /// service-tier.
    Tier tier = Tier::Must;
    /// service-priority.
    int priority = 50;
    /// The year index from which it applies.
    int fromYear = 0;

    bool appliesTo(int yearIndex) const { return yearIndex >= fromYear; }
    bool targetsResource() const;
    /// The same adjustment with every field its type does not use at its default.
    Adjustment normalized() const;

    /// Compares what the type uses only: a leftover factor on a `resource-off` is no difference,
    /// just as the JSON form and the file do not record it.
    bool operator==(const Adjustment &other) const;
};

} // namespace lps
