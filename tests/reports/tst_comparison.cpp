#include "comparison/comparison.h"
#include "comparison/comparisoncsv.h"
#include "comparison/comparisonjson.h"
#include "comparison/comparisontable.h"
#include "demo/demoplan.h"
#include "json/planjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lps;

namespace {

Plan smallPlan()
{
    // Not a raw string literal: moc's parser does not follow those across lines.
    const QByteArray json =
        "{\"format\":\"lps-plan\",\"version\":1,\"name\":\"Small\",\"firstYear\":2026,\"years\":2,"
        "\"resources\":[{\"id\":\"tax\",\"name\":\"Council "
        "tax\",\"sector\":\"public\",\"kind\":\"money\",\"amount\":15000},"
        "{\"id\":\"trust\",\"name\":\"Trust\",\"sector\":\"charitable\",\"kind\":\"money\","
        "\"amount\":4000}],"
        "\"services\":[{\"id\":\"homes\",\"name\":\"Homes\",\"tier\":\"must\",\"cost\":10000},"
        "{\"id\":\"parks\",\"name\":\"Parks\",\"tier\":\"need\",\"cost\":6000,\"priority\":70},"
        "{\"id\":\"arts\",\"name\":\"Arts\",\"tier\":\"could\",\"cost\":3000}],"
        "\"scenarios\":[{\"id\":\"baseline\",\"name\":\"Baseline\"},"
        "{\"id\":\"no-trust\",\"name\":\"Trust "
        "withdraws\",\"adjustments\":[{\"type\":\"resource-off\",\"resource\":\"trust\"}]},"
        "{\"id\":\"close-homes\",\"name\":\"Close "
        "homes\",\"adjustments\":[{\"type\":\"service-off\",\"service\":\"homes\",\"fromYear\":1}]}"
        "]}";
    const auto read = PlanJsonReader::read(json);
    if (!read.plan)
        qFatal("the test plan does not read");
    return *read.plan;
}

const ServiceOutcome &outcome(const YearResult &year, const QString &id)
{
    for (const ServiceOutcome &s : year.services) {
        if (s.id == id)
            return s;
    }
    qFatal("no service %s", qPrintable(id));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void figuresAreTheDifferenceOfTwoEvaluations_data();
    void figuresAreTheDifferenceOfTwoEvaluations();
    void aScenarioAgainstItselfChangesNothing();
    void jsonIsCamelCaseInMinorUnits();
    void csvHasTiersSectorsAndServices();
    void tableListsChangesBiggestFirstInEightyColumns();
    void demoTableFitsEightyColumns();
};

void TestComparison::figuresAreTheDifferenceOfTwoEvaluations_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QList<int>>("years");
    QTest::newRow("a funder withdraws")
        << QStringLiteral("baseline") << QStringLiteral("no-trust") << QList<int>{};
    QTest::newRow("the other way round")
        << QStringLiteral("no-trust") << QStringLiteral("baseline") << QList<int>{1};
    QTest::newRow("a service closes in year 1")
        << QStringLiteral("baseline") << QStringLiteral("close-homes") << QList<int>{};
}

void TestComparison::figuresAreTheDifferenceOfTwoEvaluations()
{
    QFETCH(QString, base);
    QFETCH(QString, scenario);
    QFETCH(QList<int>, years);
    const Plan plan = smallPlan();
    const Comparison comparison = Comparison::of(plan, base, scenario, years);
    const Evaluation before = Evaluation::of(plan, base, years);
    const Evaluation after = Evaluation::of(plan, scenario, years);
    QCOMPARE(comparison.years.size(), years.isEmpty() ? 2 : 1);
    for (qsizetype y = 0; y < comparison.years.size(); ++y) {
        const Comparison::Year &year = comparison.years.at(y);
        const YearResult &b = before.years.at(y);
        const YearResult &a = after.years.at(y);
        QCOMPARE(year.calendarYear, a.calendarYear);
        for (const Tier tier : kAllTiers) {
            const Comparison::TierChange &t = year.tiers[size_t(tier)];
            QCOMPARE(t.baseFunded, b.tiers[size_t(tier)].funded);
            QCOMPARE(t.scenarioGap, a.tiers[size_t(tier)].gap);
            QCOMPARE(t.fundedDifference(),
                     a.tiers[size_t(tier)].funded - b.tiers[size_t(tier)].funded);
            QCOMPARE(t.gapDifference(), a.tiers[size_t(tier)].gap - b.tiers[size_t(tier)].gap);
            for (const Sector sector : kAllSectors)
                QCOMPARE(year.sectorDifference(sector, tier),
                         a.sectors[size_t(sector)][size_t(tier)] -
                             b.sectors[size_t(sector)][size_t(tier)]);
        }
        QCOMPARE(year.services.size(), plan.services.size());
        for (const Comparison::ServiceChange &s : year.services) {
            QCOMPARE(s.difference(), outcome(a, s.id).funded - outcome(b, s.id).funded);
            QCOMPARE(s.baseStatus, outcome(b, s.id).status);
            QCOMPARE(s.status, outcome(a, s.id).status);
        }
    }
}

void TestComparison::aScenarioAgainstItselfChangesNothing()
{
    const Comparison comparison =
        Comparison::of(smallPlan(), QStringLiteral("no-trust"), QStringLiteral("no-trust"));
    for (const Comparison::Year &year : comparison.years) {
        for (const Comparison::ServiceChange &s : year.services)
            QVERIFY(!s.changed());
    }
    QVERIFY(ComparisonTable::write(comparison)
                .contains(QStringLiteral("No service's funding or status changes.")));
}

void TestComparison::jsonIsCamelCaseInMinorUnits()
{
    const Comparison comparison =
        Comparison::of(smallPlan(), QStringLiteral("baseline"), QStringLiteral("close-homes"), {1});
    const QByteArray json = ComparisonJson::write(comparison);
    QCOMPARE(ComparisonJson::write(comparison), json); // canonical: the same bytes every time
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("plan")).toString(), QStringLiteral("Small"));
    QCOMPARE(root.value(QStringLiteral("base")).toString(), QStringLiteral("baseline"));
    QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("close-homes"));
    const QJsonObject year = root.value(QStringLiteral("years")).toArray().first().toObject();
    QCOMPARE(year.value(QStringLiteral("year")).toInt(), 2027);
    QVERIFY(year.value(QStringLiteral("optimal")).toBool());
    const QJsonObject must =
        year.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("must")).toObject();
    QCOMPARE(must.value(QStringLiteral("baseFunded")).toInteger(), 10000);
    QCOMPARE(must.value(QStringLiteral("scenarioFunded")).toInteger(), 0);
    QCOMPARE(must.value(QStringLiteral("fundedDifference")).toInteger(), -10000);
    QCOMPARE(must.value(QStringLiteral("gapDifference")).toInteger(), 0);
    // The council tax the homes no longer need goes to parks and arts.
    const QJsonObject could =
        year.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("could")).toObject();
    QCOMPARE(could.value(QStringLiteral("scenarioGap")).toInteger(), 0);
    QCOMPARE(year.value(QStringLiteral("sectors"))
                 .toObject()
                 .value(QStringLiteral("public"))
                 .toObject()
                 .value(QStringLiteral("must"))
                 .toInteger(),
             -10000);
    const QJsonObject homes = year.value(QStringLiteral("services")).toArray().first().toObject();
    QCOMPARE(homes.keys(),
             (QStringList{QStringLiteral("baseFunded"), QStringLiteral("baseStatus"),
                          QStringLiteral("baseTier"), QStringLiteral("difference"),
                          QStringLiteral("id"), QStringLiteral("scenarioFunded"),
                          QStringLiteral("scenarioStatus"), QStringLiteral("scenarioTier")}));
    QCOMPARE(homes.value(QStringLiteral("difference")).toInteger(), -10000);
    QCOMPARE(homes.value(QStringLiteral("baseStatus")).toString(), QStringLiteral("funded"));
    QCOMPARE(homes.value(QStringLiteral("scenarioStatus")).toString(),
             QStringLiteral("decommissioned"));
}

void TestComparison::csvHasTiersSectorsAndServices()
{
    const QString csv = QString::fromUtf8(ComparisonCsv::write(
        Comparison::of(smallPlan(), QStringLiteral("baseline"), QStringLiteral("no-trust"), {0})));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 4 * 3 + 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("year,level,id,name,tier,base_funded,scenario_funded,difference,base_"
                            "gap,scenario_gap,base_status,scenario_status"));
    QCOMPARE(lines.at(1),
             QStringLiteral("2026/27,tier,must,Must,must,100.00,100.00,0.00,0.00,0.00,,"));
    // The trust's £40.00 is gone from whichever tiers it funded.
    double charitable = 0.0;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("2026/27,sector,charitable,")))
            charitable += line.section(u',', 7, 7).toDouble();
    }
    QCOMPARE(charitable, -40.0);
    QVERIFY2(lines.last().startsWith(QStringLiteral("2026/27,service,arts,Arts,could,")),
             qPrintable(lines.last()));
}

void TestComparison::tableListsChangesBiggestFirstInEightyColumns()
{
    const QString table = ComparisonTable::write(Comparison::of(
        smallPlan(), QStringLiteral("baseline"), QStringLiteral("close-homes"), {1}));
    QVERIFY2(table.contains(QStringLiteral("Close homes against Baseline, 2027/28 (optimal)")),
             qPrintable(table));
    const qsizetype homes = table.indexOf(QStringLiteral("\nHomes "));
    const qsizetype parks = table.indexOf(QStringLiteral("\nParks "));
    QVERIFY2(homes > 0 && (parks < 0 || homes < parks), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("-£100.00 full→off")));
    for (const QString &line : table.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void TestComparison::demoTableFitsEightyColumns()
{
    const Comparison comparison = Comparison::of(DemoPlan::plan(), QStringLiteral("baseline"),
                                                 QStringLiteral("provider-failure"));
    QCOMPARE(comparison.years.size(), 5);
    const QString table = ComparisonTable::write(comparison);
    QVERIFY(table.contains(QStringLiteral("£19,465,500.00"))); // thousands separators
    QVERIFY(table.contains(QStringLiteral("Changed service")));
    for (const QString &line : table.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
