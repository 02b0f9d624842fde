#include "allocationengine.h"

#include "allocationcheck.h"
#include "allocationsolver.h"
#include "integerrepair.h"
#include "waterfall.h"
#include "scenarios/scenarioapplier.h"

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

void addResource(YearResult &result, const EffectiveYear &year, const FractionalAllocation &solution, qsizetype r)
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

} // namespace

YearResult AllocationEngine::evaluate(const EffectiveYear &year)
{
    return resultOf(year, AllocationSolver::solve(year));
}

YearResult AllocationEngine::resultOf(const EffectiveYear &year, const FractionalAllocation &solution)
{
    YearResult result;
    result.yearIndex = year.yearIndex;
    result.calendarYear = year.calendarYear;
    result.mipGap = solution.mipGap;
    // If the optimiser gives up, people still see a valid allocation: the spreadsheet-style
    // waterfall, checked like any other and never called optimal.
    result.allocation = solution.solved ? IntegerRepair::repair(year, solution) : Waterfall::allocate(year);
    result.problems = AllocationCheck::check(year, result.allocation);
    if (!solution.solved)
        result.problems.prepend(Problem::error(QString(), QStringLiteral("the optimiser did not finish for %1; this is the tier-by-tier waterfall allocation instead, which may fund less").arg(year.calendarYear)));
    // Shown as optimal only when the solver proved it and the exact check found nothing.
    result.optimal = solution.solved && solution.proven && result.problems.isEmpty();
    for (qsizetype s = 0; s < year.services.size(); ++s)
        addService(result, year, s);
    for (qsizetype r = 0; r < year.resources.size(); ++r)
        addResource(result, year, solution, r);
    return result;
}

std::optional<YearResult> AllocationEngine::evaluate(const Plan &plan, const QString &scenarioId, int yearIndex)
{
    const std::optional<EffectiveYear> year = ScenarioApplier(plan).apply(scenarioId, yearIndex);
    if (!year)
        return std::nullopt;
    return evaluate(*year);
}

} // namespace lps
