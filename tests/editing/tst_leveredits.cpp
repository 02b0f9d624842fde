#include "demo/demoplan.h"
#include "editing/leveredits.h"
#include "validation/planlimits.h"

#include <QTest>

using namespace lps;

using LeverList = QList<Lever>;

/// Choosing a workshop's levers (issue 13): the whole list set as one checked edit, refused
/// with the validator's words at the lever they are about, and the words and defaults the
/// dialog offers.
class TestLeverEdits : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatBreaksTheRules_data();
    void refusesWhatBreaksTheRules();
    void takesAGoodSetInItsOrder();
    void changesNothingElse();
    void describesByName_data();
    void describesByName();
    void suggestsAHalfToOneAndAHalfRange();
    void offersTargetsByName();
};

namespace {

Lever slider(LeverKind kind, const char *target, double low = 0.5, double high = 1.5)
{
    Lever lever;
    lever.kind = kind;
    lever.target = QString::fromLatin1(target);
    lever.low = low;
    lever.high = high;
    return lever;
}

Lever toggle(LeverKind kind, const char *target)
{
    Lever lever;
    lever.kind = kind;
    lever.target = QString::fromLatin1(target);
    return lever;
}

} // namespace

void TestLeverEdits::refusesWhatBreaksTheRules_data()
{
    QTest::addColumn<LeverList>("levers");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    LeverList nine;
    const Plan demo = DemoPlan::plan();
    for (int i = 0; i < PlanLimits::kMaxLevers + 1; ++i)
        nine << slider(LeverKind::ServiceCost, demo.services.at(i).id.toLatin1().constData());
    QTest::newRow("nine levers") << nine << "The list"
                                 << "has 9 levers; a workshop has at most 8 (keys 1 to 8)";
    Lever withRange = toggle(LeverKind::ServiceOff, "youth-services");
    withRange.low = 0.0;
    withRange.high = 1.0;
    QTest::newRow("switch with a range")
        << LeverList{slider(LeverKind::ResourceAmount, "council-tax"), withRange}
        << "Lever 2 (Youth services and detached youth work: decommission switch):"
        << "is a switch and has no range";
    QTest::newRow("low above high")
        << LeverList{slider(LeverKind::ServiceCost, "libraries", 1.5, 0.5)}
        << "Lever 1 (Libraries (four branches and a mobile library): cost, 150% to 50%): high"
        << "must be above low";
    QTest::newRow("low equal to high")
        << LeverList{slider(LeverKind::ServiceCost, "libraries", 1.0, 1.0)} << "Lever 1"
        << "must be above low";
    QTest::newRow("unknown target") << LeverList{slider(LeverKind::ResourceAmount, "gone")}
                                    << "Lever 1 (gone: amount, 50% to 150%): target"
                                    << "not the id of any resource";
    QTest::newRow("service kind on a resource")
        << LeverList{toggle(LeverKind::ServiceOff, "council-tax")} << "Lever 1"
        << "not the id of any service";
    QTest::newRow("duplicate")
        << LeverList{toggle(LeverKind::ResourceOff, "lottery-grant"),
                     slider(LeverKind::ResourceAmount, "lottery-grant"),
                     toggle(LeverKind::ResourceOff, "lottery-grant")}
        << "Lever 3 (National Lottery Community Fund grant: withdrawal switch):"
        << "appears once";
}

void TestLeverEdits::refusesWhatBreaksTheRules()
{
    QFETCH(LeverList, levers);
    QFETCH(QString, place);
    QFETCH(QString, message);
    const Plan plan = DemoPlan::plan();
    const PlanEdit edit = LeverEdits::setLevers(plan, levers);
    QVERIFY(!edit.ok());
    QCOMPARE(edit.plan, plan);
    QVERIFY2(edit.problem.startsWith(place), qPrintable(edit.problem));
    QVERIFY2(edit.problem.contains(message), qPrintable(edit.problem));
}

// Eight levers, sliders and switches on resources and services, and the same target under two
// kinds: kept in the order given, which is the order of the keys.
void TestLeverEdits::takesAGoodSetInItsOrder()
{
    const Plan plan = DemoPlan::plan();
    const LeverList levers{slider(LeverKind::ResourceAmount, "council-tax", 0.8, 1.2),
                           toggle(LeverKind::ServiceOff, "youth-services"),
                           slider(LeverKind::ServiceCost, "libraries", 0.0, 10.0),
                           toggle(LeverKind::ResourceOff, "lottery-grant"),
                           slider(LeverKind::ResourceAmount, "lottery-grant"),
                           slider(LeverKind::ServiceCost, "parks"),
                           toggle(LeverKind::ServiceOff, "parks"),
                           toggle(LeverKind::ResourceOff, "business-sponsorship")};
    QCOMPARE(levers.size(), PlanLimits::kMaxLevers);
    const PlanEdit edit = LeverEdits::setLevers(plan, levers);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.levers, levers);
    QVERIFY(!edit.description.isEmpty());
    QVERIFY(edit.mergeKey.isEmpty()); // one dialog, one undo step of its own

    // Reordered and cut down, the next edit replaces the list as a whole.
    const LeverList fewer{levers.at(2), levers.at(0)};
    const PlanEdit again = LeverEdits::setLevers(edit.plan, fewer);
    QVERIFY2(again.ok(), qPrintable(again.problem));
    QCOMPARE(again.plan.levers, fewer);
    QVERIFY(LeverEdits::setLevers(again.plan, {}).plan.levers.isEmpty());
}

void TestLeverEdits::changesNothingElse()
{
    const Plan plan = DemoPlan::plan();
    const PlanEdit edit =
        LeverEdits::setLevers(plan, {slider(LeverKind::ServiceCost, "museum"),
                                     toggle(LeverKind::ResourceOff, "time-bank")});
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    Plan withoutLevers = edit.plan;
    withoutLevers.levers = plan.levers;
    QCOMPARE(withoutLevers, plan);
    QCOMPARE(edit.plan.levers.size(), 2);
}

void TestLeverEdits::describesByName_data()
{
    QTest::addColumn<Lever>("lever");
    QTest::addColumn<QString>("words");
    QTest::newRow("amount") << slider(LeverKind::ResourceAmount, "council-tax")
                            << "Council tax (district share): amount, 50% to 150%";
    QTest::newRow("cost") << slider(LeverKind::ServiceCost, "museum", 0.125, 10.0)
                          << "Eastbrook Museum: cost, 12.5% to 1,000%";
    QTest::newRow("a factor not quite a hundredth")
        << slider(LeverKind::ServiceCost, "museum", 0.85, 1.15)
        << "Eastbrook Museum: cost, 85% to 115%";
    QTest::newRow("withdrawal") << toggle(LeverKind::ResourceOff, "revenue-support-grant")
                                << "Revenue support grant: withdrawal switch";
    QTest::newRow("decommission") << toggle(LeverKind::ServiceOff, "youth-services")
                                  << "Youth services and detached youth work: decommission switch";
}

void TestLeverEdits::describesByName()
{
    QFETCH(Lever, lever);
    QFETCH(QString, words);
    QCOMPARE(LeverEdits::describe(DemoPlan::plan(), lever), words);
}

void TestLeverEdits::suggestsAHalfToOneAndAHalfRange()
{
    Plan plan = DemoPlan::plan();
    plan.levers.clear();
    const Lever amount =
        LeverEdits::suggested(plan, LeverKind::ResourceAmount, QStringLiteral("council-tax"));
    QCOMPARE(amount, slider(LeverKind::ResourceAmount, "council-tax"));
    const Lever off =
        LeverEdits::suggested(plan, LeverKind::ServiceOff, QStringLiteral("youth-services"));
    QCOMPARE(off, toggle(LeverKind::ServiceOff, "youth-services"));
    QVERIFY(LeverEdits::setLevers(plan, {amount, off}).ok());

    // Without a target: the first by name that has no lever of that kind yet.
    const QString first = LeverEdits::targets(plan, LeverKind::ServiceOff).first().id;
    QCOMPARE(LeverEdits::suggested(plan, LeverKind::ServiceOff).target, first);
    plan.levers = {toggle(LeverKind::ServiceOff, first.toLatin1().constData())};
    const Lever next = LeverEdits::suggested(plan, LeverKind::ServiceOff);
    QCOMPARE(next.target, LeverEdits::targets(plan, LeverKind::ServiceOff).at(1).id);
    QCOMPARE(LeverEdits::suggested(plan, LeverKind::ServiceCost).target, first);
}

void TestLeverEdits::offersTargetsByName()
{
    const Plan plan = DemoPlan::plan();
    const QList<LeverEdits::Target> resources =
        LeverEdits::targets(plan, LeverKind::ResourceAmount);
    QCOMPARE(resources.size(), plan.resources.size());
    QCOMPARE(LeverEdits::targets(plan, LeverKind::ResourceOff), resources);
    const QList<LeverEdits::Target> services = LeverEdits::targets(plan, LeverKind::ServiceOff);
    QCOMPARE(services.size(), plan.services.size());
    for (const auto *list : {&resources, &services})
        for (qsizetype i = 1; i < list->size(); ++i)
            QVERIFY2(QString::localeAwareCompare(list->at(i - 1).name, list->at(i).name) <= 0,
                     qPrintable(list->at(i).name));
    QCOMPARE(LeverEdits::kinds().size(), 4);
    QCOMPARE(LeverEdits::kindTitle(LeverKind::ResourceOff),
             QStringLiteral("Funder withdraws (switch)"));
}

QTEST_GUILESS_MAIN(TestLeverEdits)
#include "tst_leveredits.moc"
