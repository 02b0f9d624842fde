#include "allocationengine.h"

#include "allocation/allocationcheck.h"
#include "gapwords.h"
#include "rounding/integerrepair.h"
#include "scenarios/scenarioapplier.h"
#include "solver/allocationsolver.h"
#include "waterfall.h"

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

FundingStatus statusOf(const EffectiveService &service, Money funded)
{
    if (service.switchedOff)
        return FundingStatus::Decommissioned;
    if (funded >= service.cost)
        return FundingStatus::Funded;
    return funded.isZero() ? FundingStatus::Unfunded : FundingStatus::Partial;
}

Money atRisk(const EffectiveResource &resource, Money amount)
{
    if (resource.certainty != Certainty::Confirmed)
        return amount;
    return amount.scaled(resource.contingentShare);
}

void addService(YearResult &result, const EffectiveYear &year, qsizetype s)
{
    const EffectiveService &service = year.services.at(s);
    ServiceOutcome outcome;
    outcome.id = service.id;
    outcome.tier = service.tier;
    outcome.cost = service.switchedOff ? Money() : service.cost;
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        const Money amount = result.allocation.at(r, s);
        if (amount.isZero())
            continue;
        outcome.funded += amount;
        outcome.atRisk += atRisk(year.resources.at(r), amount);
        outcome.sources << qMakePair(year.resources.at(r).id, amount);
        result.sectors[size_t(year.resources.at(r).sector)][size_t(service.tier)] += amount;
    }
    outcome.status = statusOf(service, outcome.funded);
    TierOutcome &tier = result.tiers[size_t(service.tier)];
    tier.cost += outcome.cost;
    tier.funded += outcome.funded;
    tier.gap += outcome.cost - outcome.funded;
    tier.fundedCount += outcome.status == FundingStatus::Funded ? 1 : 0;
    tier.partialCount += outcome.status == FundingStatus::Partial ? 1 : 0;
    tier.unfundedCount += outcome.status == FundingStatus::Unfunded ? 1 : 0;
    result.services << outcome;
}

void addResource(YearResult &result, const EffectiveYear &year,
                 const FractionalAllocation &solution, qsizetype r)
{
    ResourceOutcome outcome;
    outcome.id = year.resources.at(r).id;
    outcome.available = year.resources.at(r).available;
    outcome.used = result.allocation.usageOf(r);
    outcome.unused = outcome.available - outcome.used;
    if (r < solution.marginal.size())
        outcome.marginal = solution.marginal.at(r);
    result.resources << outcome;
}

qsizetype servicesIn(const EffectiveYear &year, Tier tier)
{
    return std::count_if(year.services.begin(), year.services.end(),
                         [tier](const EffectiveService &s) { return s.tier == tier; });
}

// Whole minor units may cost a tier no more than allocation.md allows (a minor unit per service,
// weighted): a rounding that loses more is not the optimum, whatever the solver proved. (A repair
// that dropped a service over a penny once lost 0.8% of the county plan's could tier unnoticed.)
Problems roundingLosses(const EffectiveYear &year, const FractionalAllocation &solution,
                        const Allocation &allocation)
{
    Problems problems;
    const std::array<long double, 3> funding = AllocationCheck::weightedFunding(year, allocation);
    for (const Tier tier : kAllTiers) {
        const long double value = funding[size_t(tier)];
        const long double optimum = solution.tierOptimum[size_t(tier)];
        // Plus a part in 10^9 of the optimum: the solver's own floating-point tolerance.
        const long double allowance =
            (long double)(servicesIn(year, tier) + 1) * 100.0L + std::abs(optimum) * 1e-9L;
        if (value < optimum - allowance)
            problems << Problem::warning(
                QString(), QStringLiteral("rounding to whole minor units left the %1 tier %2 "
                                          "priority-weighted minor units below its optimum")
                               .arg(spelling(tier))
                               .arg(double(optimum - value), 0, 'f', 0));
    }
    return problems;
}

// Which of two checked allocations serves the tiers better, in strict tier order.
bool servesBetter(const EffectiveYear &year, const Allocation &a, const Allocation &b)
{
    const std::array<long double, 3> fa = AllocationCheck::weightedFunding(year, a);
    const std::array<long double, 3> fb = AllocationCheck::weightedFunding(year, b);
    for (const Tier tier : kAllTiers) {
        if (fa[size_t(tier)] != fb[size_t(tier)])
            return fa[size_t(tier)] > fb[size_t(tier)];
    }
    return false;
}

// The best allocation there is when the solver did not finish every stage: the stages it did
// finish (rounded and repaired), or the waterfall where that serves the tiers better. Either is
// checked; neither is ever called optimal.
Allocation lastResort(const EffectiveYear &year, const FractionalAllocation &solution)
{
    const Allocation waterfall = Waterfall::allocate(year);
    if (solution.tiersSolved == 0)
        return waterfall;
    const Allocation partial = IntegerRepair::repair(year, solution);
    if (!AllocationCheck::check(year, partial).isEmpty())
        return waterfall;
    return servesBetter(year, waterfall, partial) ? waterfall : partial;
}

// A tier's gap against the search's bound: the weighted shortfall as money at the lowest
// priority that could take more, and never more than what the tier lacks.
TierGap gapOf(const EffectiveYear &year, const YearResult &result, Tier tier, long double bound,
              long double value)
{
    TierGap gap;
    const TierOutcome &outcome = result.tiers[size_t(tier)];
    int lowest = 0;
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        if (year.services.at(s).tier == tier &&
            result.services.at(s).funded < result.services.at(s).cost)
            lowest = lowest == 0 ? year.services.at(s).priority
                                 : std::min(lowest, year.services.at(s).priority);
    }
    if (lowest > 0 && bound > value) {
        const long double money = std::ceil((bound - value) / (long double)lowest);
        gap.gap = std::min(outcome.gap, Money::fromMinor(qint64(std::min<long double>(
                                            money, (long double)outcome.gap.minor()))));
    }
    gap.bound = outcome.funded + gap.gap;
    gap.relative = gap.bound.isZero() ? 0.0 : double(gap.gap.minor()) / double(gap.bound.minor());
    return gap;
}

void addGaps(YearResult &result, const EffectiveYear &year, const FractionalAllocation &solution)
{
    const std::array<long double, 3> funding =
        AllocationCheck::weightedFunding(year, result.allocation);
    for (const Tier tier : kAllTiers)
        result.gaps[size_t(tier)] =
            gapOf(year, result, tier, solution.tierBound[size_t(tier)], funding[size_t(tier)]);
}

} // namespace

YearResult AllocationEngine::evaluate(const EffectiveYear &year, SolverMemory *learnt)
{
    return resultOf(year, AllocationSolver::solve(year, learnt));
}

YearResult AllocationEngine::firstAnswer(const EffectiveYear &year, const SolverMemory &memory,
                                         SolverMemory *learnt)
{
    return resultOf(year, AllocationSolver::firstAnswer(year, memory, learnt));
}

YearResult AllocationEngine::resultOf(const EffectiveYear &year,
                                      const FractionalAllocation &solution)
{
    YearResult result;
    result.yearIndex = year.yearIndex;
    result.calendarYear = year.calendarYear;
    result.settled = solution.settled;
    result.stopped = solution.solved || solution.stopped != SearchStop::None
                         ? solution.stopped
                         : SearchStop::SolverFailure;
    // If the optimiser gives up, people still see a valid allocation, checked like any other
    // and never called optimal: the best one known.
    result.allocation =
        solution.solved ? IntegerRepair::repair(year, solution) : lastResort(year, solution);
    result.problems = AllocationCheck::check(year, result.allocation);
    if (result.stopped == SearchStop::SolverFailure ||
        result.stopped == SearchStop::SafetyTimeLimit)
        result.problems.prepend(
            Problem::error(QString(), GapWords::problem(result.stopped, year.calendarYear)));
    if (solution.solved)
        result.problems << roundingLosses(year, solution, result.allocation);
    // Shown as optimal only when the solver proved it and the exact check found nothing.
    result.optimal = solution.solved && solution.proven && result.problems.isEmpty();
    for (qsizetype s = 0; s < year.services.size(); ++s)
        addService(result, year, s);
    for (qsizetype r = 0; r < year.resources.size(); ++r)
        addResource(result, year, solution, r);
    if (!result.optimal)
        addGaps(result, year, solution);
    return result;
}

std::optional<YearResult> AllocationEngine::evaluate(const Plan &plan, const QString &scenarioId,
                                                     int yearIndex)
{
    const std::optional<EffectiveYear> year = ScenarioApplier(plan).apply(scenarioId, yearIndex);
    if (!year)
        return std::nullopt;
    return evaluate(*year);
}

} // namespace lps
