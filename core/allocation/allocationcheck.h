#pragma once

#include "allocation.h"
#include "scenarios/effectiveyear.h"
#include "validation/problem.h"

#include <array>

namespace lps {

/// Checks an allocation against every constraint of the allocation rule in exact integer
/// arithmetic, so that nothing a floating-point solver returns reaches a user unchecked.
/// Volunteer time is counted in whole hours: what a time resource gives a service uses
/// ceil(amount / hourValue) hours of its capacity, which keeps sum(amount / hourValue) <= capacity
/// exact without fractions.
class AllocationCheck
{
public:
    /// Every broken constraint, named by resource and service id; empty when the allocation holds.
    static Problems check(const EffectiveYear &year, const Allocation &allocation);

    /// The least a service with a minimum share may receive if it is funded at all.
    static Money minimumFunding(const EffectiveService &service);
    /// The most resource r may give service s given what the others give it (match funding).
    /// Priority-weighted funding per tier, in weighted minor units (long double: exact far beyond
    /// what qint64 could sum).
    static std::array<long double, 3> weightedFunding(const EffectiveYear &year,
                                                      const Allocation &allocation);
    static Money matchLimit(const EffectiveYear &year, const Allocation &allocation, qsizetype r,
                            qsizetype s);
};

} // namespace lps
