// File > Export as a spreadsheet (issue 14): the scenario on show, every year, as a workbook or
// a CSV for Excel (UTF-8 with a byte order mark), written in the background, whole or not at all.

#include "files/spreadsheetexport.h"
#include "window/planwindow.h"

#include <QFile>
#include <QMessageBox>
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

QTEST_MAIN(TestSpreadsheetExport)
#include "tst_spreadsheetexport.moc"
