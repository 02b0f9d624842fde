// File > Export as a spreadsheet (issue 14): the scenario on show, every year, as a workbook or
// a CSV for Excel (UTF-8 with a byte order mark) of the services, the funding or any one of the
// workbook's tables, written in the background, whole or not at all.

#include "files/spreadsheetexport.h"
#include "window/planwindow.h"

#include <QFile>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

class TestSpreadsheetExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesWhatTheNameAsks_data();
    void writesWhatTheNameAsks();
    void aFolderThatIsNotThereSaysSo();
    void writesEveryTable_data();
    void writesEveryTable();
    void againstTheBaseNeedsAnotherScenario();
    void filtersComeInOrder();
    void theFilterChoosesTheKind_data();
    void theFilterChoosesTheKind();

private:
    QTemporaryDir m_dir;
};

void TestSpreadsheetExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestSpreadsheetExport::writesWhatTheNameAsks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("funding");
    QTest::addColumn<QByteArray>("start");
    // A workbook is a zip; a CSV starts with the byte order mark, then its header.
    QTest::newRow("workbook") << "cut.xlsx" << false << QByteArray("PK\x03\x04");
    QTest::newRow("services") << "cut.csv" << false
                              << QByteArray("\xEF\xBB\xBFyear,scenario,service_id,service,tier,");
    QTest::newRow("funding") << "cut-funding.csv" << true
                             << QByteArray("\xEF\xBB\xBFyear,scenario,service_id,service,tier,"
                                           "resource_id,resource,sector,amount\r\n");
}

void TestSpreadsheetExport::writesWhatTheNameAsks()
{
    QFETCH(QString, name);
    QFETCH(bool, funding);
    QFETCH(QByteArray, start);
    PlanWindow window;
    window.openDemo();
    window.showScenario(QStringLiteral("central-grant-cut"));
    QSignalSpy finished(window.spreadsheetExport(), &SpreadsheetExport::finished);
    const QString path = m_dir.filePath(name);
    window.exportSpreadsheet(path, funding);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString()); // no problem
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Central grant cut")));
    if (name.endsWith(QStringLiteral(".csv")))
        QVERIFY(bytes.contains("central-grant-cut,"));
}

void TestSpreadsheetExport::aFolderThatIsNotThereSaysSo()
{
    PlanWindow window;
    window.openDemo();
    QSignalSpy finished(window.spreadsheetExport(), &SpreadsheetExport::finished);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.xlsx"));
    window.exportSpreadsheet(path);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("could not be written")));
    QVERIFY(!QFile::exists(path));
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("exportProblem")));
}

void TestSpreadsheetExport::writesEveryTable_data()
{
    using Kind = SpreadsheetExport::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("rows"); // with the header and any total; -1 when it depends
    // The demo: 5 years, 35 services, 21 resources.
    QTest::newRow("about") << int(Kind::AboutSheetCsv) << QByteArray("what,value") << 1 + 5 + 5;
    QTest::newRow("tiers") << int(Kind::TiersSheetCsv) << QByteArray("year,tier,cost,funded,gap")
                           << 1 + 5 * 3 + 1;
    QTest::newRow("services") << int(Kind::ServicesSheetCsv)
                              << QByteArray("year,service_id,service,tier,cost,funded,gap,"
                                            "status,reason,consequence")
                              << 1 + 5 * 35 + 1;
    QTest::newRow("resources") << int(Kind::ResourcesSheetCsv)
                               << QByteArray("year,resource_id,resource,sector,available,used,"
                                             "unused")
                               << 1 + 5 * 21 + 1;
    QTest::newRow("funding") << int(Kind::FundingSheetCsv)
                             << QByteArray("year,service_id,service,tier,resource_id,resource,"
                                           "sector,amount")
                             << -1;
    QTest::newRow("sectors") << int(Kind::SectorsSheetCsv)
                             << QByteArray("year,sector,must,need,could") << 1 + 5 * 4 + 1;
    QTest::newRow("years") << int(Kind::YearsSheetCsv)
                           << QByteArray("year,must_gap,need_gap,could_gap") << 1 + 5;
    QTest::newRow("against base") << int(Kind::AgainstBaseSheetCsv)
                                  << QByteArray("year,level,id,name,base_funded,scenario_funded,"
                                                "difference,base_status,scenario_status")
                                  << -1;
}

// Each of the workbook's tables as a CSV for Excel: the byte order mark, then its own header.
void TestSpreadsheetExport::writesEveryTable()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, header);
    QFETCH(int, rows);
    PlanWindow window;
    window.openDemo();
    window.showScenario(QStringLiteral("central-grant-cut"));
    QSignalSpy finished(window.spreadsheetExport(), &SpreadsheetExport::finished);
    const QString path = m_dir.filePath(QStringLiteral("table-%1.csv").arg(kind));
    window.spreadsheetExport()->start(path, SpreadsheetExport::Kind(kind));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString()); // no problem
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF" + header + "\r\n"), bytes.left(120).constData());
    QVERIFY(bytes.endsWith("\r\n"));
    const qsizetype lines = bytes.count("\r\n");
    if (rows >= 0)
        QCOMPARE(lines, rows);
    else
        QVERIFY(lines > 16); // every tier of every year, and more
    // Totals are numbers, never formulas, in a CSV.
    QVERIFY(!bytes.contains("=SUM"));
}

void TestSpreadsheetExport::againstTheBaseNeedsAnotherScenario()
{
    PlanWindow window;
    window.openDemo(); // the baseline on show: it is the base
    QSignalSpy finished(window.spreadsheetExport(), &SpreadsheetExport::finished);
    const QString path = m_dir.filePath(QStringLiteral("against-itself.csv"));
    window.spreadsheetExport()->start(path, SpreadsheetExport::Kind::AgainstBaseSheetCsv);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("is the base scenario")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(path));
}

void TestSpreadsheetExport::filtersComeInOrder()
{
    const QStringList filters = SpreadsheetExport::filters();
    QCOMPARE(filters.size(), SpreadsheetExport::kinds().size());
    QCOMPARE(filters.size(), 11); // the workbook, the two CSV files of lps, its eight tables
    QCOMPARE(filters.value(0), QStringLiteral("Excel workbook (*.xlsx)"));
    QCOMPARE(filters.value(1), QStringLiteral("CSV, one row per service (*.csv)"));
    QCOMPARE(filters.value(2), QStringLiteral("CSV, who pays for what (*.csv)"));
    QCOMPARE(filters.value(4), QStringLiteral("CSV, the tiers (*.csv)"));
    for (qsizetype i = 1; i < filters.size(); ++i)
        QVERIFY2(filters[i].startsWith(QStringLiteral("CSV, ")) &&
                     filters[i].endsWith(QStringLiteral(" (*.csv)")),
                 qPrintable(filters[i]));
    // A filter chosen in the dialog must lead back to one kind only.
    QCOMPARE(QSet<QString>(filters.begin(), filters.end()).size(), filters.size());
}

void TestSpreadsheetExport::theFilterChoosesTheKind_data()
{
    using Kind = SpreadsheetExport::Kind;
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("filter"); // an index into filters(), or -1 for one it does not offer
    QTest::addColumn<int>("kind");
    for (const Kind kind : SpreadsheetExport::kinds()) {
        const int at = int(SpreadsheetExport::kinds().indexOf(kind));
        const QString name =
            kind == Kind::Workbook ? QStringLiteral("out.xlsx") : QStringLiteral("out.csv");
        QTest::addRow("filter %d", at) << name << at << int(kind);
    }
    QTest::newRow("no suffix, the tiers") << "out" << 4 << int(Kind::TiersSheetCsv);
    QTest::newRow("no suffix, a workbook") << "out" << 0 << int(Kind::Workbook);
    // The name asks for a workbook or a CSV whatever the filter says.
    QTest::newRow(".xlsx, the tiers") << "out.XLSX" << 4 << int(Kind::Workbook);
    QTest::newRow(".csv, a workbook") << "out.csv" << 0 << int(Kind::ServicesCsv);
    QTest::newRow("an unknown filter") << "out.csv" << -1 << int(Kind::ServicesCsv);
}

void TestSpreadsheetExport::theFilterChoosesTheKind()
{
    QFETCH(QString, path);
    QFETCH(int, filter);
    QFETCH(int, kind);
    const QString chosen =
        filter >= 0 ? SpreadsheetExport::filters().value(filter) : QStringLiteral("All files (*)");
    QCOMPARE(int(SpreadsheetExport::kindFor(path, chosen)), kind);
}

QTEST_MAIN(TestSpreadsheetExport)
#include "tst_spreadsheetexport.moc"
