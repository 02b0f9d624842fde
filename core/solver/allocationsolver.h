#pragma once

#include "scenarios/effectiveyear.h"

#include <QList>

#include <array>
#include <optional>

namespace lps {

/// The solver's answer in floating point: money per (resource, service) in minor units,
/// before rounding, repair and the exact check.
struct FractionalAllocation
{
    qsizetype resources = 0;
    qsizetype services = 0;
    QList<double> amounts; // resources x services
    /// Per service: funded at all, as the mixed-integer search decided (minimum shares).
    QList<bool> open;
    /// Each tier's optimum of priority-weighted funding, in minor units.
    std::array<double, 3> tierOptimum{0.0, 0.0, 0.0};
    /// How far below its optimum each tier was allowed to fall in later stages (weighted minor
    /// units): a service within that of its cost is one the optimum funds fully.
    std::array<double, 3> holdGap{0.0, 0.0, 0.0};
    /// marginal[r][tier]
    QList<std::array<double, 3>> marginal;
    bool solved = false;
    bool proven = false;
    std::optional<double> mipGap;

    double at(qsizetype r, qsizetype s) const { return amounts.at(r * services + s); }
};

/// Solves the allocation rule of spec/allocation.md for one year with GLPK: strict tier order
/// by stages, then the tidy stage; minimum shares by branch-and-bound.
class AllocationSolver
{
public:
    /// A limit for each mixed-integer search, in branch-and-bound nodes (reproducible).
    static constexpr int kNodeLimit = 2000;
    /// Limits, in milliseconds, that only a stalled solver should ever reach.
    static constexpr int kTimeLimitMs = 2000;

    static FractionalAllocation solve(const EffectiveYear &year);
    /// Frees GLPK's per-thread environment; call it in a worker thread that solved, as it ends.
    static void releaseThreadState();
};

} // namespace lps
