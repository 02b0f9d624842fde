// Importing a plan from CSV files: totals and heading rows, as budget books pasted from a PDF have
// them.
#include "csvimport/idmaker.h"
#include "csvimportfixtures.h"

#include <QTest>

using namespace lps;
using namespace lps::csvfixtures;

class TestCsvTotalsRows : public QObject
{
    Q_OBJECT

private slots:
    void skipsTotalsRowsThatAddUp();
    void refusesIncomeInABudgetBookButStillSkipsItsNetTotal();
    void judgesTotalsRows_data();
    void judgesTotalsRows();
    void skipsTotalsRowsInResources();
    void reportsHeadingsWithoutTierOrCost();
};

void TestCsvTotalsRows::skipsTotalsRowsThatAddUp()
{
    const auto result = importFixtures(QStringLiteral("budget-book-services.csv"),
                                       QStringLiteral("tab-resources.csv"));
    QVERIFY(result.ok());
    QCOMPARE(describe(result.problems),
             strings({"warning services.csv, row 4, column \"Name\": \"Subtotal: Adults\" "
                      "(£1,250,000.00) is the sum of the rows above it, so it was skipped as a "
                      "totals row",
                      "warning services.csv, row 7, column \"Name\": \"Sub-total Children\" "
                      "(£350,000.50) is the sum of the rows above it, so it was skipped as a "
                      "totals row",
                      "warning services.csv, row 8, column \"Name\": \"Grand total\" "
                      "(£1,600,000.50) is the sum of the rows above it, so it was skipped as a "
                      "totals row"}));
    QCOMPARE(result.plan->services,
             (QList<Service>{
                 service("homecare", QStringLiteral("Homecare"), Tier::Must, 100000000),
                 service("reablement", QStringLiteral("Reablement"), Tier::Need, 25000000),
                 service("youth-service", QStringLiteral("Youth service"), Tier::Need, 30000000),
                 service("holiday-activities", QStringLiteral("Holiday activities"), Tier::Could,
                         5000050)}));
}

void TestCsvTotalsRows::refusesIncomeInABudgetBookButStillSkipsItsNetTotal()
{
    const auto result = importFixtures(QStringLiteral("budget-book-net-services.csv"),
                                       QStringLiteral("tab-resources.csv"));
    QVERIFY(!result.ok());
    QCOMPARE(describe(result.problems),
             strings({"error services.csv, row 3, column \"Cost\": \"(£150,000.00)\" is negative: "
                      "a cost cannot be below zero; if this is income, enter it as a resource in "
                      "resources.csv",
                      "warning services.csv, row 4, column \"Name\": \"Net total\" (£250,000.00) "
                      "is the sum of the rows above it, so it was skipped as a totals row"}));
}

void TestCsvTotalsRows::judgesTotalsRows_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("total that does not add up")
        << "A,need,10\nB,need,20\nTotal,,35\n"
        << strings({"A", "B"})
        << strings(
               {"error services.csv, row 4, column \"name\": \"Total\" looks like a totals row, "
                "but its cost £35.00 is not the sum of the rows above it (£30.00); delete the "
                "row if it is a total, or give it a fuller name if it is not"});
    QTest::newRow("total without an amount")
        << "A,need,10\nTOTAL:,,\n"
        << strings({"A"})
        << strings(
               {"error services.csv, row 3, column \"name\": \"TOTAL:\" looks like a totals row, "
                "but its cost \"\" is not the sum of the rows above it (£10.00); delete the row "
                "if it is a total, or give it a fuller name if it is not"});
    QTest::newRow("total first")
        << "Total,must,10\nA,need,10\n"
        << strings({"A"})
        << strings(
               {"error services.csv, row 2, column \"name\": \"Total\" looks like a totals row, "
                "but its cost £10.00 is not the sum of the rows above it (£0.00); delete the row "
                "if it is a total, or give it a fuller name if it is not"});
    QTest::newRow("a service whose name starts with Total")
        << "A,need,10\nTotal Communication,must,25\n"
        << strings({"A", "Total Communication"}) << QStringList();
    QTest::newRow("totals with a tier still skipped")
        << "A,need,10\nB,need,20\nTotals,need,30\n"
        << strings({"A", "B"})
        << strings({"warning services.csv, row 4, column \"name\": \"Totals\" (£30.00) is the sum "
                    "of the rows above it, so it was skipped as a totals row"});
    QTest::newRow("names like totals inside other words")
        << "Totally Active,need,10\nSubtotalled,need,10\n"
        << strings({"Totally Active", "Subtotalled"}) << QStringList();
}

void TestCsvTotalsRows::judgesTotalsRows()
{
    QFETCH(QString, rows);
    QFETCH(QStringList, names);
    QFETCH(QStringList, problems);
    const auto result = importText(QStringLiteral("name,tier,cost\n") + rows, kResources);
    QCOMPARE(describe(result.problems), problems);
    if (result.ok()) {
        QStringList actual;
        for (const Service &s : result.plan->services)
            actual << s.name;
        QCOMPARE(actual, names);
    }
}

void TestCsvTotalsRows::skipsTotalsRowsInResources()
{
    const auto result = importText(kServices, QStringLiteral("name,sector,amount\n"
                                                             "RSG,public,\"£1,000.00\"\n"
                                                             "Precept,public,500.5\n"
                                                             "Total funding,,\"1,500.50\"\n"));
    QCOMPARE(describe(result.problems),
             strings({"warning resources.csv, row 4, column \"name\": \"Total funding\" "
                      "(£1,500.50) is the sum of the rows above it, so it was skipped as a totals "
                      "row"}));
    QCOMPARE(result.plan->resources.size(), 2);
}

void TestCsvTotalsRows::reportsHeadingsWithoutTierOrCost()
{
    const auto result = importText(QStringLiteral("name,tier,cost\nAdult Social Care,,\n"
                                                  "Homecare,must,100\n"),
                                   QStringLiteral("name,sector,amount\nGrants,,\nRSG,public,100\n"
                                                  "Section total,,100\n"));
    QCOMPARE(describe(result.problems),
             strings({"error services.csv, row 2, column \"name\": \"Adult Social Care\" has no "
                      "tier and no cost; if it is a heading copied from a budget book, delete the "
                      "row",
                      "error resources.csv, row 2, column \"name\": \"Grants\" has no sector and "
                      "no amount; if it is a heading copied from a budget book, delete the row",
                      "error resources.csv, row 4, column \"sector\": is empty; a resource needs a "
                      "sector: public, private, charitable or personal"}));
}

QTEST_GUILESS_MAIN(TestCsvTotalsRows)
#include "tst_csvtotalsrows.moc"
