#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "editors/eligibilityeditor.h"
#include "editors/plansettingsdialog.h"
#include "editors/resourceeditor.h"
#include "editors/serviceeditor.h"
#include "mockclock.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetablemodel.h"
#include "models/servicetablemodel.h"
#include "pages/resourcespage.h"
#include "pages/servicespage.h"
#include "window/planwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lps;

/// What a table cell cannot hold, driven through the widgets: the service and resource dialogs,
/// adding and removing, resource cells, a new plan and its settings. Every change is one
/// undoable step, and a typo keeps the dialog open with a sentence saying what is wrong.
class TestEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void resourceModelsPassQtsModelTester();
    void addAServiceThroughItsDialog();
    void aTypoInTheCostKeepsTheDialogOpen();
    void editWhatAResourceMayFund();
    void removingAServiceAsksAndCanBeUndone();
    void aResourceCellOffersItsChoices();
    void typeAResourceAmount();
    void aNewPlanGetsItsSettings();
    void aNewPlanIsBuiltSavedAndReopened();
    void okWithoutEditingChangesNothing();
    void hoursTooLargeAreRefused();

private:
    void openDemo(PlanWindow &window);
};

namespace {

template <typename Dialog> Dialog *openDialog(QWidget &window)
{
    Dialog *dialog = nullptr;
    // The dialog is window-modal and non-blocking: it is there as soon as the action returns.
    [&] {
        QTRY_VERIFY((dialog = window.findChild<Dialog *>()) && dialog->isVisible());
    }();
    return dialog;
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// LPS_SCREENSHOT_DIR=docs/screenshots saves what the dialogs look like, to be looked at.
void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("LPS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QString::fromUtf8(name) +
                            QStringLiteral(".png"));
}

int rowOf(const Plan &plan, const QString &id, bool resource)
{
    return int(resource ? plan.resourceIndex(id) : plan.serviceIndex(id));
}

} // namespace

void TestEditors::openDemo(PlanWindow &window)
{
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void TestEditors::resourceModelsPassQtsModelTester()
{
    PlanDocument document;
    ResourceTableModel resources(&document);
    QAbstractItemModelTester tester(&resources,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourceFilterModel filtered;
    filtered.setSourceModel(&resources);
    QAbstractItemModelTester filterTester(&filtered,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    Plan plan = DemoPlan::plan();
    document.reset(plan, QString());
    filtered.setSector(Sector::Personal); // fees, budgets, volunteers and the time bank
    QCOMPARE(filtered.rowCount(), 6);
    filtered.setText(QStringLiteral("leisure"));
    QCOMPARE(filtered.rowCount(), 1);
    filtered.setSector(std::nullopt);
    filtered.setText(QString());
    filtered.sort(ResourceTableModel::Amount, Qt::DescendingOrder);
    QCOMPARE(filtered.index(0, ResourceTableModel::Name).data().toString(),
             plan.resources.at(plan.resourceIndex(QStringLiteral("council-tax"))).name);
    QCOMPARE(document.change(ResourceChange{plan.resources.first().id, ResourceChange::Field::Name,
                                            0, QStringLiteral("Renamed")}),
             QString());
    QCOMPARE(document.apply(PlanEdits::removeResources(document.plan(),
                                                       {document.plan().resources.last().id})),
             QString());
    plan.resources.removeLast();
    QCOMPARE(resources.rowCount(), int(plan.resources.size()));
    QVERIFY(resources.flags(resources.index(0, ResourceTableModel::Amount)) & Qt::ItemIsEditable);
    QVERIFY(!(resources.flags(resources.index(0, ResourceTableModel::Kind)) & Qt::ItemIsEditable));
}

void TestEditors::addAServiceThroughItsDialog()
{
    PlanWindow window;
    openDemo(window);
    const Plan before = window.plan();
    window.servicesPage()->addAction()->trigger();
    auto *editor = openDialog<ServiceEditor>(window);
    QVERIFY(editor);
    typeInto(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
             QStringLiteral("Men's sheds"));
    auto *costs = editor->findChild<QTableWidget *>(QStringLiteral("amountTable"));
    costs->item(0, 0)->setText(QStringLiteral("£42,500"));
    clickOk(editor);
    QTRY_COMPARE(window.plan().services.size(), before.services.size() + 1);
    const Service &added = window.plan().services.last();
    QCOMPARE(added.id, QStringLiteral("men-s-sheds"));
    QCOMPARE(added.cost, YearlyAmounts::single(42'500'00));
    QCOMPARE(window.servicesPage()->selectedRows(), QList<int>{int(before.services.size())});
    QVERIFY(window.document()->undoStack()->undoText().contains(QStringLiteral("Men's sheds")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.plan(), before);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.plan().services.last().name, QStringLiteral("Men's sheds"));
    window.document()->undoStack()->setClean();
}

void TestEditors::aTypoInTheCostKeepsTheDialogOpen()
{
    PlanWindow window;
    openDemo(window);
    const Plan before = window.plan();
    window.showTab(QStringLiteral("services"));
    window.servicesView()->setFocus();
    window.servicesPage()->selectRow(2);
    QTest::keyClick(window.servicesView(), Qt::Key_E, Qt::ControlModifier);
    auto *editor = openDialog<ServiceEditor>(window);
    QVERIFY(editor);
    auto *costs = editor->findChild<QTableWidget *>(QStringLiteral("amountTable"));
    editor->findChild<QCheckBox *>(QStringLiteral("writtenOnce"))->setChecked(false);
    costs->item(3, 0)->setText(QStringLiteral("1,25o,000"));
    clickOk(editor);
    saveShot(editor, "service-editor");
    QVERIFY(editor->isVisible());
    const QString problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
    QVERIFY2(problem.contains(QStringLiteral("1,25o,000")) && problem.contains(before.yearLabel(3)),
             qPrintable(problem));
    QCOMPARE(window.plan(), before);
    costs->item(3, 0)->setText(QStringLiteral("1,250,000"));
    clickOk(editor);
    QTRY_VERIFY(!editor->isVisible());
    const Service &changed = window.plan().services.at(2);
    QCOMPARE(changed.costInYear(3, before.costInflation).minor(), qint64(1'250'000'00));
    for (const int y : {0, 1, 2, 4})
        QCOMPARE(changed.costInYear(y, before.costInflation),
                 before.services.at(2).costInYear(y, before.costInflation));
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

void TestEditors::editWhatAResourceMayFund()
{
    PlanWindow window;
    openDemo(window);
    const Plan before = window.plan();
    const int row = rowOf(before, QStringLiteral("council-tax"), true);
    window.showTab(QStringLiteral("resources"));
    window.resourcesView()->setFocus();
    window.resourcesPage()->selectRow(row);
    window.resourcesPage()->editAction()->trigger();
    auto *editor = openDialog<ResourceEditor>(window);
    QVERIFY(editor);
    auto *eligible = editor->findChild<EligibilityEditor *>();
    for (QCheckBox *box : eligible->findChildren<QCheckBox *>()) {
        if (box->text() == tierTitle(Tier::Must))
            box->click();
    }
    QCOMPARE(eligible->summary(), QStringLiteral("May fund only services in the Must tier."));
    editor->findChild<QTabWidget *>()->setCurrentIndex(1);
    saveShot(editor, "resource-editor-may-fund");
    for (QCheckBox *box : editor->findChildren<QCheckBox *>()) {
        if (box->text().remove(u'&').startsWith(QStringLiteral("Match funding")))
            box->click();
    }
    // Council tax is public money: matching the public sector is refused in words.
    clickOk(editor);
    QVERIFY(editor->isVisible());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("problemLabel"))
                ->text()
                .contains(QStringLiteral("own sector")));
    for (QComboBox *box : editor->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QLatin1String("Sector matched"))
            box->setCurrentIndex(box->findData(QStringLiteral("private")));
    }
    clickOk(editor);
    QTRY_VERIFY(!editor->isVisible());
    const Resource &after = window.plan().resources.at(row);
    QCOMPARE(after.eligible.tiers, QList<Tier>{Tier::Must});
    QCOMPARE(after.matchRatio, std::optional<double>(1.0));
    QCOMPARE(after.matchSector, Sector::Private);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

void TestEditors::removingAServiceAsksAndCanBeUndone()
{
    PlanWindow window;
    openDemo(window);
    const Plan before = window.plan();
    window.showTab(QStringLiteral("services"));
    window.servicesView()->setFocus();
    window.servicesPage()->selectRow(rowOf(before, QStringLiteral("libraries"), false));
    QTest::keyClick(window.servicesView(), Qt::Key_Delete);
    auto *box = openDialog<QMessageBox>(window);
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("removeBox"));
    // The redesign scenarios scale the libraries' cost: they lose that adjustment.
    QVERIFY2(box->informativeText().contains(QStringLiteral("adjustment")),
             qPrintable(box->informativeText()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(window.plan().services.size(), before.services.size() - 1);
    QCOMPARE(window.plan().serviceIndex(QStringLiteral("libraries")), -1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

void TestEditors::aResourceCellOffersItsChoices()
{
    PlanWindow window;
    openDemo(window);
    window.showTab(QStringLiteral("resources"));
    QTableView *view = window.resourcesView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ResourceTableModel::Sector));
    QTest::keyClick(view, Qt::Key_F2);
    QComboBox *choices = nullptr;
    QTRY_VERIFY((choices = view->findChild<QComboBox *>()));
    QCOMPARE(choices->count(), 4);
    QCOMPARE(choices->currentText(), QStringLiteral("Public"));
    choices->setCurrentIndex(choices->findText(QStringLiteral("Charitable")));
    emit choices->activated(choices->currentIndex());
    QTRY_COMPARE(window.plan().resources.first().sector, Sector::Charitable);
    window.document()->undoStack()->setClean();
}

void TestEditors::typeAResourceAmount()
{
    PlanWindow window;
    openDemo(window);
    window.showTab(QStringLiteral("resources"));
    QTableView *view = window.resourcesView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ResourceTableModel::Amount));
    // The first key opens the cell's editor, as in a spreadsheet; the rest go into it.
    QTest::keyClicks(view, QStringLiteral("£"));
    auto *cell = view->findChild<QLineEdit *>();
    QVERIFY(cell);
    QTest::keyClicks(cell, QStringLiteral("2,000,000"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(window.plan().resources.first().amountInYear(0), qint64(2'000'000'00));
    // A typo is refused in words, and nothing changes.
    view->setCurrentIndex(view->model()->index(0, ResourceTableModel::Amount));
    QTest::keyClicks(view, QStringLiteral("2"));
    QTRY_VERIFY((cell = view->findChild<QLineEdit *>()) && cell->isVisible());
    QTest::keyClicks(cell, QStringLiteral(",OOO"));
    QTest::keyClick(cell, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("changeRefusedBox"))));
    QVERIFY2(box->text().contains(QStringLiteral("2,OOO")), qPrintable(box->text()));
    QCOMPARE(window.plan().resources.first().amountInYear(0), qint64(2'000'000'00));
    window.document()->undoStack()->setClean();
}

void TestEditors::aNewPlanGetsItsSettings()
{
    PlanWindow window;
    openDemo(window);
    // February 2031 is in the financial year 2030/31: a new plan starts there.
    test::MockClock clock(QDateTime(QDate(2031, 2, 10), QTime(12, 0), Qt::UTC));
    window.newPlan();
    QCOMPARE(window.plan().services.size(), 0);
    QCOMPARE(window.plan().firstYear, 2030);
    clock.set(QDateTime(QDate(2031, 4, 1), QTime(12, 0), Qt::UTC));
    window.newPlan();
    QCOMPARE(window.plan().firstYear, 2031);
    QVERIFY(window.windowTitle().contains(QStringLiteral("New plan")));
    QVERIFY(!window.isWindowModified());
    window.editSettings();
    auto *dialog = openDialog<PlanSettingsDialog>(window);
    QVERIFY(dialog);
    const QList<QLineEdit *> lines = dialog->findChildren<QLineEdit *>();
    typeInto(lines.at(0), QStringLiteral("Westmarsh 2027-30"));
    const QList<QSpinBox *> spins = dialog->findChildren<QSpinBox *>();
    spins.at(0)->setValue(2027);
    spins.at(1)->setValue(3);
    clickOk(dialog);
    QTRY_COMPARE(window.plan().years, 3);
    QCOMPARE(window.plan().name, QStringLiteral("Westmarsh 2027-30"));
    QCOMPARE(window.plan().firstYear, 2027);
    auto *years = window.findChild<QComboBox *>(QStringLiteral("yearBox"));
    QCOMPARE(years->count(), 3);
    QCOMPARE(years->itemText(2), QStringLiteral("2029/30"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Westmarsh")));
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->setClean();
}

void TestEditors::aNewPlanIsBuiltSavedAndReopened()
{
    QTemporaryDir dir; // outlives the windows and their locks
    PlanWindow window;
    openDemo(window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(window.plan().services.size(), 0);
    // An empty plan allocates too: nothing to fund, nothing funded.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isAllocatingYears(), 30000);
    window.resourcesPage()->addAction()->trigger();
    auto *resourceEditor = openDialog<ResourceEditor>(window);
    QVERIFY(resourceEditor);
    typeInto(resourceEditor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
             QStringLiteral("Council tax"));
    resourceEditor->findChild<QTableWidget *>(QStringLiteral("amountTable"))
        ->item(0, 0)
        ->setText(QStringLiteral("£4,000,000"));
    clickOk(resourceEditor);
    QTRY_COMPARE(window.plan().resources.size(), 1);
    window.servicesPage()->addAction()->trigger();
    auto *serviceEditor = openDialog<ServiceEditor>(window);
    QVERIFY(serviceEditor);
    typeInto(serviceEditor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
             QStringLiteral("Bin collection"));
    serviceEditor->findChild<QTableWidget *>(QStringLiteral("amountTable"))
        ->item(0, 0)
        ->setText(QStringLiteral("£3,500,000"));
    clickOk(serviceEditor);
    QTRY_COMPARE(window.plan().services.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    QCOMPARE(window.servicesModel()->index(0, ServiceTableModel::Status).data().toString(),
             QStringLiteral("Funded"));
    const QString path = dir.filePath(QStringLiteral("westmarsh.lpsb"));
    QVERIFY(window.saveAs(path));
    QVERIFY(!window.isWindowModified());
    const Plan saved = window.plan();
    window.close();
    PlanWindow reopened;
    QVERIFY(reopened.openFile(path));
    QCOMPARE(reopened.plan(), saved);
}

// Every value the dialogs show in a rounded or reordered form comes back exactly as it was.
void TestEditors::okWithoutEditingChangesNothing()
{
    Plan plan = DemoPlan::plan();
    Resource &odd = plan.resources[plan.resourceIndex(QStringLiteral("community-foundation"))];
    odd.matchRatio = 250.0; // beyond what a small box would hold
    odd.trend = 0.0299;     // not a whole number of hundredths of a percent
    odd.contingentShare = 0.0375;
    odd.eligible.tiers = {Tier::Could, Tier::Need}; // not in the tiers' own order
    odd.eligible.tags = {QStringLiteral("community"), QStringLiteral("civic")};
    plan.services[0].timeCapacityHours = 5'000'000'000; // more than an int
    plan.services[0].minimumShare = 0.0375;
    plan.costInflation = 0.028;
    for (const Resource &resource : std::as_const(plan.resources)) {
        ResourceEditor editor(plan, resource, {});
        QCOMPARE(editor.resource(), resource);
        QCOMPARE(editor.problem(), QString());
    }
    for (const Service &service : std::as_const(plan.services)) {
        ServiceEditor editor(plan, service, {});
        QCOMPARE(editor.service(), service);
    }
    PlanSettingsDialog settings(plan, {});
    QCOMPARE(settings.settings(), plan);
}

void TestEditors::hoursTooLargeAreRefused()
{
    const Plan plan = DemoPlan::plan();
    const Resource &volunteers =
        plan.resources.at(plan.resourceIndex(QStringLiteral("volunteer-hours")));
    ResourceEditor editor(plan, volunteers, {});
    editor.findChild<QTableWidget *>(QStringLiteral("amountTable"))
        ->item(0, 0)
        ->setText(QStringLiteral("120000000000000000000"));
    QVERIFY2(editor.problem().contains(QStringLiteral("120000000000000000000")),
             qPrintable(editor.problem()));
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
