#include "allocationsolver.h"

#include "minimumsharesearch.h"
#include "resourcegroups.h"
#include "stagedmodel.h"

#include <glpk.h>

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lps {

// QT_LOGGING_RULES="lps.solver.debug=true" traces each stage's answer and bound.
Q_LOGGING_CATEGORY(lcSolver, "lps.solver", QtWarningMsg)

namespace {

// Pivots a first answer's warm start may take before a cold start is cheaper.
constexpr int kWarmPivots = 300;

// The stages of spec/allocation.md on one StagedModel: each tier in turn, its minimum shares
// decided by branch-and-bound where the relaxation leaves one broken, then the tie rule and the
// tidy stage. Each stage keeps the optimal face of the ones before it.
class Stages
{
public:
    // `warm` set: a first answer started from it; null: the settled answer, solved cold.
    Stages(const EffectiveYear &year, const ResourceGroups &groups, const SolverMemory *warm,
           SolverMemory *learnt)
        : m_year(year)
        , m_groups(groups)
        , m_model(year, groups)
        , m_open(year.services.size(), false)
        , m_warm(warm)
        , m_learnt(learnt)
    {
        if (m_warm && m_warm->shape == m_model.shape()) {
            m_model.addMatchRows(m_warm->matchRows);
            m_bases = true;
        }
        if (m_learnt)
            *m_learnt = SolverMemory();
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
        result.settled = m_warm == nullptr;
        m_clock.start();
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
        qCDebug(lcSolver) << "tiers done at" << m_clock.elapsed() << "ms";
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
                              << weighted[2] << "at" << m_clock.elapsed() << "ms";
        }
        result.solved = true;
        if (m_learnt) {
            m_learnt->shape = m_model.shape();
            m_learnt->matchRows = m_model.matchRows();
        }
        if (m_model.hitTimeLimit() && result.stopped == SearchStop::None)
            result.stopped = SearchStop::SafetyTimeLimit;
        return result;
    }

private:
    bool stage(Tier tier, FractionalAllocation &result)
    {
        m_model.openTier(tier);
        m_model.maximiseTier(tier);
        // The same objective as last time's stage: its basis stays dual feasible after amounts
        // change, so the dual simplex needs only the few pivots the change calls for.
        if (!relax(tier))
            return false;
        if (m_learnt)
            m_learnt->relaxed[size_t(tier)] = m_model.basis();
        double bound = m_model.objective();
        const QList<qsizetype> &undecided = m_model.undecided();
        bool searched = false;
        if (std::any_of(undecided.begin(), undecided.end(),
                        [this](qsizetype s) { return m_model.belowMinimum(s); })) {
            searched = true;
            const MinimumShareSearch::Outcome outcome = search(tier);
            if (!outcome.found)
                return false;
            bound = outcome.bound;
            if (!outcome.proven) {
                result.proven = false;
                // A first answer's short search is not a stop: the settled answer follows.
                if (!m_warm)
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
        if (m_learnt) {
            for (const qsizetype s : undecided)
                m_learnt->open.insert(m_year.services.at(s).id, m_open.at(s));
        }
        bindDecided();
        if (!m_model.solve(true))
            return false;
        m_model.decide();
        const double optimum = m_model.objective();
        if (m_warm && optimum < bound - searchTolerance(tier))
            result.proven = false;
        result.tierOptimum[size_t(tier)] = optimum * m_model.scale();
        result.tierBound[size_t(tier)] = std::max(optimum, bound) * m_model.scale();
        qCDebug(lcSolver) << spelling(tier) << "stage: optimum" << result.tierOptimum[size_t(tier)]
                          << "bound" << result.tierBound[size_t(tier)] << "searched" << searched
                          << "at" << m_clock.elapsed() << "ms";
        readMarginals(tier, result);
        m_model.keepOptimalFace();
        return true;
    }

    // The tier's relaxation; for a first answer from the basis last time's stage ended with,
    // unless that takes more than a third of the pivots a cold start took (a dual pivot costs two
    // or three primal ones; after a big change a warm start once took 6,700 where a cold one
    // took 280).
    bool relax(Tier tier)
    {
        const size_t t = size_t(tier);
        if (m_bases && !m_warm->relaxed[t].rows.empty()) {
            const StagedModel::Basis here = m_model.basis();
            m_model.restore(m_warm->relaxed[t]);
            const int cold = m_warm->coldPivots[t];
            if (m_model.solveFromElsewhere(cold > 0 ? std::max(30, cold / 3) : kWarmPivots)) {
                if (m_learnt)
                    m_learnt->coldPivots[t] = cold;
                return true;
            }
            m_model.restore(here);
        }
        const int before = m_model.pivots();
        if (!m_model.solve())
            return false;
        if (m_learnt)
            m_learnt->coldPivots[t] = m_model.pivots() - before;
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
    // that leaves no answer at all, searches again checking each from a fresh basis. A first
    // answer tries last time's choices first, then a short search, then closing.
    MinimumShareSearch::Outcome search(Tier tier)
    {
        const double tolerance = searchTolerance(tier);
        const double rootBound = m_model.objective();
        const StagedModel::Basis root = m_model.basis();
        if (m_warm)
            return firstChoices(rootBound, root, tolerance);
        // The searches of one solve share one budget of work, whatever the tiers need.
        const double start = m_model.work();
        const auto spend = [this, start] {
            m_workLeft -= m_model.work() - start;
        };
        MinimumShareSearch::Outcome outcome =
            MinimumShareSearch::run(m_model, m_year.services.size(), tolerance,
                                    AllocationSolver::kNodeLimit, false, start + m_workLeft);
        if (outcome.found) {
            spend();
            return outcome;
        }
        unbindUndecided();
        m_model.restore(root);
        if (!m_model.solve(true))
            return outcome;
        if (m_model.work() < start + m_workLeft)
            outcome =
                MinimumShareSearch::run(m_model, m_year.services.size(), tolerance,
                                        AllocationSolver::kNodeLimit, true, start + m_workLeft);
        spend();
        if (outcome.found)
            return outcome;
        // Out of work with no answer at all: the relaxation's, with what breaks a minimum closed.
        unbindUndecided();
        m_model.restore(root);
        if (!m_model.solve(true))
            return outcome;
        return closeBelowMinimum(rootBound, m_model.undecided());
    }

    // A first answer's choices: last time's, proven if as good as the relaxation; else the
    // better of them and a short search; closing what breaks a minimum when neither has one.
    MinimumShareSearch::Outcome firstChoices(double rootBound, const StagedModel::Basis &root,
                                             double tolerance)
    {
        std::optional<MinimumShareSearch::Outcome> hinted = lastChoices(rootBound, tolerance);
        if (hinted && hinted->proven)
            return *hinted;
        unbindUndecided();
        m_model.restore(root);
        if (!m_model.solve(true))
            return {};
        // Last time's choices are the search's first incumbent: it only looks for better, and
        // proves them optimal when it finds nothing.
        // At least as much as the solve has spent so far: a plan ten times the county's gets ten
        // times the search.
        const double start = m_model.work();
        m_workLeft = std::max(m_workLeft, start);
        const MinimumShareSearch::Outcome searched = MinimumShareSearch::run(
            m_model, m_year.services.size(), tolerance, AllocationSolver::kFirstAnswerNodeLimit,
            false, start + m_workLeft, hinted ? &*hinted : nullptr);
        m_workLeft -= m_model.work() - start;
        if (searched.found)
            return searched;
        unbindUndecided();
        m_model.restore(root);
        if (!m_model.solve(true))
            return {};
        return closeBelowMinimum(rootBound, m_model.undecided());
    }

    // Last time's choices where it made them (a service new to the stage is closed if it would
    // break its minimum), if they still fit: proven when as good as the relaxation.
    std::optional<MinimumShareSearch::Outcome> lastChoices(double rootBound, double tolerance)
    {
        QList<qsizetype> fresh;
        QList<qsizetype> opened;
        for (const qsizetype s : m_model.undecided()) {
            const auto hint = m_warm->open.constFind(m_year.services.at(s).id);
            if (hint == m_warm->open.cend()) {
                fresh << s;
                continue;
            }
            m_model.bind(s, *hint ? StagedModel::Choice::Open : StagedModel::Choice::Closed);
            if (*hint)
                opened << s;
        }
        if (fresh.size() == m_model.undecided().size())
            return std::nullopt;
        if (!m_model.solve(true, false)) {
            // Last time's open services no longer all fit: they keep what the money allows.
            if (!m_model.infeasible())
                return std::nullopt;
            for (const qsizetype s : std::as_const(opened))
                m_model.bind(s, StagedModel::Choice::Undecided);
            fresh << opened;
            if (!m_model.solve(true))
                return std::nullopt;
        }
        std::optional<MinimumShareSearch::Outcome> outcome = closeBelowMinimum(rootBound, fresh);
        if (!outcome->found)
            return std::nullopt;
        outcome->proven = outcome->value >= rootBound - tolerance;
        return outcome;
    }

    // Closes every service of `among` the answer leaves below its minimum, until none is (each
    // step a dual simplex from the last): always feasible. The answer keeps `bound`.
    MinimumShareSearch::Outcome closeBelowMinimum(double bound, const QList<qsizetype> &among)
    {
        QList<bool> closed(m_year.services.size(), false);
        for (bool closing = true; closing;) {
            closing = false;
            for (const qsizetype s : among) {
                if (!closed[s] && m_model.belowMinimum(s)) {
                    m_model.bind(s, StagedModel::Choice::Closed);
                    closed[s] = true;
                    closing = true;
                }
            }
            if (closing && !m_model.solve(true))
                return {};
        }
        MinimumShareSearch::Outcome outcome;
        outcome.found = true;
        outcome.bound = bound;
        outcome.value = m_model.objective();
        outcome.open = QList<bool>(m_year.services.size(), false);
        for (const qsizetype s : m_model.undecided())
            outcome.open[s] = m_model.funding(s) > 1e-6;
        outcome.basis = m_model.basis();
        unbindUndecided();
        return outcome;
    }

    void unbindUndecided()
    {
        for (const qsizetype s : m_model.undecided())
            m_model.bind(s, StagedModel::Choice::Undecided);
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
    QElapsedTimer m_clock; // for the debug trace only
    StagedModel m_model;
    QList<bool> m_open;
    const SolverMemory *m_warm;
    SolverMemory *m_learnt;
    // Whether m_warm's bases fit m_model.
    bool m_bases = false;
    // What the searches may still spend, in StagedModel::work() units.
    double m_workLeft =
        m_warm ? AllocationSolver::kFirstAnswerSearchWork : AllocationSolver::kSearchWork;
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

FractionalAllocation AllocationSolver::solve(const EffectiveYear &year, SolverMemory *learnt)
{
    // GLPK abort()s on invalid arguments, and an error hook cannot stop that without longjmp
    // through our destructors; instead the model is built only from finite, non-negative bounds
    // and coefficients (validated plans, zero-valued hours skipped), so none can reach it.
    glp_term_out(GLP_OFF);
    const ResourceGroups groups(year);
    return Stages(year, groups, nullptr, learnt).run();
}

FractionalAllocation AllocationSolver::firstAnswer(const EffectiveYear &year,
                                                   const SolverMemory &memory, SolverMemory *learnt)
{
    glp_term_out(GLP_OFF);
    const ResourceGroups groups(year);
    if (learnt == &memory) {
        const SolverMemory hint = memory; // what it learns replaces what it starts from
        return Stages(year, groups, &hint, learnt).run();
    }
    return Stages(year, groups, &memory, learnt).run();
}

void AllocationSolver::releaseThreadState()
{
    glp_free_env();
}

} // namespace lps
