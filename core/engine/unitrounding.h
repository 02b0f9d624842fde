#pragma once

#include "allocation.h"
#include "allocationsolver.h"
#include "scenarios/effectiveyear.h"

#include <optional>

namespace lps {

/// Rounds the solver's answer to whole minor units by a small integer program: every amount a
/// rounding could matter for moves by at most one unit from its floor, every rule holds in whole
/// units, and tiers are served in order, then priority. Heuristic rounding loses a unit here and
/// there around match ratios and volunteer hours; this finds the best whole-unit neighbour.
class UnitRounding
{
public:
    /// Nothing when the program has no answer within its limits (IntegerRepair then rounds).
    static std::optional<Allocation> round(const EffectiveYear &year, const FractionalAllocation &solution);
};

} // namespace lps
