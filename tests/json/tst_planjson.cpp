#include "plangenerator.h"
#include "validation/planlimits.h"
#include "validation/planvalidator.h"
#include "json/planjsonreader.h"
#include "json/planjsonwriter.h"

#include <QTest>

using namespace lps;

namespace {

// A valid plan in canonical form; each rejection case below breaks one thing in it.
const char *const kValid = R"({
  "format": "lps-plan",
  "version": 1,
  "name": "Tiny",
  "firstYear": 2026,
  "years": 2,
  "resources": [
    {
      "id": "tax",
      "name": "Council tax",
      "sector": "public",
      "kind": "money",
      "amount": 1000
    }
  ],
  "services": [
    {
      "id": "homes",
      "name": "Homes",
      "tier": "must",
      "cost": 500
    }
  ],
  "scenarios": [
    {
      "id": "baseline",
      "name": "Baseline"
    }
  ]
}
)";

QByteArray replaced(const char *before, const char *after)
{
    QByteArray json(kValid);
    Q_ASSERT(json.contains(before));
    return json.replace(before, after);
}

QStringList describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.toString();
    return lines;
}

} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void validPlanReadsAndWritesCanonically();
    void samplePlanHasItsCanonicalForm();
    void generatedPlansRoundTrip();
    void rejects_data();
    void rejects();
    void aListItemThatIsNotAnObjectIsOneProblem();
    void nullBasedOnIsTheBaselineSpelling();
    void reportsEveryProblemInOnePass();
    void aRefusedYearsSaysOnlyThat();
};

void TestPlanJson::validPlanReadsAndWritesCanonically()
{
    const PlanJsonResult result = PlanJsonReader::read(kValid);
    QVERIFY2(result.plan, qPrintable(describe(result.problems).join(u'\n')));
    QCOMPARE(result.plan->services.first().costInYear(1, 0), Money::fromMinor(500));
    QCOMPARE(PlanJsonWriter::write(*result.plan), QByteArray(kValid));
}

void TestPlanJson::samplePlanHasItsCanonicalForm()
{
    const QByteArray json = PlanJsonWriter::write(test::samplePlan());
    // Defaults are omitted; explicit values and lists are written in table order.
    QVERIFY(json.startsWith(
        "{\n  \"format\": \"lps-plan\",\n  \"version\": 1,\n  \"name\": \"Sample District "
        "2026-28\",\n  \"locality\": \"Sample\",\n  \"firstYear\": 2026,"));
    QVERIFY(json.contains("\"costInflation\": 0.03,"));
    QVERIFY(json.contains("\"amountByYear\": [\n        1000,\n        1200,\n        1400\n      "
                          "],\n      \"hourValue\": 1250,\n      \"eligible\": {\n        "
                          "\"tags\": [\n          \"community\"\n        ]\n      }"));
    QVERIFY(json.contains(
        "{\n          \"type\": \"resource-scale\",\n          \"resource\": \"council-tax\",\n    "
        "      \"factor\": 0.9,\n          \"fromYear\": 1\n        }"));
    QVERIFY(!json.contains("\"currency\""));
    QVERIFY(!json.contains("\"certainty\""));
    QVERIFY(!json.contains("\"priority\""));
    QVERIFY(!json.contains("\"basedOn\": null"));
    QVERIFY(json.endsWith("}\n"));
    QVERIFY(!json.endsWith("\n\n"));
}

void TestPlanJson::generatedPlansRoundTrip()
{
    int withLevers = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        const Plan plan = test::generatePlan(seed);
        const Problems problems = PlanValidator::validate(plan);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                     QStringLiteral("seed %1: %2").arg(seed).arg(describe(problems).join(u'\n'))));
        const QByteArray json = PlanJsonWriter::write(plan);
        const PlanJsonResult back = PlanJsonReader::read(json);
        QVERIFY2(
            back.plan,
            qPrintable(
                QStringLiteral("seed %1: %2").arg(seed).arg(describe(back.problems).join(u'\n'))));
        QVERIFY2(*back.plan == plan,
                 qPrintable(QStringLiteral("seed %1 changed on the way back").arg(seed)));
        QCOMPARE(PlanJsonWriter::write(*back.plan), json);
        // Version 1 unless the plan has levers (version 2), so older versions open the rest.
        QVERIFY(json.contains(plan.levers.isEmpty() ? "\"version\": 1," : "\"version\": 2,"));
        withLevers += plan.levers.isEmpty() ? 0 : 1;
    }
    QVERIFY(withLevers > 100); // so the levers' round trip is proven too
}

void TestPlanJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QTest::newRow("not json") << QByteArray("{\n  \"format\": ,\n}") << "line 2, column 14"
                              << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << ""
                                   << "JSON object";
    QTest::newRow("foreign format") << replaced("\"lps-plan\"", "\"budget\"") << "format"
                                    << "not an LPS plan";
    QTest::newRow("newer version") << replaced("\"version\": 1", "\"version\": 3") << "version"
                                   << "newer";
    QTest::newRow("unknown key") << replaced("\"amount\": 1000",
                                             "\"amount\": 1000, \"colour\": \"red\"")
                                 << "resources[0].colour"
                                 << "not a key";
    QTest::newRow("wrong type") << replaced("\"cost\": 500", "\"cost\": \"500\"")
                                << "services[0].cost"
                                << "whole number";
    QTest::newRow("fraction of a penny")
        << replaced("\"cost\": 500", "\"cost\": 500.5") << "services[0].cost"
        << "whole number";
    QTest::newRow("negative amount")
        << replaced("\"amount\": 1000", "\"amount\": -1") << "resources[0].amount"
        << "out of range";
    QTest::newRow("too much money")
        << replaced("\"amount\": 1000", "\"amount\": 100000000000001") << "resources[0].amount"
        << "out of range";
    QTest::newRow("bad tier") << replaced("\"must\"", "\"statutory\"") << "services[0].tier"
                              << "one of: must, need, could";
    QTest::newRow("missing name") << replaced("\"name\": \"Homes\",", "") << "services[0].name"
                                  << "required";
    QTest::newRow("both amounts") << replaced("\"amount\": 1000",
                                              "\"amount\": 1000, \"amountByYear\": [1, 2]")
                                  << "resources[0].amountByYear"
                                  << "not both";
    QTest::newRow("years mismatch")
        << replaced("\"cost\": 500", "\"costByYear\": [1, 2, 3]") << "services[0].costByYear"
        << "plan covers 2 years";
    QTest::newRow("bad id") << replaced("\"homes\"", "\"Homes!\"") << "services[0].id"
                            << "not a valid id";
    QTest::newRow("duplicate id") << replaced(
                                         "\"scenarios\": [",
                                         "\"scenarios\": [{\"id\": \"baseline\", \"name\": \"A\"},")
                                  << "scenarios[1].id"
                                  << "used twice";
    QTest::newRow("broken eligibility")
        << replaced("\"amount\": 1000",
                    "\"amount\": 1000, \"eligible\": {\"services\": [\"pool\"]}")
        << "resources[0].eligible.services[0]"
        << "no service has the id \"pool\"";
    QTest::newRow("broken adjustment")
        << replaced("\"name\": \"Baseline\"",
                    "\"name\": \"Baseline\"}, {\"id\": \"cut\", \"name\": \"Cut\", "
                    "\"adjustments\": [{\"type\": \"resource-off\", \"resource\": \"grant\"}]")
        << "scenarios[1].adjustments[0].resource"
        << "no resource has the id \"grant\"";
    QTest::newRow("unknown adjustment")
        << replaced("\"name\": \"Baseline\"",
                    "\"name\": \"Baseline\"}, {\"id\": \"cut\", \"name\": \"Cut\", "
                    "\"adjustments\": [{\"type\": \"resource-halve\", \"resource\": \"tax\"}]")
        << "scenarios[1].adjustments[0].type"
        << "resource-scale";
    QTest::newRow("key of another adjustment")
        << replaced(
               "\"name\": \"Baseline\"",
               "\"name\": \"Baseline\"}, {\"id\": \"cut\", \"name\": \"Cut\", \"adjustments\": "
               "[{\"type\": \"resource-off\", \"resource\": \"tax\", \"factor\": 0.5}]")
        << "scenarios[1].adjustments[0].factor"
        << "not a key";
    QTest::newRow("based on itself")
        << replaced("\"name\": \"Baseline\"", "\"name\": \"Baseline\"}, {\"id\": \"loop\", "
                                              "\"name\": \"Loop\", \"basedOn\": \"loop\"")
        << "scenarios[1].basedOn"
        << "circle";
    QTest::newRow("baseline based on another")
        << replaced("\"name\": \"Baseline\"", "\"name\": \"Baseline\", \"basedOn\": \"other\"}, "
                                              "{\"id\": \"other\", \"name\": \"Other\"")
        << "scenarios[0].basedOn"
        << "baseline";
    QTest::newRow("scenario without id")
        << replaced("\"id\": \"baseline\",\n      \"name\": \"Baseline\"", "") << "scenarios[0].id"
        << "required";
    QTest::newRow("time without hour value")
        << replaced("\"kind\": \"money\"", "\"kind\": \"time\"") << "resources[0].hourValue"
        << "required";
    QTest::newRow("share above one")
        << replaced("\"cost\": 500", "\"cost\": 500, \"minimumShare\": 1.5")
        << "services[0].minimumShare"
        << "out of range 0..1";
    QTest::newRow("priority out of range")
        << replaced("\"cost\": 500", "\"cost\": 500, \"priority\": 0") << "services[0].priority"
        << "out of range 1..100";
    QTest::newRow("duplicate key")
        << replaced("\"years\": 2", "\"years\": 2, \"years\": 3") << "years"
        << "written twice";
    QTest::newRow("duplicate nested key")
        << replaced("\"cost\": 500", "\"cost\": 500, \"c\\u006fst\": 600") << "services[0].cost"
        << "written twice";
    QTest::newRow("empty eligible list")
        << replaced("\"amount\": 1000", "\"amount\": 1000, \"eligible\": {\"tags\": []}")
        << "resources[0].eligible.tags"
        << "empty list";
    QTest::newRow("empty basedOn")
        << replaced(
               "\"name\": \"Baseline\"",
               "\"name\": \"Baseline\"}, {\"id\": \"cut\", \"name\": \"Cut\", \"basedOn\": \"\"")
        << "scenarios[1].basedOn"
        << "use null";
    QTest::newRow("shortest numbers in messages")
        << replaced("\"cost\": 500", "\"cost\": 500, \"minimumShare\": 1.1")
        << "services[0].minimumShare"
        << "1.1 is out of range";
    QTest::newRow("growth past the limit")
        << replaced("\"amount\": 1000", "\"amount\": 90000000000000, \"trend\": 1")
        << "resources[0].amount"
        << "grows past";
}

void TestPlanJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const PlanJsonResult result = PlanJsonReader::read(json);
    QVERIFY(!result.plan);
    bool found = false;
    for (const Problem &problem : result.problems)
        found = found || (problem.location == location && problem.message.contains(message));
    QVERIFY2(found, qPrintable(QStringLiteral("wanted %1: ...%2... in:\n%3")
                                   .arg(location, message, describe(result.problems).join(u'\n'))));
}

void TestPlanJson::aListItemThatIsNotAnObjectIsOneProblem()
{
    const PlanJsonResult result =
        PlanJsonReader::read(replaced("\"services\": [", "\"services\": [42, "));
    QStringList lines = describe(result.problems);
    QVERIFY2(lines.size() == 1, qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.first().startsWith(QStringLiteral("services[0]: expected an object")),
             qPrintable(lines.first()));
}

void TestPlanJson::nullBasedOnIsTheBaselineSpelling()
{
    const PlanJsonResult result = PlanJsonReader::read(
        replaced("\"name\": \"Baseline\"", "\"name\": \"Baseline\", \"basedOn\": null"));
    QVERIFY2(result.plan, qPrintable(describe(result.problems).join(u'\n')));
}

void TestPlanJson::reportsEveryProblemInOnePass()
{
    QByteArray json(kValid);
    json.replace("\"cost\": 500", "\"cost\": \"lots\"");
    json.replace("\"sector\": \"public\"", "\"sector\": \"government\"");
    json.replace("\"years\": 2", "\"years\": " + QByteArray::number(PlanLimits::kMaxYears + 1));
    const PlanJsonResult result = PlanJsonReader::read(json);
    QVERIFY(!result.plan);
    QStringList locations;
    for (const Problem &problem : result.problems)
        locations << problem.location;
    QCOMPARE(locations, (QStringList{QStringLiteral("years"), QStringLiteral("resources[0].sector"),
                                     QStringLiteral("services[0].cost")}));
}

// "years": 10000 was followed by a problem for every list of yearly amounts ("has 5 amounts but
// the plan covers 1 years") and every adjustment's fromYear: only the years are wrong (issue 12).
void TestPlanJson::aRefusedYearsSaysOnlyThat()
{
    QByteArray json = replaced("\"cost\": 500", "\"costByYear\": [500, 600]");
    json.replace("\"name\": \"Baseline\"",
                 "\"name\": \"Baseline\" }, { \"id\": \"cut\", \"name\": \"Cut\", "
                 "\"basedOn\": \"baseline\", \"adjustments\": [{ \"type\": "
                 "\"resource-scale\", \"resource\": \"tax\", \"factor\": 0.5, "
                 "\"fromYear\": 1 }]");
    QVERIFY2(PlanJsonReader::read(json).plan,
             qPrintable(describe(PlanJsonReader::read(json).problems).join(u'\n')));
    json.replace("\"years\": 2", "\"years\": 10000");
    const PlanJsonResult result = PlanJsonReader::read(json);
    QVERIFY(!result.plan);
    QCOMPARE(describe(result.problems),
             QStringList{
                 QStringLiteral("years: 10000 is out of range 1..%1").arg(PlanLimits::kMaxYears)});
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
