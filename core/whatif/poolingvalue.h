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
};

} // namespace lps
