#pragma once

#include "model/plan.h"
#include "problem.h"

namespace lps {

/// Checks a plan against every rule of plan-model.md and reports all problems, each with its
/// JSON path (`services[3].priority`), so a user can fix a file in one pass.
class PlanValidator
{
public:
    static Problems validate(const Plan &plan);

    /// `[a-z0-9][a-z0-9-]{0,63}`
    static bool isValidId(const QString &id);
};

} // namespace lps
