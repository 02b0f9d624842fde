#include "benchmarkplans.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "editing/leveredits.h"
#include "levers/leverdialog.h"
#include "validation/planlimits.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace lps;

/// A facilitator choosing a workshop's levers in the dialog, through its widgets: added,
/// reordered and removed, taken as one undoable step on OK, refusals said in the dialog while
/// it stays open, at most eight, and all of it by keyboard.
class TestLeverDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheDemosLeversAndStopsAtEight();
    void chooseReorderAndTake();
    void refusalsKeepTheDialogOpen();
    void aSlidersRangeIncludesTheAmountOnShow();
    void aReadOnlyPlanIsRefusedAtOk();
    void usableByKeyboard();
    void thousandsOfServices();
    void lookAtIt();
};

namespace {

template <typename T> T *child(QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s in the dialog", name);
    return found;
}

QStringList rows(QWidget &dialog)
{
    QStringList texts;
    auto *list = child<QListWidget>(dialog, "leverList");
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

QString problemOf(QWidget &dialog)
{
    return child<QLabel>(dialog, "problemLabel")->text();
}

void clickOk(QDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// Describes a lever in the "Add a lever" fields, by typing the target's name as a person would,
// and presses Add.
void add(QWidget &dialog, LeverKind kind, const QString &name, int low = 50, int high = 150)
{
    auto *kinds = child<QComboBox>(dialog, "leverKind");
    kinds->setCurrentIndex(kinds->findData(int(kind)));
    auto *target = child<QComboBox>(dialog, "leverTarget");
    target->lineEdit()->selectAll();
    QTest::keyClicks(target->lineEdit(), name);
    child<QDoubleSpinBox>(dialog, "leverLow")->setValue(low);
    child<QDoubleSpinBox>(dialog, "leverHigh")->setValue(high);
    QTest::mouseClick(child<QPushButton>(dialog, "addLever"), Qt::LeftButton);
}

void removeRow(QWidget &dialog, int row)
{
    child<QListWidget>(dialog, "leverList")->setCurrentRow(row);
    QTest::mouseClick(child<QPushButton>(dialog, "removeLever"), Qt::LeftButton);
}

struct Open
{
    PlanDocument document;
    LeverDialog *dialog = nullptr;

    explicit Open(const Plan &plan, const QString &path = QString())
    {
        document.reset(plan, path);
        dialog = new LeverDialog(&document, nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
    }
    ~Open() { delete dialog; }
};

} // namespace

// The demo comes with eight levers: all the keys are taken until one goes.
void TestLeverDialog::showsTheDemosLeversAndStopsAtEight()
{
    Open open(DemoPlan::plan());
    LeverDialog &dialog = *open.dialog;
    const QStringList shown = rows(dialog);
    QCOMPARE(shown.size(), PlanLimits::kMaxLevers);
    QCOMPARE(shown.first(), QStringLiteral("1  Council tax (district share): amount, 80% to 120%"));
    QCOMPARE(shown.at(3), QStringLiteral("4  Temporary accommodation for homeless households: "
                                         "cost, 50% to 200%"));
    QCOMPARE(shown.last(),
             QStringLiteral("8  Leisure centres (Eastbrook and Millford): decommission switch"));
    auto *addButton = child<QPushButton>(dialog, "addLever");
    QVERIFY(!addButton->isEnabled());
    auto *room = child<QLabel>(dialog, "leverRoom");
    QVERIFY2(room->text().contains(QStringLiteral("remove one to add another")),
             qPrintable(room->text()));
    QVERIFY(room->isVisible());

    removeRow(dialog, 7);
    QVERIFY(addButton->isEnabled());
    QVERIFY2(room->text().contains(QStringLiteral("room for 1 more")), qPrintable(room->text()));
    add(dialog, LeverKind::ServiceOff,
        QStringLiteral("Libraries (four branches and a mobile "
                       "library)"));
    QCOMPARE(rows(dialog).size(), PlanLimits::kMaxLevers);
    QVERIFY(rows(dialog).last().startsWith(QStringLiteral("8  Libraries")));
    QVERIFY(!addButton->isEnabled());
}

void TestLeverDialog::chooseReorderAndTake()
{
    const Plan demo = DemoPlan::plan();
    Open open(demo);
    LeverDialog &dialog = *open.dialog;
    removeRow(dialog, 7);
    removeRow(dialog, 6);
    add(dialog, LeverKind::ServiceCost,
        QStringLiteral("Libraries (four branches and a mobile "
                       "library)"),
        80, 120);
    QVERIFY2(problemOf(dialog).isEmpty(), qPrintable(problemOf(dialog)));
    add(dialog, LeverKind::ServiceOff, QStringLiteral("Youth services and detached youth work"));
    QVERIFY(!child<QDoubleSpinBox>(dialog, "leverLow")->isVisible()); // a switch has no range
    QCOMPARE(rows(dialog).mid(6),
             QStringList({QStringLiteral("7  Libraries (four branches and a mobile library): "
                                         "cost, 80% to 120%"),
                          QStringLiteral("8  Youth services and detached youth work: "
                                         "decommission switch")}));
    // The switch becomes key 7.
    auto *list = child<QListWidget>(dialog, "leverList");
    QCOMPARE(list->currentRow(), 7);
    QVERIFY(!child<QPushButton>(dialog, "moveLeverDown")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "moveLeverUp"), Qt::LeftButton);
    QCOMPARE(list->currentRow(), 6);
    QVERIFY(rows(dialog).at(6).startsWith(QStringLiteral("7  Youth services")));
    QCOMPARE(open.document.plan().levers, demo.levers); // nothing changes before OK

    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Lever> levers = open.document.plan().levers;
    QCOMPARE(levers.size(), 8);
    QCOMPARE(levers.mid(0, 6), demo.levers.mid(0, 6));
    QCOMPARE(levers.at(6).kind, LeverKind::ServiceOff);
    QCOMPARE(levers.at(6).target, QStringLiteral("youth-services"));
    QVERIFY(!levers.at(6).low && !levers.at(6).high);
    QCOMPARE(levers.at(7).kind, LeverKind::ServiceCost);
    QCOMPARE(levers.at(7).target, QStringLiteral("libraries"));
    QCOMPARE(levers.at(7).low, std::optional<double>(0.8));
    QCOMPARE(levers.at(7).high, std::optional<double>(1.2));
    // One undo step, and only the levers changed.
    QUndoStack *undo = open.document.undoStack();
    QCOMPARE(undo->count(), 1);
    Plan sameOtherwise = open.document.plan();
    sameOtherwise.levers = demo.levers;
    QCOMPARE(sameOtherwise, demo);
    undo->undo();
    QCOMPARE(open.document.plan(), demo);
    undo->redo();
    QCOMPARE(open.document.plan().levers, levers);

    // Opened again, it starts from the plan's levers; OK without a change adds no step.
    LeverDialog again(&open.document, nullptr);
    again.show();
    QCOMPARE(rows(again).at(6), rows(dialog).at(6));
    clickOk(again);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(undo->count(), 1);
}

void TestLeverDialog::refusalsKeepTheDialogOpen()
{
    const Plan demo = DemoPlan::plan();
    Open open(demo);
    LeverDialog &dialog = *open.dialog;
    removeRow(dialog, 7);
    add(dialog, LeverKind::ServiceCost,
        QStringLiteral("Libraries (four branches and a mobile "
                       "library)"),
        150, 50);
    QVERIFY2(problemOf(dialog).contains(QStringLiteral("150% is not below 50%")),
             qPrintable(problemOf(dialog)));
    QCOMPARE(rows(dialog).size(), 7);
    QVERIFY(child<QLabel>(dialog, "problemLabel")->isVisible());

    // The same lever twice, whatever the case of the name typed.
    add(dialog, LeverKind::ResourceAmount, QStringLiteral("council tax (district share)"));
    QCOMPARE(problemOf(dialog), QStringLiteral("Lever 1 is already Council tax (district share): "
                                               "amount, 80% to 120%. To change its range, "
                                               "remove it and add it again."));
    QCOMPARE(rows(dialog).size(), 7);

    // Any part of a name finds it; a name that is nobody's is refused.
    auto *target = child<QComboBox>(dialog, "leverTarget");
    QCOMPARE(target->completer()->filterMode(), Qt::MatchContains);
    add(dialog, LeverKind::ServiceOff, QStringLiteral("Swimming pool"));
    QVERIFY2(problemOf(dialog).contains(QStringLiteral("No service in the plan is called")),
             qPrintable(problemOf(dialog)));
    QCOMPARE(rows(dialog).size(), 7);

    add(dialog, LeverKind::ServiceOff, QStringLiteral("Parks, open spaces and play areas"));
    QVERIFY(problemOf(dialog).isEmpty()); // a good add clears what was said
    QCOMPARE(rows(dialog).size(), 8);
    QVERIFY(dialog.isVisible());
    QCOMPARE(open.document.plan().levers, demo.levers);
}

// A session starts every slider at 100%, so the plan keeps only ranges that include it (see
// PlanValidator); the dialog says so in its own words, before the plan's rules would.
void TestLeverDialog::aSlidersRangeIncludesTheAmountOnShow()
{
    const Plan demo = DemoPlan::plan();
    Open open(demo);
    LeverDialog &dialog = *open.dialog;
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    removeRow(dialog, 7);
    const QString libraries = QStringLiteral("Libraries (four branches and a mobile library)");
    auto *low = child<QDoubleSpinBox>(dialog, "leverLow");
    auto *high = child<QDoubleSpinBox>(dialog, "leverHigh");

    // The boxes start on a range a slider can have, and the fields say what it must include.
    QVERIFY(low->value() <= 100.0 && high->value() >= 100.0);
    auto *kinds = child<QComboBox>(dialog, "leverKind");
    kinds->setCurrentIndex(kinds->findData(int(LeverKind::ServiceCost)));
    const auto notes = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(notes.begin(), notes.end(), [](const QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("includes 100%"));
    }));

    // Above the amount on show: From is the box to change.
    add(dialog, LeverKind::ServiceCost, libraries, 120, 150);
    QCOMPARE(problemOf(dialog),
             QStringLiteral("A slider starts at 100% (the cost on show), so its range must "
                            "include it: from 100% or less, to 100% or more, not 120% to 150%."));
    QTRY_VERIFY(low->hasFocus());
    QCOMPARE(rows(dialog).size(), 7);

    // Below it: To is.
    add(dialog, LeverKind::ResourceAmount, QStringLiteral("Garden waste subscriptions"), 50, 90);
    QVERIFY2(problemOf(dialog).startsWith(QStringLiteral("A slider starts at 100% (the amount "
                                                         "on show)")),
             qPrintable(problemOf(dialog)));
    QVERIFY2(problemOf(dialog).endsWith(QStringLiteral("not 50% to 90%.")),
             qPrintable(problemOf(dialog)));
    QTRY_VERIFY(high->hasFocus());
    QCOMPARE(rows(dialog).size(), 7);

    // The plan's own rule refuses the same range, in its words rather than the dialog's.
    Lever below = LeverEdits::suggested(demo, LeverKind::ServiceCost, QStringLiteral("libraries"));
    below.low = 1.2;
    below.high = 1.5;
    QList<Lever> levers = demo.levers.mid(0, 7);
    levers << below;
    QVERIFY(!LeverEdits::setLevers(demo, levers).ok());

    // A range starting or ending at 100% is one a slider can have.
    add(dialog, LeverKind::ServiceCost, libraries, 100, 150);
    QVERIFY2(problemOf(dialog).isEmpty(), qPrintable(problemOf(dialog)));
    QCOMPARE(rows(dialog).size(), 8);
    QCOMPARE(dialog.levers().last().low, std::optional<double>(1.0));
    QCOMPARE(dialog.levers().last().high, std::optional<double>(1.5));
    removeRow(dialog, 7);
    add(dialog, LeverKind::ServiceCost, libraries, 50, 100);
    QVERIFY2(problemOf(dialog).isEmpty(), qPrintable(problemOf(dialog)));
    QCOMPARE(dialog.levers().last().high, std::optional<double>(1.0));
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// OK that the document refuses (someone else has the file open) says why and stays open.
void TestLeverDialog::aReadOnlyPlanIsRefusedAtOk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.lpsb"));
    QLockFile elsewhere(path + QStringLiteral(".lock"));
    elsewhere.setStaleLockTime(0);
    QVERIFY(elsewhere.tryLock(0));
    const Plan demo = DemoPlan::plan();
    Open open(demo, path);
    QVERIFY(open.document.isReadOnly());
    LeverDialog &dialog = *open.dialog;
    removeRow(dialog, 0);
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(problemOf(dialog).contains(QStringLiteral("read-only")),
             qPrintable(problemOf(dialog)));
    QCOMPARE(open.document.plan().levers, demo.levers);
    QCOMPARE(open.document.undoStack()->count(), 0);
    QCOMPARE(rows(dialog).size(), 7); // what was chosen is still there to save elsewhere
}

void TestLeverDialog::usableByKeyboard()
{
    Open open(DemoPlan::plan());
    LeverDialog &dialog = *open.dialog;
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Every label with a shortcut letter takes the person to a field.
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    // It opens on the list; Delete there removes the lever chosen.
    auto *list = child<QListWidget>(dialog, "leverList");
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentRow(), 0);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(rows(dialog).size(), 2);
    QVERIFY(rows(dialog).at(0).contains(QStringLiteral("Eastbrook Museum")));

    // Return while describing a lever adds it, and does not close the dialog.
    auto *kinds = child<QComboBox>(dialog, "leverKind");
    kinds->setCurrentIndex(kinds->findData(int(LeverKind::ResourceOff)));
    auto *target = child<QComboBox>(dialog, "leverTarget");
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    target->lineEdit()->selectAll();
    QTest::keyClicks(target->lineEdit(), QStringLiteral("Eastbrook Time Bank"));
    QTest::keyClick(target->lineEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(rows(dialog).size(), 3);
    QVERIFY(rows(dialog).last().contains(QStringLiteral("Eastbrook Time Bank")));

    // Tab goes down the dialog: the list and its buttons, then the fields of a new lever.
    kinds->setCurrentIndex(kinds->findData(int(LeverKind::ServiceCost)));
    list->setCurrentRow(1);
    const QList<QWidget *> expected{
        list,
        child<QPushButton>(dialog, "moveLeverUp"),
        child<QPushButton>(dialog, "moveLeverDown"),
        child<QPushButton>(dialog, "removeLever"),
        kinds,
        target,
        child<QDoubleSpinBox>(dialog, "leverLow"),
        child<QDoubleSpinBox>(dialog, "leverHigh"),
        child<QPushButton>(dialog, "addLever"),
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)};
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now == expected.at(i) || expected.at(i)->isAncestorOf(now),
                 qPrintable(QStringLiteral("step %1: %2").arg(i).arg(now->objectName())));
    }
    // Return in the list takes the whole list.
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(open.document.plan().levers.size(), 3);
}

// The largest plan's 5,000 services, by name, without a wait worth noticing.
void TestLeverDialog::thousandsOfServices()
{
    Plan plan = bench::BenchmarkPlans::generate(bench::BenchmarkPlans::largestSize(), 2026,
                                                bench::BenchmarkPlans::squeezed());
    plan.levers.clear();
    QCOMPARE(plan.services.size(), PlanLimits::kMaxServices);
    const LeverEdits::Target wanted = LeverEdits::targets(plan, LeverKind::ServiceCost).at(2500);
    QElapsedTimer timer;
    timer.start();
    Open open(plan);
    LeverDialog &dialog = *open.dialog;
    add(dialog, LeverKind::ServiceCost, wanted.name);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(problemOf(dialog).isEmpty(), qPrintable(problemOf(dialog)));
    QCOMPARE(dialog.levers().size(), 1);
    QCOMPARE(dialog.levers().first().target, wanted.id);
    QCOMPARE(child<QComboBox>(dialog, "leverTarget")->count(), PlanLimits::kMaxServices);
    qInfo("opened and added in %lld ms", timer.elapsed());
}

// Saved for a person to look at: LPS_SCREENSHOT_DIR, or /tmp.
void TestLeverDialog::lookAtIt()
{
    const QString dir = qEnvironmentVariable("LPS_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    const auto save = [&dir](QWidget &widget, const char *name) {
        QTest::qWait(50); // laid out as a person would see it
        return widget.grab().save(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
    };
    Open open(DemoPlan::plan());
    LeverDialog &dialog = *open.dialog;
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(save(dialog, "leverdialog"));
    removeRow(dialog, 7);
    add(dialog, LeverKind::ServiceCost,
        QStringLiteral("Temporary accommodation for homeless "
                       "households"));
    QVERIFY(!problemOf(dialog).isEmpty());
    QVERIFY(save(dialog, "leverdialog-refused"));
    for (int i = 0; i < 7; ++i)
        removeRow(dialog, 0);
    child<QComboBox>(dialog, "leverKind")->setCurrentIndex(3);
    QVERIFY(save(dialog, "leverdialog-empty"));
}

QTEST_MAIN(TestLeverDialog)
#include "tst_leverdialog.moc"
