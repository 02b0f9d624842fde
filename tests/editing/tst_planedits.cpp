#include "demo/demoplan.h"
#include "editing/planedits.h"
#include "editing/resourcechange.h"
#include "validation/planvalidator.h"

#include <QTest>

using namespace lps;

/// The edits a table cell cannot make: new plans, adding, replacing and removing services and
/// resources with what depends on them, the plan's settings, and resource cells.
class TestPlanEdits : public QObject
{
    Q_OBJECT

private slots:
    void aBlankPlanIsValid();
    void financialYear_data();
    void financialYear();
    void idsComeFromNames_data();
    void idsComeFromNames();
    void anAddedServiceGetsAnIdAndIsChecked();
    void aRefusalNamesTheItemAndTheField();
    void removingAServiceTakesWhatDependsOnIt();
    void aResourceIsNeverLeftFreeToFundAnything();
    void removingAResourceTakesItsAdjustments();
    void removingTakesItsLevers();
    void replacingAResourceKeepsItsPlace();
    void moreYearsCarryOnTheLastValue();
    void fewerYearsRefusedWhileAScenarioNeedsThem();
    void resourceCells_data();
    void resourceCells();
    void aLaterYearsAmountKeepsTheOtherYears();
};

namespace {

const Resource &resource(const Plan &plan, const char *name)
{
    return plan.resources.at(plan.resourceIndex(QString::fromUtf8(name)));
}

const Resource &resource(const Plan &plan, const QString &id)
{
    return plan.resources.at(plan.resourceIndex(id));
}

int adjustmentsAbout(const Plan &plan, const char *name)
{
    const QString id = QString::fromUtf8(name);
    int count = 0;
    for (const Scenario &scenario : plan.scenarios) {
        for (const Adjustment &a : scenario.adjustments)
            count += (a.target == id || a.toService == id) ? 1 : 0;
    }
    return count;
}

} // namespace

void TestPlanEdits::aBlankPlanIsValid()
{
    const Plan plan = PlanEdits::blank(2027);
    QVERIFY(!hasErrors(PlanValidator::validate(plan)));
    QCOMPARE(plan.firstYear, 2027);
    QCOMPARE(plan.scenarios.size(), 1);
    QVERIFY(plan.services.isEmpty() && plan.resources.isEmpty());
}

void TestPlanEdits::financialYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::newRow("1 April starts it") << QDate(2026, 4, 1) << 2026;
    QTest::newRow("31 March ends the one before") << QDate(2027, 3, 31) << 2026;
    QTest::newRow("November") << QDate(2026, 11, 25) << 2026;
    QTest::newRow("January") << QDate(2027, 1, 10) << 2026;
}

void TestPlanEdits::financialYear()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QCOMPARE(PlanEdits::financialYearOf(date), year);
}

void TestPlanEdits::idsComeFromNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("id");
    QTest::newRow("words") << "Meals on Wheels" << QStringList() << "meals-on-wheels";
    QTest::newRow("punctuation") << "Parks & open spaces (north)" << QStringList()
                                 << "parks-open-spaces-north";
    QTest::newRow("accents") << "Café société" << QStringList() << "cafe-societe";
    QTest::newRow("taken") << "Parks"
                           << QStringList{QStringLiteral("parks"), QStringLiteral("parks-2")}
                           << "parks-3";
    QTest::newRow("nothing usable") << "£££" << QStringList() << "item";
    QTest::newRow("long") << QString(100, u'a') << QStringList() << QString(56, u'a');
}

void TestPlanEdits::idsComeFromNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, id);
    QCOMPARE(PlanEdits::uniqueId(name, taken), id);
    QVERIFY(PlanValidator::isValidId(id));
}

void TestPlanEdits::anAddedServiceGetsAnIdAndIsChecked()
{
    const Plan plan = DemoPlan::plan();
    Service service;
    service.name = QStringLiteral("Libraries");
    service.cost = YearlyAmounts::single(12'345'00);
    const PlanEdit edit = PlanEdits::addService(plan, service);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.services.size(), plan.services.size() + 1);
    // The demo already has "libraries".
    QCOMPARE(edit.plan.services.last().id, QStringLiteral("libraries-2"));
    QVERIFY(edit.description.contains(QStringLiteral("Libraries")));
    QVERIFY(edit.mergeKey.isEmpty()); // two additions are two steps
}

void TestPlanEdits::aRefusalNamesTheItemAndTheField()
{
    const Plan plan = DemoPlan::plan();
    Service service = plan.services.at(3);
    service.priority = 0;
    const PlanEdit edit = PlanEdits::replaceService(plan, service);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.problem.startsWith(
                 QStringLiteral("Service \u201c%1\u201d, priority").arg(service.name)),
             qPrintable(edit.problem));
    QCOMPARE(edit.plan, plan);
}

void TestPlanEdits::removingAServiceTakesWhatDependsOnIt()
{
    const Plan plan = DemoPlan::plan();
    const QStringList ids{QStringLiteral("leisure-centres"), QStringLiteral("libraries")};
    const QStringList effects = PlanEdits::removalEffects(plan, ids, {});
    QVERIFY2(effects.join(u'\n').contains(QStringLiteral("Leisure and culture fees")) ||
                 effects.join(u'\n').contains(resource(plan, "leisure-culture-income").name),
             qPrintable(effects.join(u'\n')));
    const PlanEdit edit = PlanEdits::removeServices(plan, ids);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.services.size(), plan.services.size() - 2);
    QVERIFY(!resource(edit.plan, "leisure-culture-income").eligible.services.contains(ids.first()));
    QCOMPARE(resource(edit.plan, "leisure-culture-income").eligible.services.size(), 2);
    QVERIFY(adjustmentsAbout(plan, "libraries") > 0 &&
            adjustmentsAbout(plan, "leisure-centres") > 0);
    QCOMPARE(adjustmentsAbout(edit.plan, "libraries"), 0);
    QCOMPARE(adjustmentsAbout(edit.plan, "leisure-centres"), 0); // the move goes too
    QCOMPARE(edit.plan.scenarios.size(), plan.scenarios.size());
}

void TestPlanEdits::aResourceIsNeverLeftFreeToFundAnything()
{
    const Plan plan = DemoPlan::plan();
    const PlanEdit edit = PlanEdits::removeServices(plan, {QStringLiteral("housing-first")});
    QVERIFY(!edit.ok());
    QVERIFY2(edit.problem.contains(resource(plan, "housing-first-bond").name),
             qPrintable(edit.problem));
    QCOMPARE(edit.plan, plan);
    // Removing the bond with it is fine.
    const PlanEdit bondGone =
        PlanEdits::removeResources(plan, {QStringLiteral("housing-first-bond")});
    QVERIFY(bondGone.ok());
    QVERIFY(PlanEdits::removeServices(bondGone.plan, {QStringLiteral("housing-first")}).ok());
}

// A lever on a removed resource or service goes with it; the others stay, in their order.
void TestPlanEdits::removingTakesItsLevers()
{
    Plan plan = DemoPlan::plan();
    Lever grant;
    grant.kind = LeverKind::ResourceAmount;
    grant.target = QStringLiteral("revenue-support-grant");
    grant.low = 0.5;
    grant.high = 1.5;
    Lever library;
    library.kind = LeverKind::ServiceOff;
    library.target = plan.services.last().id;
    Lever grantOff = grant;
    grantOff.kind = LeverKind::ResourceOff;
    grantOff.low.reset();
    grantOff.high.reset();
    plan.levers = {grant, library, grantOff};
    const PlanEdit edit =
        PlanEdits::removeResources(plan, {QStringLiteral("revenue-support-grant")});
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.levers, QList<Lever>{library});
    const PlanEdit service = PlanEdits::removeServices(plan, {library.target});
    QVERIFY2(service.ok(), qPrintable(service.problem));
    QCOMPARE(service.plan.levers, (QList<Lever>{grant, grantOff}));
}

void TestPlanEdits::removingAResourceTakesItsAdjustments()
{
    const Plan plan = DemoPlan::plan();
    QVERIFY(adjustmentsAbout(plan, "revenue-support-grant") == 1);
    const QStringList effects =
        PlanEdits::removalEffects(plan, {}, {QStringLiteral("revenue-support-grant")});
    QCOMPARE(effects.size(), 1);
    const PlanEdit edit =
        PlanEdits::removeResources(plan, {QStringLiteral("revenue-support-grant")});
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.resources.size(), plan.resources.size() - 1);
    QCOMPARE(adjustmentsAbout(edit.plan, "revenue-support-grant"), 0);
}

void TestPlanEdits::replacingAResourceKeepsItsPlace()
{
    const Plan plan = DemoPlan::plan();
    Resource changed = plan.resources.at(4);
    changed.eligible.tiers = {Tier::Must};
    changed.matchRatio = 2.0;
    changed.matchSector = Sector::Private;
    const PlanEdit edit = PlanEdits::replaceResource(plan, changed);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    QCOMPARE(edit.plan.resources.at(4), changed);
    changed.id = QStringLiteral("nobody");
    QVERIFY(!PlanEdits::replaceResource(plan, changed).ok());
}

void TestPlanEdits::moreYearsCarryOnTheLastValue()
{
    const Plan plan = DemoPlan::plan();
    Plan settings = plan;
    settings.years = 7;
    const PlanEdit edit = PlanEdits::changeSettings(plan, settings);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    const Resource &rates = resource(edit.plan, "business-rates");
    QVERIFY(!rates.amount.isSingle());
    QCOMPARE(rates.amount.values().size(), 7);
    QCOMPARE(rates.amount.values().at(6), resource(plan, "business-rates").amount.values().at(4));
    // Written once: unchanged, it covers any number of years.
    QCOMPARE(resource(edit.plan, "council-tax").amount, resource(plan, "council-tax").amount);
}

void TestPlanEdits::fewerYearsRefusedWhileAScenarioNeedsThem()
{
    const Plan plan = DemoPlan::plan();
    Plan settings = plan;
    settings.years = 1; // the central grant cut starts in the second year
    const PlanEdit edit = PlanEdits::changeSettings(plan, settings);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.problem.contains(QStringLiteral("Scenario")), qPrintable(edit.problem));
    settings.years = 2;
    const PlanEdit two = PlanEdits::changeSettings(plan, settings);
    QVERIFY2(two.ok(), qPrintable(two.problem));
    QCOMPARE(resource(two.plan, "business-rates").amount.values().size(), 2);
}

void TestPlanEdits::resourceCells_data()
{
    QTest::addColumn<QString>("resourceId");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown"); // a word of the message, or the new value's spelling
    using F = ResourceChange::Field;
    QTest::newRow("rename") << "council-tax" << int(F::Name) << " Council tax 2026 " << true << "";
    QTest::newRow("empty name") << "council-tax" << int(F::Name) << "  " << false << "1 to 200";
    QTest::newRow("sector") << "council-tax" << int(F::Sector) << "Charitable" << true << "";
    QTest::newRow("no such sector")
        << "council-tax" << int(F::Sector) << "voluntary" << false << "voluntary";
    QTest::newRow("certainty") << "council-tax" << int(F::Certainty) << "speculative" << true << "";
    QTest::newRow("money") << "council-tax" << int(F::Amount) << "£1,250,000" << true << "";
    QTest::newRow("typo never zero")
        << "council-tax" << int(F::Amount) << "1,25o,000" << false << "1,25o,000";
    QTest::newRow("negative") << "council-tax" << int(F::Amount) << "-5" << false << "-5";
    QTest::newRow("hours") << "volunteer-hours" << int(F::Amount) << "12,500 hours" << true << "";
    QTest::newRow("hours, not money")
        << "volunteer-hours" << int(F::Amount) << "£12" << false << "hours";
}

void TestPlanEdits::resourceCells()
{
    QFETCH(QString, resourceId);
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);
    const Plan plan = DemoPlan::plan();
    const ResourceChange change{resourceId, ResourceChange::Field(field), 0, typed};
    const PlanEdit edit = change.edit(plan);
    QCOMPARE(edit.ok(), accepted);
    if (!accepted) {
        QVERIFY2(edit.problem.contains(shown), qPrintable(edit.problem));
        QCOMPARE(edit.plan, plan);
        return;
    }
    const Resource &after = resource(edit.plan, resourceId);
    switch (ResourceChange::Field(field)) {
    case ResourceChange::Field::Name:
        QCOMPARE(after.name, typed.trimmed());
        break;
    case ResourceChange::Field::Sector:
        QCOMPARE(after.sector, Sector::Charitable);
        break;
    case ResourceChange::Field::Certainty:
        QCOMPARE(after.certainty, Certainty::Speculative);
        break;
    case ResourceChange::Field::Amount:
        QCOMPARE(after.amountInYear(0), resourceId == QLatin1String("council-tax")
                                            ? qint64(1'250'000'00)
                                            : qint64(12'500));
        break;
    }
    QVERIFY(!edit.mergeKey.isEmpty());
}

void TestPlanEdits::aLaterYearsAmountKeepsTheOtherYears()
{
    const Plan plan = DemoPlan::plan();
    const Resource &before = resource(plan, "council-tax");
    const ResourceChange change{QStringLiteral("council-tax"), ResourceChange::Field::Amount, 2,
                                QStringLiteral("£9,000,000")};
    const PlanEdit edit = change.edit(plan);
    QVERIFY2(edit.ok(), qPrintable(edit.problem));
    const Resource &after = resource(edit.plan, "council-tax");
    QCOMPARE(after.amountInYear(2), qint64(9'000'000'00));
    for (const int y : {0, 1, 3, 4})
        QCOMPARE(after.amountInYear(y), before.amountInYear(y));
}

QTEST_GUILESS_MAIN(TestPlanEdits)
#include "tst_planedits.moc"
