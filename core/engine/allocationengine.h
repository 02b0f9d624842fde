#pragma once

#include "model/plan.h"
#include "scenarios/effectiveyear.h"
#include "solver/allocationsolver.h"
#include "yearresult.h"

#include <QString>

#include <optional>

namespace lps {

/// Allocates one scenario's resources to its services for one year by the rule of
/// spec/allocation.md, and returns only what has passed the exact integer check.
class AllocationEngine
{
public:
    static YearResult evaluate(const EffectiveYear &year);
    /// The result for an answer of AllocationSolver: rounded, checked and summed up; the
    /// waterfall, never called optimal, when the solver gave up.
    static YearResult resultOf(const EffectiveYear &year, const FractionalAllocation &solution);
    /// nullopt for an unknown scenario or a year outside the plan.
    static std::optional<YearResult> evaluate(const Plan &plan, const QString &scenarioId,
                                              int yearIndex);
};

} // namespace lps
