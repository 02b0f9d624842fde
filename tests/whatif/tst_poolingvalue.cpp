#include "demo/demoplan.h"
#include "engine/allocationengine.h"
#include "scenarios/scenarioapplier.h"
#include "whatif/poolingvalue.h"

#include <QTest>

using namespace lps;

/// The value of pooling: what the optimum funds in each tier beyond the spreadsheet waterfall.
class TestPoolingValue : public QObject
{
    Q_OBJECT

private slots:
    void aRingFencedGrantUsedFirstIsWhatPoolingSaves();
    void theMustTierNeverDoesWorseThanTheWaterfall_data();
    void theMustTierNeverDoesWorseThanTheWaterfall();
    void saysLessAndWhyWhenATierGetsLess_data();
    void saysLessAndWhyWhenATierGetsLess();
};

namespace {

EffectiveResource money(const char *id, qint64 pounds)
{
    EffectiveResource r;
    r.id = QString::fromLatin1(id);
    r.name = r.id;
    r.available = Money::fromMinor(pounds * 100);
    return r;
}

EffectiveService service(const char *id, Tier tier, qint64 pounds, int priority)
{
    EffectiveService s;
    s.id = QString::fromLatin1(id);
    s.name = s.id;
    s.tier = tier;
    s.cost = Money::fromMinor(pounds * 100);
    s.priority = priority;
    return s;
}

} // namespace

// A spreadsheet funds the first service from the first resource listed, the council's own money,
// and leaves the second service, which only that money may fund, with nothing; the ring-fenced
// grant listed second goes unused. Pooled, the grant pays for the first and the money for the
// second.
void TestPoolingValue::aRingFencedGrantUsedFirstIsWhatPoolingSaves()
{
    EffectiveYear year;
    year.scenarioId = QStringLiteral("baseline");
    year.calendarYear = 2026;
    year.resources << money("council-money", 1000) << money("care-grant", 1000);
    year.resources[1].eligible.services = {QStringLiteral("care")};
    year.services << service("care", Tier::Must, 1000, 90)
                  << service("parks", Tier::Must, 1000, 50);
    const YearResult optimum = AllocationEngine::evaluate(year);
    QCOMPARE(optimum.tiers[0].gap, Money());
    const std::array<Money, 3> pooling = PoolingValue::of(year, optimum);
    QCOMPARE(pooling[0], Money::fromMinor(1000'00));
    QCOMPARE(pooling[1], Money());
    QCOMPARE(pooling[2], Money());
}

void TestPoolingValue::theMustTierNeverDoesWorseThanTheWaterfall_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("year");
    for (const Scenario &scenario : DemoPlan::plan().scenarios) {
        for (const int year : {0, 4})
            QTest::addRow("%s %d", qPrintable(scenario.id), year) << scenario.id << year;
    }
}

// The optimum puts the must tier first; whatever the waterfall does there, it cannot beat it.
void TestPoolingValue::theMustTierNeverDoesWorseThanTheWaterfall()
{
    QFETCH(QString, scenario);
    QFETCH(int, year);
    const Plan plan = DemoPlan::plan();
    const EffectiveYear effective = *ScenarioApplier(plan).apply(scenario, year);
    const YearResult optimum = AllocationEngine::evaluate(effective);
    const std::array<Money, 3> pooling = PoolingValue::of(effective, optimum);
    QVERIFY2(pooling[0] >= Money(), qPrintable(pooling[0].formatted()));
}

void TestPoolingValue::saysLessAndWhyWhenATierGetsLess_data()
{
    QTest::addColumn<qint64>("need");
    QTest::addColumn<qint64>("could");
    QTest::addColumn<QString>("expected");
    const QString why = QStringLiteral(
        " A tier gets less because pooling moves money that the spreadsheet would have left there "
        "up to a tier above, which comes first.");
    QTest::newRow("all more") << qint64(62000000) << qint64(13000000)
                              << QStringLiteral("Pooling funds £0.00 more in the must tier, "
                                                "£620,000.00 more in need and £130,000.00 more in "
                                                "could than a tier-by-tier spreadsheet would.");
    QTest::newRow("could gets less")
        << qint64(62000000) << qint64(-13000000)
        << QStringLiteral("Pooling funds £0.00 more in the must tier, £620,000.00 more in need "
                          "and £130,000.00 less in could than a tier-by-tier spreadsheet would.") +
               why;
}

// A negative value is never printed as "-£130,000.00 more": it says less, and why.
void TestPoolingValue::saysLessAndWhyWhenATierGetsLess()
{
    QFETCH(qint64, need);
    QFETCH(qint64, could);
    const std::array<Money, 3> value{Money::fromMinor(0), Money::fromMinor(need),
                                     Money::fromMinor(could)};
    const QString words = PoolingValue::words(value, QStringLiteral("GBP"));
    QTEST(words, "expected");
    QVERIFY(!words.contains(QStringLiteral("-£")));
}

QTEST_GUILESS_MAIN(TestPoolingValue)
#include "tst_poolingvalue.moc"
