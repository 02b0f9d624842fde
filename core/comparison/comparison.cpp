#include "comparison.h"

#include "model/plan.h"

namespace lps {

namespace {

const YearResult *yearIn(const Evaluation &evaluation, int calendarYear)
{
    for (const YearResult &year : evaluation.years) {
        if (year.calendarYear == calendarYear)
            return &year;
    }
    return nullptr;
}

const ServiceOutcome *serviceIn(const YearResult &year, const QString &id)
{
    for (const ServiceOutcome &service : year.services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

Comparison::ServiceChange change(const ServiceOutcome *base, const ServiceOutcome *scenario)
{
    // A service missing on one side (no scenario removes one today) counts as decommissioned there.
    Comparison::ServiceChange c;
    c.id = scenario ? scenario->id : base->id;
    c.tier = scenario ? scenario->tier : base->tier;
    c.baseTier = base ? base->tier : c.tier;
    c.baseCost = base ? base->cost : Money();
    c.scenarioCost = scenario ? scenario->cost : Money();
    c.baseFunded = base ? base->funded : Money();
    c.scenarioFunded = scenario ? scenario->funded : Money();
    c.baseStatus = base ? base->status : FundingStatus::Decommissioned;
    c.status = scenario ? scenario->status : FundingStatus::Decommissioned;
    return c;
}

Comparison::Year compare(const YearResult &base, const YearResult &scenario)
{
    Comparison::Year year;
    year.calendarYear = scenario.calendarYear;
    year.optimal = base.optimal && scenario.optimal;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &b = base.tiers[size_t(tier)];
        const TierOutcome &s = scenario.tiers[size_t(tier)];
        year.tiers[size_t(tier)] = {b.funded, b.gap, s.funded, s.gap};
    }
    year.baseSectors = base.sectors;
    year.scenarioSectors = scenario.sectors;
    for (const ServiceOutcome &s : scenario.services)
        year.services << change(serviceIn(base, s.id), &s);
    for (const ServiceOutcome &b : base.services) {
        if (!serviceIn(scenario, b.id))
            year.services << change(&b, nullptr);
    }
    return year;
}

} // namespace

Comparison Comparison::of(const Plan &plan, const QString &baseId, const QString &scenarioId,
                          const QList<int> &yearIndices)
{
    return between(Evaluation::of(plan, baseId, yearIndices),
                   Evaluation::of(plan, scenarioId, yearIndices));
}

Comparison Comparison::between(const Evaluation &base, const Evaluation &scenario)
{
    Comparison comparison;
    comparison.base = base;
    comparison.scenario = scenario;
    for (const YearResult &year : scenario.years) {
        if (const YearResult *other = yearIn(base, year.calendarYear))
            comparison.years << compare(*other, year);
    }
    return comparison;
}

} // namespace lps
