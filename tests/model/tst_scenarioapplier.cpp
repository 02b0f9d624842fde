#include "plangenerator.h"
#include "scenarios/scenarioapplier.h"

#include <QTest>

#include <functional>

using namespace lps;

using Check = std::function<void(const EffectiveYear &)>;
Q_DECLARE_METATYPE(Check)

namespace {

Adjustment adjust(AdjustmentType type, const char *target, int fromYear = 0)
{
    Adjustment a;
    a.type = type;
    a.target = QString::fromUtf8(target);
    a.fromYear = fromYear;
    return a;
}

Adjustment scale(AdjustmentType type, const char *target, double factor, int fromYear = 0)
{
    Adjustment a = adjust(type, target, fromYear);
    a.factor = factor;
    return a;
}

const EffectiveResource &resource(const EffectiveYear &year, const char *id)
{
    for (const EffectiveResource &r : year.resources) {
        if (r.id == QString::fromUtf8(id))
            return r;
    }
    qFatal("no resource %s", id);
}

const EffectiveService &service(const EffectiveYear &year, const char *id)
{
    for (const EffectiveService &s : year.services) {
        if (s.id == QString::fromUtf8(id))
            return s;
    }
    qFatal("no service %s", id);
}

Plan withScenario(const QList<Adjustment> &adjustments)
{
    Plan plan = test::samplePlan();
    Scenario what;
    what.id = QStringLiteral("what-if");
    what.name = QStringLiteral("What if");
    what.basedOn = QStringLiteral("baseline");
    what.adjustments = adjustments;
    plan.scenarios << what;
    return plan;
}

} // namespace

class TestScenarioApplier : public QObject
{
    Q_OBJECT

private slots:
    void baselineIsThePlanAsWritten();
    void eachAdjustment_data();
    void eachAdjustment();
    void scenariosComposeThroughBasedOn();
    void moveResourceKeepsItsIdAcrossYears();
    void refusesUnknownScenarioAndYear();
    void timeOnlyFundsServicesThatTakeVolunteers();
    void generatedPlansApplyInEveryYear();
};

void TestScenarioApplier::baselineIsThePlanAsWritten()
{
    const Plan plan = test::samplePlan();
    const auto year = ScenarioApplier(plan).apply(QStringLiteral("baseline"), 2);
    QVERIFY(year);
    QCOMPARE(year->calendarYear, 2028);
    // 500,000.00 x 1.02^2 = 520,200.00; 300,000.00 x 1.03^2 = 318,270.00
    QCOMPARE(resource(*year, "council-tax").available, Money::fromMinor(52'020'000));
    QCOMPARE(resource(*year, "volunteers").hours, qint64(1400));
    QCOMPARE(resource(*year, "volunteers").available, Money::fromMinor(1400 * 1250));
    QCOMPARE(service(*year, "homelessness").cost, Money::fromMinor(31'827'000));
    QCOMPARE(service(*year, "festival").cost, Money::fromMinor(4'400'000)); // listed: no inflation
}

void TestScenarioApplier::eachAdjustment_data()
{
    QTest::addColumn<QList<Adjustment>>("adjustments");
    QTest::addColumn<int>("yearIndex");
    QTest::addColumn<Check>("check");

    QTest::newRow("resource-scale money")
        << QList<Adjustment>{scale(AdjustmentType::ResourceScale, "council-tax", 0.7)} << 1
        << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "council-tax").available, Money::fromMinor(35'700'000));
           });
    QTest::newRow("resource-scale time scales hours")
        << QList<Adjustment>{scale(AdjustmentType::ResourceScale, "volunteers", 0.5)} << 2
        << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "volunteers").hours, qint64(700));
               QCOMPARE(resource(y, "volunteers").available, Money::fromMinor(700 * 1250));
           });
    QTest::newRow("not before fromYear")
        << QList<Adjustment>{scale(AdjustmentType::ResourceScale, "council-tax", 0.7, 1)} << 0
        << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "council-tax").available, Money::fromMinor(50'000'000));
           });
    Adjustment set = adjust(AdjustmentType::ResourceSet, "volunteers");
    set.year = 1;
    set.amount = 10;
    QTest::newRow("resource-set its year")
        << QList<Adjustment>{set} << 1 << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "volunteers").available, Money::fromMinor(12'500));
           });
    QTest::newRow("resource-set not other years")
        << QList<Adjustment>{set} << 2 << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "volunteers").hours, qint64(1400));
           });
    Adjustment five = adjust(AdjustmentType::ResourceSet, "council-tax");
    five.amount = 5;
    QTest::newRow("scaling rounds half away from zero")
        << QList<Adjustment>{five, scale(AdjustmentType::ResourceScale, "council-tax", 0.5)} << 0
        << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "council-tax").available, Money::fromMinor(3));
           });
    QTest::newRow("order matters: set after scale wins")
        << QList<Adjustment>{scale(AdjustmentType::ResourceScale, "council-tax", 0.5), five} << 0
        << Check([](const EffectiveYear &y) {
               QCOMPARE(resource(y, "council-tax").available, Money::fromMinor(5));
           });
    QTest::newRow("resource-off")
        << QList<Adjustment>{adjust(AdjustmentType::ResourceOff, "council-tax")} << 0
        << Check([](const EffectiveYear &y) {
               QVERIFY(resource(y, "council-tax").switchedOff);
               QCOMPARE(resource(y, "council-tax").available, Money());
               QVERIFY(!y.mayFund(resource(y, "council-tax"), service(y, "homelessness")));
           });
    QTest::newRow("service-scale with inflation")
        << QList<Adjustment>{scale(AdjustmentType::ServiceScale, "library", 0.85)} << 1
        << Check([](const EffectiveYear &y) {
               QCOMPARE(service(y, "library").cost, Money::fromMinor(13'132'500));
           });
    Adjustment tier = adjust(AdjustmentType::ServiceTier, "library");
    tier.tier = Tier::Could;
    QTest::newRow("service-tier") << QList<Adjustment>{tier} << 0
                                  << Check([](const EffectiveYear &y) {
                                         QCOMPARE(service(y, "library").tier, Tier::Could);
                                     });
    Adjustment priority = adjust(AdjustmentType::ServicePriority, "library");
    priority.priority = 80;
    QTest::newRow("service-priority")
        << QList<Adjustment>{priority} << 0
        << Check([](const EffectiveYear &y) { QCOMPARE(service(y, "library").priority, 80); });
    QTest::newRow("service-off")
        << QList<Adjustment>{adjust(AdjustmentType::ServiceOff, "festival")} << 0
        << Check([](const EffectiveYear &y) {
               QVERIFY(service(y, "festival").switchedOff);
               QVERIFY(!y.mayFund(resource(y, "council-tax"), service(y, "festival")));
           });
    Adjustment move = adjust(AdjustmentType::Move, "library");
    move.toService = QStringLiteral("festival");
    move.amount = 2'000'000;
    QTest::newRow("move") << QList<Adjustment>{move} << 0 << Check([](const EffectiveYear &y) {
        QCOMPARE(service(y, "library").cost, Money::fromMinor(13'000'000));
        const EffectiveResource &moved = y.resources.last();
        QVERIFY(moved.fromMove);
        QCOMPARE(moved.available, Money::fromMinor(2'000'000));
        QCOMPARE(moved.sector, Sector::Public);
        QCOMPARE(moved.certainty, Certainty::Confirmed);
        QVERIFY(y.mayFund(moved, service(y, "festival")));
        QVERIFY(!y.mayFund(moved, service(y, "homelessness")));
    });
    Adjustment bigMove = move;
    bigMove.amount = 99'000'000;
    QTest::newRow("move takes at most the whole cost")
        << QList<Adjustment>{bigMove} << 0 << Check([](const EffectiveYear &y) {
               QCOMPARE(service(y, "library").cost, Money());
               QCOMPARE(y.resources.last().available, Money::fromMinor(15'000'000));
           });
    Adjustment lateMove = move;
    lateMove.fromYear = 2;
    QTest::newRow("move only in its years")
        << QList<Adjustment>{lateMove} << 1
        << Check([](const EffectiveYear &y) { QCOMPARE(y.resources.size(), 2); });
    Adjustment setAfterOff = adjust(AdjustmentType::ResourceSet, "council-tax");
    setAfterOff.amount = 40'000;
    QTest::newRow("a switched-off resource stays off")
        << QList<Adjustment>{adjust(AdjustmentType::ResourceOff, "council-tax"), setAfterOff,
                             scale(AdjustmentType::ResourceScale, "council-tax", 2.0)}
        << 0 << Check([](const EffectiveYear &y) {
               QVERIFY(resource(y, "council-tax").switchedOff);
               QCOMPARE(resource(y, "council-tax").available, Money());
           });
    QTest::newRow("nothing moves out of a decommissioned service")
        << QList<Adjustment>{adjust(AdjustmentType::ServiceOff, "library"), move} << 0
        << Check([](const EffectiveYear &y) { QCOMPARE(y.resources.last().available, Money()); });
    QTest::newRow("eligibility follows the new tier")
        << QList<Adjustment>{tier} << 0 << Check([](const EffectiveYear &y) {
               EffectiveResource mustOnly = resource(y, "council-tax");
               mustOnly.eligible.tiers = {Tier::Need};
               QVERIFY(!y.mayFund(mustOnly, service(y, "library")));
           });
}

void TestScenarioApplier::eachAdjustment()
{
    QFETCH(QList<Adjustment>, adjustments);
    QFETCH(int, yearIndex);
    QFETCH(Check, check);
    const Plan plan = withScenario(adjustments);
    const auto year = ScenarioApplier(plan).apply(QStringLiteral("what-if"), yearIndex);
    QVERIFY(year);
    check(*year);
    // The baseline is never touched by another scenario's adjustments.
    const auto baseline = ScenarioApplier(plan).apply(QStringLiteral("baseline"), yearIndex);
    QCOMPARE(*baseline,
             *ScenarioApplier(test::samplePlan()).apply(QStringLiteral("baseline"), yearIndex));
}

void TestScenarioApplier::scenariosComposeThroughBasedOn()
{
    Plan plan = withScenario({scale(AdjustmentType::ResourceScale, "council-tax", 0.5)});
    Scenario deeper;
    deeper.id = QStringLiteral("deeper");
    deeper.name = QStringLiteral("Deeper");
    deeper.basedOn = QStringLiteral("what-if");
    deeper.adjustments = {scale(AdjustmentType::ResourceScale, "council-tax", 0.5)};
    plan.scenarios << deeper;
    const ScenarioApplier applier(plan);
    QCOMPARE(applier.chain(QStringLiteral("deeper")).size(), 3);
    QCOMPARE(applier.adjustments(QStringLiteral("deeper")).size(),
             2); // what-if's halving, then its own
    QCOMPARE(applier.apply(QStringLiteral("deeper"), 0)->resources.first().available,
             Money::fromMinor(12'500'000));
    // tax-cut (x0.9 from year 1) is a sibling, not an ancestor: it does not apply.
    QCOMPARE(applier.apply(QStringLiteral("deeper"), 1)->resources.first().available,
             Money::fromMinor(12'750'000));
}

void TestScenarioApplier::moveResourceKeepsItsIdAcrossYears()
{
    Adjustment move = adjust(AdjustmentType::Move, "library");
    move.toService = QStringLiteral("festival");
    move.amount = 100;
    const Plan plan = withScenario({move, move});
    const ScenarioApplier applier(plan);
    const auto first = applier.apply(QStringLiteral("what-if"), 0);
    const auto last = applier.apply(QStringLiteral("what-if"), 2);
    QCOMPARE(first->resources.at(2).id, QStringLiteral("move:1:library"));
    QCOMPARE(first->resources.at(3).id, QStringLiteral("move:2:library"));
    QCOMPARE(last->resources.at(3).id, first->resources.at(3).id);
}

void TestScenarioApplier::refusesUnknownScenarioAndYear()
{
    const Plan plan = test::samplePlan();
    const ScenarioApplier applier(plan);
    QVERIFY(!applier.apply(QStringLiteral("nowhere"), 0));
    QVERIFY(!applier.apply(QStringLiteral("baseline"), 3));
    QVERIFY(!applier.apply(QStringLiteral("baseline"), -1));
    Plan looped = plan;
    looped.scenarios[1].basedOn = looped.scenarios[1].id;
    QVERIFY(!ScenarioApplier(looped).apply(QStringLiteral("tax-cut"), 0));
}

void TestScenarioApplier::timeOnlyFundsServicesThatTakeVolunteers()
{
    const Plan plan = test::samplePlan();
    const auto year = ScenarioApplier(plan).apply(QStringLiteral("baseline"), 0);
    const EffectiveResource &volunteers = resource(*year, "volunteers");
    QVERIFY(year->mayFund(volunteers, service(*year, "library")));
    EffectiveService noCapacity = service(*year, "library");
    noCapacity.timeCapacityHours = 0;
    QVERIFY(!year->mayFund(volunteers, noCapacity));
    QVERIFY(!year->mayFund(volunteers, service(*year, "festival"))); // not tagged community
}

void TestScenarioApplier::generatedPlansApplyInEveryYear()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const Plan plan = test::generatePlan(seed);
        const ScenarioApplier applier(plan);
        for (const Scenario &scenario : plan.scenarios) {
            for (int y = 0; y < plan.years; ++y) {
                const auto year = applier.apply(scenario.id, y);
                QVERIFY(year);
                for (const EffectiveResource &r : year->resources)
                    QVERIFY(r.available >= Money() && r.available.minor() <= Money::kMaxMinor);
                for (const EffectiveService &s : year->services)
                    QVERIFY(s.cost >= Money() && s.cost.minor() <= Money::kMaxMinor);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestScenarioApplier)
#include "tst_scenarioapplier.moc"
