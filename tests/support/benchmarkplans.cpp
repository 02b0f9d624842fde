#include "benchmarkplans.h"

#include "validation/planlimits.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace lps::bench {

namespace {

// QRandomGenerator with a seed gives the same numbers everywhere; std::shuffle and the standard
// distributions do not, so everything here is built on bounded() and generateDouble().
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {
    }
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    double uniform(double low, double high)
    {
        return low + (high - low) * m_random.generateDouble();
    }
    // Log-uniform: as many services of £20k-£200k as of £500k-£5m.
    double logUniform(double low, double high)
    {
        return std::exp(uniform(std::log(low), std::log(high)));
    }
    // A number of steps of `step` between low and high, the way people write them (0.35, 1.25).
    double stepped(double low, double high, double step)
    {
        const int steps = int(std::lround((high - low) / step));
        return low + step * between(0, steps);
    }
    template <typename T> T pick(std::initializer_list<T> options)
    {
        return *(options.begin() + between(0, int(options.size()) - 1));
    }
    // The first `count` of a random permutation of 0..n-1 (Fisher-Yates).
    QList<int> sample(int n, int count)
    {
        QList<int> order(n);
        for (int i = 0; i < n; ++i)
            order[i] = i;
        for (int i = n - 1; i > 0; --i)
            std::swap(order[i], order[between(0, i)]);
        order.resize(std::min(count, n));
        return order;
    }

private:
    QRandomGenerator m_random;
};

const QStringList kTags{QStringLiteral("housing"),        QStringLiteral("homelessness"),
                        QStringLiteral("health"),         QStringLiteral("mental-health"),
                        QStringLiteral("young-people"),   QStringLiteral("older-people"),
                        QStringLiteral("disability"),     QStringLiteral("community"),
                        QStringLiteral("culture"),        QStringLiteral("employment"),
                        QStringLiteral("prevention"),     QStringLiteral("carers"),
                        QStringLiteral("domestic-abuse"), QStringLiteral("food"),
                        QStringLiteral("transport")};

// Tags of services that volunteers can help run.
const QStringList kVolunteerTags{QStringLiteral("community"), QStringLiteral("older-people"),
                                 QStringLiteral("young-people"), QStringLiteral("culture"),
                                 QStringLiteral("food")};

constexpr qint64 kPound = 100;

qint64 roundTo(double minor, qint64 unit)
{
    return std::max<qint64>(unit, std::llround(minor / double(unit)) * unit);
}

QStringList someTags(Dice &dice, int low, int high)
{
    QStringList picked;
    const int count = dice.between(low, high);
    while (picked.size() < count) {
        const QString tag = kTags.at(dice.between(0, int(kTags.size()) - 1));
        if (!picked.contains(tag))
            picked << tag;
    }
    return picked;
}

Service makeService(Dice &dice, int index, int years, bool minimumShare)
{
    Service s;
    s.id = QStringLiteral("svc-%1").arg(index, 4, 10, QLatin1Char('0'));
    s.tags = someTags(dice, 1, 3);
    s.name = QStringLiteral("Service %1 (%2)").arg(index).arg(s.tags.first());
    const int tierDice = dice.between(1, 100);
    s.tier = tierDice <= 30 ? Tier::Must : tierDice <= 70 ? Tier::Need : Tier::Could;
    s.priority = dice.between(1, 100);
    // £20k..£5m, to the nearest £100; one in five written year by year.
    const qint64 base =
        roundTo(dice.logUniform(20'000.0 * kPound, 5'000'000.0 * kPound), 100 * kPound);
    if (dice.chance(20)) {
        QList<qint64> values;
        double growth = 1.0;
        for (int y = 0; y < years; ++y) {
            values << roundTo(double(base) * growth, 100 * kPound);
            growth *= 1.0 + dice.uniform(-0.02, 0.06);
        }
        s.cost = YearlyAmounts::perYear(values);
    } else {
        s.cost = YearlyAmounts::single(base);
    }
    if (minimumShare)
        s.minimumShare = dice.stepped(0.3, 0.8, 0.05);
    const bool volunteerFriendly =
        std::any_of(s.tags.cbegin(), s.tags.cend(),
                    [](const QString &tag) { return kVolunteerTags.contains(tag); });
    if (volunteerFriendly && dice.chance(50))
        s.timeCapacityHours = dice.between(5, 200) * 100;
    s.provider = dice.pick({Provider::InHouse, Provider::ThirdSector, Provider::Private,
                            Provider::Mutual, Provider::Community});
    s.preventative = s.tags.contains(QStringLiteral("prevention"));
    return s;
}

// The first year's cost of the services a resource may fund, and for a time resource the money
// value of the volunteer hours those services can absorb.
struct Reach
{
    qint64 cost = 0;
    qint64 timeValue = 0;
};

Reach reachOf(const Plan &plan, const Resource &resource)
{
    Reach reach;
    for (const Service &service : plan.services) {
        if (!resource.eligible.admits(service.id, service.tags, service.tier))
            continue;
        const qint64 cost = service.costInYear(0, plan.costInflation).minor();
        reach.cost += cost;
        if (resource.kind == ResourceKind::Time && resource.hourValue)
            reach.timeValue +=
                std::min(cost, service.timeCapacityHours * resource.hourValue->minor());
    }
    return reach;
}

void restrict(Dice &dice, Resource &r, const Plan &plan)
{
    const int how = dice.between(1, 100);
    if (how <= 50) {
        r.eligible.tags = someTags(dice, 1, 2);
    } else if (how <= 70) {
        r.eligible.tiers =
            dice.chance(50) ? QList<Tier>{Tier::Must} : QList<Tier>{Tier::Must, Tier::Need};
    } else if (how <= 85) {
        r.eligible.tags = someTags(dice, 1, 1);
        r.eligible.tiers = {dice.pick({Tier::Must, Tier::Need, Tier::Could})};
    } else {
        const QList<int> picked = dice.sample(int(plan.services.size()), dice.between(5, 40));
        for (const int s : picked)
            r.eligible.services << plan.services.at(s).id;
    }
}

Resource makeResource(Dice &dice, int index, int resourceCount, bool restricted, const Plan &plan)
{
    Resource r;
    r.id = QStringLiteral("res-%1").arg(index, 3, 10, QLatin1Char('0'));
    // One in ten is volunteer time, one in ten in kind (at least one of each in a plan of ten).
    const int kindSlot = index % 10;
    r.kind = kindSlot == 3   ? ResourceKind::Time
             : kindSlot == 7 ? ResourceKind::InKind
                             : ResourceKind::Money;
    if (r.kind == ResourceKind::Time) {
        r.sector = dice.pick({Sector::Personal, Sector::Charitable});
        r.hourValue = Money::fromMinor(dice.between(12, 25) * kPound);
        r.name = QStringLiteral("Volunteer hours %1").arg(index);
    } else {
        const int sectorDice = dice.between(1, 100);
        r.sector = sectorDice <= 50   ? Sector::Public
                   : sectorDice <= 65 ? Sector::Private
                   : sectorDice <= 85 ? Sector::Charitable
                                      : Sector::Personal;
        r.name = QStringLiteral("%1 %2 %3")
                     .arg(r.kind == ResourceKind::InKind ? QStringLiteral("In-kind")
                                                         : QStringLiteral("Fund"),
                          spelling(r.sector))
                     .arg(index);
    }
    const int certaintyDice = dice.between(1, 100);
    r.certainty = certaintyDice <= 70   ? Certainty::Confirmed
                  : certaintyDice <= 90 ? Certainty::Expected
                                        : Certainty::Speculative;
    if (r.certainty == Certainty::Confirmed && r.sector == Sector::Public && dice.chance(15))
        r.contingentShare = dice.stepped(0.1, 0.5, 0.05);
    if (restricted)
        restrict(dice, r, plan);
    // Match funding: a private or charitable fund that puts in up to k pounds per public pound.
    if (r.kind != ResourceKind::Time && (index * 7 + 3) % 10 == 0 && resourceCount >= 10) {
        if (r.sector == Sector::Public)
            r.sector = Sector::Charitable;
        r.matchRatio = dice.stepped(0.5, 2.0, 0.25);
        r.matchSector = Sector::Public;
    }
    if (r.kind != ResourceKind::Time && dice.chance(15))
        r.maxPerService = Money::fromMinor(
            roundTo(dice.logUniform(50'000.0 * kPound, 1'000'000.0 * kPound), 1'000 * kPound));
    if (dice.chance(40))
        r.trend = dice.stepped(-0.03, 0.03, 0.005);
    r.notes = restricted ? QStringLiteral("Ring-fenced") : QString();
    return r;
}

} // namespace

BenchmarkPlans::Size BenchmarkPlans::countySize()
{
    return {QStringLiteral("county"), 800, 40, 5};
}

BenchmarkPlans::Size BenchmarkPlans::stressSize()
{
    return {QStringLiteral("stress"), 3000, 120, 5};
}

Scenario BenchmarkPlans::roomTest()
{
    Scenario room;
    room.id = QStringLiteral("room-test");
    room.name = QStringLiteral("Room test");
    room.basedOn = QStringLiteral("baseline");
    const QList<QPair<QString, double>> cuts{{QStringLiteral("res-000"), 0.60},
                                             {QStringLiteral("res-001"), 0.05},
                                             {QStringLiteral("res-002"), 0.53},
                                             {QStringLiteral("res-004"), 0.98},
                                             {QStringLiteral("res-006"), 0.94}};
    for (const auto &[resource, factor] : cuts) {
        Adjustment cut;
        cut.type = AdjustmentType::ResourceScale;
        cut.target = resource;
        cut.factor = factor;
        room.adjustments << cut;
    }
    return room;
}

BenchmarkPlans::Size BenchmarkPlans::largestSize()
{
    return {QStringLiteral("largest"), PlanLimits::kMaxServices, 120, 1};
}

Plan BenchmarkPlans::generate(const Size &size, quint32 seed, const Profile &profile)
{
    Dice dice(seed);
    Plan plan;
    plan.name = QStringLiteral("Benchmark %1 (seed %2)").arg(size.name).arg(seed);
    plan.locality = QStringLiteral("Benchmarkshire");
    plan.firstYear = 2026;
    plan.years = size.years;
    plan.costInflation = 0.03;

    QList<bool> withMinimum(size.services, false);
    for (const int s : dice.sample(size.services, size.services / profile.minimumShareEvery))
        withMinimum[s] = true;
    for (int s = 0; s < size.services; ++s)
        plan.services << makeService(dice, s, size.years, withMinimum.at(s));

    QList<bool> restricted(size.resources, false);
    for (const int r : dice.sample(size.resources, size.resources / profile.restrictedEvery))
        restricted[r] = true;
    for (int r = 0; r < size.resources; ++r)
        plan.resources << makeResource(dice, r, size.resources, restricted.at(r), plan);

    // Amounts: each resource gets a weight; restricted ones are held to what their services can
    // use, volunteer time to the hours its services absorb, and the unrestricted resources share
    // what is left of 85% of the first year's cost.
    qint64 totalCost = 0;
    for (const Service &service : plan.services)
        totalCost += service.costInYear(0, plan.costInflation).minor();
    const double target = profile.resourceShare * double(totalCost);
    QList<double> weights;
    double weightSum = 0.0;
    for (int r = 0; r < size.resources; ++r) {
        weights << dice.logUniform(1.0, 100.0) *
                       (plan.resources.at(r).kind == ResourceKind::Time ? 0.2 : 1.0);
        weightSum += weights.last();
    }
    QList<double> values(size.resources, 0.0);
    double fixed = 0.0;
    double freeWeight = 0.0;
    for (int r = 0; r < size.resources; ++r) {
        const Resource &resource = plan.resources.at(r);
        const Reach reach = reachOf(plan, resource);
        const double share = target * weights.at(r) / weightSum;
        if (resource.kind == ResourceKind::Time) {
            values[r] = std::min(share, 0.5 * double(reach.timeValue));
            fixed += values.at(r);
        } else if (!resource.eligible.isUnrestricted()) {
            values[r] = std::min(share, 0.6 * double(reach.cost));
            fixed += values.at(r);
        } else {
            freeWeight += weights.at(r);
        }
    }
    for (int r = 0; r < size.resources; ++r) {
        Resource &resource = plan.resources[r];
        if (resource.kind != ResourceKind::Time && resource.eligible.isUnrestricted())
            values[r] = std::max(0.0, target - fixed) * weights.at(r) / freeWeight;
        if (resource.kind == ResourceKind::Time) {
            resource.amount = YearlyAmounts::single(std::max<qint64>(
                1, std::llround(values.at(r) / double(resource.hourValue->minor()))));
        } else {
            resource.amount = YearlyAmounts::single(roundTo(values.at(r), 100 * kPound));
        }
    }

    Scenario baseline;
    baseline.id = QStringLiteral("baseline");
    baseline.name = QStringLiteral("Baseline");
    Scenario cut;
    cut.id = QStringLiteral("grant-cut");
    cut.name = QStringLiteral("Largest open grant cut by 30%");
    cut.basedOn = baseline.id;
    qsizetype largest = -1;
    for (qsizetype r = 0; r < plan.resources.size(); ++r) {
        const Resource &resource = plan.resources.at(r);
        if (resource.kind == ResourceKind::Money && resource.eligible.isUnrestricted() &&
            (largest < 0 || resource.amountInYear(0) > plan.resources.at(largest).amountInYear(0)))
            largest = r;
    }
    if (largest >= 0) {
        Adjustment scale;
        scale.type = AdjustmentType::ResourceScale;
        scale.target = plan.resources.at(largest).id;
        scale.factor = 0.7;
        cut.adjustments << scale;
    }
    plan.scenarios = {baseline, cut};
    return plan;
}

} // namespace lps::bench
