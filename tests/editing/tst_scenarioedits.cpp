#include "demo/demoplan.h"
#include "editing/adjustmentwords.h"
#include "editing/scenarioedits.h"
#include "reports/evaluation.h"
#include "scenarios/scenarioapplier.h"

#include <QTest>

using namespace lps;

/// Scenarios as people manage them: derived, renamed, annotated, deleted (never the baseline,
/// and without changing what the scenarios based on it do), their adjustments in plain words,
/// added, changed by a control, reordered and removed.
class TestScenarioEdits : public QObject
{
    Q_OBJECT

private slots:
    void adjustmentsInPlainWords_data();
    void adjustmentsInPlainWords();
    void deriveMakesAnEmptyChild();
    void renameAndNotesMergeAsTyped();
    void theBaselineCannotBeDeleted();
    void deletingKeepsWhatDependentsDo();
    void aControlReplacesItsOwnAdjustment();
    void reorderAndRemove();
    void clearingAControlTakesOnlyItsOwn();
    void aServiceMovedFromAYearWinsFromThen();
};

namespace {

Adjustment adjustment(AdjustmentType type, const char *target, int fromYear = 0)
{
    Adjustment a;
    a.type = type;
    a.target = QString::fromLatin1(target);
    a.fromYear = fromYear;
    return a;
}

} // namespace

void TestScenarioEdits::adjustmentsInPlainWords_data()
{
    QTest::addColumn<Adjustment>("adjustment");
    QTest::addColumn<QString>("words");
    Adjustment cut = adjustment(AdjustmentType::ResourceScale, "revenue-support-grant", 1);
    cut.factor = 0.7;
    QTest::newRow("scale") << cut << "Revenue support grant x 0.70 from 2027/28";
    QTest::newRow("off") << adjustment(AdjustmentType::ResourceOff, "housing-first-bond")
                         << "Housing First social impact bond withdrawn";
    Adjustment set = adjustment(AdjustmentType::ResourceSet, "volunteer-hours");
    set.year = 2;
    set.amount = 12000;
    QTest::newRow("set hours") << set
                               << "Volunteer hours (Eastbrook Volunteer Centre) set to "
                                  "12,000 hours in 2028/29";
    QTest::newRow("decommission") << adjustment(AdjustmentType::ServiceOff, "libraries")
                                  << "Libraries (four branches and a mobile library) "
                                     "decommissioned";
    Adjustment tier = adjustment(AdjustmentType::ServiceTier, "housing-first", 2);
    tier.tier = Tier::Must;
    QTest::newRow("tier") << tier
                          << "Housing First for people sleeping rough moved to the Must tier "
                             "from 2028/29";
    Adjustment move = adjustment(AdjustmentType::Move, "leisure-centres");
    move.toService = QStringLiteral("home-energy-advice");
    move.amount = 50'000'00;
    QTest::newRow("move") << move
                          << "£50,000.00 moved from Leisure centres (Eastbrook and Millford) to "
                             "Home energy and retrofit advice";
}

void TestScenarioEdits::adjustmentsInPlainWords()
{
    QFETCH(Adjustment, adjustment);
    QFETCH(QString, words);
    QCOMPARE(AdjustmentWords::describe(DemoPlan::plan(), adjustment), words);
}

void TestScenarioEdits::deriveMakesAnEmptyChild()
{
    const Plan plan = DemoPlan::plan();
    const PlanEdit edit =
        ScenarioEdits::derive(plan, QStringLiteral("central-grant-cut"), QStringLiteral("Worse"));
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    const Scenario &child = edit.plan.scenarios.last();
    QCOMPARE(child.id, QStringLiteral("worse"));
    QCOMPARE(child.basedOn, QStringLiteral("central-grant-cut"));
    QVERIFY(child.adjustments.isEmpty());
    // It does what its parent does, so far.
    QCOMPARE(Evaluation::of(edit.plan, child.id, {2}).years,
             Evaluation::of(plan, QStringLiteral("central-grant-cut"), {2}).years);
    QVERIFY(!ScenarioEdits::derive(plan, QStringLiteral("baseline"), QStringLiteral("  ")).ok());
}

void TestScenarioEdits::renameAndNotesMergeAsTyped()
{
    const Plan plan = DemoPlan::plan();
    const PlanEdit first = ScenarioEdits::rename(plan, QStringLiteral("provider-failure"),
                                                 QStringLiteral("Provider fails"));
    const PlanEdit second = ScenarioEdits::rename(first.plan, QStringLiteral("provider-failure"),
                                                  QStringLiteral("Provider fails!"));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.mergeKey, second.mergeKey);
    QVERIFY(!ScenarioEdits::rename(plan, QStringLiteral("baseline"), QString()).ok());
    const PlanEdit notes = ScenarioEdits::setNotes(plan, QStringLiteral("baseline"),
                                                   QStringLiteral("As agreed in February."));
    QCOMPARE(notes.plan.scenarios.first().notes, QStringLiteral("As agreed in February."));
    QVERIFY(notes.mergeKey != first.mergeKey);
}

void TestScenarioEdits::theBaselineCannotBeDeleted()
{
    const Plan plan = DemoPlan::plan();
    const PlanEdit edit = ScenarioEdits::remove(plan, QStringLiteral("baseline"));
    QVERIFY(!edit.ok());
    QVERIFY(edit.problem.contains(QStringLiteral("baseline")));
}

void TestScenarioEdits::deletingKeepsWhatDependentsDo()
{
    Plan plan = DemoPlan::plan();
    const QString parent =
        plan.scenarios.at(plan.scenarioIndex(QStringLiteral("cut-and-redesign"))).basedOn;
    QVERIFY(!parent.isEmpty()); // the demo's combined scenario builds on another
    QCOMPARE(ScenarioEdits::dependentsOf(plan, parent),
             QStringList{QStringLiteral("cut-and-redesign")});
    const Evaluation before = Evaluation::of(plan, QStringLiteral("cut-and-redesign"));
    const PlanEdit edit = ScenarioEdits::remove(plan, parent);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.scenarioIndex(parent), -1);
    QCOMPARE(Evaluation::of(edit.plan, QStringLiteral("cut-and-redesign")).years, before.years);
}

void TestScenarioEdits::aControlReplacesItsOwnAdjustment()
{
    const Plan plan = DemoPlan::plan();
    Adjustment slider = adjustment(AdjustmentType::ResourceScale, "council-tax");
    slider.factor = 0.9;
    const PlanEdit first =
        ScenarioEdits::setAdjustment(plan, QStringLiteral("provider-failure"), slider);
    slider.factor = 0.8;
    const PlanEdit second =
        ScenarioEdits::setAdjustment(first.plan, QStringLiteral("provider-failure"), slider);
    QVERIFY(first.ok() && second.ok());
    const QList<Adjustment> &adjustments =
        second.plan.scenarios.at(second.plan.scenarioIndex(QStringLiteral("provider-failure")))
            .adjustments;
    QCOMPARE(adjustments.size(), 3); // the two it had and the slider's one
    QCOMPARE(adjustments.last().factor, 0.8);
    QCOMPARE(first.mergeKey, second.mergeKey); // one drag, one undo step
    slider.fromYear = 2;                       // from another year it is another control
    const PlanEdit third =
        ScenarioEdits::setAdjustment(second.plan, QStringLiteral("provider-failure"), slider);
    QCOMPARE(third.plan.scenarios.at(third.plan.scenarioIndex(QStringLiteral("provider-failure")))
                 .adjustments.size(),
             4);
    QVERIFY(third.mergeKey != second.mergeKey);
}

void TestScenarioEdits::reorderAndRemove()
{
    const Plan plan = DemoPlan::plan();
    const QString id = QStringLiteral("prevention-first");
    const QList<Adjustment> original = plan.scenarios.at(plan.scenarioIndex(id)).adjustments;
    QCOMPARE(original.size(), 3);
    const PlanEdit down = ScenarioEdits::moveAdjustment(plan, id, 0, +1);
    QVERIFY(down.ok());
    const QList<Adjustment> &moved =
        down.plan.scenarios.at(down.plan.scenarioIndex(id)).adjustments;
    QCOMPARE(moved.at(0), original.at(1));
    QCOMPARE(moved.at(1), original.at(0));
    QVERIFY(!ScenarioEdits::moveAdjustment(plan, id, 0, -1).ok());
    QVERIFY(!ScenarioEdits::moveAdjustment(plan, id, 2, +1).ok());
    const PlanEdit removed = ScenarioEdits::removeAdjustment(plan, id, 2);
    QVERIFY(removed.ok());
    QCOMPARE(removed.plan.scenarios.at(removed.plan.scenarioIndex(id)).adjustments,
             original.mid(0, 2));
    QVERIFY(removed.description.startsWith(QStringLiteral("Remove \u201c")));
    QVERIFY(!ScenarioEdits::removeAdjustment(plan, id, 3).ok());
}

void TestScenarioEdits::clearingAControlTakesOnlyItsOwn()
{
    Plan plan = DemoPlan::plan();
    Adjustment scale = adjustment(AdjustmentType::ResourceScale, "council-tax");
    scale.factor = 0.8;
    Scenario &scenario = plan.scenarios[plan.scenarioIndex(QStringLiteral("provider-failure"))];
    scenario.adjustments << scale;
    scale.factor = 0.9;
    scenario.adjustments << scale; // as a deleted parent's and its own
    const PlanEdit edit =
        ScenarioEdits::clearAdjustment(plan, QStringLiteral("provider-failure"), scale);
    const QList<Adjustment> &left =
        edit.plan.scenarios.at(edit.plan.scenarioIndex(QStringLiteral("provider-failure")))
            .adjustments;
    QCOMPARE(left.size(), 3);
    QCOMPARE(left.last().factor, 0.9);
}

void TestScenarioEdits::aServiceMovedFromAYearWinsFromThen()
{
    Plan plan = DemoPlan::plan();
    Scenario &scenario = plan.scenarios[plan.scenarioIndex(QStringLiteral("provider-failure"))];
    Adjustment need = adjustment(AdjustmentType::ServiceTier, "libraries", 0);
    need.tier = Tier::Need;
    Adjustment could = adjustment(AdjustmentType::ServiceTier, "libraries", 1);
    could.tier = Tier::Could;
    scenario.adjustments << need << could;
    const PlanEdit edit = ScenarioEdits::moveToTier(plan, QStringLiteral("provider-failure"),
                                                    QStringLiteral("libraries"), Tier::Must, 2);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    const ScenarioApplier applier(edit.plan);
    const auto tierIn = [&](int year) {
        const Plan shown = applier.withServicesAsApplied(QStringLiteral("provider-failure"), year);
        return shown.services.at(shown.serviceIndex(QStringLiteral("libraries"))).tier;
    };
    QCOMPARE(tierIn(0), Tier::Need);
    QCOMPARE(tierIn(1), Tier::Could);
    QCOMPARE(tierIn(2), Tier::Must);
    QCOMPARE(tierIn(4), Tier::Must);
}

QTEST_GUILESS_MAIN(TestScenarioEdits)
#include "tst_scenarioedits.moc"
