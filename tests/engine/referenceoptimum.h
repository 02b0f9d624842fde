#pragma once

#include "allocation/allocation.h"
#include "scenarios/effectiveyear.h"

#include <optional>

namespace lps::test {

/// An independent optimum for checking the engine on small plans: every open/closed choice of
/// the services with minimum shares is enumerated, and each is a plain LP written from the
/// rule itself (not from the engine's model), solved by GLPK with its own presolver.
class ReferenceOptimum
{
public:
    /// The best priority-weighted funding of `tier`, in minor units, with each earlier tier held
    /// at least at the weighted funding that `held` gives it. nullopt if no choice is feasible.
    static std::optional<double> tierOptimum(const EffectiveYear &year, Tier tier,
                                             const Allocation &held);
};

} // namespace lps::test
