#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "engine/allocationengine.h"
#include "scenarios/scenarioapplier.h"
#include "whatif/gapcloser.h"
#include "whatif/marginalhints.h"
#include "whatif/resilience.h"
#include "whatif/risksview.h"
#include "window/planwindow.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace lps;

/// The risks tab: what it would take and what each withdrawal would cost, the engine's figures
/// worked out in the background only while the tab is on screen, and never stale.
class TestRisksView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheEnginesFigures();
    void worksOnlyWhileOnScreen();
    void aChangeKeepsItMarkedAndStopStops();
    void hintsSayWhereMoreWouldGo();
};

namespace {

struct Year
{
    EffectiveYear year;
    YearResult result;
};

Year demoYear(const char *scenario, int index)
{
    Year y;
    y.year = *ScenarioApplier(DemoPlan::plan()).apply(QString::fromLatin1(scenario), index);
    y.result = AllocationEngine::evaluate(y.year);
    return y;
}

} // namespace

void TestRisksView::showsTheEnginesFigures()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(QStringLiteral("risks"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isWorkingOutRisks(), 30000);
    const Year y = demoYear("baseline", 0);
    const Resilience::Result expected = Resilience::of(y.year, y.result);
    QStandardItemModel *losses = window.risksView()->losses();
    QCOMPARE(losses->rowCount(), int(expected.resources.size()));
    int gains = 0;
    for (int row = 0; row < losses->rowCount(); ++row)
        for (const Tier tier : kAllTiers) {
            const Money loss = expected.resources.at(row).loss[size_t(tier)];
            // A negative loss is a gain, said so, with why on hover and under the chart.
            const QString text = loss.minor() < 0 ? QStringLiteral("gains ") +
                                                        (-loss).formatted(QStringLiteral("GBP"))
                                                  : loss.formatted(QStringLiteral("GBP"));
            QCOMPARE(losses->item(row, 1 + int(tier))->text(), text);
            if (loss.minor() < 0) {
                ++gains;
                QCOMPARE(losses->item(row, 1 + int(tier))->toolTip(), RisksView::gainWhy());
            }
        }
    QVERIFY(gains > 0); // the demo has one, so the check proves something
    const GapCloser::ToClose toClose = GapCloser::of(y.year, y.result);
    QVERIFY(window.risksView()->toCloseText().contains(
        toClose.mustNeed.formatted(QStringLiteral("GBP"))));
    QCOMPARE(window.risksView()->hints()->count(), int(y.year.resources.size()));
}

void TestRisksView::worksOnlyWhileOnScreen()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    QCOMPARE(window.risksView()->losses()->rowCount(), 0);
    QVERIFY(!window.isWorkingOutRisks());
    window.showTab(QStringLiteral("risks"));
    QTRY_VERIFY_WITH_TIMEOUT(window.risksView()->losses()->rowCount() > 0, 30000);
}

void TestRisksView::aChangeKeepsItMarkedAndStopStops()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(QStringLiteral("risks"));
    QTRY_VERIFY_WITH_TIMEOUT(window.risksView()->losses()->rowCount() > 0, 30000);
    // Another year: the old figures stay, marked as updating, until the new ones come.
    const int rows = window.risksView()->losses()->rowCount();
    window.findChild<QComboBox *>(QStringLiteral("yearBox"))->setCurrentIndex(3);
    QCOMPARE(window.risksView()->losses()->rowCount(), rows);
    QVERIFY2(window.risksView()->answerNote().startsWith(QStringLiteral("Updating")),
             qPrintable(window.risksView()->answerNote()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isWorkingOutRisks(), 30000);
    const Year y = demoYear("baseline", 3);
    const Resilience::Result expected = Resilience::of(y.year, y.result);
    QCOMPARE(window.risksView()->losses()->item(0, 2)->text(),
             expected.resources.first().loss[1].formatted(QStringLiteral("GBP")));
    QCOMPARE(window.risksView()->answerNote(), QString());
    // Stop leaves nothing half-shown.
    window.findChild<QComboBox *>(QStringLiteral("yearBox"))->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.isWorkingOutRisks() || window.risksView()->losses()->rowCount() > 0, 30000);
    window.risksView()->cancel();
    QVERIFY(!window.isWorkingOutRisks());
}

void TestRisksView::hintsSayWhereMoreWouldGo()
{
    const Year y = demoYear("baseline", 0);
    const QStringList hints = MarginalHints::of(y.year, y.result, QStringLiteral("GBP"));
    QVERIFY(hints.contains(QStringLiteral(
        "An extra pound of Holiday Activities and Food grant would go to the could tier.")));
    QVERIFY(hints.contains(QStringLiteral(
        "An extra pound of Council tax (district share) would go to the need tier.")));
    // A resource with money to spare: more of it changes nothing.
    EffectiveYear year;
    year.scenarioId = QStringLiteral("baseline");
    EffectiveResource money;
    money.id = QStringLiteral("money");
    money.name = QStringLiteral("Reserves");
    money.available = Money::fromMinor(500'00);
    year.resources << money;
    EffectiveService parks;
    parks.id = QStringLiteral("parks");
    parks.name = parks.id;
    parks.cost = Money::fromMinor(100'00);
    year.services << parks;
    const QStringList spare =
        MarginalHints::of(year, AllocationEngine::evaluate(year), QStringLiteral("GBP"));
    QCOMPARE(spare, QStringList{QStringLiteral(
                        "Reserves has £400.00 unused: more of it would change nothing.")});
}

QTEST_MAIN(TestRisksView)
#include "tst_risksview.moc"
