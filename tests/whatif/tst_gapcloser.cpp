#include "demo/demoplan.h"
#include "engine/allocationengine.h"
#include "reports/evaluation.h"
#include "scenarios/scenarioapplier.h"
#include "whatif/gapcloser.h"

#include <QTest>

using namespace lps;

/// What it would take: the least new unrestricted money that closes the must tier's gap, and
/// the must and need tiers' together, checked the way a finance officer would check it: add it
/// to the plan as a resource and the tiers are fully funded; a pound less and they are not.
class TestGapCloser : public QObject
{
    Q_OBJECT

private slots:
    void addingTheAmountClosesTheGap_data();
    void addingTheAmountClosesTheGap();
    void minimumSharesMakeItLessThanTheGap();
    void noGapTakesNothing();
};

namespace {

// The plan with `amount` of new public, confirmed money that may fund any service.
Plan withNewResource(Plan plan, Money amount)
{
    Resource money;
    money.id = QStringLiteral("new-money");
    money.name = QStringLiteral("New money");
    money.amount = YearlyAmounts::single(amount.minor());
    plan.resources.append(money);
    return plan;
}

Money gapUpTo(const Plan &plan, const QString &scenario, int year, Tier last)
{
    const Evaluation evaluation = Evaluation::of(plan, scenario, {year});
    Money gap;
    for (const Tier tier : kAllTiers) {
        if (int(tier) <= int(last))
            gap += evaluation.years.first().tiers[size_t(tier)].gap;
    }
    return gap;
}

} // namespace

void TestGapCloser::addingTheAmountClosesTheGap_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("year");
    for (const Scenario &scenario : DemoPlan::plan().scenarios) {
        for (const int year : {0, 3})
            QTest::addRow("%s %d", qPrintable(scenario.id), year) << scenario.id << year;
    }
}

void TestGapCloser::addingTheAmountClosesTheGap()
{
    QFETCH(QString, scenario);
    QFETCH(int, year);
    Plan plan = DemoPlan::plan();
    // A must tier with a gap too: the council's own money is gone.
    plan.resources[plan.resourceIndex(QStringLiteral("council-tax"))].amount =
        YearlyAmounts::single(0);
    const EffectiveYear effective = *ScenarioApplier(plan).apply(scenario, year);
    const GapCloser::ToClose toClose =
        GapCloser::of(effective, AllocationEngine::evaluate(effective));
    QVERIFY(toClose.must > Money());
    QVERIFY(toClose.mustNeed >= toClose.must);
    const Money pound = Money::fromMinor(100);
    QCOMPARE(gapUpTo(withNewResource(plan, toClose.must), scenario, year, Tier::Must), Money());
    QVERIFY(gapUpTo(withNewResource(plan, toClose.must - pound), scenario, year, Tier::Must) >
            Money());
    QCOMPARE(gapUpTo(withNewResource(plan, toClose.mustNeed), scenario, year, Tier::Need), Money());
    QVERIFY(gapUpTo(withNewResource(plan, toClose.mustNeed - pound), scenario, year, Tier::Need) >
            Money());
}

// Two must services: one that cannot run on less than 60% of its cost, one that takes what it is
// given. The optimum, weighting priority, gives the first all it needs; new money then has to
// fill only the gap the second service has.
void TestGapCloser::minimumSharesMakeItLessThanTheGap()
{
    EffectiveYear year;
    year.scenarioId = QStringLiteral("baseline");
    year.calendarYear = 2026;
    EffectiveResource money;
    money.id = QStringLiteral("money");
    money.name = money.id;
    money.available = Money::fromMinor(500'00);
    year.resources << money;
    EffectiveService big;
    big.id = QStringLiteral("big");
    big.name = big.id;
    big.cost = Money::fromMinor(1000'00);
    big.minimumShare = 0.6;
    big.priority = 50;
    year.services << big;
    const YearResult current = AllocationEngine::evaluate(year);
    // 500 cannot reach the 600 minimum: nothing is funded, the whole 1000 is the gap.
    QCOMPARE(current.tiers[0].gap, Money::fromMinor(1000'00));
    const GapCloser::ToClose toClose = GapCloser::of(year, current);
    QCOMPARE(toClose.must, Money::fromMinor(500'00));
    QVERIFY(GapCloser::closes(year, toClose.must, Tier::Must));
    QVERIFY(!GapCloser::closes(year, toClose.must - Money::fromMinor(1), Tier::Must));
}

void TestGapCloser::noGapTakesNothing()
{
    const Plan plan = DemoPlan::plan();
    const EffectiveYear effective = *ScenarioApplier(plan).apply(QStringLiteral("baseline"), 0);
    const YearResult current = AllocationEngine::evaluate(effective);
    QCOMPARE(current.tiers[0].gap, Money());
    QCOMPARE(GapCloser::of(effective, current).must, Money());
}

QTEST_GUILESS_MAIN(TestGapCloser)
#include "tst_gapcloser.moc"
