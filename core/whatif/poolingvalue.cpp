#include "poolingvalue.h"

#include "engine/waterfall.h"

namespace lps {

std::array<Money, 3> PoolingValue::of(const EffectiveYear &year, const YearResult &optimum)
{
    const Allocation waterfall = Waterfall::allocate(year);
    std::array<Money, 3> value{};
    for (const Tier tier : kAllTiers)
        value[size_t(tier)] = optimum.tiers[size_t(tier)].funded;
    for (qsizetype s = 0; s < year.services.size(); ++s)
        value[size_t(year.services.at(s).tier)] -= waterfall.fundingOf(s);
    return value;
}

} // namespace lps
