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

    /// 800 services, 40 resources, 5 years.
    static Size countySize();
    /// 3,000 services, 120 resources, 5 years.
    static Size stressSize();

    /// A valid plan of the given size with a baseline scenario and a "grant-cut" what-if
    /// (the largest unrestricted resource scaled by 0.7).
    static Plan generate(const Size &size, quint32 seed);

    /// The share of the first year's total cost the resources are worth.
    static constexpr double kResourceShare = 0.85;
};

} // namespace lps::bench
