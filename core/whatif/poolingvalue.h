#pragma once

#include "engine/yearresult.h"
#include "scenarios/effectiveyear.h"

#include <array>

namespace lps {

/// The value of pooling (spec/allocation.md): per tier, what the optimum funds minus what the
/// spreadsheet waterfall would fund from the same resources.
class PoolingValue
{
public:
    static std::array<Money, 3> of(const EffectiveYear &year, const YearResult &optimum);
    /// The value in a sentence for the app and reports. A tier that gets less than the waterfall
    /// would give it is said to get less, with why: pooling moves money to the tiers above.
    static QString words(const std::array<Money, 3> &value, const QString &currency);
};

} // namespace lps
