#include "demo/demoplan.h"
#include "documents/planwindow.h"
#include "json/planjsonwriter.h"
#include "models/resourcetablemodel.h"
#include "models/servicetablemodel.h"
#include "plangenerator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

class TestPlanWindow : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassQtsModelTester();
    void serviceCostFollowsTheChosenYear();
    void showsTheDemoPlan();
    void opensPlanJson();
    void refusesABadFileAndKeepsThePlan();
};

void TestPlanWindow::modelsPassQtsModelTester()
{
    ServiceTableModel services;
    ResourceTableModel resources;
    QAbstractItemModelTester serviceTester(&services, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester resourceTester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
    services.setPlan(DemoPlan::plan());
    resources.setPlan(DemoPlan::plan());
    services.setYearIndex(3);
    resources.setYearIndex(3);
    services.setPlan(test::samplePlan());
    resources.setPlan(test::samplePlan());
    QCOMPARE(services.rowCount(), 3);
    QCOMPARE(resources.rowCount(), 2);
}

void TestPlanWindow::serviceCostFollowsTheChosenYear()
{
    ServiceTableModel services;
    services.setPlan(test::samplePlan());
    const QModelIndex cost = services.index(0, ServiceTableModel::Cost);
    QCOMPARE(cost.data().toString(), QStringLiteral("£300,000.00"));
    services.setYearIndex(2);
    QCOMPARE(cost.data().toString(), QStringLiteral("£318,270.00")); // 3% inflation, two years
    QCOMPARE(services.headerData(ServiceTableModel::Cost, Qt::Horizontal).toString(), QStringLiteral("Cost 2028/29"));
    ResourceTableModel resources;
    resources.setPlan(test::samplePlan());
    QCOMPARE(resources.index(1, ResourceTableModel::Amount).data().toString(), QStringLiteral("1,000 hours (£12,500.00)"));
    QCOMPARE(resources.index(0, ResourceTableModel::Restriction).data().toString(), QStringLiteral("Any service"));
    QCOMPARE(resources.index(1, ResourceTableModel::Restriction).data().toString(),
             QStringLiteral("tagged community; services that take volunteers"));
}

void TestPlanWindow::showsTheDemoPlan()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.servicesView()->model()->rowCount(), int(DemoPlan::plan().services.size()));
    QCOMPARE(window.resourcesView()->model()->rowCount(), int(DemoPlan::plan().resources.size()));
    QVERIFY(window.windowTitle().contains(DemoPlan::plan().name));
    auto *years = window.findChild<QComboBox *>();
    QVERIFY(years);
    QCOMPARE(years->count(), 5);
    years->setCurrentIndex(4);
    QCOMPARE(window.servicesView()->model()->headerData(ServiceTableModel::Cost, Qt::Horizontal).toString(),
             QStringLiteral("Cost 2030/31"));
}

void TestPlanWindow::opensPlanJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PlanJsonWriter::write(test::samplePlan()));
    file.close();
    PlanWindow window;
    QVERIFY(window.openFile(path));
    QCOMPARE(window.plan(), test::samplePlan());
    QVERIFY(window.windowTitle().contains(QStringLiteral("sample.json")));
}

void TestPlanWindow::refusesABadFileAndKeepsThePlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.lpsb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Minutes of the budget meeting\n");
    file.close();
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(!window.openFile(path));
    QCOMPARE(window.plan(), DemoPlan::plan());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("notes.lpsb")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("not an LPS plan")));
}

QTEST_MAIN(TestPlanWindow)
#include "tst_planwindow.moc"
