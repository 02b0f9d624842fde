#pragma once

#include "stagedmodel.h"

#include <QList>

#include <limits>

namespace lps {

/// Branch-and-bound over the minimum-share binaries of a StagedModel's current stage: which
/// services reach their minimum share and which get nothing, for the best weighted funding.
///
/// Written for this problem rather than left to glp_intopt: each node is one dual simplex from
/// its parent's basis, match rows join as they are broken, branching follows pseudocosts, and
/// the search stops after a number of nodes (never of seconds), so it is reproducible.
class MinimumShareSearch
{
public:
    struct Outcome
    {
        /// False only when GLPK failed on a node: then nothing below can be trusted.
        bool found = false;
        bool proven = false;
        /// The most the stage's objective could be: the answer's own value when proven, else the
        /// best bound of the branches left unexplored.
        double bound = 0.0;
        /// The answer's value (the stage's objective), when found.
        double value = 0.0;
        /// Per service: whether it is funded at all (meaningful for the undecided ones).
        QList<bool> open;
        /// The basis of the LP that gave the answer: the place to solve it again from.
        StagedModel::Basis basis;
    };

    /// Starts from the model's current LP answer; `tolerance` (in the objective's units) is how
    /// much better than the best answer a branch must promise to be explored. Branches GLPK calls
    /// infeasible from a warm start are dropped, unless `confirmInfeasible` (a cold start each:
    /// slow, for when a search ended with no answer at all).
    /// It also stops once the model's work() passes `workLimit` (deterministic, like nodes).
    /// `incumbent`, when given, is an answer already known (a first answer's last choices): only
    /// branches that promise better are explored, and it is the outcome if none is found.
    static Outcome run(StagedModel &model, qsizetype services, double tolerance, int nodeLimit,
                       bool confirmInfeasible,
                       double workLimit = std::numeric_limits<double>::infinity(),
                       const Outcome *incumbent = nullptr);
};

} // namespace lps
