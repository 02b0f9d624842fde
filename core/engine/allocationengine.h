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
    /// The settled answer; what the solver learnt goes into `learnt`, for a first answer next.
    static YearResult evaluate(const EffectiveYear &year, SolverMemory *learnt = nullptr);
    /// A first answer, started from what an earlier solve of the same scenario and year learnt
    /// (AllocationSolver::firstAnswer): checked like any other, settled is false.
    static YearResult firstAnswer(const EffectiveYear &year, const SolverMemory &memory,
                                  SolverMemory *learnt = nullptr);
    /// The result for an answer of AllocationSolver: rounded, checked and summed up; the
    /// waterfall, never called optimal, when the solver gave up.
    static YearResult resultOf(const EffectiveYear &year, const FractionalAllocation &solution);
    /// nullopt for an unknown scenario or a year outside the plan.
    static std::optional<YearResult> evaluate(const Plan &plan, const QString &scenarioId,
                                              int yearIndex);
};

} // namespace lps
