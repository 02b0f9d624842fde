#include "allocationsolver.h"

#include "minimumsharesearch.h"
#include "resourcegroups.h"
#include "stagedmodel.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

// The stages of spec/allocation.md on one StagedModel: each tier in turn, its minimum shares
// decided by branch-and-bound where the relaxation leaves one broken, then the tidy stage.
class Stages
{
public:
    Stages(const EffectiveYear &year, const ResourceGroups &groups, bool tightHolds)
        : m_year(year)
        , m_groups(groups)
        , m_model(year, groups, tightHolds)
        , m_open(year.services.size(), false)
    {
    }

    FractionalAllocation run()
    {
        FractionalAllocation result;
        result.resources = m_year.resources.size();
        result.services = m_year.services.size();
        result.open = QList<bool>(result.services, true);
        result.marginal = QList<std::array<double, 3>>(result.resources, {0.0, 0.0, 0.0});
        result.proven = true;
        for (const Tier tier : kAllTiers) {
            if (!stage(tier, result))
                return result;
        }
        // The tidy stage only decides which money is left over, with the could stage's choice
        // of who reaches a minimum share; if GLPK fails it, the could stage's answer stands.
        bindDecided();
        read(result);
        m_model.minimisePenalties();
        if (m_model.solve())
            read(result);
        result.solved = true;
        return result;
    }

private:
    bool stage(Tier tier, FractionalAllocation &result)
    {
        m_model.openTier(tier);
        m_model.maximiseTier(tier);
        if (!m_model.solve())
            return false;
        const QList<qsizetype> &undecided = m_model.undecided();
        if (std::any_of(undecided.begin(), undecided.end(),
                        [this](qsizetype s) { return m_model.belowMinimum(s); })) {
            const MinimumShareSearch::Outcome outcome = search(tier);
            if (!outcome.found)
                return false;
            if (!outcome.proven) {
                result.proven = false;
                result.mipGap = std::max(result.mipGap.value_or(0.0), outcome.gap);
            }
            for (const qsizetype s : undecided)
                m_open[s] = outcome.open.at(s);
            m_model.restore(outcome.basis);
        } else {
            for (const qsizetype s : undecided)
                m_open[s] = m_model.funding(s) > 1e-6;
        }
        // The stage's answer as a plain LP with every minimum-share choice fixed: the point the
        // next stages start from, and the dual values of the rule.
        bindDecided();
        if (!m_model.solve(true))
            return false;
        const double optimum = m_model.objective();
        result.tierOptimum[size_t(tier)] = optimum * m_model.scale();
        readMarginals(tier, result);
        result.holdGap[size_t(tier)] = m_model.hold(tier, optimum);
        for (const qsizetype s : m_model.undecided())
            m_model.bind(s, StagedModel::Choice::Undecided);
        return true;
    }

    // Believes GLPK's "infeasible" on warm starts, which is fast and nearly always right; when
    // that leaves no answer at all, searches again checking each from a fresh basis.
    MinimumShareSearch::Outcome search(Tier tier)
    {
        const double tolerance = searchTolerance(tier);
        const StagedModel::Basis root = m_model.basis();
        MinimumShareSearch::Outcome outcome = MinimumShareSearch::run(
            m_model, m_year.services.size(), tolerance, AllocationSolver::kNodeLimit, false);
        if (outcome.found)
            return outcome;
        for (const qsizetype s : m_model.undecided())
            m_model.bind(s, StagedModel::Choice::Undecided);
        m_model.restore(root);
        if (!m_model.solve(true))
            return outcome;
        return MinimumShareSearch::run(m_model, m_year.services.size(), tolerance,
                                       AllocationSolver::kNodeLimit, true);
    }

    // Half the rule's allowance for the tier (a minor unit per service, weighted): a branch that
    // promises less than that is not worth exploring, and the rest is left for rounding.
    double searchTolerance(Tier tier) const
    {
        double weight = 0.0;
        for (const EffectiveService &service : m_year.services) {
            if (service.tier == tier)
                weight += service.priority;
        }
        return weight / 2.0 / m_model.scale() + std::abs(m_model.objective()) * 1e-9;
    }

    void bindDecided()
    {
        for (const qsizetype s : m_model.undecided())
            m_model.bind(s, m_open.at(s) ? StagedModel::Choice::Open : StagedModel::Choice::Closed);
    }

    void read(FractionalAllocation &result) const
    {
        result.amounts = m_groups.spread(m_model.groupAmounts(), m_year.services.size());
        for (const qsizetype s : m_model.undecided())
            result.open[s] = m_open.at(s);
    }

    // What one more unit of a resource adds to the tier: its group's dual value, binaries fixed.
    void readMarginals(Tier tier, FractionalAllocation &result) const
    {
        const QList<double> marginals = m_model.groupMarginals();
        for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
            if (const qsizetype g = m_groups.groupOf(r); g >= 0)
                result.marginal[r][size_t(tier)] = marginals.at(g);
        }
    }

    const EffectiveYear &m_year;
    const ResourceGroups &m_groups;
    StagedModel m_model;
    QList<bool> m_open;
};

} // namespace

FractionalAllocation AllocationSolver::solve(const EffectiveYear &year)
{
    // GLPK abort()s on invalid arguments, and an error hook cannot stop that without longjmp
    // through our destructors; instead the model is built only from finite, non-negative bounds
    // and coefficients (validated plans, zero-valued hours skipped), so none can reach it.
    glp_term_out(GLP_OFF);
    const ResourceGroups groups(year);
    // Tight holds first; when GLPK gives up on them, the rule's own allowance. Each answer is
    // checked exactly afterwards whichever way it was found.
    FractionalAllocation solution = Stages(year, groups, true).run();
    if (!solution.solved)
        solution = Stages(year, groups, false).run();
    return solution;
}

void AllocationSolver::releaseThreadState() { glp_free_env(); }

} // namespace lps
