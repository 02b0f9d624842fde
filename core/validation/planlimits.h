#pragma once

#include <QtGlobal>

namespace lps {

/// The largest plan LPS Planner accepts, so that the engine settles (or stops with an honest gap)
/// within 30 s on any plan validation lets through; every check and test uses these names.
struct PlanLimits
{
    static constexpr int kMaxServices = 5000;
    static constexpr int kMaxResources = 500;
    static constexpr int kMaxYears = 10;
    /// (resource, service) pairs the plan's eligibility allows: what sizes the solver. A squeezed
    /// plan of 5,000 services and 120 resources has 340,300 and settles in 13-18 s
    /// (docs/performance.md, "The largest plan").
    static constexpr qsizetype kMaxFundingPairs = 350000;
    static constexpr int kMaxScenarios = 200;
    static constexpr int kMaxAdjustmentsPerScenario = 2000;
    /// Keys 1 to 8 choose a lever in a workshop.
    static constexpr int kMaxLevers = 8;
    /// A lever's range, as a factor of the amount or cost: up to ten times it.
    static constexpr double kMaxLeverFactor = 10.0;
};

} // namespace lps
