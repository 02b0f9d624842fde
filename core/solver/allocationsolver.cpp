#include "allocationsolver.h"

#include "minimumsharesearch.h"
#include "resourcegroups.h"
#include "stagedmodel.h"

#include <glpk.h>

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace lps {

// QT_LOGGING_RULES="lps.solver.debug=true" traces each stage's answer and bound.
Q_LOGGING_CATEGORY(lcSolver, "lps.solver", QtWarningMsg)

namespace {

// The stages of spec/allocation.md on one StagedModel: each tier in turn, its minimum shares
// decided by branch-and-bound where the relaxation leaves one broken, then the tie rule and the
// tidy stage. Each stage keeps the optimal face of the ones before it.
class Stages
{
public:
    Stages(const EffectiveYear &year, const ResourceGroups &groups)
        : m_year(year)
        , m_groups(groups)
        , m_model(year, groups)
        , m_open(year.services.size(), false)
    {
    }

    FractionalAllocation run()
    {
        FractionalAllocation result;
        result.resources = m_year.resources.size();
        result.services = m_year.services.size();
        result.open = QList<bool>(result.services, true);
        result.amounts = QList<double>(result.resources * result.services, 0.0);
        result.marginal = QList<std::array<double, 3>>(result.resources, {0.0, 0.0, 0.0});
        result.proven = true;
        for (const Tier tier : kAllTiers) {
            if (!stage(tier, result)) {
                fail(tier, result);
                return result;
            }
            read(result);
            ++result.tiersSolved;
        }
        // The tie rule and the tidy stage only choose among answers every tier values equally;
        // if GLPK fails either, the answer so far stands.
        m_model.maximiseListOrder();
        if (m_model.solve()) {
            m_model.keepOptimalFace();
            m_model.minimisePenalties();
            if (m_model.solve())
                read(result);
        }
        if (lcSolver().isDebugEnabled()) {
            std::array<double, 3> weighted{0.0, 0.0, 0.0};
            for (qsizetype r = 0; r < result.resources; ++r) {
                for (qsizetype s = 0; s < result.services; ++s)
                    weighted[size_t(m_year.services.at(s).tier)] +=
                        m_year.services.at(s).priority * result.at(r, s);
            }
            qCDebug(lcSolver) << "after the tie rule and tidy stage:" << weighted[0] << weighted[1]
                              << weighted[2];
        }
        result.solved = true;
        if (m_model.hitTimeLimit() && result.stopped == SearchStop::None)
            result.stopped = SearchStop::SafetyTimeLimit;
        return result;
    }

private:
    bool stage(Tier tier, FractionalAllocation &result)
    {
        m_model.openTier(tier);
        m_model.maximiseTier(tier);
        if (!m_model.solve())
            return false;
        double bound = m_model.objective();
        const QList<qsizetype> &undecided = m_model.undecided();
        if (std::any_of(undecided.begin(), undecided.end(),
                        [this](qsizetype s) { return m_model.belowMinimum(s); })) {
            const MinimumShareSearch::Outcome outcome = search(tier);
            if (!outcome.found)
                return false;
            bound = outcome.bound;
            if (!outcome.proven) {
                result.proven = false;
                result.stopped = SearchStop::WorkLimit;
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
        m_model.decide();
        const double optimum = m_model.objective();
        result.tierOptimum[size_t(tier)] = optimum * m_model.scale();
        result.tierBound[size_t(tier)] = std::max(optimum, bound) * m_model.scale();
        qCDebug(lcSolver) << spelling(tier) << "stage: optimum" << result.tierOptimum[size_t(tier)]
                          << "bound" << result.tierBound[size_t(tier)];
        readMarginals(tier, result);
        m_model.keepOptimalFace();
        return true;
    }

    // A stage without an answer: the answer so far stands for the tiers above, and this tier and
    // those below it can be no better than fully funded.
    void fail(Tier tier, FractionalAllocation &result) const
    {
        result.proven = false;
        result.stopped =
            m_model.hitTimeLimit() ? SearchStop::SafetyTimeLimit : SearchStop::SolverFailure;
        for (const Tier later : kAllTiers) {
            if (later < tier)
                continue;
            double full = 0.0;
            for (const EffectiveService &service : m_year.services) {
                if (service.tier == later)
                    full += double(service.priority) * double(service.cost.minor());
            }
            result.tierOptimum[size_t(later)] = 0.0;
            result.tierBound[size_t(later)] = full;
        }
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
        for (qsizetype s = 0; s < m_year.services.size(); ++s) {
            if (m_year.services.at(s).minimumShare > 0)
                result.open[s] = m_open.at(s);
        }
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

QString spelling(SearchStop stop)
{
    switch (stop) {
    case SearchStop::WorkLimit:
        return QStringLiteral("work limit");
    case SearchStop::SafetyTimeLimit:
        return QStringLiteral("safety time limit");
    case SearchStop::SolverFailure:
        return QStringLiteral("solver failure");
    case SearchStop::None:
        break;
    }
    return QString();
}

FractionalAllocation AllocationSolver::solve(const EffectiveYear &year)
{
    // GLPK abort()s on invalid arguments, and an error hook cannot stop that without longjmp
    // through our destructors; instead the model is built only from finite, non-negative bounds
    // and coefficients (validated plans, zero-valued hours skipped), so none can reach it.
    glp_term_out(GLP_OFF);
    const ResourceGroups groups(year);
    return Stages(year, groups).run();
}

void AllocationSolver::releaseThreadState() { glp_free_env(); }

} // namespace lps
