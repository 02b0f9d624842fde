// The item models follow the document by themselves: Qt's model tester watches every one
// through edits, undo, redo, another year and another plan; a selection survives rows coming and
// going; and the tables show who pays, the gap and why, and each resource's used and unused.
#include "benchmarkplans.h"
#include "board/tierboard.h"
#include "board/tierboardmodel.h"
#include "demo/demoplan.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "editing/scenarioedits.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetablemodel.h"
#include "models/servicefiltermodel.h"
#include "models/servicetablemodel.h"
#include "plangenerator.h"
#include "scenarios/scenariolistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace lps;

namespace {

using Tester = QAbstractItemModelTester;

std::unique_ptr<Tester> watch(QAbstractItemModel *model)
{
    return std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest);
}

QString idOfRow(const QAbstractItemModel &model, int row, const Plan &plan)
{
    const QString name = model.index(row, 0).data().toString();
    for (const Service &service : plan.services)
        if (service.name == name)
            return service.id;
    return {};
}

} // namespace

class TestTableModels : public QObject
{
    Q_OBJECT

private slots:
    void passQtsModelTesterThroughEdits();
    void keepTheSelectionWhenRowsComeAndGo();
    void followTheChosenYear();
    void showWhoPaysTheGapAndWhy();
    void followBulkEditsAndNeighbouringRows();
    void yearsAnswerFollowsAnUndoneEdit();
};

void TestTableModels::passQtsModelTesterThroughEdits()
{
    PlanDocument document;
    document.reset(DemoPlan::plan(), QString());
    ServiceTableModel services(&document);
    ResourceTableModel resources(&document);
    ServiceFilterModel serviceFilter;
    serviceFilter.setSourceModel(&services);
    ResourceFilterModel resourceFilter;
    resourceFilter.setSourceModel(&resources);
    ScenarioListModel scenarios;
    scenarios.setPlan(document.plan());
    connect(&document, &PlanDocument::changed, &scenarios,
            [&] { scenarios.setPlan(document.plan()); });
    TierBoard board(&document);
    std::vector<std::unique_ptr<Tester>> testers;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             &services, &resources, &serviceFilter, &resourceFilter, &scenarios,
             board.column(Tier::Must), board.column(Tier::Need), board.column(Tier::Could)})
        testers.push_back(watch(model));
    serviceFilter.setTier(Tier::Need);
    serviceFilter.sort(ServiceTableModel::Cost, Qt::DescendingOrder);
    resourceFilter.sort(ResourceTableModel::Amount);

    const Plan demo = DemoPlan::plan();
    const qsizetype needBefore = board.column(Tier::Need)->rowCount();
    QCOMPARE(document.apply(
                 PlanEdits::removeServices(demo, {demo.services.at(1).id, demo.services.at(4).id})),
             QString());
    QCOMPARE(services.rowCount(), int(demo.services.size()) - 2);
    document.undoStack()->undo();
    QCOMPARE(services.rowCount(), int(demo.services.size()));
    QCOMPARE(board.column(Tier::Need)->rowCount(), needBefore);
    document.undoStack()->redo();
    document.undoStack()->undo();
    Service added = demo.services.first();
    added.id = QStringLiteral("new-youth-club");
    added.name = QStringLiteral("New youth club");
    added.tier = Tier::Need;
    QCOMPARE(document.apply(PlanEdits::addService(document.plan(), added)), QString());
    QCOMPARE(board.column(Tier::Need)->rowCount(), needBefore + 1);
    QCOMPARE(document.apply(PlanEdits::removeResources(document.plan(),
                                                       {document.plan().resources.last().id})),
             QString());
    QCOMPARE(resources.rowCount(), int(demo.resources.size()) - 1);
    QCOMPARE(document.apply(ScenarioEdits::derive(document.plan(), document.scenarioId(),
                                                  QStringLiteral("Room test"))),
             QString());
    QCOMPARE(scenarios.rowCount(), int(demo.scenarios.size()) + 1);
    document.undoStack()->undo();
    QCOMPARE(scenarios.rowCount(), int(demo.scenarios.size()));
    document.setYearIndex(3);
    document.setScenarioId(demo.scenarios.last().id);
    document.reset(test::samplePlan(), QString());
    QCOMPARE(services.rowCount(), 3);
    QCOMPARE(resources.rowCount(), 2);
    QCOMPARE(document.yearIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!document.answers()->isBusy(), 30000);
}

// Removing another service, and undoing it, keeps the chosen one chosen: no reset.
void TestTableModels::keepTheSelectionWhenRowsComeAndGo()
{
    PlanDocument document;
    document.reset(DemoPlan::plan(), QString());
    ServiceTableModel services(&document);
    QTableView view;
    view.setModel(&services);
    const int chosenRow = 5;
    const QString chosen = idOfRow(services, chosenRow, document.plan());
    QVERIFY(!chosen.isEmpty());
    view.selectRow(chosenRow);
    QSignalSpy resets(&services, &QAbstractItemModel::modelReset);

    // One no resource is restricted to, so removing it takes nothing else with it.
    QString above;
    for (int row = 0; row < chosenRow && above.isEmpty(); ++row) {
        const QString id = document.plan().services.at(row).id;
        if (std::none_of(document.plan().resources.cbegin(), document.plan().resources.cend(),
                         [&id](const Resource &r) { return r.eligible.services.contains(id); }))
            above = id;
    }
    QVERIFY(!above.isEmpty());
    const int aboveRow = int(document.plan().serviceIndex(above));
    QCOMPARE(document.apply(PlanEdits::removeServices(document.plan(), {above})), QString());
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().first().row(), chosenRow - 1);
    QCOMPARE(idOfRow(services, chosenRow - 1, document.plan()), chosen);
    QVERIFY(idOfRow(services, aboveRow, document.plan()) != above);
    document.undoStack()->undo();
    QCOMPARE(view.selectionModel()->selectedRows().first().row(), chosenRow);
    QCOMPARE(view.currentIndex().row(), chosenRow);

    // Typing into the chosen row keeps it chosen too.
    QVERIFY(services.setData(services.index(chosenRow, ServiceTableModel::Priority),
                             QStringLiteral("77")));
    QCOMPARE(view.selectionModel()->selectedRows().first().row(), chosenRow);
    QCOMPARE(resets.size(), 0);
}

void TestTableModels::followTheChosenYear()
{
    PlanDocument document;
    document.reset(test::samplePlan(), QString());
    ServiceTableModel services(&document);
    const QModelIndex cost = services.index(0, ServiceTableModel::Cost);
    QCOMPARE(cost.data().toString(), QStringLiteral("£300,000.00"));
    QSignalSpy headers(&services, &QAbstractItemModel::headerDataChanged);
    document.setYearIndex(2);
    QCOMPARE(cost.data().toString(), QStringLiteral("£318,270.00")); // 3% inflation, two years
    QCOMPARE(services.headerData(ServiceTableModel::Cost, Qt::Horizontal).toString(),
             QStringLiteral("Cost 2028/29"));
    QVERIFY(!headers.isEmpty());
    document.setYearIndex(0);
    ResourceTableModel resources(&document);
    QCOMPARE(resources.index(1, ResourceTableModel::Amount).data().toString(),
             QStringLiteral("1,000 hours (£12,500.00)"));
    QCOMPARE(resources.index(0, ResourceTableModel::Restriction).data().toString(),
             QStringLiteral("Any service"));
    QCOMPARE(resources.index(1, ResourceTableModel::Restriction).data().toString(),
             QStringLiteral("tagged community; services that take volunteers"));
}

// Who pays for each service and why it is short have a column each; each resource says what
// is used and what is left, and the two add up to what it brings.
void TestTableModels::showWhoPaysTheGapAndWhy()
{
    PlanDocument document;
    ServiceTableModel services(&document);
    ResourceTableModel resources(&document);
    document.reset(DemoPlan::plan(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        !document.answers()->isBusy() && document.answers()->latest().has_value(), 30000);
    QVERIFY(services.hasOutcomes() && resources.hasOutcomes());
    const YearResult &year = document.answers()->latest()->years.first();
    int shortRows = 0;
    for (int row = 0; row < services.rowCount(); ++row) {
        const QString id = document.plan().services.at(row).id;
        const auto outcome = std::find_if(year.services.cbegin(), year.services.cend(),
                                          [&id](const ServiceOutcome &o) { return o.id == id; });
        QVERIFY(outcome != year.services.cend());
        const QString gap = services.index(row, ServiceTableModel::Gap).data().toString();
        QCOMPARE(gap, (outcome->cost - outcome->funded).formatted(QStringLiteral("GBP")));
        const QString sources = services.index(row, ServiceTableModel::Sources).data().toString();
        QCOMPARE(sources.isEmpty(), outcome->sources.isEmpty());
        for (const auto &[resource, amount] : outcome->sources)
            QVERIFY2(sources.contains(amount.formatted(QStringLiteral("GBP"))),
                     qPrintable(sources));
        if (outcome->funded < outcome->cost && outcome->status != FundingStatus::Decommissioned) {
            ++shortRows;
            QVERIFY2(!services.index(row, ServiceTableModel::Reason).data().toString().isEmpty(),
                     qPrintable(id));
        }
    }
    QVERIFY(shortRows > 0); // the demo is short of money, so the check proves something
    for (int row = 0; row < resources.rowCount(); ++row) {
        const ResourceOutcome &outcome = year.resources.at(row);
        QCOMPARE(resources.index(row, ResourceTableModel::Used).data().toString(),
                 outcome.used.formatted(QStringLiteral("GBP")));
        QCOMPARE(resources.index(row, ResourceTableModel::Unused).data().toString(),
                 outcome.unused.formatted(QStringLiteral("GBP")));
        QCOMPARE(outcome.used + outcome.unused, outcome.available);
    }
}

// Neighbouring rows go in one signal; hundreds at once reset; the tester watches both.
void TestTableModels::followBulkEditsAndNeighbouringRows()
{
    PlanDocument document;
    document.reset(
        lps::bench::BenchmarkPlans::generate(lps::bench::BenchmarkPlans::countySize(), 7),
        QString());
    ServiceTableModel services(&document);
    ServiceFilterModel filter;
    filter.setSourceModel(&services);
    filter.sort(ServiceTableModel::Cost);
    const auto tester = watch(&services);
    const auto filterTester = watch(&filter);
    QSignalSpy removals(&services, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&services, &QAbstractItemModel::modelReset);
    const Plan plan = document.plan();
    QStringList run;
    for (int row = 10; row < 14; ++row)
        run << plan.services.at(row).id;
    QCOMPARE(document.apply(PlanEdits::removeServices(plan, run)), QString());
    QCOMPARE(removals.size(), 1); // four neighbours, one signal
    QCOMPARE(removals.first().at(1).toInt(), 10);
    QCOMPARE(removals.first().at(2).toInt(), 13);
    document.undoStack()->undo();
    QCOMPARE(services.rowCount(), int(plan.services.size()));
    QStringList many;
    for (int row = 0; row < int(plan.services.size()); row += 2)
        many << plan.services.at(row).id;
    QVERIFY(many.size() > ServiceTableModel::kResetAbove);
    QCOMPARE(document.apply(PlanEdits::removeServices(plan, many)), QString());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(services.rowCount(), int(plan.services.size() - many.size()));
    document.undoStack()->undo();
    QCOMPARE(services.rowCount(), int(plan.services.size()));
}

// An edit undone before its answer came: the years chart was told an answer is on its way, and
// it gets one (the one it had), never left "updating" for good.
void TestTableModels::yearsAnswerFollowsAnUndoneEdit()
{
    PlanDocument document;
    document.reset(DemoPlan::plan(), QString());
    PlanAnswers *answers = document.answers();
    QTRY_VERIFY_WITH_TIMEOUT(!answers->isBusyYears(), 30000);
    QSignalSpy asked(answers, &PlanAnswers::yearsAsked);
    QSignalSpy answered(answers, &PlanAnswers::yearsAnswered);
    QCOMPARE(
        document.change(ServiceChange{document.plan().services.first().id,
                                      ServiceChange::Field::Priority, 0, QStringLiteral("11")}),
        QString());
    document.undoStack()->undo();
    QCOMPARE(asked.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!answers->isBusy() && !answers->isBusyYears(), 30000);
    QTRY_COMPARE(answered.size(), 1);
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
