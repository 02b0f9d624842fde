#pragma once

#include "allocation/allocation.h"
#include "scenarios/effectiveyear.h"
#include "solver/allocationsolver.h"

#include <optional>

namespace lps {

/// Polishes a rounded allocation by a small integer program: every amount of a service the
/// rounding touched may move by one minor unit, every rule holds in whole units, and the tiers
/// are served in order, then by priority. Heuristic rounding loses a unit here and there around
/// match ratios and volunteer hours; this finds the best whole-unit neighbour.
class UnitRounding
{
public:
    /// The best neighbour of `start` (a valid whole-unit allocation near `solution`), or nothing
    /// when the program has no answer within its limits.
    static std::optional<Allocation>
    round(const EffectiveYear &year, const FractionalAllocation &solution, const Allocation &start);
};

} // namespace lps
