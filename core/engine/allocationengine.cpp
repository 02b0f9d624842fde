#include "allocationengine.h"
#include <cstdio>

#include "allocationcheck.h"
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

// Whole minor units may cost a tier no more than allocation.md allows (a minor unit per service,
// weighted, beyond what the stages held back): a rounding that loses more is not the optimum,
// whatever the solver proved. (A repair that dropped a service over a penny once lost 0.8% of
// the county plan's could tier unnoticed.)
Problems roundingLosses(const EffectiveYear &year, const FractionalAllocation &solution,
                        const Allocation &allocation)
{
    Problems problems;
    // What earlier tiers' holds let this tier's stage take from them, at up to 100x the weight.
    long double heldBack = 0.0L;
    const std::array<long double, 3> funding = AllocationCheck::weightedFunding(year, allocation);
    for (const Tier tier : kAllTiers) {
        const long double value = funding[size_t(tier)];
        const auto count =
            std::count_if(year.services.begin(), year.services.end(),
                          [tier](const EffectiveService &s) { return s.tier == tier; });
        const long double optimum =
            solution.tierOptimum[size_t(tier)] - solution.holdGap[size_t(tier)];
        // Plus a part in 10^9 of the optimum: the solver's own floating-point tolerance.
        const long double allowance =
            (long double)(count + 1) * 100.0L + std::abs(optimum) * 1e-9L + heldBack;
        heldBack += (long double)(solution.holdGap[size_t(tier)]) * 100.0L;
        if (value < optimum - allowance)
            problems << Problem::warning(
                QString(), QStringLiteral("rounding to whole minor units left the %1 tier %2 "
                                          "priority-weighted minor units below its optimum")
                               .arg(spelling(tier))
                               .arg(double(optimum - value), 0, 'f', 0));
    }
    return problems;
}

} // namespace

YearResult AllocationEngine::evaluate(const EffectiveYear &year)
{
    return resultOf(year, AllocationSolver::solve(year));
}

YearResult AllocationEngine::resultOf(const EffectiveYear &year,
                                      const FractionalAllocation &solution)
{
    if (qEnvironmentVariableIsSet("LPS_FRAC")) {
        for (qsizetype s = 0; s < year.services.size(); ++s) {
            double t = 0;
            for (qsizetype r = 0; r < year.resources.size(); ++r)
                t += solution.at(r, s);
            fprintf(stderr, "%s %s %.4f cost %lld open %d\n", qPrintable(year.services.at(s).id),
                    qPrintable(spelling(year.services.at(s).tier)), t,
                    year.services.at(s).cost.minor(), int(solution.open.at(s)));
        }
        for (int t = 0; t < 3; ++t)
            fprintf(stderr, "tier %d opt %.4f hold %.6f\n", t, solution.tierOptimum[t],
                    solution.holdGap[t]);
    }
    YearResult result;
    result.yearIndex = year.yearIndex;
    result.calendarYear = year.calendarYear;
    result.mipGap = solution.mipGap;
    // If the optimiser gives up, people still see a valid allocation: the spreadsheet-style
    // waterfall, checked like any other and never called optimal.
    result.allocation =
        solution.solved ? IntegerRepair::repair(year, solution) : Waterfall::allocate(year);
    result.problems = AllocationCheck::check(year, result.allocation);
    if (!solution.solved)
        result.problems.prepend(Problem::error(
            QString(),
            QStringLiteral("the optimiser did not finish for %1; this is the tier-by-tier "
                           "waterfall allocation instead, which may fund less")
                .arg(year.calendarYear)));
    if (solution.solved)
        result.problems << roundingLosses(year, solution, result.allocation);
    // Shown as optimal only when the solver proved it and the exact check found nothing.
    result.optimal = solution.solved && solution.proven && result.problems.isEmpty();
    for (qsizetype s = 0; s < year.services.size(); ++s)
        addService(result, year, s);
    for (qsizetype r = 0; r < year.resources.size(); ++r)
        addResource(result, year, solution, r);
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
