#include "board/tierboard.h"
#include "board/tierboardmodel.h"
#include "charts/fundingcharts.h"
#include "charts/yearschart.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "reports/evaluation.h"
#include "scenarios/adjustmentdialog.h"
#include "scenarios/scenariolistmodel.h"
#include "scenarios/scenariopanel.h"
#include "window/planwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace lps;

/// The scenario list beside the workspace, driven through its widgets: choosing a scenario
/// shows it in every view; deriving, renaming, notes, deleting and the adjustments list are
/// undoable steps; a card dragged on the board under a scenario becomes that scenario's tier
/// adjustment, never a change to the plan as written.
class TestScenarioPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listPassesQtsModelTester();
    void choosingAScenarioShowsItEverywhere();
    void deriveThenTypeItsName();
    void deletingAsksAndNamesWhatIsBasedOnIt();
    void typedNotesAreOneStep();
    void adjustmentsAreListedInWordsAndRemoved();
    void aCardMovedUnderAScenarioIsItsAdjustment();
    void anAdjustmentIsEditedInADialog();
    void notesTypedThenAnotherChoiceAreKept();
    void aCardMovedInALaterYearMovesFromThen();

private:
    void open(PlanWindow &window);
};

namespace {

QPushButton *buttonOf(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

void choose(PlanWindow &window, const QString &id)
{
    QListView *list = window.scenarioPanel()->list();
    const auto *model = static_cast<const ScenarioListModel *>(list->model());
    list->setCurrentIndex(list->model()->index(model->rowOf(id), 0));
}

qsizetype scenarioIndex(const PlanWindow &window, const char *id)
{
    return window.plan().scenarioIndex(QString::fromLatin1(id));
}

} // namespace

void TestScenarioPanel::open(PlanWindow &window)
{
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void TestScenarioPanel::listPassesQtsModelTester()
{
    ScenarioListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Plan plan = DemoPlan::plan();
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), int(plan.scenarios.size()));
    plan.scenarios[1].name = QStringLiteral("Renamed");
    model.setPlan(plan);
    plan.scenarios.removeLast();
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), int(plan.scenarios.size()));
    // A scenario shows under the one it is based on.
    const int combined = model.rowOf(QStringLiteral("cut-and-redesign"));
    QVERIFY(model.index(combined).data().toString().startsWith(u' '));
    QVERIFY(!model.index(0).data().toString().startsWith(u' '));
    // The id the command line takes is where people look for it: on the scenario.
    QVERIFY(model.index(combined)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("--scenario cut-and-redesign")));
    // The window, like the command line, takes a scenario by its name too.
    PlanWindow window;
    window.openDemo();
    window.showScenario(
        plan.scenarios.at(plan.scenarioIndex(QStringLiteral("cut-and-redesign"))).name);
    QCOMPARE(window.scenarioId(), QStringLiteral("cut-and-redesign"));
    // A name that matches none shows the baseline, and says why.
    window.showScenario(QStringLiteral("Room tset"));
    QCOMPARE(window.scenarioId(), QStringLiteral("baseline"));
    QVERIFY2(
        window.statusBar()->currentMessage().contains(QStringLiteral("no scenario \"Room tset\"")),
        qPrintable(window.statusBar()->currentMessage()));
}

void TestScenarioPanel::choosingAScenarioShowsItEverywhere()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("provider-failure"));
    QCOMPARE(window.scenarioId(), QStringLiteral("provider-failure"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isAllocatingYears(), 30000);
    const Evaluation direct = Evaluation::of(DemoPlan::plan(), QStringLiteral("provider-failure"));
    const YearResult &first = direct.years.first();
    QStandardItemModel *figures = window.charts()->figures();
    for (const Tier tier : kAllTiers)
        QCOMPARE(figures->item(4, 1 + int(tier))->text(),
                 first.tiers[size_t(tier)].funded.formatted(QStringLiteral("GBP")));
    QStandardItemModel *years = window.yearsChart()->figures();
    for (int y = 0; y < 5; ++y)
        QCOMPARE(years->item(y, 3)->text(),
                 direct.years.at(y).tiers[2].gap.formatted(QStringLiteral("GBP")));
    QVERIFY(window.tierBoard()
                ->header(Tier::Could)
                .contains(first.tiers[2].gap.formatted(QStringLiteral("GBP"))));
    // The workshop's scenario moves Housing First up into the need tier: so does the board.
    const auto inColumn = [&window](Tier tier) {
        TierBoardModel *column = window.tierBoard()->column(tier);
        for (int row = 0; row < column->rowCount(); ++row) {
            if (column->index(row).data(TierBoardModel::ServiceIdRole) ==
                QStringLiteral("housing-first"))
                return true;
        }
        return false;
    };
    QVERIFY(inColumn(Tier::Could));
    choose(window, QStringLiteral("prevention-first"));
    QVERIFY(inColumn(Tier::Need));
    QVERIFY(!inColumn(Tier::Could));
    // Money moved between services is named for where it came from, never by an internal id.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    TierBoardModel *could = window.tierBoard()->column(Tier::Could);
    for (int row = 0; row < could->rowCount(); ++row) {
        if (could->index(row).data(TierBoardModel::ServiceIdRole) ==
            QStringLiteral("home-energy-advice"))
            QVERIFY2(could->index(row)
                         .data(TierBoardModel::SourcesRole)
                         .toString()
                         .contains(QStringLiteral("Moved from Leisure centres")),
                     qPrintable(could->index(row).data(TierBoardModel::SourcesRole).toString()));
    }
    QCOMPARE(window.plan(), DemoPlan::plan()); // looking changes nothing
}

void TestScenarioPanel::deriveThenTypeItsName()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("central-grant-cut"));
    QTest::mouseClick(buttonOf(window.scenarioPanel(), QStringLiteral("New from this")),
                      Qt::LeftButton);
    const Scenario &made = window.plan().scenarios.last();
    QCOMPARE(made.basedOn, QStringLiteral("central-grant-cut"));
    QCOMPARE(window.scenarioId(), made.id);
    auto *name = window.scenarioPanel()->list()->findChild<QLineEdit *>();
    QVERIFY(name && name->isVisible());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Cut and a council tax rise"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(window.plan().scenarios.last().name, QStringLiteral("Cut and a council tax rise"));
    QCOMPARE(window.document()->undoStack()->count(), 2);
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
    QCOMPARE(window.scenarioId(), QStringLiteral("baseline")); // its scenario went with it
}

void TestScenarioPanel::deletingAsksAndNamesWhatIsBasedOnIt()
{
    PlanWindow window;
    open(window);
    const QString parent =
        window.plan().scenarios.at(scenarioIndex(window, "cut-and-redesign")).basedOn;
    choose(window, parent);
    QTest::mouseClick(buttonOf(window.scenarioPanel(), QStringLiteral("Delete")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteScenarioBox"))));
    const QString dependent =
        window.plan().scenarios.at(scenarioIndex(window, "cut-and-redesign")).name;
    QVERIFY2(box->informativeText().contains(dependent), qPrintable(box->informativeText()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(window.plan().scenarioIndex(parent), -1);
    QCOMPARE(window.scenarioId(), QStringLiteral("baseline"));
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
    // The baseline cannot be deleted at all.
    choose(window, QStringLiteral("baseline"));
    QVERIFY(!buttonOf(window.scenarioPanel(), QStringLiteral("Delete"))->isEnabled());
}

void TestScenarioPanel::typedNotesAreOneStep()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("provider-failure"));
    QPlainTextEdit *notes = window.scenarioPanel()->notes();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Checked with the provider."));
    QTRY_VERIFY(window.plan()
                    .scenarios.at(scenarioIndex(window, "provider-failure"))
                    .notes.endsWith(QStringLiteral("Checked with the provider.")));
    QTest::keyClicks(notes, QStringLiteral(" Again."));
    QTRY_VERIFY(window.plan()
                    .scenarios.at(scenarioIndex(window, "provider-failure"))
                    .notes.endsWith(QStringLiteral("Again.")));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
}

void TestScenarioPanel::adjustmentsAreListedInWordsAndRemoved()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("prevention-first"));
    QListWidget *list = window.scenarioPanel()->adjustments();
    QCOMPARE(list->count(), 3);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("moved to the Need tier")),
             qPrintable(list->item(0)->text()));
    list->setCurrentRow(0);
    QTest::mouseClick(buttonOf(window.scenarioPanel(), QStringLiteral("Down")), Qt::LeftButton);
    const QList<Adjustment> &moved =
        window.plan().scenarios.at(scenarioIndex(window, "prevention-first")).adjustments;
    QCOMPARE(moved.at(1).type, AdjustmentType::ServiceTier);
    QCOMPARE(list->currentRow(), 1);
    QTest::mouseClick(buttonOf(window.scenarioPanel(), QStringLiteral("Remove")), Qt::LeftButton);
    QCOMPARE(
        window.plan().scenarios.at(scenarioIndex(window, "prevention-first")).adjustments.size(),
        2);
    QCOMPARE(list->count(), 2);
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
}

void TestScenarioPanel::aCardMovedUnderAScenarioIsItsAdjustment()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("provider-failure"));
    QListView *must = window.tierBoard()->view(Tier::Must);
    must->setFocus();
    must->setCurrentIndex(must->model()->index(0, 0));
    const QString id = must->currentIndex().data(TierBoardModel::ServiceIdRole).toString();
    QTest::keyClick(must, Qt::Key_Right, Qt::ControlModifier);
    // The plan as written keeps its tiers; the scenario gains the move.
    QCOMPARE(window.plan().services, DemoPlan::plan().services);
    const Adjustment &added =
        window.plan().scenarios.at(scenarioIndex(window, "provider-failure")).adjustments.last();
    QCOMPARE(added.type, AdjustmentType::ServiceTier);
    QCOMPARE(added.target, id);
    QCOMPARE(added.tier, Tier::Need);
    QCOMPARE(window.tierBoard()
                 ->view(Tier::Need)
                 ->currentIndex()
                 .data(TierBoardModel::ServiceIdRole)
                 .toString(),
             id);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
}

void TestScenarioPanel::anAdjustmentIsEditedInADialog()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("central-grant-cut"));
    window.scenarioPanel()->adjustments()->setCurrentRow(0);
    QTest::mouseClick(buttonOf(window.scenarioPanel(), QStringLiteral("Edit…")), Qt::LeftButton);
    AdjustmentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AdjustmentDialog *>()) && dialog->isVisible());
    dialog->findChild<QDoubleSpinBox *>()->setValue(50.0);
    dialog->findChildren<QComboBox *>().last()->setCurrentIndex(2); // applies from
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    const Adjustment &cut =
        window.plan().scenarios.at(scenarioIndex(window, "central-grant-cut")).adjustments.first();
    QCOMPARE(cut.factor, 0.5);
    QCOMPARE(cut.fromYear, 2);
    QVERIFY(window.scenarioPanel()->adjustments()->item(0)->text().endsWith(
        QStringLiteral("x 0.50 from 2028/29")));
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), DemoPlan::plan());
    // A move's amount with a typo keeps the dialog open, saying what is wrong.
    choose(window, QStringLiteral("prevention-first"));
    window.scenarioPanel()->adjustments()->setCurrentRow(2);
    window.scenarioPanel()->editAdjustment();
    QTRY_VERIFY((dialog = window.findChild<AdjustmentDialog *>()) && dialog->isVisible());
    QLineEdit *amount = dialog->findChild<QLineEdit *>();
    amount->setText(QStringLiteral("12o,000"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problem().contains(QStringLiteral("12o,000")));
    dialog->reject();
    QCOMPARE(window.plan(), DemoPlan::plan());
}

void TestScenarioPanel::notesTypedThenAnotherChoiceAreKept()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("provider-failure"));
    QPlainTextEdit *notes = window.scenarioPanel()->notes();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Urgent."));
    // Before the notes are kept by the pause in typing, another scenario is chosen.
    choose(window, QStringLiteral("central-grant-cut"));
    QCOMPARE(window.scenarioId(), QStringLiteral("central-grant-cut"));
    QCOMPARE(
        window.scenarioPanel()->list()->currentIndex().data(ScenarioListModel::IdRole).toString(),
        QStringLiteral("central-grant-cut"));
    QVERIFY(window.plan()
                .scenarios.at(scenarioIndex(window, "provider-failure"))
                .notes.endsWith(QStringLiteral("Urgent.")));
    QCOMPARE(notes->toPlainText(),
             window.plan().scenarios.at(scenarioIndex(window, "central-grant-cut")).notes);
    window.document()->undoStack()->setClean();
}

void TestScenarioPanel::aCardMovedInALaterYearMovesFromThen()
{
    PlanWindow window;
    open(window);
    choose(window, QStringLiteral("provider-failure"));
    window.findChild<QComboBox *>(QStringLiteral("yearBox"))->setCurrentIndex(2);
    QListView *must = window.tierBoard()->view(Tier::Must);
    must->setFocus();
    must->setCurrentIndex(must->model()->index(0, 0));
    QTest::keyClick(must, Qt::Key_Right, Qt::ControlModifier);
    const Adjustment &added =
        window.plan().scenarios.at(scenarioIndex(window, "provider-failure")).adjustments.last();
    QCOMPARE(added.type, AdjustmentType::ServiceTier);
    QCOMPARE(added.fromYear, 2);
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
