#include "demo/demoplan.h"
#include "editing/servicechange.h"

#include <QTest>

using namespace lps;

Q_DECLARE_METATYPE(ServiceChange::Field)

/// ServiceChange: what a person types into a service's cell is checked before it reaches the
/// plan, refused in words when it is wrong, and undone exactly.
class TestServiceChange : public QObject
{
    Q_OBJECT

private slots:
    void typedValues_data();
    void typedValues();
    void laterYearCostIsWrittenYearByYear();
    void unknownServiceIsRefused();
};

namespace {

const Service &first(const Plan &plan)
{
    return plan.services.first();
}

ServiceChange change(ServiceChange::Field field, const QVariant &value, int year = 0)
{
    return ServiceChange{DemoPlan::plan().services.first().id, field, year, value};
}

} // namespace

void TestServiceChange::typedValues_data()
{
    QTest::addColumn<ServiceChange::Field>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    using F = ServiceChange::Field;
    QTest::newRow("name") << F::Name << QStringLiteral("  Housing advice ") << true;
    QTest::newRow("empty name") << F::Name << QStringLiteral("   ") << false;
    QTest::newRow("tier as shown") << F::Tier << QStringLiteral("Need") << true;
    QTest::newRow("not a tier") << F::Tier << QStringLiteral("should") << false;
    QTest::newRow("priority") << F::Priority << QStringLiteral("80") << true;
    QTest::newRow("priority 0") << F::Priority << QStringLiteral("0") << false;
    QTest::newRow("priority 101") << F::Priority << QStringLiteral("101") << false;
    QTest::newRow("priority words") << F::Priority << QStringLiteral("high") << false;
    QTest::newRow("share in percent") << F::MinimumShare << QStringLiteral("60%") << true;
    QTest::newRow("share as a fraction") << F::MinimumShare << QStringLiteral("0.6") << true;
    QTest::newRow("share cleared") << F::MinimumShare << QString() << true;
    QTest::newRow("share above all") << F::MinimumShare << QStringLiteral("150%") << false;
    QTest::newRow("cost with pound and commas")
        << F::Cost << QStringLiteral("£1,250,000.50") << true;
    QTest::newRow("cost plain") << F::Cost << QStringLiteral("980000") << true;
    QTest::newRow("cost typo") << F::Cost << QStringLiteral("1,25o,000") << false;
    QTest::newRow("cost negative") << F::Cost << QStringLiteral("-5") << false;
    QTest::newRow("cost in euros") << F::Cost << QStringLiteral("€1,000") << false;
    QTest::newRow("cost empty") << F::Cost << QString() << false;
}

void TestServiceChange::typedValues()
{
    QFETCH(ServiceChange::Field, field);
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    const Plan plan = DemoPlan::plan();
    const ServiceChange edit = change(field, typed);
    const QString problem = edit.problem(plan);
    QCOMPARE(problem.isEmpty(), accepted);
    const Plan after = edit.appliedTo(plan);
    if (!accepted) {
        // A refusal says what to write, and nothing changes: never a silent zero.
        QVERIFY2(problem.size() > 20, qPrintable(problem));
        QCOMPARE(after, plan);
        return;
    }
    if (field == ServiceChange::Field::Cost)
        QCOMPARE(first(after).costInYear(0, after.costInflation).minor(),
                 typed.startsWith(u'£') ? 125000050 : 98000000);
    if (field == ServiceChange::Field::MinimumShare)
        QCOMPARE(first(after).minimumShare, typed.isEmpty() ? 0.0 : 0.6);
    if (field == ServiceChange::Field::Tier)
        QCOMPARE(first(after).tier, Tier::Need);
    if (field == ServiceChange::Field::Name)
        QCOMPARE(first(after).name, QStringLiteral("Housing advice"));
    if (field == ServiceChange::Field::Priority)
        QCOMPARE(first(after).priority, 80);
}

void TestServiceChange::laterYearCostIsWrittenYearByYear()
{
    const Plan plan = DemoPlan::plan();
    QVERIFY(first(plan).cost.isSingle());
    const Plan after =
        change(ServiceChange::Field::Cost, QStringLiteral("£2,000,000"), 2).appliedTo(plan);
    QVERIFY(!first(after).cost.isSingle());
    for (int y = 0; y < plan.years; ++y) {
        const qint64 expected =
            y == 2 ? 200000000 : first(plan).costInYear(y, plan.costInflation).minor();
        QCOMPARE(first(after).costInYear(y, after.costInflation).minor(), expected);
    }
}

void TestServiceChange::unknownServiceIsRefused()
{
    const Plan plan = DemoPlan::plan();
    ServiceChange edit = change(ServiceChange::Field::Priority, QStringLiteral("70"));
    edit.serviceId = QStringLiteral("no-such-service");
    QVERIFY(edit.problem(plan).contains(QStringLiteral("no-such-service")));
    QCOMPARE(edit.appliedTo(plan), plan);
}

QTEST_GUILESS_MAIN(TestServiceChange)
#include "tst_servicechange.moc"
