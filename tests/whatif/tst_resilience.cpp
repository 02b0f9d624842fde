#include "demo/demoplan.h"
#include "engine/allocationengine.h"
#include "reports/evaluation.h"
#include "scenarios/scenarioapplier.h"
#include "whatif/resilience.h"

#include <QTest>

using namespace lps;

/// Planning for failure: each resource's row equals a re-evaluation of the plan with that
/// resource switched off by a scenario, the rows come in the order of the damage, and a must
/// service that only one resource may fund is called a single point of failure.
class TestResilience : public QObject
{
    Q_OBJECT

private slots:
    void eachRowIsAReEvaluationWithTheResourceOff_data();
    void eachRowIsAReEvaluationWithTheResourceOff();
    void rowsComeInTheOrderOfTheDamage();
    void oneThreadOrTwoGiveTheSameAnswer();
    void aMustServiceWithOneFunderIsASinglePoint();
    void cancellingStopsEarly();
    void aResourceAlreadyOffHasARowWithNoLoss();
};

namespace {

struct Case
{
    Plan plan;
    EffectiveYear year;
    YearResult current;
};

Case demo(const QString &scenario, int year)
{
    Case c{DemoPlan::plan(), {}, {}};
    c.year = *ScenarioApplier(c.plan).apply(scenario, year);
    c.current = AllocationEngine::evaluate(c.year);
    return c;
}

// The finance officer's way: a scenario, based on this one, in which the funder withdraws.
YearResult withdrawn(Plan plan, const QString &scenario, int year, const QString &resource)
{
    Adjustment off;
    off.type = AdjustmentType::ResourceOff;
    off.target = resource;
    plan.scenarios.append(
        Scenario{QStringLiteral("without"), QStringLiteral("Without"), scenario, {off}, {}});
    return Evaluation::of(plan, QStringLiteral("without"), {year}).years.first();
}

} // namespace

void TestResilience::eachRowIsAReEvaluationWithTheResourceOff_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("year");
    QTest::newRow("baseline") << QStringLiteral("baseline") << 0;
    QTest::newRow("grant cut, later") << QStringLiteral("central-grant-cut") << 2;
    QTest::newRow("provider failure") << QStringLiteral("provider-failure") << 1;
}

void TestResilience::eachRowIsAReEvaluationWithTheResourceOff()
{
    QFETCH(QString, scenario);
    QFETCH(int, year);
    const Case c = demo(scenario, year);
    const Resilience::Result result = Resilience::of(c.year, c.current);
    QVERIFY(result.complete);
    int withLoss = 0;
    for (const Resilience::ResourceLoss &row : result.resources) {
        const YearResult after = withdrawn(c.plan, scenario, year, row.id);
        for (const Tier tier : kAllTiers)
            QCOMPARE(row.loss[size_t(tier)],
                     c.current.tiers[size_t(tier)].funded - after.tiers[size_t(tier)].funded);
        for (const auto &[service, loss] : row.services) {
            qsizetype s = 0;
            while (c.current.services.at(s).id != service)
                ++s;
            QCOMPARE(loss, c.current.services.at(s).funded - after.services.at(s).funded);
        }
        withLoss += row.services.isEmpty() ? 0 : 1;
    }
    QVERIFY(withLoss > 3); // the demo's big funders matter
}

void TestResilience::rowsComeInTheOrderOfTheDamage()
{
    const Case c = demo(QStringLiteral("baseline"), 0);
    const Resilience::Result result = Resilience::of(c.year, c.current);
    QCOMPARE(result.resources.size(), c.year.resources.size());
    for (qsizetype i = 1; i < result.resources.size(); ++i) {
        const auto &a = result.resources.at(i - 1);
        const auto &b = result.resources.at(i);
        const auto key = [](const Resilience::ResourceLoss &row) {
            return std::make_tuple(-row.loss[0].minor(), -row.loss[1].minor(), -row.loss[2].minor(),
                                   row.id);
        };
        QVERIFY2(key(a) < key(b), qPrintable(a.id + QStringLiteral(" before ") + b.id));
    }
    // Council tax pays for most of the must tier: losing it does the most damage there.
    QCOMPARE(result.resources.first().id, QStringLiteral("council-tax"));
}

void TestResilience::oneThreadOrTwoGiveTheSameAnswer()
{
    const Case c = demo(QStringLiteral("central-grant-cut"), 1);
    QCOMPARE(Resilience::of(c.year, c.current, 1), Resilience::of(c.year, c.current, 2));
}

void TestResilience::aMustServiceWithOneFunderIsASinglePoint()
{
    EffectiveYear year;
    year.scenarioId = QStringLiteral("baseline");
    year.calendarYear = 2026;
    EffectiveResource grant;
    grant.id = QStringLiteral("dfg");
    grant.name = grant.id;
    grant.available = Money::fromMinor(100'00);
    grant.eligible.services = {QStringLiteral("adaptations")};
    EffectiveResource fees = grant;
    fees.id = QStringLiteral("fees");
    fees.eligible.services = {QStringLiteral("licensing")};
    year.resources << grant << fees;
    EffectiveService adaptations;
    adaptations.id = QStringLiteral("adaptations");
    adaptations.name = adaptations.id;
    adaptations.cost = Money::fromMinor(100'00);
    EffectiveService licensing = adaptations;
    licensing.id = QStringLiteral("licensing");
    licensing.tier = Tier::Need; // only the must tier counts
    year.services << adaptations << licensing;
    const QList<QPair<QString, QString>> points = Resilience::singlePoints(year);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first(), qMakePair(QStringLiteral("adaptations"), QStringLiteral("dfg")));
    // In the demo every must service can also draw on the council's unrestricted money.
    const Case c = demo(QStringLiteral("baseline"), 0);
    QVERIFY(Resilience::singlePoints(c.year).isEmpty());
}

void TestResilience::cancellingStopsEarly()
{
    const Case c = demo(QStringLiteral("baseline"), 0);
    std::atomic<bool> cancel{false};
    int calls = 0;
    const Resilience::Result result = Resilience::of(
        c.year, c.current, 1,
        [&](int done, int total) {
            ++calls;
            QCOMPARE(total, int(c.year.resources.size()));
            if (done == 3)
                cancel = true;
        },
        &cancel);
    QVERIFY(!result.complete);
    QCOMPARE(result.resources.size(), 3);
    QCOMPARE(calls, 3);
}

void TestResilience::aResourceAlreadyOffHasARowWithNoLoss()
{
    const Case c = demo(QStringLiteral("provider-failure"), 0);
    const Resilience::Result result = Resilience::of(c.year, c.current);
    QCOMPARE(result.resources.size(), c.year.resources.size());
    for (const Resilience::ResourceLoss &row : result.resources) {
        if (row.id == QLatin1String("housing-first-bond")) {
            QCOMPARE(row.loss, (std::array<Money, 3>{}));
            QVERIFY(row.services.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
