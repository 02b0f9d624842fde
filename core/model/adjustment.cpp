#include "adjustment.h"

namespace lps {

bool Adjustment::targetsResource() const
{
    return type == AdjustmentType::ResourceScale || type == AdjustmentType::ResourceSet ||
           type == AdjustmentType::ResourceOff;
}

Adjustment Adjustment::normalized() const
{
    Adjustment clean;
    clean.type = type;
    clean.target = target;
    clean.fromYear = fromYear;
    switch (type) {
    case AdjustmentType::ResourceScale:
    case AdjustmentType::ServiceScale:
        clean.factor = factor;
        break;
    case AdjustmentType::ResourceSet:
        clean.year = year;
        clean.amount = amount;
        break;
    case AdjustmentType::ServiceTier:
        clean.tier = tier;
        break;
    case AdjustmentType::ServicePriority:
        clean.priority = priority;
        break;
    case AdjustmentType::Move:
        clean.toService = toService;
        clean.amount = amount;
        break;
    case AdjustmentType::ResourceOff:
    case AdjustmentType::ServiceOff:
        break;
    }
    return clean;
}

bool Adjustment::operator==(const Adjustment &other) const
{
    const Adjustment a = normalized();
    const Adjustment b = other.normalized();
    return a.type == b.type && a.target == b.target && a.toService == b.toService &&
           a.factor == b.factor && a.year == b.year && a.amount == b.amount && a.tier == b.tier &&
           a.priority == b.priority && a.fromYear == b.fromYear;
}

} // namespace lps
