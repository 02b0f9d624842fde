#pragma once

#include "model/plan.h"

#include <QString>
#include <QtGlobal>

namespace lps::bench {

/// Makes the benchmark's large plans, realistic and the same for the same seed on every platform.
///
/// Services are spread over the tiers with priorities 1..100 and costs of £20k..£5m (more small
/// ones than large); a fifth have a minimum share, some can absorb volunteer hours. Resources come
/// from every sector and kind (time resources with an hour value), a third are restricted by tags,
/// tiers or a list of services, some match another sector's money or are capped per service, and
/// together they are worth about 85% of what the services cost in the first year, so tiers bite.
class BenchmarkPlans
{
public:
    /// How big a generated plan is.
    struct Size
    {
        QString name;
        int services = 0;
        int resources = 0;
        int years = 5;
    };

    /// How tight a generated plan is.
    struct Profile
    {
        /// The share of the first year's total cost the resources are worth.
        double resourceShare = 0.85;
        /// One service in this many has a minimum share (of 0.30..0.80).
        int minimumShareEvery = 5;
        /// One resource in this many is restricted.
        int restrictedEvery = 3;
    };

    /// The benchmark's usual plans: resources worth 85% of cost, a fifth of the services with
    /// minimum shares, a third of the resources restricted.
    static Profile usual() { return {}; }
    /// A squeezed council (issue 11): resources worth 80% of cost, a quarter of the services with
    /// minimum shares, half the resources restricted.
    static Profile squeezed() { return {0.80, 4, 2}; }

    /// 800 services, 40 resources, 5 years.
    static Size countySize();
    /// 3,000 services, 120 resources, 5 years.
    static Size stressSize();
    /// As many services as validation accepts (PlanLimits), 120 resources, 1 year: the largest
    /// plan the engine has to settle within 30 s.
    static Size largestSize();

    /// Issue 11's "Room test" for the county plan of seed 2026, based on its baseline: res-000 x
    /// 0.60, res-001 x 0.05, res-002 x 0.53, res-004 x 0.98, res-006 x 0.94, all from year 0.
    static Scenario roomTest();

    /// A valid plan of the given size with a baseline scenario and a "grant-cut" what-if
    /// (the largest unrestricted resource scaled by 0.7).
    static Plan generate(const Size &size, quint32 seed, const Profile &profile = usual());
};

} // namespace lps::bench
