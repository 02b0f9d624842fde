// Importing a plan from CSV files: what each row's cells become (tiers, amounts, ids, eligibility,
// time) and which cells are refused.
#include "csvimport/idmaker.h"
#include "csvimportfixtures.h"

#include <QTest>

using namespace lps;
using namespace lps::csvfixtures;

class TestCsvPlanRows : public QObject
{
    Q_OBJECT

private slots:
    void readsTiers_data();
    void readsTiers();
    void readsCells_data();
    void readsCells();
    void refusesBadCells_data();
    void refusesBadCells();
    void refusesNegativeAmounts_data();
    void refusesNegativeAmounts();
    void makesIdsFromNames_data();
    void makesIdsFromNames();
    void keepsGivenIdsAndMakesTheRestUnique();
    void refusesInvalidAndRepeatedIds();
    void resolvesEligibleServices_data();
    void resolvesEligibleServices();
    void matchesEligibleTagsToTheServicesSpelling();
    void readsTimeResources();
    void refusesBadTimeResources_data();
    void refusesBadTimeResources();
    void checksMatching_data();
    void checksMatching();
};

void TestCsvPlanRows::readsTiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Tier>("tier");
    QTest::newRow("must") << "must" << Tier::Must;
    QTest::newRow("Need") << "Need" << Tier::Need;
    QTest::newRow("COULD") << "COULD" << Tier::Could;
    QTest::newRow("statutory") << "Statutory" << Tier::Must;
    QTest::newRow("discretionary") << " discretionary " << Tier::Could;
}

void TestCsvPlanRows::readsTiers()
{
    QFETCH(QString, text);
    QFETCH(Tier, tier);
    const auto result = importText(QStringLiteral("name,tier,cost\nYouth club,%1,100\n").arg(text),
                                   QStringLiteral("name,sector,amount,eligible_tiers\n"
                                                  "Grant,public,100,%1\n")
                                       .arg(text));
    QCOMPARE(describe(result.problems), QStringList());
    QCOMPARE(result.plan->services.first().tier, tier);
    QCOMPARE(result.plan->resources.first().eligible.tiers, QList<Tier>{tier});
}

void TestCsvPlanRows::readsCells_data()
{
    // A services.csv row and a resources.csv row, then what one field must hold.
    QTest::addColumn<QString>("services");
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString s = QStringLiteral("name,tier,cost,%1\nYouth club,need,100,%2\n");
    const QString r = QStringLiteral("name,sector,amount,%1\nGrant,public,100,%2\n");
    auto row = [](const char *tag, const QString &services, const QString &resources,
                  const char *field, const char *value) {
        QTest::newRow(tag) << services << resources << QString::fromLatin1(field)
                           << QString::fromUtf8(value);
    };
    row("share as decimal", s.arg(QStringLiteral("minimum_share"), QStringLiteral("0.6")),
        kResources, "minimumShare", "0.6");
    row("share as percent", s.arg(QStringLiteral("minimum_share"), QStringLiteral("60%")),
        kResources, "minimumShare", "0.6");
    row("share of one", s.arg(QStringLiteral("minimum_share"), QStringLiteral("1")), kResources,
        "minimumShare", "1");
    row("share 33.3%", s.arg(QStringLiteral("minimum_share"), QStringLiteral("33.3 %")), kResources,
        "minimumShare", "0.333");
    row("priority", s.arg(QStringLiteral("priority"), QStringLiteral("75")), kResources, "priority",
        "75");
    row("empty priority", s.arg(QStringLiteral("priority"), QString()), kResources, "priority",
        "50");
    row("tags",
        s.arg(QStringLiteral("tags"),
              QStringLiteral("\" young-people ; prevention;;young-people\"")),
        kResources, "tags", "young-people|prevention");
    row("provider spaces", s.arg(QStringLiteral("provider"), QStringLiteral("Third sector")),
        kResources, "provider", "third-sector");
    row("provider underscore", s.arg(QStringLiteral("provider"), QStringLiteral("THIRD_SECTOR")),
        kResources, "provider", "third-sector");
    row("provider in house", s.arg(QStringLiteral("provider"), QStringLiteral("In House")),
        kResources, "provider", "in-house");
    row("provider mutual", s.arg(QStringLiteral("provider"), QStringLiteral("mutual")), kResources,
        "provider", "mutual");
    row("preventative yes", s.arg(QStringLiteral("preventative"), QStringLiteral("Yes")),
        kResources, "preventative", "true");
    row("preventative TRUE", s.arg(QStringLiteral("preventative"), QStringLiteral("TRUE")),
        kResources, "preventative", "true");
    row("preventative 1", s.arg(QStringLiteral("preventative"), QStringLiteral("1")), kResources,
        "preventative", "true");
    row("preventative no", s.arg(QStringLiteral("preventative"), QStringLiteral("no")), kResources,
        "preventative", "false");
    row("preventative false", s.arg(QStringLiteral("preventative"), QStringLiteral("False")),
        kResources, "preventative", "false");
    row("preventative 0", s.arg(QStringLiteral("preventative"), QStringLiteral("0")), kResources,
        "preventative", "false");
    row("hours with separator",
        s.arg(QStringLiteral("time_capacity_hours"), QStringLiteral("\"1,500\"")), kResources,
        "timeCapacityHours", "1500");
    row("consequence kept",
        s.arg(QStringLiteral("consequence"), QStringLiteral("\"Young people, on the streets\"")),
        kResources, "consequence", "Young people, on the streets");
    row("sector any case", kServices, QStringLiteral("name,sector,amount\nGrant,Charitable,100\n"),
        "sector", "charitable");
    row("kind in kind", kServices, r.arg(QStringLiteral("kind"), QStringLiteral("In kind")), "kind",
        "in-kind");
    row("kind default", kServices, r.arg(QStringLiteral("kind"), QString()), "kind", "money");
    row("certainty", kServices, r.arg(QStringLiteral("certainty"), QStringLiteral("Speculative")),
        "certainty", "speculative");
    row("certainty default", kServices, kResources, "certainty", "confirmed");
    row("trend percent", kServices, r.arg(QStringLiteral("trend"), QStringLiteral("-5%")), "trend",
        "-0.05");
    row("trend decimal", kServices, r.arg(QStringLiteral("trend"), QStringLiteral("0.025")),
        "trend", "0.025");
    row("contingent share", kServices,
        r.arg(QStringLiteral("contingent_share"), QStringLiteral("40%")), "contingentShare", "0.4");
    row("cap", kServices, r.arg(QStringLiteral("max_per_service"), QStringLiteral("\"£10,000\"")),
        "maxPerService", "1000000");
    row("no cap", kServices, r.arg(QStringLiteral("max_per_service"), QString()), "maxPerService",
        "none");
    row("amount accounting", kServices,
        r.arg(QStringLiteral("notes"), QStringLiteral("x"))
            .replace(QStringLiteral(",100,"), QStringLiteral(",\" £ 1,234.56 \",")),
        "amount", "123456");
    row("notes", kServices,
        r.arg(QStringLiteral("notes"), QStringLiteral("\"line one\nline two\"")), "notes",
        "line one\nline two");
}

void TestCsvPlanRows::readsCells()
{
    QFETCH(QString, services);
    QFETCH(QString, resources);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const auto result = importText(services, resources);
    QCOMPARE(describe(result.problems), QStringList());
    const Service &s = result.plan->services.first();
    const Resource &r = result.plan->resources.first();
    const QMap<QString, QString> actual{
        {QStringLiteral("minimumShare"), QString::number(s.minimumShare, 'g', 17)},
        {QStringLiteral("priority"), QString::number(s.priority)},
        {QStringLiteral("tags"), s.tags.join(QLatin1Char('|'))},
        {QStringLiteral("provider"), spelling(s.provider)},
        {QStringLiteral("preventative"),
         s.preventative ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("timeCapacityHours"), QString::number(s.timeCapacityHours)},
        {QStringLiteral("consequence"), s.consequence},
        {QStringLiteral("sector"), spelling(r.sector)},
        {QStringLiteral("kind"), spelling(r.kind)},
        {QStringLiteral("certainty"), spelling(r.certainty)},
        {QStringLiteral("trend"), QString::number(r.trend, 'g', 17)},
        {QStringLiteral("contingentShare"), QString::number(r.contingentShare, 'g', 17)},
        {QStringLiteral("maxPerService"),
         r.maxPerService ? QString::number(r.maxPerService->minor()) : QStringLiteral("none")},
        {QStringLiteral("amount"), QString::number(r.amount.base())},
        {QStringLiteral("notes"), r.notes},
    };
    QVERIFY(actual.contains(field));
    // Decimals are compared as the nearest double to the written decimal, exactly.
    const bool number = field == QLatin1String("minimumShare") || field == QLatin1String("trend") ||
                        field == QLatin1String("contingentShare");
    QCOMPARE(actual.value(field), number ? QString::number(value.toDouble(), 'g', 17) : value);
}

void TestCsvPlanRows::refusesBadCells_data()
{
    QTest::addColumn<QString>("services");
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("problem");
    const QString s = QStringLiteral("name,tier,cost,%1\nYouth club,need,100,%2\n");
    const QString r = QStringLiteral("name,sector,amount,%1\nGrant,public,100,%2\n");
    auto row = [](const char *tag, const QString &services, const QString &resources,
                  const char *problem) {
        QTest::newRow(tag) << services << resources << QString::fromUtf8(problem);
    };
    row("share over 1", s.arg(QStringLiteral("minimum_share"), QStringLiteral("60")), kResources,
        "error services.csv, row 2, column \"minimum_share\": \"60\" is more than 1; write a share "
        "as a decimal from 0 to 1 (0.6) or as a percentage (60%)");
    row("share over 100%", s.arg(QStringLiteral("minimum_share"), QStringLiteral("120%")),
        kResources,
        "error services.csv, row 2, column \"minimum_share\": \"120%\" is more than 100%");
    row("negative share", s.arg(QStringLiteral("minimum_share"), QStringLiteral("-0.1")),
        kResources,
        "error services.csv, row 2, column \"minimum_share\": \"-0.1\" is negative; a share is "
        "from 0 to 1 (or 0% to 100%)");
    row("share words", s.arg(QStringLiteral("minimum_share"), QStringLiteral("half")), kResources,
        "error services.csv, row 2, column \"minimum_share\": \"half\" is not a share; write a "
        "decimal from 0 to 1 (0.6) or a percentage (60%)");
    row("priority zero", s.arg(QStringLiteral("priority"), QStringLiteral("0")), kResources,
        "error services.csv, row 2, column \"priority\": \"0\" is not a whole number from 1 to "
        "100");
    row("priority decimal", s.arg(QStringLiteral("priority"), QStringLiteral("50.5")), kResources,
        "error services.csv, row 2, column \"priority\": \"50.5\" is not a whole number from 1 to "
        "100");
    row("provider", s.arg(QStringLiteral("provider"), QStringLiteral("council")), kResources,
        "error services.csv, row 2, column \"provider\": \"council\" is not one of: in-house, "
        "third-sector, private, mutual, community");
    row("preventative", s.arg(QStringLiteral("preventative"), QStringLiteral("y")), kResources,
        "error services.csv, row 2, column \"preventative\": \"y\" is not one of: yes, no, true, "
        "false, 1, 0");
    row("capacity decimal", s.arg(QStringLiteral("time_capacity_hours"), QStringLiteral("7.5")),
        kResources,
        "error services.csv, row 2, column \"time_capacity_hours\": \"7.5\" is not a whole number; "
        "hours are counted in whole hours");
    row("capacity negative", s.arg(QStringLiteral("time_capacity_hours"), QStringLiteral("-5")),
        kResources,
        "error services.csv, row 2, column \"time_capacity_hours\": \"-5\" is negative; a number "
        "of hours cannot be below zero");
    row("tier missing", QStringLiteral("name,tier,cost\nYouth club,,100\n"), kResources,
        "error services.csv, row 2, column \"tier\": is empty; a service needs a tier: must, need "
        "or could");
    row("cost missing", QStringLiteral("name,tier,cost\nYouth club,need,\n"), kResources,
        "error services.csv, row 2, column \"cost\": is empty; a service needs its full annual "
        "cost in pounds");
    row("cost in words", QStringLiteral("name,tier,cost\nYouth club,need,tbc\n"), kResources,
        "error services.csv, row 2, column \"cost\": \"tbc\" is not an amount of money; write "
        "pounds such as 1234.50, 1,234.50 or £1,234.50");
    row("cost in euros", QStringLiteral("name,tier,cost\nYouth club,need,€100\n"), kResources,
        "error services.csv, row 2, column \"cost\": \"€100\" is in another currency (€); this "
        "plan is in GBP, so write the amount in pounds");
    row("unquoted thousands", QStringLiteral("name,tier,cost\nYouth club,need,1,234.00\n"),
        kResources,
        "error services.csv, row 2, column 4: \"234.00\" is beyond the last column: this row has "
        "4 cells but the header has 3; a value that contains the delimiter (,) must be enclosed in "
        "double quotes, e.g. \"1,234.50\"");
    row("name too long",
        QStringLiteral("name,tier,cost\n%1,need,1\n").arg(QString(201, QLatin1Char('x'))),
        kResources,
        "error services.csv, row 2, column \"name\": is 201 characters long; a name can have at "
        "most 200");
    row("sector missing", kServices, QStringLiteral("name,sector,amount\nGrant,,5\n"),
        "error resources.csv, row 2, column \"sector\": is empty; a resource needs a sector: "
        "public, private, charitable or personal");
    row("sector", kServices, QStringLiteral("name,sector,amount\nGrant,voluntary,5\n"),
        "error resources.csv, row 2, column \"sector\": \"voluntary\" is not one of: public, "
        "private, charitable, personal");
    row("amount missing", kServices, QStringLiteral("name,sector,amount\nGrant,public,\n"),
        "error resources.csv, row 2, column \"amount\": is empty; a resource needs its amount per "
        "year");
    row("kind", kServices, r.arg(QStringLiteral("kind"), QStringLiteral("cash")),
        "error resources.csv, row 2, column \"kind\": \"cash\" is not one of: money, time, "
        "in-kind");
    row("certainty", kServices, r.arg(QStringLiteral("certainty"), QStringLiteral("likely")),
        "error resources.csv, row 2, column \"certainty\": \"likely\" is not one of: confirmed, "
        "expected, speculative");
    row("trend words", kServices, r.arg(QStringLiteral("trend"), QStringLiteral("flat")),
        "error resources.csv, row 2, column \"trend\": \"flat\" is not a number; write a decimal "
        "such as 0.05 or a percentage such as 5%");
    row("trend too high", kServices, r.arg(QStringLiteral("trend"), QStringLiteral("11")),
        "error resources.csv, row 2, column \"trend\": \"11\" is out of range: a trend is a yearly "
        "change from -1 to 10 (-100% to 1000%)");
    row("contingent share", kServices,
        r.arg(QStringLiteral("contingent_share"), QStringLiteral("2")),
        "error resources.csv, row 2, column \"contingent_share\": \"2\" is more than 1; write a "
        "share as a decimal from 0 to 1 (0.6) or as a percentage (60%)");
    row("eligible tier", kServices,
        r.arg(QStringLiteral("eligible_tiers"), QStringLiteral("must;should")),
        "error resources.csv, row 2, column \"eligible_tiers\": \"should\" is not one of: must, "
        "need, could, statutory, discretionary");
    // A header-only export imported as a plan with no services, exit 0 (issue 12).
    const char *noServices = "error services.csv: has a header row but no services below it, so "
                             "there is nothing to import: put each one on its own row under the "
                             "header (rows of totals are skipped)";
    const char *noResources = "error resources.csv: has a header row but no resources below it, "
                              "so there is nothing to import: put each one on its own row under "
                              "the header (rows of totals are skipped)";
    row("services: a header", QStringLiteral("name,tier,cost\n"), kResources, noServices);
    row("services: a header, blank lines, no newline at the end",
        QStringLiteral("Name,Tier,Cost\r\n\r\n,,"), kResources, noServices);
    row("resources: a header", kServices, QStringLiteral("name,sector,amount\n"), noResources);
}

void TestCsvPlanRows::refusesBadCells()
{
    QFETCH(QString, services);
    QFETCH(QString, resources);
    QFETCH(QString, problem);
    const auto result = importText(services, resources);
    QCOMPARE(describe(result.problems), QStringList{problem});
    QVERIFY(!result.ok());
}

void TestCsvPlanRows::refusesNegativeAmounts_data()
{
    QTest::addColumn<QString>("services");
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("problem");
    QTest::newRow("cost") << "name,tier,cost\nFees,could,-250\n"
                          << kResources
                          << "error services.csv, row 2, column \"cost\": \"-250\" is negative: a "
                             "cost cannot be below zero; if this is income, enter it as a resource "
                             "in resources.csv";
    QTest::newRow("amount")
        << kServices << QStringLiteral("name,sector,amount\nDeficit,public,(5)\n")
        << "error resources.csv, row 2, column \"amount\": \"(5)\" is negative: "
           "a resource cannot be below zero; if this is a cost, enter it as a "
           "service in services.csv";
    QTest::newRow("cap") << kServices
                         << QStringLiteral(
                                "name,sector,amount,max_per_service\nGrant,public,5,-1\n")
                         << "error resources.csv, row 2, column \"max_per_service\": \"-1\" is "
                            "negative: a cap cannot be below zero; leave the cell empty for no cap";
    QTest::newRow("hour value")
        << kServices
        << QStringLiteral("name,sector,amount,kind,hour_value\nHours,personal,5,time,-12\n")
        << "error resources.csv, row 2, column \"hour_value\": \"-12\" is negative: the value of "
           "an "
           "hour cannot be below zero";
}

void TestCsvPlanRows::refusesNegativeAmounts()
{
    QFETCH(QString, services);
    QFETCH(QString, resources);
    QFETCH(QString, problem);
    const auto result = importText(services, resources);
    QCOMPARE(describe(result.problems), QStringList{problem});
}

void TestCsvPlanRows::makesIdsFromNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("simple") << strings({"Youth club"}) << strings({"youth-club"});
    QTest::newRow("runs of other characters") << strings({"  Adult Social Care -- (Homecare) "})
                                              << strings({"adult-social-care-homecare"});
    QTest::newRow("curly apostrophe")
        << strings({"Children’s Centres"}) << strings({"children-s-centres"});
    QTest::newRow("accents") << strings({"Café Łódź Ærø Straße"})
                             << strings({"cafe-lodz-aero-strasse"});
    QTest::newRow("digits kept") << strings({"24/7 Helpline 2"}) << strings({"24-7-helpline-2"});
    QTest::newRow("repeats") << strings({"Library", "library", "LIBRARY!"})
                             << strings({"library", "library-2", "library-3"});
    QTest::newRow("no letters") << strings({"£££", "***"}) << strings({"service", "service-2"});
    QTest::newRow("long names cut to 64")
        << strings({"Supported housing for young people leaving care in the north of the district",
                    "Supported housing for young people leaving care in the north of the district"})
        << strings({"supported-housing-for-young-people-leaving-care-in-the-north-of",
                    "supported-housing-for-young-people-leaving-care-in-the-north-o-2"});
}

void TestCsvPlanRows::makesIdsFromNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, ids);
    QString csv = QStringLiteral("name,tier,cost\n");
    for (const QString &name : names)
        csv += QLatin1Char('"') + name + QStringLiteral("\",need,1\n");
    const auto result = importText(csv, kResources);
    QCOMPARE(describe(result.problems), QStringList());
    QStringList actual;
    for (const Service &s : result.plan->services) {
        actual << s.id;
        QVERIFY(s.id.size() <= 64);
    }
    QCOMPARE(actual, ids);
}

void TestCsvPlanRows::keepsGivenIdsAndMakesTheRestUnique()
{
    // Row 2 has no id; the id its name would give is taken by row 3, so it gets "-2".
    const auto result = importText(QStringLiteral("id,name,tier,cost\n,Youth club,need,1\n"
                                                  "youth-club,Youth club (east),need,2\n"
                                                  "yc-west,Youth club,need,3\n"),
                                   kResources);
    QCOMPARE(describe(result.problems), QStringList());
    QStringList ids;
    for (const Service &s : result.plan->services)
        ids << s.id;
    QCOMPARE(ids, strings({"youth-club-2", "youth-club", "yc-west"}));
}

void TestCsvPlanRows::refusesInvalidAndRepeatedIds()
{
    const auto result = importText(QStringLiteral("id,name,tier,cost\n-bad,A,need,1\nok,B,need,1\n"
                                                  "ok,C,need,1\n%1,D,need,1\n")
                                       .arg(QString(65, QLatin1Char('a'))),
                                   QStringLiteral("id,name,sector,amount\nx,Grant,public,1\n"
                                                  "x,Other,public,1\nok,Third,public,1\n"));
    const QStringList lines = describe(result.problems);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("error services.csv, row 2, column \"id\": "
                                                  "\"-bad\" is not a valid id")));
    QCOMPARE(lines.at(1), QStringLiteral("error services.csv, row 4, column \"id\": \"ok\" is "
                                         "already the id of row 3; ids must be unique"));
    QVERIFY(
        lines.at(2).startsWith(QStringLiteral("error services.csv, row 5, column \"id\": \"aaaa")));
    // Services and resources are separate: "ok" may name one of each.
    QCOMPARE(lines.at(3), QStringLiteral("error resources.csv, row 3, column \"id\": \"x\" is "
                                         "already the id of row 2; ids must be unique"));
}

void TestCsvPlanRows::resolvesEligibleServices_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("problems");
    const QStringList none;
    QTest::newRow("by id") << "youth-club" << strings({"youth-club"}) << none;
    QTest::newRow("by name") << "Library" << strings({"library"}) << none;
    QTest::newRow("by name ignoring case and spacing")
        << "  youth   CLUB " << strings({"youth-club"}) << none;
    QTest::newRow("several, repeats dropped")
        << "library; Youth club;youth-club;" << strings({"library", "youth-club"}) << none;
    QTest::newRow("id wins over a name") << "park" << strings({"park"}) << none;
    QTest::newRow("unknown")
        << "library;Swimming pool" << strings({"library"})
        << strings({"error resources.csv, row 2, column \"eligible_services\": no service in "
                    "services.csv has the id or name \"Swimming pool\""});
    QTest::newRow("ambiguous name")
        << "Meals" << QStringList()
        << strings({"error resources.csv, row 2, column \"eligible_services\": \"Meals\" is the "
                    "name of more than one service (meals, meals-2); use the id instead"});
}

void TestCsvPlanRows::resolvesEligibleServices()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, problems);
    const auto result = importText(QStringLiteral("id,name,tier,cost\n,Youth club,need,1\n,"
                                                  "Library,must,2\npark,Rangers,could,3\n"
                                                  ",Park,could,4\n,Meals,must,5\n,Meals,need,6\n"),
                                   QStringLiteral("name,sector,amount,eligible_services\n"
                                                  "Grant,public,100,\"%1\"\n")
                                       .arg(cell));
    QCOMPARE(describe(result.problems), problems);
    if (problems.isEmpty())
        QCOMPARE(result.plan->resources.first().eligible.services, ids);
}

void TestCsvPlanRows::matchesEligibleTagsToTheServicesSpelling()
{
    const auto result =
        importText(QStringLiteral("name,tier,cost,tags\nYouth club,need,1,"
                                  "Young-People;prevention\n"),
                   QStringLiteral("name,sector,amount,eligible_tags\n"
                                  "Grant,public,100,young-people;PREVENTION;older-people\n"));
    QVERIFY(result.ok());
    QCOMPARE(describe(result.problems),
             strings({"warning resources.csv, row 2, column \"eligible_tags\": no service in "
                      "services.csv has the tag \"older-people\""}));
    QCOMPARE(result.plan->resources.first().eligible.tags,
             strings({"Young-People", "prevention", "older-people"}));
}

void TestCsvPlanRows::readsTimeResources()
{
    const auto result = importText(kServices, QStringLiteral("name,sector,amount,kind,hour_value\n"
                                                             "Volunteers,personal,\"2,500\",Time,"
                                                             "£14.75\n"));
    QCOMPARE(describe(result.problems), QStringList());
    const Resource &r = result.plan->resources.first();
    QCOMPARE(r.kind, ResourceKind::Time);
    QCOMPARE(r.amount.base(), qint64(2500)); // hours, not pence
    QCOMPARE(r.hourValue, std::optional(Money::fromMinor(1475)));
}

void TestCsvPlanRows::refusesBadTimeResources_data()
{
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no hour_value column")
        << "name,sector,amount,kind\nVolunteers,personal,10,time\n"
        << "error resources.csv, row 2: a time resource needs hour_value: what an hour of this "
           "time would cost to buy, in pounds (e.g. 15.00)";
    QTest::newRow("zero hour value")
        << "name,sector,amount,kind,hour_value\nVolunteers,personal,10,time,0\n"
        << "error resources.csv, row 2, column \"hour_value\": is zero; the value of an hour must "
           "be above zero";
    QTest::newRow("hour value in pence")
        << "name,sector,amount,kind,hour_value\nVolunteers,personal,10,time,12.505\n"
        << "error resources.csv, row 2, column \"hour_value\": \"12.505\" has more than two "
           "decimals; amounts are in pounds with at most two decimals (12.51)";
    QTest::newRow("hours as money")
        << "name,sector,amount,kind,hour_value\nVolunteers,personal,£10.00,time,12\n"
        << "error resources.csv, row 2, column \"amount\": \"£10.00\" is not a whole number of "
           "hours";
    QTest::newRow("worth more than money can hold")
        << "name,sector,amount,kind,hour_value\nVolunteers,personal,10000000000,time,\"£1,000\"\n"
        << QStringLiteral("error resources.csv, row 2, column \"amount\": \"10000000000\" hours at "
                          "£1,000.00 an hour are worth more than £1,000,000,000,000.00, the "
                          "largest amount a plan can hold");
    QTest::newRow("hour value for money")
        << "name,sector,amount,hour_value\nGrant,public,10,12\n"
        << "error resources.csv, row 2, column \"hour_value\": applies to time resources only; "
           "clear the cell, or set kind to time";
}

void TestCsvPlanRows::refusesBadTimeResources()
{
    QFETCH(QString, resources);
    QFETCH(QString, problem);
    const auto result = importText(kServices, resources);
    QCOMPARE(describe(result.problems), QStringList{problem});
}

void TestCsvPlanRows::checksMatching_data()
{
    QTest::addColumn<QString>("cells");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("matches public") << "charitable,2," << QStringList();
    QTest::newRow("matches private") << "public,0.5,private" << QStringList();
    QTest::newRow("own sector by default")
        << "public,1,"
        << strings({"error resources.csv, row 2, column \"match_sector\": a resource "
                    "cannot match its own sector (public); set match_sector to the "
                    "sector whose funding it matches"});
    QTest::newRow("own sector given")
        << "private,1,Private"
        << strings({"error resources.csv, row 2, column \"match_sector\": a "
                    "resource cannot match its own sector (private); set "
                    "match_sector to the sector whose funding it matches"});
    QTest::newRow("ratio zero")
        << "charitable,0,"
        << strings({"error resources.csv, row 2, column \"match_ratio\": \"0\" is "
                    "out of range: a match ratio is above 0 and at most 1000"});
    QTest::newRow("sector without ratio")
        << "charitable,,private"
        << strings({"warning resources.csv, row 2, column "
                    "\"match_sector\": has no effect without a match_ratio"});
}

void TestCsvPlanRows::checksMatching()
{
    QFETCH(QString, cells);
    QFETCH(QStringList, problems);
    const auto result = importText(kServices, QStringLiteral("name,sector,match_ratio,match_sector,"
                                                             "amount\nFund,%1,100\n")
                                                  .arg(cells));
    QCOMPARE(describe(result.problems), problems);
}

QTEST_GUILESS_MAIN(TestCsvPlanRows)
#include "tst_csvplanrows.moc"
