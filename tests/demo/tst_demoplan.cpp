#include "demo/demoplan.h"
#include "scenarios/scenarioapplier.h"
#include "json/planjsonreader.h"
#include "json/planjsonwriter.h"

#include <QSet>
#include <QTest>

using namespace lps;

// The demo is what a room of councillors sees first: it must be valid, canonical and as rich
// as the issue promises.
class TestDemoPlan : public QObject
{
    Q_OBJECT

private slots:
    void isValidAndCanonical();
    void hasTheServicesItPromises();
    void hasTheResourcesItPromises();
    void hasScenariosThatBite();
};

void TestDemoPlan::isValidAndCanonical()
{
    const PlanJsonResult result = PlanJsonReader::read(DemoPlan::json());
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(PlanJsonWriter::write(*result.plan), DemoPlan::json());
}

void TestDemoPlan::hasTheServicesItPromises()
{
    const Plan plan = DemoPlan::plan();
    QCOMPARE(plan.years, 5);
    QVERIFY(plan.services.size() >= 30);
    QMap<Tier, int> perTier;
    for (const Service &service : plan.services) {
        ++perTier[service.tier];
        QVERIFY2(!service.consequence.isEmpty(), qPrintable(service.id));
    }
    for (const Tier tier : kAllTiers)
        QVERIFY2(perTier.value(tier) >= 8, qPrintable(spelling(tier)));
}

void TestDemoPlan::hasTheResourcesItPromises()
{
    const Plan plan = DemoPlan::plan();
    QVERIFY(plan.resources.size() >= 14);
    QSet<Sector> sectors;
    QSet<ResourceKind> kinds;
    bool ringFenced = false, matched = false, volunteers = false, results = false;
    for (const Resource &r : plan.resources) {
        sectors.insert(r.sector);
        kinds.insert(r.kind);
        ringFenced = ringFenced || (r.sector == Sector::Public && !r.eligible.isUnrestricted());
        matched = matched ||
                  (r.sector == Sector::Charitable && r.matchRatio && !r.eligible.isUnrestricted());
        volunteers = volunteers || (r.kind == ResourceKind::Time && r.hourValue);
        results = results || r.contingentShare > 0;
    }
    QCOMPARE(sectors.size(), 4);
    QCOMPARE(kinds.size(), 3);
    QVERIFY(ringFenced);
    QVERIFY(matched);
    QVERIFY(volunteers);
    QVERIFY(results);
}

void TestDemoPlan::hasScenariosThatBite()
{
    const Plan plan = DemoPlan::plan();
    QVERIFY(plan.scenarios.size() >= 4);
    const ScenarioApplier applier(plan);
    QSet<AdjustmentType> used;
    for (const Scenario &scenario : plan.scenarios) {
        for (const Adjustment &a : applier.adjustments(scenario.id))
            used.insert(a.type);
    }
    QVERIFY(used.contains(AdjustmentType::ResourceScale));
    QVERIFY(used.contains(AdjustmentType::ServiceScale));
    QVERIFY(used.contains(AdjustmentType::ResourceOff));
    // In the baseline the money runs out before the could tier: there is something to decide.
    const auto year = applier.apply(plan.baseline()->id, 0);
    Money cost, available;
    for (const EffectiveService &s : year->services)
        cost += s.cost;
    for (const EffectiveResource &r : year->resources)
        available += r.available;
    QVERIFY(available < cost);
    QVERIFY(available > cost.scaled(0.6));
}

QTEST_GUILESS_MAIN(TestDemoPlan)
#include "tst_demoplan.moc"
