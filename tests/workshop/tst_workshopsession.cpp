// WorkshopSession: keys move levers in 5% steps within their range, switches flip, and the live
// scenario holds exactly the moved levers on top of the scenario presented from.

#include "demo/demoplan.h"
#include "reports/evaluation.h"
#include "validation/planvalidator.h"
#include "workshop/workshopsession.h"

#include <QTest>

using namespace lps;

class TestWorkshopSession : public QObject
{
    Q_OBJECT

private slots:
    void demoHasEightLevers();
    void stepsStayInRange_data();
    void stepsStayInRange();
    void switchesFlip();
    void liveHoldsOnlyMovedLevers();
    void liveIsBasedOnTheScenarioPresented();
    void snapshotIsAScenarioTheValidatorAccepts();
    void withdrawingMoneyWidensTheGap();
    void wordsNameTheLever();
};

void TestWorkshopSession::demoHasEightLevers()
{
    const WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    QCOMPARE(session.levers().size(), 8);
    QCOMPARE(session.chosen(), -1);
    QVERIFY(!session.isMoved());
}

void TestWorkshopSession::stepsStayInRange_data()
{
    QTest::addColumn<int>("lever");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("expected");
    // Council tax runs 80% to 120%, the grant 50% to 150%.
    QTest::newRow("one step down") << 0 << -1 << 95;
    QTest::newRow("one step up") << 0 << 1 << 105;
    QTest::newRow("stops at its low end") << 0 << -10 << 80;
    QTest::newRow("stops at its high end") << 0 << 10 << 120;
    QTest::newRow("a wider range") << 1 << -10 << 50;
}

void TestWorkshopSession::stepsStayInRange()
{
    QFETCH(int, lever);
    QFETCH(int, steps);
    QFETCH(int, expected);
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    QVERIFY(!session.step(1)); // nothing chosen yet
    QVERIFY(session.choose(lever));
    for (int i = 0; i < std::abs(steps); ++i)
        session.step(steps > 0 ? 1 : -1);
    QCOMPARE(session.percent(lever), expected);
    QVERIFY(!session.step(steps > 0 ? 1 : -1) || std::abs(steps) < 4);
}

void TestWorkshopSession::switchesFlip()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    QVERIFY(session.choose(4)); // the social impact bond withdraws
    QVERIFY(!session.step(1));  // a switch does not slide
    QVERIFY(session.toggle());
    QVERIFY(session.isOn(4));
    QCOMPARE(session.percent(4), 0);
    QVERIFY(session.toggle());
    QVERIFY(!session.isOn(4));
    QVERIFY(session.choose(0));
    QVERIFY(!session.toggle()); // a slider does not toggle
    QVERIFY(!session.choose(8));
    QCOMPARE(session.chosen(), 0);
}

void TestWorkshopSession::liveHoldsOnlyMovedLevers()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    QVERIFY(session.live().adjustments.isEmpty());
    session.choose(0);
    session.step(-2);
    session.choose(6);
    session.toggle();
    const Scenario live = session.live();
    QCOMPARE(live.adjustments.size(), 2);
    QCOMPARE(live.adjustments[0].type, AdjustmentType::ResourceScale);
    QCOMPARE(live.adjustments[0].target, QStringLiteral("council-tax"));
    QCOMPARE(live.adjustments[0].factor, 0.9);
    QCOMPARE(live.adjustments[1].type, AdjustmentType::ServiceOff);
    QCOMPARE(live.adjustments[1].target, QStringLiteral("museum"));
    session.choose(0);
    session.step(2); // back to 100%: no adjustment
    QCOMPARE(session.live().adjustments.size(), 1);
    session.choose(6);
    session.toggle();
    QVERIFY(!session.isMoved());
}

void TestWorkshopSession::liveIsBasedOnTheScenarioPresented()
{
    const WorkshopSession session(DemoPlan::plan(), QStringLiteral("central-grant-cut"));
    QCOMPARE(session.live().basedOn, QStringLiteral("central-grant-cut"));
    const Plan plan = session.planWithLive();
    QCOMPARE(plan.scenarios.last().id, session.liveId());
    QVERIFY(DemoPlan::plan().scenarioIndex(session.liveId()) < 0);
    const WorkshopSession unknown(DemoPlan::plan(), QStringLiteral("no-such-scenario"));
    QCOMPARE(unknown.live().basedOn, QString());
}

void TestWorkshopSession::snapshotIsAScenarioTheValidatorAccepts()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    session.choose(1);
    session.step(-4);
    const Scenario kept = session.snapshot(QStringLiteral("Baseline"));
    QVERIFY(kept.id != QStringLiteral("baseline")); // an id the plan does not have
    QCOMPARE(kept.name, QStringLiteral("Baseline"));
    QCOMPARE(kept.adjustments, session.live().adjustments);
    QVERIFY(kept.notes.contains(QStringLiteral("80%")));
    Plan plan = DemoPlan::plan();
    plan.scenarios << kept;
    const Problems problems = PlanValidator::validate(plan);
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
}

void TestWorkshopSession::withdrawingMoneyWidensTheGap()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    const Evaluation before = Evaluation::of(session.planWithLive(), session.liveId(), {0});
    session.choose(2); // business rates down to half
    session.step(-10);
    const Evaluation after = Evaluation::of(session.planWithLive(), session.liveId(), {0});
    const Money gapBefore = before.years[0].tiers[1].gap + before.years[0].tiers[2].gap;
    const Money gapAfter = after.years[0].tiers[1].gap + after.years[0].tiers[2].gap;
    QVERIFY(gapAfter > gapBefore);
}

void TestWorkshopSession::wordsNameTheLever()
{
    WorkshopSession session(DemoPlan::plan(), QStringLiteral("baseline"));
    session.choose(0);
    session.step(-1);
    QCOMPARE(session.words(0), QStringLiteral("Council tax (district share): 95%"));
    QCOMPARE(session.title(6), QStringLiteral("Eastbrook Museum: decommission"));
    QCOMPARE(session.words(6), QStringLiteral("Eastbrook Museum: runs"));
    session.choose(6);
    session.toggle();
    QCOMPARE(session.changes(),
             QStringLiteral("Council tax (district share) 95%; Eastbrook Museum decommissioned"));
}

QTEST_GUILESS_MAIN(TestWorkshopSession)
#include "tst_workshopsession.moc"
