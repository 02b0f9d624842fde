#pragma once

#include "model/plan.h"
#include "validation/problem.h"

#include <QByteArray>

#include <optional>

namespace lps {

/// What reading a plan's JSON gave: the plan when there was nothing wrong, and every problem.
struct PlanJsonResult
{
    std::optional<Plan> plan;
    Problems problems;
};

/// Reads a plan from its JSON form strictly: unknown keys, wrong types, broken references,
/// duplicate ids and out-of-range values are all reported with their path, and any error means
/// no plan at all (nothing is ever partially imported).
class PlanJsonReader
{
public:
    static PlanJsonResult read(const QByteArray &json);
};

} // namespace lps
