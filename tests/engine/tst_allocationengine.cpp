#include "allocation/allocationcheck.h"
#include "demo/demoplan.h"
#include "engine/allocationengine.h"
#include "engine/waterfall.h"
#include "scenarios/scenarioapplier.h"
#include "solver/allocationsolver.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lps;

namespace {

EffectiveResource money(const char *id, qint64 amount, Sector sector = Sector::Public)
{
    EffectiveResource r;
    r.id = QString::fromUtf8(id);
    r.name = r.id;
    r.sector = sector;
    r.available = Money::fromMinor(amount);
    return r;
}

EffectiveService service(const char *id, Tier tier, qint64 cost, int priority = 50)
{
    EffectiveService s;
    s.id = QString::fromUtf8(id);
    s.name = s.id;
    s.tier = tier;
    s.cost = Money::fromMinor(cost);
    s.priority = priority;
    return s;
}

EffectiveYear year(const QList<EffectiveResource> &resources,
                   const QList<EffectiveService> &services)
{
    EffectiveYear y;
    y.calendarYear = 2026;
    y.resources = resources;
    y.services = services;
    return y;
}

// Round 311 of tst_referencecheck (pence): must services that need whole pence of public money
// to unlock 1.8x private money, and a need service with a minimum share.
EffectiveYear round311()
{
    EffectiveResource charity = money("r0", 2035, Sector::Charitable);
    charity.certainty = Certainty::Speculative;
    EffectiveResource grant = money("r1", 2711);
    grant.certainty = Certainty::Expected;
    EffectiveResource matched = money("r2", 8728, Sector::Private);
    matched.certainty = Certainty::Expected;
    matched.matchRatio = 1.8;
    matched.matchSector = Sector::Public;
    EffectiveService s2 = service("s2", Tier::Must, 4212, 65);
    s2.timeCapacityHours = 3;
    EffectiveService s3 = service("s3", Tier::Need, 9967, 98);
    s3.minimumShare = 0.1;
    EffectiveService s4 = service("s4", Tier::Must, 1718, 16);
    s4.minimumShare = 0.5;
    return year(
        {charity, grant, matched, money("r3", 9945, Sector::Private)},
        {service("s0", Tier::Could, 3267, 53), service("s1", Tier::Must, 8826, 55), s2, s3, s4});
}

Money funded(const YearResult &result, const char *id)
{
    for (const ServiceOutcome &s : result.services) {
        if (s.id == QString::fromUtf8(id))
            return s.funded;
    }
    qFatal("no service %s", id);
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

// Priority-weighted funding of one tier, in minor units.
qint64 weighted(const EffectiveYear &y, const Allocation &a, Tier tier)
{
    qint64 total = 0;
    for (qsizetype s = 0; s < y.services.size(); ++s) {
        if (y.services.at(s).tier == tier && !y.services.at(s).switchedOff)
            total += a.fundingOf(s).minor() * y.services.at(s).priority;
    }
    return total;
}

} // namespace

class TestAllocationEngine : public QObject
{
    Q_OBJECT

private slots:
    void poolingAvoidsTheWaterfallTrap();
    void mustComesBeforeNeedWhateverThePriority();
    void priorityDecidesWithinATier();
    void minimumShareIsAllOrAtLeast();
    void matchFundingFollowsTheMoneyItMatches();
    void volunteerHoursStayWithinCapacity();
    void capLimitsEachService();
    void leastCertainMoneyIsUsedLast();
    void exactAtEveryScale_data();
    void exactAtEveryScale();
    void demoIsOptimalAndExactInEveryScenarioAndYear();
    void randomPlansAreFeasibleAndBeatTheWaterfall();
    void sameInputSameOutput();
    void solverThatGivesUpLeavesTheCheckedWaterfall();
    void searchCutShortIsNotCalledOptimal();
    void wholeUnitsAroundAMatchAreReportedNotOptimal();
    void roundingThatLosesMoreThanTheRuleAllowsIsNotOptimal();
};

void TestAllocationEngine::poolingAvoidsTheWaterfallTrap()
{
    // The flexible money is enough for one service; the ring-fenced grant only for the second.
    EffectiveResource grant = money("grant", 100'000);
    grant.eligible.services = {QStringLiteral("meals")};
    EffectiveYear y =
        year({money("tax", 100'000), grant}, {service("day-centre", Tier::Need, 100'000, 80),
                                              service("meals", Tier::Need, 100'000, 60)});
    // Make the flexible money come first in display order, as a spreadsheet would use it.
    const YearResult result = AllocationEngine::evaluate(y);
    QVERIFY2(result.optimal, qPrintable(describe(result.problems)));
    QCOMPARE(funded(result, "day-centre"), Money::fromMinor(100'000));
    QCOMPARE(funded(result, "meals"), Money::fromMinor(100'000));
    QCOMPARE(result.tiers[1].gap, Money());
}

void TestAllocationEngine::mustComesBeforeNeedWhateverThePriority()
{
    const YearResult result = AllocationEngine::evaluate(
        year({money("tax", 150)},
             {service("nice", Tier::Need, 100, 100), service("duty", Tier::Must, 100, 1)}));
    QCOMPARE(funded(result, "duty"), Money::fromMinor(100));
    QCOMPARE(funded(result, "nice"), Money::fromMinor(50));
    QCOMPARE(result.services.at(1).status, FundingStatus::Funded);
    QCOMPARE(result.services.at(0).status, FundingStatus::Partial);
}

void TestAllocationEngine::priorityDecidesWithinATier()
{
    const YearResult result = AllocationEngine::evaluate(
        year({money("tax", 150)},
             {service("low", Tier::Could, 100, 10), service("high", Tier::Could, 100, 90)}));
    QCOMPARE(funded(result, "high"), Money::fromMinor(100));
    QCOMPARE(funded(result, "low"), Money::fromMinor(50));
}

void TestAllocationEngine::minimumShareIsAllOrAtLeast()
{
    EffectiveService leisure = service("leisure", Tier::Need, 1000, 90);
    leisure.minimumShare = 0.6;
    const YearResult result = AllocationEngine::evaluate(
        year({money("tax", 500)}, {leisure, service("parks", Tier::Need, 1000, 10)}));
    QVERIFY2(result.optimal, qPrintable(describe(result.problems)));
    // 500 cannot reach 60% of leisure: it goes to the parks instead of being wasted.
    QCOMPARE(funded(result, "leisure"), Money());
    QCOMPARE(funded(result, "parks"), Money::fromMinor(500));
    const YearResult enough = AllocationEngine::evaluate(
        year({money("tax", 700)}, {leisure, service("parks", Tier::Need, 1000, 10)}));
    QCOMPARE(funded(enough, "leisure"), Money::fromMinor(700));
}

void TestAllocationEngine::matchFundingFollowsTheMoneyItMatches()
{
    EffectiveResource trust = money("trust", 1000, Sector::Charitable);
    trust.matchRatio = 1.0;
    const YearResult result = AllocationEngine::evaluate(
        year({trust, money("tax", 300)}, {service("hub", Tier::Need, 1000)}));
    QVERIFY2(result.optimal, qPrintable(describe(result.problems)));
    QCOMPARE(result.allocation.at(1, 0), Money::fromMinor(300));
    QCOMPARE(result.allocation.at(0, 0), Money::fromMinor(300)); // pound for pound, no more
}

void TestAllocationEngine::volunteerHoursStayWithinCapacity()
{
    EffectiveResource volunteers = money("volunteers", 100 * 1250, Sector::Personal);
    volunteers.kind = ResourceKind::Time;
    volunteers.hours = 100;
    volunteers.hourValue = Money::fromMinor(1250);
    EffectiveService befriending = service("befriending", Tier::Could, 100'000);
    befriending.timeCapacityHours = 40;
    const YearResult result = AllocationEngine::evaluate(
        year({volunteers}, {befriending, service("pool", Tier::Must, 10)}));
    QVERIFY2(result.optimal, qPrintable(describe(result.problems)));
    QCOMPARE(funded(result, "befriending"), Money::fromMinor(40 * 1250));
    QCOMPARE(funded(result, "pool"), Money()); // takes no volunteers
}

void TestAllocationEngine::capLimitsEachService()
{
    EffectiveResource sponsor = money("sponsor", 1000, Sector::Private);
    sponsor.maxPerService = Money::fromMinor(300);
    const YearResult result = AllocationEngine::evaluate(year(
        {sponsor}, {service("a", Tier::Could, 1000, 90), service("b", Tier::Could, 1000, 10)}));
    QCOMPARE(funded(result, "a"), Money::fromMinor(300));
    QCOMPARE(funded(result, "b"), Money::fromMinor(300));
}

void TestAllocationEngine::leastCertainMoneyIsUsedLast()
{
    EffectiveResource hoped = money("lottery", 1000, Sector::Charitable);
    hoped.certainty = Certainty::Speculative;
    const YearResult result = AllocationEngine::evaluate(
        year({hoped, money("tax", 1000)}, {service("a", Tier::Must, 800)}));
    QCOMPARE(result.allocation.at(1, 0), Money::fromMinor(800));
    QCOMPARE(result.allocation.at(0, 0), Money());
    QCOMPARE(result.services.first().atRisk, Money());
}

void TestAllocationEngine::exactAtEveryScale_data()
{
    QTest::addColumn<qint64>("unit");
    QTest::newRow("ten thousand pounds") << qint64(1);
    QTest::newRow("ten million pounds") << qint64(1000);
    QTest::newRow("ten billion pounds") << qint64(1'000'000);
}

void TestAllocationEngine::exactAtEveryScale()
{
    QFETCH(qint64, unit);
    // Odd amounts, so that nothing divides evenly: the totals must still reconcile to the penny.
    EffectiveResource grant = money("grant", 333'333 * unit + 7);
    grant.eligible.tiers = {Tier::Must};
    EffectiveService pool = service("pool", Tier::Need, 250'000 * unit + 3, 70);
    pool.minimumShare = 0.35;
    const EffectiveYear y = year({money("tax", 600'001 * unit + 1), grant},
                                 {service("homes", Tier::Must, 444'444 * unit + 1, 90),
                                  service("care", Tier::Must, 222'222 * unit + 9, 40), pool,
                                  service("arts", Tier::Could, 99'999 * unit + 1, 50)});
    const YearResult result = AllocationEngine::evaluate(y);
    QVERIFY2(result.optimal, qPrintable(describe(result.problems)));
    QCOMPARE(funded(result, "homes"), y.services.at(0).cost);
    QCOMPARE(funded(result, "care"), y.services.at(1).cost);
    // Everything left goes to the need tier, to the last minor unit the limits allow.
    const Money total = y.resources.at(0).available + y.resources.at(1).available;
    const Money left = total - y.services.at(0).cost - y.services.at(1).cost;
    QCOMPARE(funded(result, "pool"), std::min(left, pool.cost));
    Money sum;
    for (const ServiceOutcome &s : result.services)
        sum += s.funded;
    Money used;
    for (const ResourceOutcome &r : result.resources) {
        used += r.used;
        QCOMPARE(r.used + r.unused, r.available);
    }
    QCOMPARE(sum, used);
    QCOMPARE(result.tiers[0].funded + result.tiers[1].funded + result.tiers[2].funded, sum);
}

void TestAllocationEngine::demoIsOptimalAndExactInEveryScenarioAndYear()
{
    const Plan plan = DemoPlan::plan();
    for (const Scenario &scenario : plan.scenarios) {
        for (int y = 0; y < plan.years; ++y) {
            const auto result = AllocationEngine::evaluate(plan, scenario.id, y);
            QVERIFY(result);
            QVERIFY2(result->optimal, qPrintable(scenario.id + QStringLiteral(" %1: ").arg(y) +
                                                 describe(result->problems)));
            // The demo's must tier is affordable in every scenario: funded to the penny.
            QCOMPARE(result->tiers[0].gap, Money());
            // No service is left "partial" by a few pence of rounding.
            for (const ServiceOutcome &s : result->services) {
                if (s.status == FundingStatus::Partial)
                    QVERIFY2(s.cost - s.funded >= Money::fromMinor(100),
                             qPrintable(scenario.id + QLatin1Char(' ') + s.id));
            }
        }
    }
}

void TestAllocationEngine::randomPlansAreFeasibleAndBeatTheWaterfall()
{
    QRandomGenerator random(20261125);
    const auto pick = [&](int low, int high) {
        return int(random.bounded(low, high + 1));
    };
    for (int round = 0; round < 1000; ++round) {
        QList<EffectiveService> services;
        const int serviceCount = pick(1, 7);
        for (int s = 0; s < serviceCount; ++s) {
            EffectiveService item =
                service("s", Tier(pick(0, 2)), pick(1, 5000) * qint64(pick(1, 1000)), pick(1, 100));
            item.id += QString::number(s);
            if (pick(0, 3) == 0)
                item.minimumShare = pick(1, 9) / 10.0;
            if (pick(0, 3) == 0)
                item.timeCapacityHours = pick(0, 300);
            item.tags = {pick(0, 1) ? QStringLiteral("a") : QStringLiteral("b")};
            services << item;
        }
        QList<EffectiveResource> resources;
        const int resourceCount = pick(1, 5);
        for (int r = 0; r < resourceCount; ++r) {
            EffectiveResource item =
                money("r", pick(0, 4000) * qint64(pick(1, 1000)), Sector(pick(0, 3)));
            item.id += QString::number(r);
            item.certainty = Certainty(pick(0, 2));
            if (pick(0, 4) == 0) {
                item.kind = ResourceKind::Time;
                item.hourValue = Money::fromMinor(pick(500, 3000));
                item.hours = pick(0, 400);
                item.available = Money::fromMinor(item.hours * item.hourValue.minor());
            }
            if (pick(0, 3) == 0)
                item.eligible.tags = {QStringLiteral("a")};
            if (pick(0, 4) == 0)
                item.eligible.tiers = {Tier(pick(0, 2))};
            if (pick(0, 4) == 0 && item.sector != Sector::Public)
                item.matchRatio = pick(1, 20) / 10.0;
            if (pick(0, 4) == 0)
                item.maxPerService = Money::fromMinor(pick(1, 3000) * qint64(pick(1, 100)));
            resources << item;
        }
        const EffectiveYear y = year(resources, services);
        const YearResult result = AllocationEngine::evaluate(y);
        const QString context = QStringLiteral("round %1").arg(round);
        QVERIFY2(AllocationCheck::check(y, result.allocation).isEmpty(),
                 qPrintable(context + describe(AllocationCheck::check(y, result.allocation))));
        // The waterfall is a feasible allocation: the optimum's must tier can never be worse,
        // beyond the stage allowance of one minor unit per service.
        const Allocation waterfall = Waterfall::allocate(y);
        QVERIFY2(AllocationCheck::check(y, waterfall).isEmpty(), qPrintable(context));
        qint64 allowance = 100 * (serviceCount + 1);
        QVERIFY2(weighted(y, result.allocation, Tier::Must) + allowance >=
                     weighted(y, waterfall, Tier::Must),
                 qPrintable(context + QStringLiteral(": must %1 < waterfall %2")
                                          .arg(weighted(y, result.allocation, Tier::Must))
                                          .arg(weighted(y, waterfall, Tier::Must))));
    }
}

void TestAllocationEngine::sameInputSameOutput()
{
    const Plan plan = DemoPlan::plan();
    const auto first = AllocationEngine::evaluate(plan, QStringLiteral("provider-failure"), 2);
    const auto second = AllocationEngine::evaluate(plan, QStringLiteral("provider-failure"), 2);
    QCOMPARE(first->allocation, second->allocation);
}

void TestAllocationEngine::solverThatGivesUpLeavesTheCheckedWaterfall()
{
    const EffectiveYear y = *ScenarioApplier(DemoPlan::plan()).apply(QStringLiteral("baseline"), 1);
    FractionalAllocation gaveUp;
    gaveUp.solved = false;
    const YearResult result = AllocationEngine::resultOf(y, gaveUp);
    QVERIFY(!result.optimal);
    // People still see a valid allocation: the waterfall, passing the exact check, with one
    // problem that says what happened.
    QCOMPARE(result.allocation, Waterfall::allocate(y));
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().toString().contains(QStringLiteral("waterfall")),
             qPrintable(describe(result.problems)));
    QVERIFY(AllocationCheck::check(y, result.allocation).isEmpty());
    QCOMPARE(result.services.size(), y.services.size());
    Money funded;
    for (const ServiceOutcome &s : result.services)
        funded += s.funded;
    QCOMPARE(result.tiers[0].funded + result.tiers[1].funded + result.tiers[2].funded, funded);
}

void TestAllocationEngine::searchCutShortIsNotCalledOptimal()
{
    const EffectiveYear y = *ScenarioApplier(DemoPlan::plan()).apply(QStringLiteral("baseline"), 1);
    FractionalAllocation cutShort = AllocationSolver::solve(y);
    QVERIFY(cutShort.solved && cutShort.proven);
    cutShort.proven = false;
    cutShort.stopped = SearchStop::WorkLimit;
    // The need tier's search left a bound 10,000 weighted minor units above its answer.
    cutShort.tierBound[1] = cutShort.tierOptimum[1] + 10'000.0;
    const YearResult result = AllocationEngine::resultOf(y, cutShort);
    QVERIFY(!result.optimal);
    QCOMPARE(result.stopped, SearchStop::WorkLimit);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result.problems)));
    // The gap is the weighted shortfall at the lowest priority of the tier's short services.
    int lowest = 100;
    for (qsizetype s = 0; s < y.services.size(); ++s) {
        if (y.services.at(s).tier == Tier::Need &&
            result.services.at(s).funded < result.services.at(s).cost)
            lowest = std::min(lowest, y.services.at(s).priority);
    }
    const TierGap &need = result.gaps[1];
    QVERIFY(!need.gap.isZero());
    QVERIFY(need.gap <= Money::fromMinor(10'000 / lowest + 1));
    QCOMPARE(need.bound, result.tiers[1].funded + need.gap);
}

// Round 311 of tst_referencecheck (pence): public money unlocks 1.8x private money, and each
// must service needs a whole number of pence of it, so whole units cost the need tier about 2.8
// pence (274 weighted) of the continuous optimum, more than allocation.md's allowance of 200.
void TestAllocationEngine::wholeUnitsAroundAMatchAreReportedNotOptimal()
{
    const EffectiveYear y = round311();
    const YearResult result = AllocationEngine::evaluate(y);
    QVERIFY(AllocationCheck::check(y, result.allocation).isEmpty());
    QVERIFY(!result.optimal);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(!result.problems.first().isError() &&
                 result.problems.first().message.contains(QStringLiteral("need tier")),
             qPrintable(describe(result.problems)));
    QCOMPARE(result.stopped, SearchStop::None);
    // Still the best whole-pence answer: every must service in full, 4,812 for the need tier,
    // and the gap says the need tier may be up to 3 pence (274 weighted / priority 98) short.
    QCOMPARE(result.tiers[0].gap, Money());
    QCOMPARE(funded(result, "s3"), Money::fromMinor(4812));
    QCOMPARE(result.gaps[1].gap, Money::fromMinor(3));
}

// The rounding check itself: an answer that whole units leave further below the stages' optimum
// than allocation.md allows is never called optimal, and says which tier lost.
void TestAllocationEngine::roundingThatLosesMoreThanTheRuleAllowsIsNotOptimal()
{
    const EffectiveYear y = round311();
    FractionalAllocation solution = AllocationSolver::solve(y);
    QVERIFY(solution.solved && solution.proven);
    // As if the need stage had found 5 pence more for s3 (priority 98) than whole units can give.
    solution.tierOptimum[1] += 98.0 * 5.0;
    solution.tierBound[1] = solution.tierOptimum[1];
    const YearResult result = AllocationEngine::resultOf(y, solution);
    QVERIFY(AllocationCheck::check(y, result.allocation).isEmpty());
    QVERIFY(!result.optimal);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(!result.problems.first().isError() &&
                 result.problems.first().message.contains(QStringLiteral("need tier")),
             qPrintable(describe(result.problems)));
    QVERIFY(!result.gaps[1].gap.isZero());
}

QTEST_GUILESS_MAIN(TestAllocationEngine)
#include "tst_allocationengine.moc"
