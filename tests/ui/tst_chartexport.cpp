// Every chart can be copied and saved (issue 14): a menu on each chart of the window, PNG at the
// size chosen, PDF as vectors for a report, and a clear word for a file that is neither.

#include "charts/chartexport.h"
#include "charts/chartsavedialog.h"
#include "charts/fundingcharts.h"
#include "window/planwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace lps;

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChartHasTheMenu();
    void savesAtTheSizeChosen_data();
    void savesAtTheSizeChosen();
    void copiesAPicture();
    void theDialogOffersTheChartsName();

private:
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestChartExport::everyChartHasTheMenu()
{
    PlanWindow window;
    window.openDemo();
    const QList<QCustomPlot *> charts = window.findChildren<QCustomPlot *>();
    QVERIFY(charts.size() >= 5); // who pays, coverage, years, risks, compare's
    for (const QCustomPlot *chart : charts) {
        QCOMPARE(chart->contextMenuPolicy(), Qt::CustomContextMenu);
        QVERIFY2(chart->findChild<ChartExport *>(), qPrintable(chart->accessibleName()));
    }
}

void TestChartExport::savesAtTheSizeChosen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("png") << "chart.png" << QString();
    QTest::newRow("pdf") << "chart.pdf" << QString();
    QTest::newRow("neither") << "chart.jpg" << QStringLiteral("ending in .png");
}

void TestChartExport::savesAtTheSizeChosen()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    PlanWindow window;
    window.openDemo();
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const QString path = m_dir.filePath(name);
    const QString said = ChartExport::save(window.charts()->whoPays(), path, QSize(1200, 800));
    if (!problem.isEmpty()) {
        QVERIFY2(said.contains(problem), qPrintable(said));
        QVERIFY(!QFile::exists(path));
        return;
    }
    QVERIFY2(said.isEmpty(), qPrintable(said));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (name.endsWith(QStringLiteral(".png"))) {
        QCOMPARE(QImage::fromData(bytes).size(), QSize(1200, 800));
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        // Vector, not a picture in a PDF.
        QVERIFY(!bytes.contains("/Subtype /Image"));
    }
}

void TestChartExport::copiesAPicture()
{
    PlanWindow window;
    window.openDemo();
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCustomPlot *chart = window.charts()->coverage();
    ChartExport::copy(chart);
    const QImage copied = QApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    QCOMPARE(copied.size(), chart->size() * chart->devicePixelRatio());
}

void TestChartExport::theDialogOffersTheChartsName()
{
    ChartSaveDialog dialog(QStringLiteral("who-pays-for-what"), QSize(640, 300));
    QVERIFY(dialog.path().endsWith(QStringLiteral("who-pays-for-what.png")));
    QCOMPARE(dialog.chartSize(), QSize(640, 300));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
