// The tie rule of spec/allocation.md: among services of one tier and priority the one listed
// first is funded first; among resources of one certainty the one listed first pays first; and
// where the rule decided a shortfall, the explanation says so.

#include "allocation/allocationcheck.h"
#include "engine/allocationengine.h"
#include "reports/shortfallexplainer.h"

#include <QTest>

using namespace lps;

namespace {

EffectiveResource resource(const QString &id, qint64 amount,
                           Certainty certainty = Certainty::Confirmed)
{
    EffectiveResource r;
    r.id = id;
    r.name = id;
    r.available = Money::fromMinor(amount);
    r.certainty = certainty;
    return r;
}

EffectiveService service(const QString &id, qint64 cost, double minimumShare = 0.0)
{
    EffectiveService s;
    s.id = id;
    s.name = id;
    s.tier = Tier::Need;
    s.cost = Money::fromMinor(cost);
    s.minimumShare = minimumShare;
    return s;
}

Money fundingOf(const YearResult &result, const QString &id)
{
    for (const ServiceOutcome &outcome : result.services) {
        if (outcome.id == id)
            return outcome.funded;
    }
    return Money::fromMinor(-1);
}

YearResult evaluate(const QList<EffectiveResource> &resources,
                    const QList<EffectiveService> &services)
{
    EffectiveYear year;
    year.calendarYear = 2026;
    year.resources = resources;
    year.services = services;
    const YearResult result = AllocationEngine::evaluate(year);
    if (!AllocationCheck::check(year, result.allocation).isEmpty() || !result.optimal)
        qFatal("the engine's answer was not a checked optimum");
    return result;
}

} // namespace

class TestTieRule : public QObject
{
    Q_OBJECT

private slots:
    void servicesOfOnePriorityInListOrder_data();
    void servicesOfOnePriorityInListOrder();
    void minimumSharesOfOnePriorityInListOrder_data();
    void minimumSharesOfOnePriorityInListOrder();
    void resourcesOfOneCertaintyInListOrder_data();
    void resourcesOfOneCertaintyInListOrder();
    void explanationNamesTheTieRule();
};

void TestTieRule::servicesOfOnePriorityInListOrder_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<qint64>("costA");
    QTest::addColumn<qint64>("costB");
    QTest::newRow("A listed first")
        << QStringList{QStringLiteral("A"), QStringLiteral("B")} << qint64(8000) << qint64(8000);
    QTest::newRow("B listed first")
        << QStringList{QStringLiteral("B"), QStringLiteral("A")} << qint64(8000) << qint64(8000);
    QTest::newRow("the cheaper one listed second")
        << QStringList{QStringLiteral("A"), QStringLiteral("B")} << qint64(9000) << qint64(3000);
    QTest::newRow("the cheaper one listed first")
        << QStringList{QStringLiteral("B"), QStringLiteral("A")} << qint64(9000) << qint64(3000);
}

// 10,000 for two need services of one priority that cost more together: the first listed gets
// its whole cost, the other what is left, whichever costs less.
void TestTieRule::servicesOfOnePriorityInListOrder()
{
    QFETCH(QStringList, order);
    QFETCH(qint64, costA);
    QFETCH(qint64, costB);
    const QHash<QString, qint64> cost{{QStringLiteral("A"), costA}, {QStringLiteral("B"), costB}};
    const YearResult result = evaluate({resource(QStringLiteral("grant"), 10000)},
                                       {service(order.at(0), cost.value(order.at(0))),
                                        service(order.at(1), cost.value(order.at(1)))});
    const qint64 first = cost.value(order.at(0));
    QCOMPARE(fundingOf(result, order.at(0)), Money::fromMinor(first));
    QCOMPARE(fundingOf(result, order.at(1)), Money::fromMinor(10000 - first));
}

void TestTieRule::minimumSharesOfOnePriorityInListOrder_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::newRow("A listed first")
        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QTest::newRow("C listed first")
        << QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")};
    QTest::newRow("B listed first")
        << QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")};
}

// Room for only one of three services that cannot run on less than 60% of their cost: the one
// listed first runs, in full, and the others get nothing.
void TestTieRule::minimumSharesOfOnePriorityInListOrder()
{
    QFETCH(QStringList, order);
    QList<EffectiveService> services;
    for (const QString &id : order)
        services << service(id, 10000, 0.6);
    const YearResult result = evaluate({resource(QStringLiteral("grant"), 10000)}, services);
    QCOMPARE(fundingOf(result, order.at(0)), Money::fromMinor(10000));
    QCOMPARE(fundingOf(result, order.at(1)), Money());
    QCOMPARE(fundingOf(result, order.at(2)), Money());
}

void TestTieRule::resourcesOfOneCertaintyInListOrder_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<int>("firstCertainty");
    QTest::addColumn<int>("secondCertainty");
    QTest::addColumn<QString>("payer");
    const int confirmed = int(Certainty::Confirmed);
    const int expected = int(Certainty::Expected);
    const int speculative = int(Certainty::Speculative);
    QTest::newRow("confirmed, X first") << QStringList{QStringLiteral("X"), QStringLiteral("Y")}
                                        << confirmed << confirmed << QStringLiteral("X");
    QTest::newRow("confirmed, Y first") << QStringList{QStringLiteral("Y"), QStringLiteral("X")}
                                        << confirmed << confirmed << QStringLiteral("Y");
    QTest::newRow("speculative, X first") << QStringList{QStringLiteral("X"), QStringLiteral("Y")}
                                          << speculative << speculative << QStringLiteral("X");
    // Less certain money is kept free before list order counts.
    QTest::newRow("the first less certain") << QStringList{QStringLiteral("X"), QStringLiteral("Y")}
                                            << expected << confirmed << QStringLiteral("Y");
    QTest::newRow("the second less certain")
        << QStringList{QStringLiteral("X"), QStringLiteral("Y")} << confirmed << speculative
        << QStringLiteral("X");
}

// Two resources of 10,000 that may both fund one service of 10,000: one pays all of it.
void TestTieRule::resourcesOfOneCertaintyInListOrder()
{
    QFETCH(QStringList, order);
    QFETCH(int, firstCertainty);
    QFETCH(int, secondCertainty);
    QFETCH(QString, payer);
    const YearResult result = evaluate({resource(order.at(0), 10000, Certainty(firstCertainty)),
                                        resource(order.at(1), 10000, Certainty(secondCertainty))},
                                       {service(QStringLiteral("S"), 10000)});
    for (const ResourceOutcome &outcome : result.resources)
        QCOMPARE(outcome.used, Money::fromMinor(outcome.id == payer ? 10000 : 0));
}

// Youth club (listed first) and Lunch club share a priority and the last of the money.
void TestTieRule::explanationNamesTheTieRule()
{
    EffectiveYear year;
    year.calendarYear = 2026;
    year.resources = {resource(QStringLiteral("grant"), 10000)};
    year.services = {service(QStringLiteral("Youth club"), 8000),
                     service(QStringLiteral("Lunch club"), 8000)};
    const YearResult result = AllocationEngine::evaluate(year);
    const QString why = ShortfallExplainer::explain(year, result, 1, {});
    QVERIFY2(why.contains(QStringLiteral("Youth club has the same priority and is listed first, so "
                                         "it is funded first (£80.00 of this money).")),
             qPrintable(why));
    // The first listed is not short, so it has nothing to explain.
    QVERIFY(ShortfallExplainer::explain(year, result, 0, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestTieRule)
#include "tst_tierule.moc"
