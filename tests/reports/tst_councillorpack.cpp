#include "comparison/comparison.h"
#include "councillorpack/councillorpack.h"
#include "demo/demoplan.h"
#include "packsections/packsections.h"

#include <QTest>

using namespace lps;

namespace {

const PackSection &sectionTitled(const PackContent &pack, const QString &start)
{
    for (const PackSection &section : pack.sections) {
        if (section.title.startsWith(start))
            return section;
    }
    qFatal("no section %s", qPrintable(start));
}

QList<PackTable> tablesOf(const PackSection &section)
{
    QList<PackTable> tables;
    for (const PackBlock &block : section.blocks) {
        if (block.kind == PackBlock::Kind::Table)
            tables << block.table;
    }
    return tables;
}

QString allText(const PackSection &section)
{
    QStringList words;
    for (const PackBlock &block : section.blocks) {
        words << block.text << block.table.header;
        for (const QStringList &row : block.table.rows)
            words << row;
    }
    return words.join(u'\n');
}

} // namespace

/// The councillor pack's content: every figure is the settled evaluation's, to the minor unit.
class TestCouncillorPack : public QObject
{
    Q_OBJECT

private slots:
    void summaryIsTheEvaluation_data();
    void summaryIsTheEvaluation();
    void tiersListEveryShortServiceWithItsConsequence_data();
    void tiersListEveryShortServiceWithItsConsequence();
    void resourceTableReconcilesWithTheSectors();
    void againstBaseListsEveryStatusChange();
    void baselineAloneHasNoComparison();
    void everyYearInDetailWhenAsked();
    void coverSaysProvenAndNamesTheScenario();
    void anAnswerNotProvenSaysHowFar();
    void summaryCountsTheChangesTheAgainstSectionLists();
    void yearsOutsideThePlanAndAMissingBaseAreLeftOut();
};

void TestCouncillorPack::summaryIsTheEvaluation_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("year");
    QTest::newRow("baseline, first year") << QStringLiteral("baseline") << 0;
    QTest::newRow("grant cut, 2027/28") << QStringLiteral("central-grant-cut") << 1;
    QTest::newRow("provider failure, last year") << QStringLiteral("provider-failure") << 4;
}

void TestCouncillorPack::summaryIsTheEvaluation()
{
    QFETCH(QString, scenario);
    QFETCH(int, year);
    const Plan plan = DemoPlan::plan();
    const CouncillorPack::Inputs inputs = CouncillorPack::workOut(
        plan, {scenario, QStringLiteral("baseline"), {year}, QDate(2026, 12, 1)});
    const PackContent pack = PackSections::content(inputs);
    const Evaluation expected = Evaluation::of(plan, scenario, {year});
    const PackTable table = tablesOf(sectionTitled(pack, QStringLiteral("Summary"))).first();
    QCOMPARE(table.rows.size(), 4);
    Money cost, funded, gap;
    for (int t = 0; t < 3; ++t) {
        const TierOutcome &tier = expected.years.first().tiers[size_t(t)];
        QCOMPARE(table.rows.at(t).at(1), tier.cost.formatted(plan.currency));
        QCOMPARE(table.rows.at(t).at(2), tier.funded.formatted(plan.currency));
        QCOMPARE(table.rows.at(t).at(3), tier.gap.formatted(plan.currency));
        cost += tier.cost;
        funded += tier.funded;
        gap += tier.gap;
    }
    QCOMPARE(table.rows.at(3).at(1), cost.formatted(plan.currency));
    QCOMPARE(table.rows.at(3).at(2), funded.formatted(plan.currency));
    QCOMPARE(table.rows.at(3).at(3), gap.formatted(plan.currency));
    QCOMPARE(table.totalRows, QList<int>{3});
}

void TestCouncillorPack::tiersListEveryShortServiceWithItsConsequence_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("baseline") << QStringLiteral("baseline");
    QTest::newRow("grant cut") << QStringLiteral("central-grant-cut");
}

void TestCouncillorPack::tiersListEveryShortServiceWithItsConsequence()
{
    QFETCH(QString, scenario);
    const Plan plan = DemoPlan::plan();
    const PackContent pack = PackSections::content(
        CouncillorPack::workOut(plan, {scenario, {}, {1}, QDate(2026, 12, 1)}));
    const QString text = allText(sectionTitled(pack, QStringLiteral("The tiers")));
    const Evaluation expected = Evaluation::of(plan, scenario, {1});
    int short_ = 0;
    for (const ServiceOutcome &service : expected.years.first().services) {
        const Service &planned = plan.services.at(plan.serviceIndex(service.id));
        const bool isShort =
            service.status == FundingStatus::Partial || service.status == FundingStatus::Unfunded;
        QCOMPARE(text.contains(planned.name + u'\n'), isShort);
        if (!isShort)
            continue;
        ++short_;
        QVERIFY2(text.contains(planned.consequence.trimmed()), qPrintable(planned.name));
        QVERIFY(text.contains((service.cost - service.funded).formatted(plan.currency)));
    }
    QVERIFY(short_ > 0);
}

void TestCouncillorPack::resourceTableReconcilesWithTheSectors()
{
    const Plan plan = DemoPlan::plan();
    const PackContent pack = PackSections::content(CouncillorPack::workOut(
        plan, {QStringLiteral("central-grant-cut"), {}, {1}, QDate(2026, 12, 1)}));
    const QList<PackTable> tables = tablesOf(sectionTitled(pack, QStringLiteral("Who pays")));
    QCOMPARE(tables.size(), 2);
    const QStringList sectorTotal = tables.at(0).rows.last();
    QStringList resourceTotal = tables.at(1).rows.last();
    resourceTotal.removeLast(); // unused
    QCOMPARE(resourceTotal.mid(1), sectorTotal.mid(1));
    const Evaluation expected = Evaluation::of(plan, QStringLiteral("central-grant-cut"), {1});
    Money unused;
    for (const ResourceOutcome &resource : expected.years.first().resources)
        unused += resource.unused;
    QCOMPARE(tables.at(1).rows.last().last(), unused.formatted(plan.currency));
    QCOMPARE(tables.at(1).rows.size(), plan.resources.size() + 1);
}

void TestCouncillorPack::againstBaseListsEveryStatusChange()
{
    const Plan plan = DemoPlan::plan();
    const PackContent pack =
        PackSections::content(CouncillorPack::workOut(plan, {QStringLiteral("central-grant-cut"),
                                                             QStringLiteral("baseline"),
                                                             {1},
                                                             QDate(2026, 12, 1)}));
    const PackSection &section = sectionTitled(pack, QStringLiteral("Against Baseline"));
    const QString text = allText(section);
    const Comparison comparison =
        Comparison::of(plan, QStringLiteral("baseline"), QStringLiteral("central-grant-cut"), {1});
    int changes = 0;
    for (const Comparison::ServiceChange &service : comparison.years.first().services) {
        if (service.baseStatus == service.status)
            continue;
        ++changes;
        const Service &planned = plan.services.at(plan.serviceIndex(service.id));
        QVERIFY2(text.contains(planned.name), qPrintable(planned.name));
        QVERIFY(text.contains(planned.consequence.trimmed()));
    }
    QVERIFY(changes > 0);
    bool waterfall = false;
    for (const PackBlock &block : section.blocks) {
        if (block.kind != PackBlock::Kind::Chart || block.chart.kind != PackChart::Kind::Waterfall)
            continue;
        waterfall = true;
        // Before, a step per sector, now: the steps add up to the change, to the minor unit.
        const QList<qint64> &steps = block.chart.series.first().minor;
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.first() + steps.at(1) + steps.at(2) + steps.at(3) + steps.at(4),
                 steps.last());
    }
    QVERIFY(waterfall);
}

void TestCouncillorPack::baselineAloneHasNoComparison()
{
    const Plan plan = DemoPlan::plan();
    const CouncillorPack::Inputs inputs = CouncillorPack::workOut(
        plan, {QStringLiteral("baseline"), QStringLiteral("baseline"), {}, QDate(2026, 12, 1)});
    QVERIFY(!inputs.base);
    const PackContent pack = PackSections::content(inputs);
    QVERIFY(pack.baseName.isEmpty());
    QCOMPARE(sectionTitled(pack, QStringLiteral("Year")).title, QStringLiteral("Year by year"));
}

void TestCouncillorPack::everyYearInDetailWhenAsked()
{
    const Plan plan = DemoPlan::plan();
    const PackContent pack = PackSections::content(CouncillorPack::workOut(
        plan, {QStringLiteral("baseline"), {}, {0, 1, 2, 3, 4}, QDate(2026, 12, 1)}));
    QCOMPARE(pack.years, QStringLiteral("2026/27 to 2030/31"));
    const QString tiers = allText(sectionTitled(pack, QStringLiteral("The tiers")));
    for (int y = 0; y < plan.years; ++y)
        QVERIFY(tiers.contains(QStringLiteral("Need locally, %1").arg(plan.yearLabel(y))));
}

void TestCouncillorPack::coverSaysProvenAndNamesTheScenario()
{
    const Plan plan = DemoPlan::plan();
    const PackContent pack = PackSections::content(CouncillorPack::workOut(
        plan, {QStringLiteral("central-grant-cut"), {}, {0}, QDate(2026, 12, 1)}));
    QVERIFY(pack.proven);
    QCOMPARE(pack.scenarioName, QStringLiteral("Central grant cut by 30%"));
    QCOMPARE(pack.prepared, QStringLiteral("1 December 2026"));
    QVERIFY(pack.runningHeader.contains(plan.name));
    QVERIFY(pack.proof.first().contains(QStringLiteral("proven")));
}

void TestCouncillorPack::anAnswerNotProvenSaysHowFar()
{
    const Plan plan = DemoPlan::plan();
    CouncillorPack::Inputs inputs = CouncillorPack::workOut(
        plan,
        {QStringLiteral("central-grant-cut"), QStringLiteral("baseline"), {1}, QDate(2026, 12, 1)});
    QVERIFY(PackSections::content(inputs).proven);
    // As the engine leaves a year it stopped short of proving: a gap in money per tier.
    YearResult &year = inputs.evaluation.years[1];
    year.optimal = false;
    year.stopped = SearchStop::WorkLimit;
    year.gaps[size_t(Tier::Could)].gap = Money::fromMinor(1234);
    PackContent pack = PackSections::content(inputs);
    QVERIFY(!pack.proven);
    QVERIFY2(pack.proof.join(u' ').contains(QStringLiteral("2027/28 Could: at most \u00a312.34")),
             qPrintable(pack.proof.join(u'|')));
    QVERIFY(!pack.proof.join(u' ').contains(QStringLiteral("proven optimal and")));
    // The base's answers count too: the comparison is only as sure as they are.
    inputs.evaluation.years[1].optimal = true;
    inputs.base->years[0].optimal = false;
    inputs.base->years[0].gaps[size_t(Tier::Need)].gap = Money::fromMinor(500);
    pack = PackSections::content(inputs);
    QVERIFY(!pack.proven);
    QVERIFY2(pack.proof.join(u' ').contains(QStringLiteral("Baseline (2027/28) Need: at most")),
             qPrintable(pack.proof.join(u'|')));
}

void TestCouncillorPack::summaryCountsTheChangesTheAgainstSectionLists()
{
    const Plan plan = DemoPlan::plan();
    const CouncillorPack::Inputs inputs = CouncillorPack::workOut(
        plan,
        {QStringLiteral("central-grant-cut"), QStringLiteral("baseline"), {1}, QDate(2026, 12, 1)});
    const PackContent pack = PackSections::content(inputs);
    const PackTable changes =
        tablesOf(sectionTitled(pack, QStringLiteral("Against Baseline"))).at(1);
    const int listed = int(changes.rows.size() - changes.noteRows.size());
    QVERIFY(listed > 1);
    QVERIFY2(allText(sectionTitled(pack, QStringLiteral("Summary")))
                 .contains(QStringLiteral("%1 services change status").arg(listed)),
             qPrintable(allText(sectionTitled(pack, QStringLiteral("Summary")))));
}

void TestCouncillorPack::yearsOutsideThePlanAndAMissingBaseAreLeftOut()
{
    const Plan plan = DemoPlan::plan();
    const CouncillorPack::Inputs inputs =
        CouncillorPack::workOut(plan, {QStringLiteral("baseline"),
                                       QStringLiteral("no-such-scenario"),
                                       {-1, 9, 2, 2},
                                       QDate(2026, 12, 1)});
    QVERIFY(!inputs.base);
    QCOMPARE(inputs.request.years, QList<int>{2});
    QCOMPARE(inputs.detail, QList<qsizetype>{2});
    const PackContent pack = PackSections::content(inputs);
    QCOMPARE(pack.years, QStringLiteral("2028/29"));
}

QTEST_GUILESS_MAIN(TestCouncillorPack)
#include "tst_councillorpack.moc"
