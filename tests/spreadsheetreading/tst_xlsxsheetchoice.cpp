// Which sheet of a workbook holds the services and which the resources: the one named so
// (ignoring case, spaces, "_" and "-"), else the only one; so one workbook can hold both, and a
// workbook where neither can be told is refused with the sheets it has.
#include "spreadsheetreading/xlsxsheettable.h"
#include "xlsximportfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lps;
using namespace lps::xlsxfixtures;

class TestXlsxSheetChoice : public QObject
{
    Q_OBJECT

private slots:
    void choosesASheet_data();
    void choosesASheet();
    void oneWorkbookHoldsBoth();
    void refusesAWorkbookWithoutTheSheet();
    void readsAWorkbookAndACsvTogether();
};

void TestXlsxSheetChoice::choosesASheet_data()
{
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("problem");
    const auto names = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << QString::fromUtf8(item);
        return list;
    };
    QTest::newRow("named") << names({"Notes", "Services", "Resources"}) << 1 << QString();
    QTest::newRow("any case and spacing") << names({"Notes", " SER_vi-ces "}) << 1 << QString();
    QTest::newRow("only sheet") << names({"Budget 2026"}) << 0 << QString();
    QTest::newRow("only sheet, named otherwise") << names({"Resources"}) << 0 << QString();
    QTest::newRow("none named")
        << names({"Budget", "Notes", "Summary"}) << -1
        << QStringLiteral("has 3 sheets, \"Budget\", \"Notes\" and \"Summary\", and none is named "
                          "\"Services\": name the sheet that holds the services \"Services\" (or "
                          "save that sheet alone as CSV UTF-8)");
    QTest::newRow("two named alike")
        << names({"Services", "services "}) << -1
        << QStringLiteral("has 2 sheets that could hold the services, \"Services\" and \"services "
                          "\" (names are matched ignoring case, spaces, \"_\" and \"-\"); rename "
                          "all but one");
    QTest::newRow("no sheets") << QStringList() << -1
                               << QStringLiteral("has no sheets, so there is nothing to import");
    QTest::newRow("not a prefix") << names({"Services 2025", "Old services"}) << -1
                                  << QStringLiteral("has 2 sheets, \"Services 2025\" and \"Old "
                                                    "services\", and none is named \"Services\": "
                                                    "name the sheet that holds the services "
                                                    "\"Services\" (or save that sheet alone as CSV "
                                                    "UTF-8)");
}

void TestXlsxSheetChoice::choosesASheet()
{
    QFETCH(QStringList, sheets);
    QFETCH(int, index);
    QFETCH(QString, problem);
    const XlsxSheetTable::Choice choice =
        XlsxSheetTable::choose(sheets, QStringLiteral("Services"));
    QCOMPARE(choice.index, qsizetype(index));
    QCOMPARE(choice.problem, problem);
}

// `--services book.xlsx --resources book.xlsx`: each finds its sheet, whatever the order.
void TestXlsxSheetChoice::oneWorkbookHoldsBoth()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.xlsx"));
    QVERIFY(TestWorkbook()
                .addSheet(QStringLiteral("Read me"), {{"Services and resources for 2026"}})
                .addSheet(QStringLiteral("resources"), kResources)
                .addSheet(QStringLiteral("Services"),
                          {{"name", "tier", "cost"}, {"Libraries", "need", 100}})
                .save(path));
    const auto result = CsvPlanImporter::importFiles(path, path, settings());
    QCOMPARE(describe(result.problems), QStringList());
    QCOMPARE(result.plan->services.size(), 1);
    QCOMPARE(result.plan->services.first().id, QStringLiteral("libraries"));
    QCOMPARE(result.plan->resources.size(), 1);
    QCOMPARE(result.plan->resources.first().id, QStringLiteral("grant"));
}

void TestXlsxSheetChoice::refusesAWorkbookWithoutTheSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.xlsx"));
    QVERIFY(TestWorkbook()
                .addSheet(QStringLiteral("Sheet1"), {{"name", "tier", "cost"}})
                .addSheet(QStringLiteral("Resources"), kResources)
                .save(path));
    const auto result = CsvPlanImporter::importFiles(path, path, settings());
    QCOMPARE(describe(result.problems),
             QStringList{QStringLiteral("error budget.xlsx: has 2 sheets, \"Sheet1\" and "
                                        "\"Resources\", and none is named \"Services\": name the "
                                        "sheet that holds the services \"Services\" (or save "
                                        "that sheet alone as CSV UTF-8)")});
    QVERIFY(!result.ok());
}

void TestXlsxSheetChoice::readsAWorkbookAndACsvTogether()
{
    QTemporaryDir dir;
    const QString services = dir.filePath(QStringLiteral("services.xlsx"));
    const QString resources = dir.filePath(QStringLiteral("resources.csv"));
    QVERIFY(TestWorkbook()
                .addSheet(QStringLiteral("Budget"),
                          {{"name", "tier", "cost"}, {"Libraries", "need", "£1,000"}})
                .save(services));
    QFile csv(resources);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,sector,amount\nGrant,public,\"1,000\"\n");
    csv.close();
    const auto result = CsvPlanImporter::importFiles(services, resources, settings());
    QCOMPARE(describe(result.problems), QStringList());
    QCOMPARE(result.plan->services.first().cost, YearlyAmounts::single(100000));
    QCOMPARE(result.plan->resources.first().amount, YearlyAmounts::single(100000));
}

QTEST_GUILESS_MAIN(TestXlsxSheetChoice)
#include "tst_xlsxsheetchoice.moc"
