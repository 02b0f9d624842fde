#include "allocationcheck.h"

#include "amounts/exactratio.h"

namespace lps {

namespace {

class Checker
{
public:
    Checker(const EffectiveYear &year, const Allocation &allocation)
        : year(year)
        , x(allocation)
    {
    }

    const EffectiveYear &year;
    const Allocation &x;
    Problems problems;

    void fail(const QString &where, const QString &what)
    {
        problems << Problem::error(where, what);
    }
    QString pair(qsizetype r, qsizetype s) const
    {
        return QStringLiteral("%1 -> %2").arg(year.resources.at(r).id, year.services.at(s).id);
    }

    void shape()
    {
        if (x.resourceCount() != year.resources.size() || x.serviceCount() != year.services.size())
            fail(QString(),
                 QStringLiteral(
                     "the allocation is for %1 resources and %2 services, the year has %3 and %4")
                     .arg(x.resourceCount())
                     .arg(x.serviceCount())
                     .arg(year.resources.size())
                     .arg(year.services.size()));
    }

    void pairs()
    {
        for (qsizetype r = 0; r < x.resourceCount(); ++r) {
            const EffectiveResource &resource = year.resources.at(r);
            for (qsizetype s = 0; s < x.serviceCount(); ++s) {
                const Money amount = x.at(r, s);
                if (amount.isZero())
                    continue;
                if (amount < Money())
                    fail(pair(r, s), QStringLiteral("negative amount %1").arg(amount.minor()));
                else if (!year.mayFund(resource, year.services.at(s)))
                    fail(pair(r, s), QStringLiteral("gives %1 to a service it may not fund")
                                         .arg(amount.minor()));
                if (resource.maxPerService && amount > *resource.maxPerService)
                    fail(pair(r, s), QStringLiteral("gives %1, above its cap of %2")
                                         .arg(amount.minor())
                                         .arg(resource.maxPerService->minor()));
                if (resource.matchRatio && amount > AllocationCheck::matchLimit(year, x, r, s))
                    fail(pair(r, s), QStringLiteral("gives %1, more than its match limit of %2")
                                         .arg(amount.minor())
                                         .arg(AllocationCheck::matchLimit(year, x, r, s).minor()));
            }
        }
    }

    void resources()
    {
        for (qsizetype r = 0; r < x.resourceCount(); ++r) {
            const Money used = x.usageOf(r);
            if (used > year.resources.at(r).available)
                fail(year.resources.at(r).id, QStringLiteral("gives %1 but has %2")
                                                  .arg(used.minor())
                                                  .arg(year.resources.at(r).available.minor()));
        }
    }

    void services()
    {
        for (qsizetype s = 0; s < x.serviceCount(); ++s) {
            const EffectiveService &service = year.services.at(s);
            const Money funded = x.fundingOf(s);
            if (funded > service.cost)
                fail(service.id, QStringLiteral("receives %1 but costs %2")
                                     .arg(funded.minor())
                                     .arg(service.cost.minor()));
            const Money least = AllocationCheck::minimumFunding(service);
            if (!funded.isZero() && funded < least)
                fail(service.id, QStringLiteral("receives %1, below its minimum of %2")
                                     .arg(funded.minor())
                                     .arg(least.minor()));
            qint64 hours = 0;
            for (qsizetype r = 0; r < x.resourceCount(); ++r) {
                const EffectiveResource &resource = year.resources.at(r);
                const qint64 hour = resource.hourValue.minor();
                if (resource.kind == ResourceKind::Time && hour > 0)
                    hours += (x.at(r, s).minor() + hour - 1) / hour; // a part hour counts whole
            }
            if (hours > service.timeCapacityHours)
                fail(service.id, QStringLiteral("receives %1 volunteer hours, can absorb %2")
                                     .arg(hours)
                                     .arg(service.timeCapacityHours));
        }
    }
};

} // namespace

Money AllocationCheck::minimumFunding(const EffectiveService &service)
{
    return Money::fromMinor(ExactRatio::ceilTimes(service.minimumShare, service.cost.minor()));
}

std::array<long double, 3> AllocationCheck::weightedFunding(const EffectiveYear &year,
                                                            const Allocation &allocation)
{
    std::array<long double, 3> sums{0.0L, 0.0L, 0.0L};
    for (qsizetype s = 0; s < year.services.size(); ++s)
        sums[size_t(year.services.at(s).tier)] +=
            (long double)(allocation.fundingOf(s).minor()) * year.services.at(s).priority;
    return sums;
}

Money AllocationCheck::matchLimit(const EffectiveYear &year, const Allocation &allocation,
                                  qsizetype r, qsizetype s)
{
    const EffectiveResource &resource = year.resources.at(r);
    if (!resource.matchRatio)
        return Money::fromMinor(Money::kMaxMinor);
    Money matched;
    for (qsizetype p = 0; p < allocation.resourceCount(); ++p) {
        if (p != r && year.resources.at(p).sector == resource.matchSector)
            matched += allocation.at(p, s);
    }
    return Money::fromMinor(ExactRatio::floorTimes(*resource.matchRatio, matched.minor()));
}

Problems AllocationCheck::check(const EffectiveYear &year, const Allocation &allocation)
{
    Checker checker(year, allocation);
    checker.shape();
    if (!checker.problems.isEmpty())
        return checker.problems;
    checker.pairs();
    checker.resources();
    checker.services();
    return checker.problems;
}

} // namespace lps
