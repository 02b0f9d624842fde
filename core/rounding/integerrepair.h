#pragma once

#include "allocation/allocation.h"
#include "scenarios/effectiveyear.h"
#include "solver/allocationsolver.h"

namespace lps {

/// Turns the solver's floating-point answer into whole minor units that keep every constraint:
/// round down, trim what still breaks a limit, then top services back up to what the optimum
/// gave them from money left over, and drop a service that cannot reach its minimum share.
class IntegerRepair
{
public:
    static Allocation repair(const EffectiveYear &year, const FractionalAllocation &solution);
};

} // namespace lps
