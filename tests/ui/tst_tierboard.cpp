#include "board/tierboard.h"
#include "board/tierboardmodel.h"
#include "board/tiercarddelegate.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "reports/evaluation.h"
#include "window/planwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace lps;

/// The tier board: its cards show the engine's allocation, and dropping a card on another tier
/// moves the service there, undoably, and re-allocates.
class TestTierBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void columnsPassQtsModelTester();
    void cardsShowTheAllocation();
    void droppingACardOnAnotherTierMovesTheService();
    void aCardCannotBeDroppedOnItsOwnTier();
    void aCardMovesFromTheKeyboard();
};

namespace {

// A drop as the view receives it from a drag: enter, move, drop on its viewport.
bool dropOn(QListView *view, QMimeData *data)
{
    const QPoint point = view->viewport()->rect().center();
    QDragEnterEvent enter(point, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(point, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(point), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

qsizetype indexOf(const Plan &plan, const QString &id)
{
    for (qsizetype s = 0; s < plan.services.size(); ++s) {
        if (plan.services.at(s).id == id)
            return s;
    }
    return -1;
}

} // namespace

void TestTierBoard::columnsPassQtsModelTester()
{
    const Plan plan = DemoPlan::plan();
    const Evaluation evaluation = Evaluation::of(plan, QStringLiteral("baseline"), {0});
    for (const Tier tier : kAllTiers) {
        TierBoardModel column(tier);
        QAbstractItemModelTester tester(&column,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        column.setPlan(plan, 0);
        QVERIFY(column.rowCount() > 0);
        column.setOutcomes(evaluation.years.first().services, evaluation.resourceNames);
        column.clearOutcomes();
        Plan fewer = plan;
        fewer.services.removeIf([tier](const Service &s) { return s.tier == tier; });
        column.setPlan(fewer, 3);
        QCOMPARE(column.rowCount(), 0);
    }
}

void TestTierBoard::cardsShowTheAllocation()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const Evaluation direct = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"), {0});
    int cards = 0;
    for (const Tier tier : kAllTiers) {
        const TierBoardModel *model = window.tierBoard()->column(tier);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex card = model->index(row);
            const qsizetype s =
                indexOf(window.plan(), card.data(TierBoardModel::ServiceIdRole).toString());
            QCOMPARE(window.plan().services.at(s).tier, tier);
            const ServiceOutcome &outcome = direct.years.first().services.at(s);
            QCOMPARE(card.data(TierBoardModel::FundedRole).toString(),
                     outcome.funded.formatted(QStringLiteral("GBP")));
            QCOMPARE(TierCardDelegate::statusText(card.data(TierBoardModel::StatusRole)).isEmpty(),
                     false);
            ++cards;
        }
        // Highest priority first.
        for (int row = 1; row < model->rowCount(); ++row) {
            const qsizetype a =
                indexOf(window.plan(),
                        model->index(row - 1).data(TierBoardModel::ServiceIdRole).toString());
            const qsizetype b = indexOf(
                window.plan(), model->index(row).data(TierBoardModel::ServiceIdRole).toString());
            QVERIFY(window.plan().services.at(a).priority >= window.plan().services.at(b).priority);
        }
        const QString header = window.tierBoard()->header(tier);
        QVERIFY2(header.contains(
                     direct.years.first().tiers[size_t(tier)].gap.formatted(QStringLiteral("GBP"))),
                 qPrintable(header));
    }
    QCOMPARE(cards, int(window.plan().services.size()));
}

void TestTierBoard::droppingACardOnAnotherTierMovesTheService()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const Plan before = window.plan();
    TierBoard *board = window.tierBoard();
    const QModelIndex card = board->column(Tier::Could)->index(0);
    const QString id = card.data(TierBoardModel::ServiceIdRole).toString();
    std::unique_ptr<QMimeData> data(board->column(Tier::Could)->mimeData({card}));
    QVERIFY(dropOn(board->view(Tier::Need), data.get()));
    QCOMPARE(window.plan().services.at(indexOf(window.plan(), id)).tier, Tier::Need);
    // The card is now in the need column, and the board re-allocates.
    bool moved = false;
    for (int row = 0; row < board->column(Tier::Need)->rowCount(); ++row)
        moved =
            moved ||
            board->column(Tier::Need)->index(row).data(TierBoardModel::ServiceIdRole).toString() ==
                id;
    QVERIFY(moved);
    QVERIFY(window.isAllocating() || board->header(Tier::Need).contains(QStringLiteral("gap")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    // One undoable step.
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

void TestTierBoard::aCardCannotBeDroppedOnItsOwnTier()
{
    PlanWindow window;
    window.openDemo();
    TierBoard *board = window.tierBoard();
    const QModelIndex card = board->column(Tier::Must)->index(0);
    std::unique_ptr<QMimeData> data(board->column(Tier::Must)->mimeData({card}));
    QVERIFY(!dropOn(board->view(Tier::Must), data.get()));
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestTierBoard::aCardMovesFromTheKeyboard()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Plan before = window.plan();
    TierBoard *board = window.tierBoard();
    QListView *must = board->view(Tier::Must);
    must->setFocus();
    must->setCurrentIndex(must->model()->index(0, 0));
    const QString id = must->currentIndex().data(TierBoardModel::ServiceIdRole).toString();
    QTest::keyClick(must, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(window.plan().services.at(indexOf(window.plan(), id)).tier, Tier::Need);
    // The card stays chosen in its new column, so the next key moves it on.
    QListView *need = board->view(Tier::Need);
    QTRY_VERIFY(need->hasFocus());
    QCOMPARE(need->currentIndex().data(TierBoardModel::ServiceIdRole).toString(), id);
    QTest::keyClick(need, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(window.plan().services.at(indexOf(window.plan(), id)).tier, Tier::Could);
    // At the edge of the board nothing happens.
    QTest::keyClick(board->view(Tier::Could), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(window.plan().services.at(indexOf(window.plan(), id)).tier, Tier::Could);
    QTest::keyClick(board->view(Tier::Could), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(window.plan().services.at(indexOf(window.plan(), id)).tier, Tier::Need);
    // The card's context menu offers the same moves.
    QStringList offered;
    for (const QAction *action : need->actions())
        offered << action->text();
    QCOMPARE(offered, (QStringList{QStringLiteral("Move to the Must tier"),
                                   QStringLiteral("Move to the Could tier")}));
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

QTEST_MAIN(TestTierBoard)
#include "tst_tierboard.moc"
