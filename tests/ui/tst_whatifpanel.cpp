#include "charts/fundingcharts.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "reports/evaluation.h"
#include "scenarios/scenariolistmodel.h"
#include "scenarios/scenariopanel.h"
#include "whatif/whatifpanel.h"
#include "window/planwindow.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace lps;

/// The what-if controls, driven through their widgets: every control writes one adjustment of
/// the chosen scenario from the year chosen for the panel; a slider drag is one undo step and
/// the charts end on the engine's answer for where the slider stopped.
class TestWhatIfPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theBaselineAsksForAScenarioFirst();
    void aSliderDragIsOneStepAndTheChartsFollowIt();
    void switchesAndServiceControlsWriteAdjustments();
    void movingMoneyNeedsAnAmount();
    void controlsApplyFromTheChosenYear();
    void anAmpersandInANameIsText();

private:
    void open(PlanWindow &window, const QString &scenario);
};

namespace {

const Scenario &scenarioOf(const PlanWindow &window, const char *id)
{
    return window.plan().scenarios.at(window.plan().scenarioIndex(QString::fromLatin1(id)));
}

QPushButton *buttonOf(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

// A mouse drag as the slider reports it: pressed, moved through values, released.
void drag(QSlider *slider, const QList<int> &values)
{
    slider->setSliderDown(true);
    for (const int value : values)
        slider->setValue(value);
    slider->setSliderDown(false);
    emit slider->sliderReleased();
}

} // namespace

void TestWhatIfPanel::open(PlanWindow &window, const QString &scenario)
{
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QListView *list = window.scenarioPanel()->list();
    const auto *model = static_cast<const ScenarioListModel *>(list->model());
    list->setCurrentIndex(model->index(model->rowOf(scenario)));
}

void TestWhatIfPanel::theBaselineAsksForAScenarioFirst()
{
    PlanWindow window;
    open(window, QStringLiteral("baseline"));
    WhatIfPanel *panel = window.whatIfPanel();
    QVERIFY(!panel->resourceSlider(QStringLiteral("council-tax"))->isEnabled());
    QPushButton *make = buttonOf(panel, QStringLiteral("Try it in a new scenario"));
    QVERIFY(make && !make->isHidden());
    make->click();
    QCOMPARE(window.plan().scenarios.size(), DemoPlan::plan().scenarios.size() + 1);
    QCOMPARE(window.scenarioId(), window.plan().scenarios.last().id);
    QVERIFY(panel->resourceSlider(QStringLiteral("council-tax"))->isEnabled());
    window.document()->undoStack()->setClean();
}

void TestWhatIfPanel::aSliderDragIsOneStepAndTheChartsFollowIt()
{
    PlanWindow window;
    open(window, QStringLiteral("provider-failure"));
    QSlider *grant = window.whatIfPanel()->resourceSlider(QStringLiteral("revenue-support-grant"));
    QVERIFY(grant);
    drag(grant, {95, 90, 85, 80, 75, 70});
    const Scenario &after = scenarioOf(window, "provider-failure");
    QCOMPARE(after.adjustments.size(), 3);
    QCOMPARE(after.adjustments.last().type, AdjustmentType::ResourceScale);
    QCOMPARE(after.adjustments.last().factor, 0.7);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    // Undo names where the drag ended, not its first step (it read "x 0.95" at 70%).
    const QString undo = window.document()->undoStack()->undoText();
    QVERIFY2(undo.contains(QStringLiteral("0.7")) && !undo.contains(QStringLiteral("0.95")),
             qPrintable(undo));
    // Whatever answers were on their way, the charts end on the one for 70%.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const Evaluation expected =
        Evaluation::of(window.plan(), QStringLiteral("provider-failure"), {0});
    for (const Tier tier : kAllTiers)
        QCOMPARE(
            window.charts()->figures()->item(4, 1 + int(tier))->text(),
            expected.years.first().tiers[size_t(tier)].funded.formatted(QStringLiteral("GBP")));
    // A second drag is a second step; back at 100% the adjustment goes.
    drag(grant, {90, 100});
    QCOMPARE(window.document()->undoStack()->count(), 2);
    QCOMPARE(scenarioOf(window, "provider-failure").adjustments.size(), 2);
    window.document()->undoStack()->undo();
    QCOMPARE(grant->value(), 70);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
    QCOMPARE(grant->value(), 100);
}

void TestWhatIfPanel::switchesAndServiceControlsWriteAdjustments()
{
    PlanWindow window;
    open(window, QStringLiteral("provider-failure"));
    WhatIfPanel *panel = window.whatIfPanel();
    panel->withdrawSwitch(QStringLiteral("lottery-grant"))->click();
    QCOMPARE(scenarioOf(window, "provider-failure").adjustments.last().type,
             AdjustmentType::ResourceOff);
    panel->withdrawSwitch(QStringLiteral("lottery-grant"))->click();
    QCOMPARE(scenarioOf(window, "provider-failure").adjustments.size(), 2);
    QComboBox *service = panel->serviceChoice();
    service->setCurrentIndex(service->findData(QStringLiteral("libraries")));
    for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
        if (box->text().remove(u'&') == QStringLiteral("Decommissioned"))
            box->click();
    }
    const Adjustment &off = scenarioOf(window, "provider-failure").adjustments.last();
    QCOMPARE(off.type, AdjustmentType::ServiceOff);
    QCOMPARE(off.target, QStringLiteral("libraries"));
    auto *tier = panel->findChildren<QComboBox *>().at(2); // from year, service, tier
    QCOMPARE(tier->accessibleName(), QStringLiteral("Tier of the service"));
    tier->setCurrentIndex(tier->findData(int(Tier::Must)));
    QCOMPARE(scenarioOf(window, "provider-failure").adjustments.last().tier, Tier::Must);
    panel->findChild<QSpinBox *>()->setValue(90);
    QCOMPARE(scenarioOf(window, "provider-failure").adjustments.last().priority, 90);
    QCOMPARE(scenarioOf(window, "provider-failure").adjustments.size(), 5);
    // Choosing another service shows its own (untouched) controls.
    service->setCurrentIndex(service->findData(QStringLiteral("museum")));
    QCOMPARE(tier->currentData().toInt(), -1);
    QCOMPARE(panel->findChild<QSpinBox *>()->value(), 0);
    window.document()->undoStack()->setClean();
}

void TestWhatIfPanel::movingMoneyNeedsAnAmount()
{
    PlanWindow window;
    open(window, QStringLiteral("provider-failure"));
    WhatIfPanel *panel = window.whatIfPanel();
    const QList<QComboBox *> boxes = panel->findChildren<QComboBox *>();
    QComboBox *from = boxes.at(boxes.size() - 2);
    QComboBox *to = boxes.last();
    from->setCurrentIndex(from->findData(QStringLiteral("leisure-centres")));
    to->setCurrentIndex(to->findData(QStringLiteral("home-energy-advice")));
    QLineEdit *amount = panel->findChildren<QLineEdit *>().last();
    amount->setText(QStringLiteral("5o,000"));
    buttonOf(panel, QStringLiteral("Move the money"))->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("changeRefusedBox"))));
    QVERIFY(box->text().contains(QStringLiteral("5o,000")));
    QCOMPARE(window.plan(), DemoPlan::plan());
    amount->setText(QStringLiteral("£50,000"));
    buttonOf(panel, QStringLiteral("Move the money"))->click();
    const Adjustment &move = scenarioOf(window, "provider-failure").adjustments.last();
    QCOMPARE(move.type, AdjustmentType::Move);
    QCOMPARE(move.amount, qint64(50'000'00));
    QCOMPARE(move.toService, QStringLiteral("home-energy-advice"));
    window.document()->undoStack()->setClean();
}

void TestWhatIfPanel::controlsApplyFromTheChosenYear()
{
    PlanWindow window;
    open(window, QStringLiteral("provider-failure"));
    WhatIfPanel *panel = window.whatIfPanel();
    panel->fromYear()->setCurrentIndex(2);
    drag(panel->resourceSlider(QStringLiteral("council-tax")), {110});
    const Adjustment &rise = scenarioOf(window, "provider-failure").adjustments.last();
    QCOMPARE(rise.fromYear, 2);
    QCOMPARE(rise.factor, 1.1);
    // From the first year the same slider is another control, at 100%.
    panel->fromYear()->setCurrentIndex(0);
    QCOMPARE(panel->resourceSlider(QStringLiteral("council-tax"))->value(), 100);
    panel->fromYear()->setCurrentIndex(2);
    QCOMPARE(panel->resourceSlider(QStringLiteral("council-tax"))->value(), 110);
    window.document()->undoStack()->setClean();
}

// "Finance & Property net income" showed as "Finance _Property net income" on its slider's label:
// the label has the slider as its buddy, and took "&" for a mnemonic.
void TestWhatIfPanel::anAmpersandInANameIsText()
{
    PlanWindow window;
    open(window, QStringLiteral("provider-failure"));
    Resource resource = window.plan().resources.first();
    resource.name = QStringLiteral("Finance & Property net income");
    QVERIFY(
        window.document()->apply(PlanEdits::replaceResource(window.plan(), resource)).isEmpty());
    QSlider *slider = window.whatIfPanel()->resourceSlider(resource.id);
    QVERIFY(slider);
    QLabel *label = nullptr;
    for (QLabel *candidate : window.whatIfPanel()->findChildren<QLabel *>()) {
        if (candidate->buddy() == slider)
            label = candidate;
    }
    QVERIFY(label);
    // What is read out (and drawn): the name as typed, with no mnemonic taken from it.
    QAccessibleInterface *read = QAccessible::queryAccessibleInterface(label);
    QVERIFY(read);
    QCOMPARE(read->text(QAccessible::Name), resource.name);
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestWhatIfPanel)
#include "tst_whatifpanel.moc"
