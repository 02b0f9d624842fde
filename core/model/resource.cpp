#include "resource.h"

#include <limits>

namespace lps {

Money Resource::moneyValueOf(qint64 units) const
{
    if (kind != ResourceKind::Time)
        return Money::fromMinor(units);
    const qint64 perHour = hourValue ? hourValue->minor() : 0;
    // Saturate rather than overflow on absurd input; validation refuses such plans anyway.
    if (perHour > 0 && units > std::numeric_limits<qint64>::max() / perHour)
        return Money::fromMinor(Money::kMaxMinor * 100);
    return Money::fromMinor(units * perHour);
}

} // namespace lps
