// Importing a plan from CSV files: encodings, separators, headers and columns, and where problems
// are reported.
#include "csvimport/idmaker.h"
#include "csvimportfixtures.h"

#include <QTest>

using namespace lps;
using namespace lps::csvfixtures;

class TestCsvPlanImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsAnExcelWindows1252Export();
    void importsUtf8WithByteOrderMark();
    void importsSemicolonAndTabFiles();
    void importsQuotedCells();
    void importsFilesByPath();
    void reportsFilesThatCannotBeRead();
    void reportsEveryProblemOfBothFilesInOnePass();
    void matchesHeadersLoosely_data();
    void matchesHeadersLoosely();
    void takesColumnsInAnyOrder();
    void warnsAboutUnknownColumnsAndStillImports();
    void reportsMissingRequiredColumns();
    void reportsRepeatedColumns();
    void saysWhenTheFilesAreSwapped();
    void givesValidatorProblemsACsvLocation_data();
    void givesValidatorProblemsACsvLocation();
    void reportsEachPlaceOnce();
};

void TestCsvPlanImporter::importsAnExcelWindows1252Export()
{
    const auto result = importFixtures(QStringLiteral("excel-1252-services.csv"),
                                       QStringLiteral("excel-1252-resources.csv"));
    QCOMPARE(describe(result.problems), QStringList());
    QVERIFY(result.ok());

    Service centres =
        service("children-s-centres", QStringLiteral("Children’s Centres"), Tier::Must, 123456789);
    centres.tags = strings({"early-years", "prevention"});
    centres.notes = QStringLiteral("“Hub” model – 3 sites");
    Service advice = service("young-people-s-advice", QStringLiteral("Young People’s Advice"),
                             Tier::Need, 4500000);
    advice.provider = Provider::ThirdSector;
    advice.tags = strings({"young-people"});
    advice.notes = QStringLiteral("Run by Eastbrook Youth Trust");
    Service cafe =
        service("cafe-for-carers", QStringLiteral("Café for Carers"), Tier::Could, 850000);
    cafe.provider = Provider::Community;
    cafe.tags = strings({"carers"});
    cafe.notes = QStringLiteral("Costs include €200 for the twinning visit");
    const Resource grant =
        resource("revenue-support-grant", QStringLiteral("Revenue Support Grant"), Sector::Public,
                 200000000);
    Resource volunteers = resource("volunteers-time", QStringLiteral("Volunteers’ time"),
                                   Sector::Personal, 1200, ResourceKind::Time);
    volunteers.hourValue = Money::fromMinor(1550);
    volunteers.eligible.services = strings({"cafe-for-carers"});
    volunteers.notes = QStringLiteral("“Time bank” hours");

    const Plan expected = planWith({centres, advice, cafe}, {grant, volunteers});
    QCOMPARE(result.plan->services, expected.services);
    QCOMPARE(result.plan->resources, expected.resources);
    QCOMPARE(*result.plan, expected);
}

void TestCsvPlanImporter::importsUtf8WithByteOrderMark()
{
    const auto result = importFixtures(QStringLiteral("utf8-bom-services.csv"),
                                       QStringLiteral("utf8-bom-resources.csv"));
    QCOMPARE(describe(result.problems), QStringList());
    Service care =
        service("asc-care", QStringLiteral("Adult social care – homecare"), Tier::Must, 1250000000);
    care.minimumShare = 0.8;
    care.priority = 90;
    Service warm =
        service("warm-spaces", QStringLiteral("Warm spaces in Łódź Street"), Tier::Could, 325000);
    warm.minimumShare = 0.5;
    warm.priority = 40;
    warm.preventative = true;
    Resource precept = resource("council-tax-precept", QStringLiteral("Council tax precept"),
                                Sector::Public, 900000000);
    precept.trend = 0.02;
    Resource fund = resource("lodz-twinning-fund", QStringLiteral("Łódź twinning fund"),
                             Sector::Charitable, 250000);
    fund.certainty = Certainty::Expected;
    fund.trend = -0.05;
    fund.eligible.tiers = {Tier::Must, Tier::Could};
    QCOMPARE(*result.plan, planWith({care, warm}, {precept, fund}));
}

void TestCsvPlanImporter::importsSemicolonAndTabFiles()
{
    const auto result = importFixtures(QStringLiteral("semicolon-services.csv"),
                                       QStringLiteral("tab-resources.csv"));
    QCOMPARE(describe(result.problems), QStringList());
    Service library =
        service("library-outreach", QStringLiteral("Library outreach"), Tier::Need, 123450);
    library.timeCapacityHours = 200;
    Service meals =
        service("meals-on-wheels", QStringLiteral("Meals on wheels"), Tier::Must, 9876543);
    meals.timeCapacityHours = 1500;
    Resource lottery =
        resource("lottery-grant", QStringLiteral("Lottery grant"), Sector::Charitable, 25000000);
    lottery.matchRatio = 1.0;
    lottery.maxPerService = Money::fromMinor(5000000);
    lottery.contingentShare = 0.25;
    Resource befriending =
        resource("befriending-volunteers", QStringLiteral("Befriending volunteers"),
                 Sector::Personal, 5000, ResourceKind::Time);
    befriending.hourValue = Money::fromMinor(1200);
    Resource office = resource("office-space", QStringLiteral("Office space"), Sector::Private,
                               1200000, ResourceKind::InKind);
    office.contingentShare = 0.1;
    QCOMPARE(*result.plan, planWith({library, meals}, {lottery, befriending, office}));
}

void TestCsvPlanImporter::importsQuotedCells()
{
    const auto result =
        importFixtures(QStringLiteral("quoted-services.csv"), QStringLiteral("tab-resources.csv"));
    QCOMPARE(describe(result.problems), QStringList());
    // The line break typed into the name's cell becomes a space: a name is one line.
    Service day = service("day-centre-riverside", QStringLiteral("Day centre (Riverside)"),
                          Tier::Must, 123450);
    day.consequence = QStringLiteral("Families lose \"respite\" care");
    const Service audit =
        service("smith-jones-partners-audit", QStringLiteral("Smith, Jones & Partners audit"),
                Tier::Could, 9999);
    Service lunch = service("lunch-club", QStringLiteral("Lunch club"), Tier::Need, 100000);
    lunch.consequence = QStringLiteral("Isolation: \"we'd see no one\"");
    QCOMPARE(result.plan->services, (QList<Service>{day, audit, lunch}));
}

void TestCsvPlanImporter::importsFilesByPath()
{
    const auto result =
        CsvPlanImporter::importFiles(dataPath(QStringLiteral("many-errors-services.csv")),
                                     dataPath(QStringLiteral("tab-resources.csv")), settings());
    QVERIFY(!result.ok());
    // Messages name the file as the user knows it, without the folder.
    QVERIFY(result.problems.first().location.startsWith(
        QStringLiteral("many-errors-services.csv, row 1")));
    const auto good =
        CsvPlanImporter::importFiles(dataPath(QStringLiteral("semicolon-services.csv")),
                                     dataPath(QStringLiteral("tab-resources.csv")), settings());
    QVERIFY(good.ok());
    QCOMPARE(good.plan->services.size(), 2);
}

void TestCsvPlanImporter::reportsFilesThatCannotBeRead()
{
    const auto missing =
        CsvPlanImporter::importFiles(dataPath(QStringLiteral("absent.csv")),
                                     dataPath(QStringLiteral("tab-resources.csv")), settings());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY(missing.problems.first().message.startsWith(QStringLiteral("cannot be read")));

    const auto empty = importText(QString(), QStringLiteral("\n\n"));
    QCOMPARE(describe(empty.problems),
             strings({"error services.csv: is empty; it needs a header row naming the columns",
                      "error resources.csv: is empty; it needs a header row naming the columns"}));
    QVERIFY(!empty.ok());
}

void TestCsvPlanImporter::reportsEveryProblemOfBothFilesInOnePass()
{
    const auto result = importFixtures(QStringLiteral("many-errors-services.csv"),
                                       QStringLiteral("many-errors-resources.csv"));
    QVERIFY(!result.ok());
    const QStringList expected = strings({
        "warning services.csv, row 1, column \"Budget code\": is not a column of services.csv, so "
        "it is ignored; the columns are name, tier, cost, id, minimum_share, priority, tags, "
        "provider, time_capacity_hours, preventative, consequence, notes",
        // Row 2 is blank and skipped; its number still counts, as in the spreadsheet.
        "error services.csv, row 3, column \"Tier\": \"needed\" is not one of: must, need, could, "
        "statutory, discretionary",
        "error services.csv, row 3, column \"Cost\": \"12.345\" has more than two decimals; "
        "amounts are in pounds with at most two decimals (12.35)",
        "error services.csv, row 3, column \"Minimum share\": \"60\" is more than 1; write a "
        "share as a decimal from 0 to 1 (0.6) or as a percentage (60%)",
        "error services.csv, row 4, column \"ID\": \"Youth Club\" is not a valid id: use 1 to 64 "
        "lowercase letters, digits and '-', starting with a letter or digit, or leave the cell "
        "empty to have an id made from the name",
        "error services.csv, row 4, column \"Cost\": \"1,23.00\" has a misplaced thousands "
        "separator; commas must separate groups of three digits (1,234,567.89)",
        "error services.csv, row 4, column \"Priority\": \"101\" is not a whole number from 1 to "
        "100",
        "error services.csv, row 4, column \"Preventative\": \"maybe\" is not one of: yes, no, "
        "true, false, 1, 0",
        "error services.csv, row 6, column \"ID\": \"dup\" is already the id of row 5; ids must "
        "be unique",
        "error services.csv, row 6, column \"Cost\": \"(1,234.50)\" is negative: a cost cannot "
        "be below zero; if this is income, enter it as a resource in resources.csv",
        "error services.csv, row 7, column \"Name\": is empty; every row needs a name",
        "error resources.csv, row 2, column \"sector\": \"govt\" is not one of: public, private, "
        "charitable, personal",
        "error resources.csv, row 3, column \"amount\": \"12.5\" is not a whole number; hours are "
        "counted in whole hours",
        "error resources.csv, row 3, column \"hour_value\": a time resource needs hour_value: "
        "what an hour of this time would cost to buy, in pounds (e.g. 15.00)",
        "error resources.csv, row 3, column \"eligible_services\": no service in services.csv "
        "has the id or name \"Swimming pool\"",
        "error resources.csv, row 4, column \"hour_value\": applies to time resources only; clear "
        "the cell, or set kind to time",
        "error resources.csv, row 4, column \"trend\": \"-200%\" is out of range: a trend is a "
        "yearly change from -1 to 10 (-100% to 1000%)",
    });
    QCOMPARE(describe(result.problems), expected);
}

void TestCsvPlanImporter::matchesHeadersLoosely_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("documented") << "name,tier,cost,minimum_share,time_capacity_hours";
    QTest::newRow("title case with spaces") << "Name,Tier,Cost,Minimum share,Time capacity hours";
    QTest::newRow("upper case") << "NAME,TIER,COST,MINIMUM_SHARE,TIME_CAPACITY_HOURS";
    QTest::newRow("hyphens") << "name,tier,cost,minimum-share,time-capacity-hours";
    QTest::newRow("run together") << "Name,Tier,Cost,MinimumShare,TimeCapacityHours";
    QTest::newRow("padded") << " name , tier,cost , Minimum _ Share,time capacity hours ";
}

void TestCsvPlanImporter::matchesHeadersLoosely()
{
    QFETCH(QString, header);
    const auto result =
        importText(header + QStringLiteral("\nYouth club,need,100,50%,20\n"), kResources);
    QCOMPARE(describe(result.problems), QStringList());
    QCOMPARE(result.plan->services.first().minimumShare, 0.5);
    QCOMPARE(result.plan->services.first().timeCapacityHours, qint64(20));
}

void TestCsvPlanImporter::takesColumnsInAnyOrder()
{
    const auto result =
        importText(QStringLiteral("cost,priority,name,tier\n250,70,Youth club,could\n"),
                   QStringLiteral("amount,name,kind,sector,hour_value\n"
                                  "10,Hours,time,personal,9.99\n"));
    QCOMPARE(describe(result.problems), QStringList());
    Service youth = service("youth-club", QStringLiteral("Youth club"), Tier::Could, 25000);
    youth.priority = 70;
    Resource hours =
        resource("hours", QStringLiteral("Hours"), Sector::Personal, 10, ResourceKind::Time);
    hours.hourValue = Money::fromMinor(999);
    QCOMPARE(*result.plan, planWith({youth}, {hours}));
}

void TestCsvPlanImporter::warnsAboutUnknownColumnsAndStillImports()
{
    const auto result =
        importText(QStringLiteral("name,tier,cost,Cost centre,\nYouth club,need,100,"
                                  "C123,\n"),
                   QStringLiteral("name,sector,amount,,Funder\nGrant,public,100,x,"
                                  "DfE\n"));
    QVERIFY(result.ok());
    QCOMPARE(describe(result.problems),
             strings({"warning services.csv, row 1, column \"Cost centre\": is not a column of "
                      "services.csv, so it is ignored; the columns are name, tier, cost, id, "
                      "minimum_share, priority, tags, provider, time_capacity_hours, "
                      "preventative, consequence, notes",
                      "warning resources.csv, row 2, column 4: \"x\" is in a column without a "
                      "header, so it is ignored",
                      "warning resources.csv, row 1, column \"Funder\": is not a column of "
                      "resources.csv, so it is ignored; the columns are name, sector, amount, id, "
                      "kind, hour_value, certainty, trend, eligible_services, eligible_tags, "
                      "eligible_tiers, match_ratio, match_sector, max_per_service, "
                      "contingent_share, notes"}));
}

void TestCsvPlanImporter::reportsMissingRequiredColumns()
{
    const auto result = importText(QStringLiteral("Service,Tier,Budget\nYouth club,need,100\n"),
                                   QStringLiteral("name,amount\nGrant,100\n"));
    QVERIFY(!result.ok());
    const QStringList lines = describe(result.problems);
    QVERIFY(lines.contains(QStringLiteral(
        "error services.csv: has no column \"name\" and \"cost\"; services.csv needs the columns "
        "name, tier and cost and may also have id, minimum_share, priority, tags, provider, "
        "time_capacity_hours, preventative, consequence, notes (its header row has: Service, Tier, "
        "Budget)")));
    QVERIFY(lines.contains(QStringLiteral(
        "error resources.csv: has no column \"sector\"; resources.csv needs the columns name, "
        "sector and amount and may also have id, kind, hour_value, certainty, trend, "
        "eligible_services, eligible_tags, eligible_tiers, match_ratio, match_sector, "
        "max_per_service, contingent_share, notes (its header row has: name, amount)")));
    // One message for a missing column, not one more per row.
    QCOMPARE(lines.filter(QStringLiteral("error")).size(), 2);
    QCOMPARE(lines.filter(QStringLiteral("warning")).size(), 2); // "Service" and "Budget"
}

void TestCsvPlanImporter::reportsRepeatedColumns()
{
    const auto result =
        importText(QStringLiteral("Name,Tier,Cost,cost\nYouth club,need,100,200\n"), kResources);
    QVERIFY(!result.ok());
    QCOMPARE(describe(result.problems),
             strings({"error services.csv, row 1, column \"cost\": means the same as column "
                      "\"Cost\" (names are matched ignoring case, spaces, \"_\" and \"-\"); keep "
                      "only one of them"}));
}

// Services given as resources and the other way round: one message saying so, not a column
// error per file and a warning per column (issue 12).
void TestCsvPlanImporter::saysWhenTheFilesAreSwapped()
{
    const auto result = importText(kResources, kServices);
    QCOMPARE(describe(result.problems),
             QStringList{QStringLiteral(
                 "error services.csv looks like the resources (it has the columns sector and "
                 "amount) and resources.csv like the services (tier and cost): the two files were "
                 "given the wrong way round; import them again the other way round")});
    QVERIFY(!result.ok());
    // One file of the wrong kind alone is a missing-column problem as before.
    QVERIFY(!describe(importText(kResources, kResources).problems)
                 .join(u' ')
                 .contains(u"wrong way round"));
}

void TestCsvPlanImporter::givesValidatorProblemsACsvLocation_data()
{
    QTest::addColumn<QString>("resources");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("years");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("growth past the limit")
        << "name,sector,trend,amount\nGrant,public,10%,\"900,000,000,000.00\"\n"
        << "Plan" << 5
        << strings({"error resources.csv, row 2, column \"amount\": grows past the limit of "
                    "100000000000000 by year 2 (2028/29)"});
    QTest::newRow("plan settings") << "name,sector,amount\nGrant,public,1\n"
                                   << "" << 11
                                   << strings({"error plan name: a name is required",
                                               "error years: 11 is out of range 1..10"});
}

void TestCsvPlanImporter::givesValidatorProblemsACsvLocation()
{
    QFETCH(QString, resources);
    QFETCH(QString, name);
    QFETCH(int, years);
    QFETCH(QStringList, problems);
    const auto result = importText(kServices, resources, {name, 2026, years});
    QCOMPARE(describe(result.problems), problems);
    QVERIFY(!result.ok());
}

void TestCsvPlanImporter::reportsEachPlaceOnce()
{
    // The validator also finds the empty name; the user is told once.
    const auto result = importText(QStringLiteral("name,tier,cost\n  ,need,1\n"), kResources);
    QCOMPARE(
        describe(result.problems),
        strings({"error services.csv, row 2, column \"name\": is empty; every row needs a name"}));
}

QTEST_GUILESS_MAIN(TestCsvPlanImporter)
#include "tst_csvplanimporter.moc"
