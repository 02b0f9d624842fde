#include "compare/compareview.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "scenarios/scenariolistmodel.h"
#include "scenarios/scenariopanel.h"
#include "window/planwindow.h"

#include <QComboBox>
#include <QListView>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace lps;

/// The compare tab: the baseline against the chosen scenario by default, any two on request;
/// every table holds the engine's comparison, the status changes carry the consequence text.
class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void comparesTheBaselineWithTheChosenScenario();
    void anyTwoScenarios();
};

namespace {

void choose(PlanWindow &window, const QString &id)
{
    QListView *list = window.scenarioPanel()->list();
    const auto *model = static_cast<const ScenarioListModel *>(list->model());
    list->setCurrentIndex(model->index(model->rowOf(id)));
}

void saveShots(CompareView *view)
{
    const QString dir = qEnvironmentVariable("LPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    auto *pages = view->findChild<QTabWidget *>();
    const QStringList names{QStringLiteral("tiers"), QStringLiteral("services"),
                            QStringLiteral("status"), QStringLiteral("years")};
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        view->window()->grab().save(dir + QStringLiteral("/compare-%1.png").arg(names.value(i)));
    }
    pages->setCurrentIndex(0);
}

} // namespace

void TestCompareView::comparesTheBaselineWithTheChosenScenario()
{
    PlanWindow window;
    window.resize(1280, 820);
    window.openDemo();
    window.show();
    choose(window, QStringLiteral("provider-failure"));
    window.showTab(QStringLiteral("compare"));
    CompareView *view = window.compareView();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isComparing(), 30000);
    QCOMPARE(view->baseChoice()->currentData().toString(), QStringLiteral("baseline"));
    QCOMPARE(view->scenarioChoice()->currentData().toString(), QStringLiteral("provider-failure"));
    const Comparison expected = Comparison::of(DemoPlan::plan(), QStringLiteral("baseline"),
                                               QStringLiteral("provider-failure"));
    const Comparison::Year &first = expected.years.first();
    for (const Tier tier : kAllTiers) {
        const Comparison::TierChange &t = first.tiers[size_t(tier)];
        QCOMPARE(view->tierFigures()->item(0, 1 + int(tier))->text(), t.baseFunded.formatted());
        QCOMPARE(view->tierFigures()->item(1, 1 + int(tier))->text(), t.scenarioFunded.formatted());
        QCOMPARE(view->tierFigures()->item(2, 1 + int(tier))->text(),
                 t.fundedDifference().formatted());
    }
    // Services that change, biggest change first.
    QStandardItemModel *services = view->serviceFigures();
    QVERIFY(services->rowCount() > 0);
    for (int row = 1; row < services->rowCount(); ++row) {
        const auto size = [&](int r) {
            QString text = services->item(r, 3)->text();
            return text.remove(u'£').remove(u',').remove(u'-').toDouble();
        };
        QVERIFY(size(row - 1) >= size(row));
    }
    // Status changes come with what happens to people.
    QStandardItemModel *status = view->statusFigures();
    QVERIFY(status->rowCount() > 0);
    const Plan plan = DemoPlan::plan();
    bool consequence = false;
    for (int row = 0; row < status->rowCount(); ++row)
        consequence |= !status->item(row, 6)->text().isEmpty();
    QVERIFY(consequence);
    // Every year's gap, for both.
    QCOMPARE(view->yearFigures()->rowCount(), 5);
    for (int y = 0; y < 5; ++y)
        QCOMPARE(view->yearFigures()->item(y, 6)->text(),
                 expected.years.at(y).tiers[2].scenarioGap.formatted());
    saveShots(view);
}

void TestCompareView::anyTwoScenarios()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    window.showTab(QStringLiteral("compare"));
    CompareView *view = window.compareView();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isComparing(), 30000);
    view->baseChoice()->setCurrentIndex(
        view->baseChoice()->findData(QStringLiteral("central-grant-cut")));
    view->scenarioChoice()->setCurrentIndex(
        view->scenarioChoice()->findData(QStringLiteral("cut-and-redesign")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isComparing() && view->tierFigures()->rowCount() == 5, 30000);
    const Comparison expected = Comparison::of(
        DemoPlan::plan(), QStringLiteral("central-grant-cut"), QStringLiteral("cut-and-redesign"));
    QCOMPARE(view->tierFigures()->item(1, 2)->text(),
             expected.years.first().tiers[1].scenarioFunded.formatted());
    QCOMPARE(view->baseChoice()->currentData().toString(), QStringLiteral("central-grant-cut"));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
