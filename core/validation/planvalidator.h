#pragma once

#include "model/plan.h"
#include "problem.h"

namespace lps {

/// Checks a plan against every rule of plan-model.md and reports all problems, each with its
/// JSON path (`services[3].priority`), so a user can fix a file in one pass.
class PlanValidator
{
public:
    /// The plan's size is checked first, against PlanLimits: a plan past a limit gets only the
    /// problems that say so, at once, without its items being checked one by one.
    static Problems validate(const Plan &plan);

    /// How many (resource, service) pairs the plan's own eligibility lets resources fund, as
    /// EffectiveYear::mayFund counts them before any scenario applies: a time resource only
    /// services that take volunteer time. Counting stops once it passes `stopAbove`, so a
    /// larger answer means only "more than `stopAbove`".
    static qsizetype fundingPairs(const Plan &plan, qsizetype stopAbove);

    /// `[a-z0-9][a-z0-9-]{0,63}`
    static bool isValidId(const QString &id);
};

} // namespace lps
