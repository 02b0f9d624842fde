#pragma once

#include "scenarios/effectiveyear.h"
#include "solvermemory.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <array>

namespace lps {

/// QT_LOGGING_RULES="lps.solver.debug=true" traces every stage and simplex call.
Q_DECLARE_LOGGING_CATEGORY(lcSolver)

/// Why a search ended without proving its answer optimal (spec/allocation.md, Answers in time).
enum class SearchStop
{
    None,
    /// The minimum-share search used its node budget: reproducible on every machine.
    WorkLimit,
    /// A simplex call ran into the safety time limit that only a stalled solver should reach.
    SafetyTimeLimit,
    /// GLPK gave no usable answer for a stage.
    SolverFailure
};

/// "work limit", "safety time limit", "solver failure" (cli.md); empty for None.
QString spelling(SearchStop stop);

/// The solver's answer in floating point: money per (resource, service) in minor units,
/// before rounding, repair and the exact check.
struct FractionalAllocation
{
    qsizetype resources = 0;
    qsizetype services = 0;
    QList<double> amounts; // resources x services
    /// Per service: funded at all, as the mixed-integer search decided (minimum shares).
    QList<bool> open;
    /// Each tier's priority-weighted funding in this answer, in minor units.
    std::array<double, 3> tierOptimum{0.0, 0.0, 0.0};
    /// The most each tier's weighted funding could be, given the tiers above it as answered:
    /// equal to tierOptimum where the search proved it.
    std::array<double, 3> tierBound{0.0, 0.0, 0.0};
    /// marginal[r][tier]
    QList<std::array<double, 3>> marginal;
    /// Tiers whose stage gave an answer, in order (3: all of them); `amounts` holds the answer
    /// as the last of them left it, with nothing for the tiers after it.
    int tiersSolved = 0;
    bool solved = false;
    bool proven = false;
    /// False for a first answer (AllocationSolver::firstAnswer): feasible, with honest bounds,
    /// but not yet the canonical answer the tie rule picks.
    bool settled = true;
    SearchStop stopped = SearchStop::None;

    double at(qsizetype r, qsizetype s) const { return amounts.at(r * services + s); }
};

/// Solves the allocation rule of spec/allocation.md for one year with GLPK: strict tier order
/// by stages, minimum shares by branch-and-bound, then the tie rule and the tidy stage.
class AllocationSolver
{
public:
    /// A limit for each mixed-integer search, in branch-and-bound nodes (reproducible).
    static constexpr int kNodeLimit = 2000;
    /// The same for a first answer, which has to come while a slider moves.
    static constexpr int kFirstAnswerNodeLimit = 40;
    /// What all the searches of one solve may spend, in StagedModel::work() units (reproducible):
    /// about 10 s on the machine of docs/performance.md, so that the largest plan validation
    /// accepts settles within 30 s; the county's searches never come near it.
    static constexpr double kSearchWork = 3e9;
    /// The same for a first answer: a few tenths of a second.
    static constexpr double kFirstAnswerSearchWork = 1e8;
    /// Limits, in milliseconds, that only a stalled solver should ever reach.
    static constexpr int kTimeLimitMs = 2000;

    /// The settled answer: always solved cold, so that it is canonical however it was reached.
    /// What it learnt goes into `learnt`, for a first answer next time.
    static FractionalAllocation solve(const EffectiveYear &year, SolverMemory *learnt = nullptr);
    /// A first answer, fast: each tier starts from the basis `memory` kept (when the model has the
    /// same shape) and takes the minimum-share choices `memory` made where they still fit; the
    /// services they leave below their minimum are closed instead of searched. Its bounds are the
    /// relaxations', so its gaps are honest; settled is false.
    static FractionalAllocation firstAnswer(const EffectiveYear &year, const SolverMemory &memory,
                                            SolverMemory *learnt = nullptr);
    /// Frees GLPK's per-thread environment; call it in a worker thread that solved, as it ends.
    static void releaseThreadState();
};

} // namespace lps
