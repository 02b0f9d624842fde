// Importing services and resources from an Excel workbook meets the same rules as CSV
// (csv-import.md): the demo plan imports to the same plan either way, cells typed as numbers,
// percentages and TRUE/FALSE read as their text would, and every refusal says the sheet, row,
// column and text.
#include "spreadsheetreading/spreadsheetreader.h"
#include "testzip.h"
#include "xlsximportfixtures.h"

#include <QTest>

using namespace lps;
using namespace lps::xlsxfixtures;

class TestXlsxPlanImport : public QObject
{
    Q_OBJECT

private slots:
    void demoImportsAsFromCsv();
    void readsMoney_data();
    void readsMoney();
    void readsSharesAndFlags();
    void refusesWithSheetRowAndColumn();
    void refusesWhatAFormulaLeft();
    void refusesControlCharacters();
    void warnsAboutCellsRightOfTheHeader();
    void readsByContentNotByName();
};

void TestXlsxPlanImport::demoImportsAsFromCsv()
{
    const Plan demo = DemoPlan::plan();
    const DemoSheet services = demoServices(demo);
    const DemoSheet resources = demoResources(demo);
    const QByteArray book = TestWorkbook()
                                .addSheet(QStringLiteral("Services"), services.cells)
                                .addSheet(QStringLiteral("Resources"), resources.cells)
                                .bytes();
    const auto fromXlsx = CsvPlanImporter::importBytes(
        book, book, settings(), QStringLiteral("demo.xlsx"), QStringLiteral("demo.xlsx"));
    QCOMPARE(describe(fromXlsx.problems), QStringList());
    const auto fromCsv =
        CsvPlanImporter::importBytes(services.csv.toUtf8(), resources.csv.toUtf8(), settings());
    QCOMPARE(describe(fromCsv.problems), QStringList());
    QCOMPARE(fromXlsx.plan->services, fromCsv.plan->services);
    QCOMPARE(fromXlsx.plan->resources, fromCsv.plan->resources);
    QCOMPARE(*fromXlsx.plan, *fromCsv.plan);

    // And it is the demo's data, not two equal mistakes.
    QCOMPARE(fromXlsx.plan->services.size(), demo.services.size());
    QCOMPARE(fromXlsx.plan->resources.size(), demo.resources.size());
    for (qsizetype i = 0; i < demo.services.size(); ++i) {
        const Service &read = fromXlsx.plan->services[i];
        const Service &written = demo.services[i];
        QCOMPARE(read.id, written.id);
        QCOMPARE(read.name, written.name);
        QCOMPARE(read.tier, written.tier);
        QCOMPARE(read.cost.base(), written.cost.valueAt(0, 0.0));
        QCOMPARE(read.minimumShare, written.minimumShare);
        QCOMPARE(read.preventative, written.preventative);
        QCOMPARE(read.tags, written.tags);
    }
    for (qsizetype i = 0; i < demo.resources.size(); ++i) {
        const Resource &read = fromXlsx.plan->resources[i];
        const Resource &written = demo.resources[i];
        QCOMPARE(read.id, written.id);
        QCOMPARE(read.amount.base(), written.amount.valueAt(0, 0.0));
        QCOMPARE(read.trend, written.trend);
        QCOMPARE(read.hourValue, written.hourValue);
        QCOMPARE(read.eligible, written.eligible);
    }
}

void TestXlsxPlanImport::readsMoney_data()
{
    QTest::addColumn<TestCell>("cost");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("problem");
    const QString where = QStringLiteral("error services.xlsx, sheet \"Services\", row 2, column "
                                         "\"cost\": ");
    QTest::newRow("number") << TestCell(1234.5) << qint64(123450) << QString();
    QTest::newRow("number in currency format")
        << TestCell::formatted(1234567.89, QStringLiteral("\"£\"#,##0.00")) << qint64(123456789)
        << QString();
    QTest::newRow("text with pound and commas")
        << TestCell("£1,234.50") << qint64(123450) << QString();
    QTest::newRow("formula to 15 digits")
        << TestCell::formula(QStringLiteral("=100*1.1"), 100 * 1.1) << qint64(11000) << QString();
    QTest::newRow("sum of binary fractions") << TestCell(0.1 + 0.2) << qint64(30) << QString();
    QTest::newRow("largest amount") << TestCell(1e12) << qint64(100000000000000) << QString();
    QTest::newRow("three decimals")
        << TestCell(1234.567) << qint64(0)
        << where + QStringLiteral("\"1234.567\" has more than two decimals; amounts are in "
                                  "pounds with at most two decimals (1234.57)");
    QTest::newRow("three decimals as text")
        << TestCell("1,234.567") << qint64(0)
        << where + QStringLiteral("\"1,234.567\" has more than two decimals; amounts are in "
                                  "pounds with at most two decimals (1,234.57)");
    QTest::newRow("negative number")
        << TestCell(-1234.5) << qint64(0)
        << where + QStringLiteral("\"-1234.5\" is negative: a cost cannot be below zero; if "
                                  "this is income, enter it as a resource in resources.csv");
    QTest::newRow("negative in brackets")
        << TestCell("(1,234.50)") << qint64(0)
        << where + QStringLiteral("\"(1,234.50)\" is negative: a cost cannot be below zero; if "
                                  "this is income, enter it as a resource in resources.csv");
    QTest::newRow("too large")
        << TestCell(1e15) << qint64(0)
        << where + QStringLiteral("\"1000000000000000\" is more than 1,000,000,000,000.00, the "
                                  "largest amount a plan can hold");
}

void TestXlsxPlanImport::readsMoney()
{
    QFETCH(TestCell, cost);
    QFETCH(qint64, minor);
    QFETCH(QString, problem);
    const auto result = importServices({{"name", "tier", "cost"}, {"Libraries", "need", cost}});
    if (problem.isEmpty()) {
        QCOMPARE(describe(result.problems), QStringList());
        QCOMPARE(result.plan->services.first().cost, YearlyAmounts::single(minor));
    } else {
        QCOMPARE(describe(result.problems), QStringList{problem});
        QVERIFY(!result.ok());
    }
}

void TestXlsxPlanImport::readsSharesAndFlags()
{
    const auto result = importServices({
        {"name", "tier", "cost", "minimum_share", "preventative", "priority",
         "time capacity hours"},
        {"Libraries", "need", 640000, TestCell::formatted(0.6, QStringLiteral("0%")), true, 70,
         1200},
        {"Festival", "could", 45000, TestCell("25%"), false, TestCell("40"), TestCell("1,500")},
        {"Advice", "must", 1000, 0.125, TestCell("yes"), 90, TestCell()},
    });
    QCOMPARE(describe(result.problems), QStringList());
    const QList<Service> &services = result.plan->services;
    QCOMPARE(services[0].minimumShare, 0.6);
    QCOMPARE(services[0].preventative, true);
    QCOMPARE(services[0].priority, 70);
    QCOMPARE(services[0].timeCapacityHours, 1200);
    QCOMPARE(services[1].minimumShare, 0.25);
    QCOMPARE(services[1].preventative, false);
    QCOMPARE(services[1].timeCapacityHours, 1500);
    QCOMPARE(services[2].minimumShare, 0.125);
    QCOMPARE(services[2].preventative, true);
}

// The header on row 3 and a blank row between the services: rows keep Excel's numbers.
void TestXlsxPlanImport::refusesWithSheetRowAndColumn()
{
    const auto result = importServices(
        {
            {"Name", "Tier", "Cost", "Minimum share", "Preventative"},
            {"Libraries", "sometimes", 640000},
            {"Festival", "could", "lots"},
            {},
            {"Advice", "must", 12.345, 1.5, 3},
            {"Youth club", "need", 1000},
        },
        3);
    const QString at = QStringLiteral("error services.xlsx, sheet \"Services\", row ");
    QCOMPARE(describe(result.problems),
             QStringList({at + QStringLiteral("4, column \"Tier\": \"sometimes\" is not one of: "
                                              "must, need, could, statutory, discretionary"),
                          at + QStringLiteral("5, column \"Cost\": \"lots\" is not an amount of "
                                              "money; write pounds such as 1234.50, 1,234.50 or "
                                              "£1,234.50"),
                          at + QStringLiteral("7, column \"Cost\": \"12.345\" has more than two "
                                              "decimals; amounts are in pounds with at most two "
                                              "decimals (12.35)"),
                          at + QStringLiteral("7, column \"Minimum share\": \"1.5\" is more than "
                                              "1; write a share as a decimal from 0 to 1 (0.6) or "
                                              "as a percentage (60%)"),
                          at + QStringLiteral("7, column \"Preventative\": \"3\" is not one of: "
                                              "yes, no, true, false, 1, 0")}));
    QVERIFY(!result.ok());
}

// #N/A and a formula saved without its value: one message each, at the cell, and no second one
// about the text.
void TestXlsxPlanImport::refusesWhatAFormulaLeft()
{
    const QByteArray services =
        test::TestZip::workbook({{QStringLiteral("Services"),
                                  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                  "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v>"
                                  "</c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c>"
                                  "<c r=\"B2\" t=\"e\"><f>VLOOKUP(A2,Tiers!A:B,2,0)</f>"
                                  "<v>#N/A</v></c><c r=\"C2\"><f>SUM(D2:F2)</f></c></row>"}},
                                "<si><t>name</t></si><si><t>tier</t></si><si><t>cost</t></si>"
                                "<si><t>Libraries</t></si>")
            .bytes();
    const auto result =
        CsvPlanImporter::importBytes(services, "name,sector,amount\nGrant,public,1\n", settings(),
                                     QStringLiteral("services.xlsx"));
    const QString at = QStringLiteral("error services.xlsx, sheet \"Services\", row 2, column ");
    QCOMPARE(describe(result.problems),
             QStringList({at + QStringLiteral("\"tier\": holds Excel's error value #N/A, left by "
                                              "a formula that could not be calculated; correct "
                                              "the formula or type the value, and save the "
                                              "workbook again"),
                          at + QStringLiteral("\"cost\": holds the formula =SUM(D2:F2), but the "
                                              "workbook was saved without its value (some "
                                              "programs leave calculating to Excel); open the "
                                              "workbook in Excel or LibreOffice and save it "
                                              "again")}));
}

void TestXlsxPlanImport::refusesControlCharacters()
{
    const auto result =
        importServices({{"name", "tier", "cost"}, {"Lib\x1b[31mraries", "need", 1}});
    QCOMPARE(describe(result.problems),
             QStringList{QStringLiteral("error services.xlsx, sheet \"Services\", row 2, column "
                                        "\"name\": holds a control character (U+001B) that "
                                        "cannot be seen or printed; delete it from the cell and "
                                        "save the file again")});
}

void TestXlsxPlanImport::warnsAboutCellsRightOfTheHeader()
{
    const auto result = importServices({{"name", "tier", "cost"},
                                        {"Libraries", "need", 1, TestCell(), "check with Sam"},
                                        {"Festival", "could", 2, "more", "and more"}});
    QCOMPARE(describe(result.problems),
             QStringList{QStringLiteral(
                 "warning services.xlsx, sheet \"Services\", row 2, column 5: \"check with Sam\" "
                 "is right of the last column with a header, so it is ignored, as is everything "
                 "else there; give its column a header if it belongs to the import")});
    QVERIFY(result.ok());
}

void TestXlsxPlanImport::readsByContentNotByName()
{
    const QByteArray book =
        TestWorkbook().addSheet(QStringLiteral("Services"), {{"name"}, {"Libraries"}}).bytes();
    CsvTable table =
        SpreadsheetReader::read(book, QStringLiteral("renamed.csv"), QStringLiteral("Services"));
    QCOMPARE(table.encoding, QStringLiteral("Excel workbook"));
    QCOMPARE(table.fileName, QStringLiteral("renamed.csv, sheet \"Services\""));
    QCOMPARE(table.records.first().fields, QStringList{QStringLiteral("Libraries")});

    table = SpreadsheetReader::read("name\nLibraries\n", QStringLiteral("renamed.xlsx"),
                                    QStringLiteral("Services"));
    QCOMPARE(table.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(table.fileName, QStringLiteral("renamed.xlsx"));
    QCOMPARE(table.records.first().fields, QStringList{QStringLiteral("Libraries")});

    table = SpreadsheetReader::read(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                        QByteArray(600, '\0'),
                                    QStringLiteral("budget.csv"), QStringLiteral("Services"));
    QCOMPARE(describe(table.problems),
             QStringList{QStringLiteral("error budget.csv: is an Excel 97-2003 workbook (.xls), "
                                        "which cannot be read: open it in Excel and save it as an "
                                        "Excel Workbook (.xlsx) or as CSV UTF-8, then import "
                                        "that")});
}

QTEST_GUILESS_MAIN(TestXlsxPlanImport)
#include "tst_xlsxplanimport.moc"
