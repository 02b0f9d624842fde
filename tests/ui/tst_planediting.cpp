#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "mockclock.h"
#include "models/servicetablemodel.h"
#include "recovery/recoverystore.h"
#include "reports/evaluation.h"
#include "window/planwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QLocale>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lps;

/// Editing a plan in the window: through the table, undone and redone from the Edit menu and
/// its keys, refused in words when wrong, saved and reopened unchanged, and re-allocated.
class TestPlanEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // never the person's settings
    void typingIntoACellChangesThePlan();
    void undoAndRedoFromTheKeyboard();
    void aRunOfEditsToOneCellIsOneStep();
    void aWrongValueIsRefusedInWords();
    void savedPlanReopensUnchanged();
    void allocationFollowsTheEdit();
    void aPlanOpenElsewhereOpensReadOnly();
    void anOpenPlanIsLockedUntilItIsClosed();
    void unsavedChangesAreKeptAside();
    void aCrashedPlanComesBackUnsaved();
};

namespace {

QModelIndex cellOf(const PlanWindow &window, int row, int column)
{
    return window.servicesView()->model()->index(row, column);
}

QAction *menuAction(PlanWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(u'&').startsWith(text))
            return action;
    }
    return nullptr;
}

} // namespace

void TestPlanEditing::typingIntoACellChangesThePlan()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *view = window.servicesView();
    view->setFocus();
    view->setCurrentIndex(cellOf(window, 0, ServiceTableModel::Priority));
    // Typing starts the editor; the first key is its first character.
    QTest::keyClicks(view, QStringLiteral("7"));
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("7"));
    QTest::keyClicks(editor, QStringLiteral("5"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on its next turn of the event loop.
    QTRY_COMPARE(window.plan().services.first().priority, 75);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
    window.document()->undoStack()->setClean(); // nothing to ask about on close
}

void TestPlanEditing::undoAndRedoFromTheKeyboard()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Plan before = window.plan();
    QVERIFY(window.servicesView()->model()->setData(cellOf(window, 1, ServiceTableModel::Tier),
                                                    QStringLiteral("Could")));
    QCOMPARE(window.plan().services.at(1).tier, Tier::Could);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(window.plan(), before);
    QVERIFY(!window.isWindowModified());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(window.plan().services.at(1).tier, Tier::Could);
    // The Edit menu names the step.
    QAction *undo = menuAction(window, QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(QStringLiteral("tier of")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(window.plan(), before);
}

void TestPlanEditing::aRunOfEditsToOneCellIsOneStep()
{
    PlanWindow window;
    window.openDemo();
    const Plan before = window.plan();
    auto *model = window.servicesModel();
    for (const QString &typed :
         {QStringLiteral("£1,500,000"), QStringLiteral("£1,600,000"), QStringLiteral("£1,700,000")})
        QVERIFY(model->setData(cellOf(window, 0, ServiceTableModel::Cost), typed));
    QCOMPARE(window.plan().services.first().costInYear(0, window.plan().costInflation),
             Money::fromMinor(170000000));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

void TestPlanEditing::aWrongValueIsRefusedInWords()
{
    PlanWindow window;
    window.openDemo();
    const Plan before = window.plan();
    QVERIFY(!window.servicesView()->model()->setData(cellOf(window, 0, ServiceTableModel::Cost),
                                                     QStringLiteral("1,25o,000")));
    QCOMPARE(window.plan(), before);
    QCOMPARE(window.document()->undoStack()->count(), 0);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("changeRefusedBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("1,25o,000")), qPrintable(box->text()));
    box->close();
}

void TestPlanEditing::savedPlanReopensUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.lpsb"));
    PlanWindow window;
    window.openDemo();
    QVERIFY(window.servicesView()->model()->setData(
        cellOf(window, 2, ServiceTableModel::MinimumShare), QStringLiteral("40%")));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveAs(path));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("edited.lpsb")));
    QCOMPARE(window.document()->filePath(), path);
    PlanWindow reopened;
    QVERIFY(reopened.openFile(path));
    QCOMPARE(reopened.plan(), window.plan());
    QCOMPARE(reopened.plan().services.at(2).minimumShare, 0.4);
    // Undo after saving makes it modified again.
    window.document()->undoStack()->undo();
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->setClean();
}

void TestPlanEditing::allocationFollowsTheEdit()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    // Halve the first could service's cost: the allocation is worked out again for the new plan.
    int row = 0;
    while (window.plan().services.at(row).tier != Tier::Could)
        ++row;
    const Money cost = window.plan().services.at(row).costInYear(0, window.plan().costInflation);
    QVERIFY(window.servicesView()->model()->setData(cellOf(window, row, ServiceTableModel::Cost),
                                                    QString::number(cost.minor() / 200)));
    QCOMPARE(cellOf(window, row, ServiceTableModel::Funded).data().toString(),
             QStringLiteral("allocating…"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const Evaluation direct = Evaluation::of(window.plan(), window.plan().baseline()->id, {0});
    QCOMPARE(cellOf(window, row, ServiceTableModel::Funded).data().toString(),
             direct.years.first().services.at(row).funded.formatted(window.plan().currency));
    window.document()->undoStack()->setClean();
}

void TestPlanEditing::aPlanOpenElsewhereOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.lpsb"));
    {
        PlanWindow saver;
        saver.openDemo();
        QVERIFY(saver.saveAs(path));
    }
    // Someone else (here: another lock in this process) has the file open.
    QLockFile elsewhere(path + QStringLiteral(".lock"));
    elsewhere.setStaleLockTime(0);
    QVERIFY(elsewhere.tryLock(0));
    PlanWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")),
             qPrintable(window.windowTitle()));
    const Plan before = window.plan();
    QVERIFY(!window.servicesView()->model()->setData(cellOf(window, 0, ServiceTableModel::Priority),
                                                     QStringLiteral("70")));
    QCOMPARE(window.plan(), before);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("changeRefusedBox"));
    QVERIFY(box && box->text().contains(QStringLiteral("read-only")));
    box->close();
    // Saving over it is refused; a copy under another name can be changed.
    QVERIFY(!window.saveAs(path));
    if (auto *error = window.findChild<QMessageBox *>(QStringLiteral("saveErrorBox")))
        error->close();
    QVERIFY(window.saveAs(dir.filePath(QStringLiteral("my-copy.lpsb"))));
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.servicesView()->model()->setData(cellOf(window, 0, ServiceTableModel::Priority),
                                                    QStringLiteral("70")));
    window.document()->undoStack()->setClean();
}

void TestPlanEditing::anOpenPlanIsLockedUntilItIsClosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.lpsb"));
    {
        PlanWindow window;
        window.openDemo();
        QVERIFY(window.saveAs(path));
        QLockFile other(path + QStringLiteral(".lock"));
        other.setStaleLockTime(0);
        QVERIFY(!other.tryLock(0));
        // A second window on the same file gets it read-only.
        PlanWindow second;
        QVERIFY(second.openFile(path));
        QVERIFY(second.document()->isReadOnly());
    }
    QLockFile after(path + QStringLiteral(".lock"));
    QVERIFY(after.tryLock(0));
}

namespace {

std::optional<RecoveryStore::Entry> keptFor(const QString &key)
{
    for (const RecoveryStore::Entry &entry : RecoveryStore().entries()) {
        if (entry.key == key)
            return entry;
    }
    return std::nullopt;
}

} // namespace

void TestPlanEditing::unsavedChangesAreKeptAside()
{
    QTemporaryDir dir;
    PlanWindow window;
    window.setAutosaveDelay(10);
    window.openDemo();
    QVERIFY(!keptFor(window.recoveryKey()));
    QVERIFY(window.servicesView()->model()->setData(cellOf(window, 0, ServiceTableModel::Priority),
                                                    QStringLiteral("42")));
    QTRY_VERIFY(keptFor(window.recoveryKey()).has_value());
    QCOMPARE(keptFor(window.recoveryKey())->plan, window.plan());
    // Saved: nothing to recover any more.
    QVERIFY(window.saveAs(dir.filePath(QStringLiteral("kept.lpsb"))));
    QVERIFY(!keptFor(window.recoveryKey()));
    // Undone back to the saved state is clean too; one more change is kept with its file.
    QVERIFY(window.servicesView()->model()->setData(cellOf(window, 0, ServiceTableModel::Priority),
                                                    QStringLiteral("43")));
    QTRY_VERIFY(keptFor(window.recoveryKey()).has_value());
    QCOMPARE(keptFor(window.recoveryKey())->originalPath,
             dir.filePath(QStringLiteral("kept.lpsb")));
    window.document()->undoStack()->undo();
    QVERIFY(!keptFor(window.recoveryKey()));
}

void TestPlanEditing::aCrashedPlanComesBackUnsaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.lpsb"));
    Plan edited = DemoPlan::plan();
    {
        PlanWindow saver;
        saver.showPlan(edited, QString());
        QVERIFY(saver.saveAs(path));
    }
    edited.services[3].priority = 7;
    // What a window that crashed left behind, at a known moment.
    const QDateTime crashed(QDate(2027, 1, 14), QTime(16, 42), Qt::UTC);
    test::MockClock clock(crashed);
    QVERIFY(RecoveryStore().keep(QStringLiteral("crashed-window"), edited, path));
    const std::optional<RecoveryStore::Entry> entry = keptFor(QStringLiteral("crashed-window"));
    QVERIFY(entry);
    PlanWindow window;
    window.restore(*entry);
    QCOMPARE(window.plan(), edited);
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.document()->filePath(), path);
    // The status bar says when it was kept, in the person's own time.
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 QLocale().toString(crashed.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!keptFor(QStringLiteral("crashed-window")));
    // Kept again under this window's key until it is saved.
    QVERIFY(keptFor(window.recoveryKey()).has_value());
    // Save writes it back to the file it came from.
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
    PlanWindow reopened;
    QVERIFY(reopened.openFile(path));
    QCOMPARE(reopened.plan(), edited);
}

QTEST_MAIN(TestPlanEditing)
#include "tst_planediting.moc"
