// Workshop mode (issue 13): the projection is legible from the back row at 1920x1080 and
// 1280x720, a whole session runs from the keyboard alone, the plan changes only by what is
// kept, a county plan of 800 services stays readable, and refusals go to the console.
// With LPS_SCREENSHOT_DIR set it also saves the projection and the console there.

#include "benchmarkplans.h"
#include "demo/demoplan.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "models/votesmodel.h"
#include "projection/comparisonpage.h"
#include "projection/projectionstyle.h"
#include "projection/projectionview.h"
#include "projection/servicecard.h"
#include "projection/tiercolumn.h"
#include "style/legibility.h"
#include "window/planwindow.h"
#include "workshop/controlstrip.h"
#include "workshop/presentation.h"
#include "workshop/presenterconsole.h"
#include "workshop/projectionwindow.h"

#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lps;

static_assert(ProjectionStyle::kAnimationMs <= 250, "issue 13: changes animate in at most 250 ms");

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void legibleFromTheBackRow_data();
    void legibleFromTheBackRow();
    void wholeSessionFromTheKeyboard();
    void nothingChangesUnlessKept();
    void neverBlank();
    void countyPlanStaysReadable();
    void refusalsGoToTheConsole();
    void closingAWindowLeaves();
    void anotherPlanEndsTheSession();
    void snapshotsPageThreeAtATime();
    void screenshots();

private:
    static void present(PlanWindow &window, const QString &scenario, const QSize &size);
    static void key(Presentation *presentation, int key);
    static bool anyModalDialog();
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPresentation::present(PlanWindow &window, const QString &scenario, const QSize &size)
{
    window.openDemo();
    window.showScenario(scenario);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    Presentation *presentation = window.present();
    QVERIFY(presentation->isRunning());
    ProjectionWindow *projection = presentation->projection();
    projection->showNormal();
    projection->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(projection));
    presentation->waitForAnswers();
}

void TestPresentation::key(Presentation *presentation, int key)
{
    // Keys go to whichever of the two windows has the focus; the console, as on a laptop.
    QWidget *target = QApplication::focusWidget();
    if (!target || (target->window() != presentation->console() &&
                    target->window() != presentation->projection()))
        target = presentation->console()->isVisible()
                     ? static_cast<QWidget *>(presentation->console())
                     : static_cast<QWidget *>(presentation->projection());
    QTest::keyClick(target, Qt::Key(key));
}

bool TestPresentation::anyModalDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->isVisible() && (qobject_cast<QDialog *>(widget) || widget->isModal()))
            return true;
    return false;
}

void TestPresentation::legibleFromTheBackRow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("view");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(at + QStringLiteral(" baseline"))) << size << "baseline"
                                                                    << "live";
        QTest::newRow(qPrintable(at + QStringLiteral(" grant cut, strip awake")))
            << size << "central-grant-cut"
            << "strip";
        QTest::newRow(qPrintable(at + QStringLiteral(" snapshots side by side")))
            << size << "central-grant-cut"
            << "snapshots";
    }
}

void TestPresentation::legibleFromTheBackRow()
{
    QFETCH(QSize, size);
    QFETCH(QString, scenario);
    QFETCH(QString, view);
    PlanWindow window;
    present(window, scenario, size);
    Presentation *presentation = window.presentation();
    if (view == QLatin1String("strip")) {
        key(presentation, Qt::Key_3);
        key(presentation, Qt::Key_Left);
        presentation->waitForAnswers();
        QVERIFY(presentation->projection()->strip()->isVisible());
    } else if (view == QLatin1String("snapshots")) {
        key(presentation, Qt::Key_2);
        key(presentation, Qt::Key_Left);
        key(presentation, Qt::Key_S);
        key(presentation, Qt::Key_T);
        presentation->waitForAnswers();
        QTRY_COMPARE(presentation->projection()->view()->comparison()->columnCount(), 2);
    }
    const double scale = size.height() / 1080.0;
    const QList<Legibility::Text> texts = Legibility::survey(presentation->projection());
    QVERIFY(texts.size() > 10);
    const Legibility::Text smallest = Legibility::smallest(texts);
    QVERIFY2(smallest.capHeight >= 20.0 * scale - 0.01,
             qPrintable(QStringLiteral("%1 (\"%2\"): %3 px")
                            .arg(smallest.where, smallest.text)
                            .arg(smallest.capHeight)));
    const Legibility::Text faintest = Legibility::faintest(texts);
    QVERIFY2(faintest.contrast >= 7.0, qPrintable(QStringLiteral("%1 (\"%2\"): %3:1")
                                                      .arg(faintest.where, faintest.text)
                                                      .arg(faintest.contrast)));
    if (view != QLatin1String("snapshots")) {
        int figures = 0;
        for (const Legibility::Text &text : texts) {
            if (text.where != QLatin1String("tierFigure"))
                continue;
            ++figures;
            QVERIFY2(text.capHeight >= 60.0 * scale - 0.01,
                     qPrintable(QString::number(text.capHeight)));
        }
        QCOMPARE(figures, 3);
        // Nothing clipped: every figure fits its column.
        for (Tier tier : {Tier::Must, Tier::Need, Tier::Could}) {
            const QLabel *figure =
                presentation->projection()->view()->column(tier)->findChild<QLabel *>(
                    QStringLiteral("tierFigure"));
            QVERIFY2(figure->sizeHint().width() <= figure->width(), qPrintable(figure->text()));
        }
    }
}

void TestPresentation::wholeSessionFromTheKeyboard()
{
    PlanWindow window;
    present(window, QStringLiteral("baseline"), QSize(1280, 720));
    Presentation *presentation = window.presentation();
    const Plan before = window.plan();
    // The console fits a small laptop's screen.
    QVERIFY2(presentation->console()->minimumSizeHint().width() <= 1280 &&
                 presentation->console()->minimumSizeHint().height() <= 720,
             qPrintable(QStringLiteral("%1x%2")
                            .arg(presentation->console()->minimumSizeHint().width())
                            .arg(presentation->console()->minimumSizeHint().height())));
    const Money needGap = presentation->projection()->view()->figures().tiers[1].gap;

    // Choose lever 3 (business rates) and take it down to half.
    key(presentation, Qt::Key_3);
    QCOMPARE(presentation->session().chosen(), 2);
    for (int i = 0; i < 10; ++i)
        key(presentation, Qt::Key_Left);
    QCOMPARE(presentation->session().percent(2), 50);
    presentation->waitForAnswers();
    const ProjectionFigures &cut = presentation->projection()->view()->figures();
    QVERIFY(cut.tiers[1].gap > needGap);
    QVERIFY(cut.againstReference.contains(QStringLiteral("more short")));
    QVERIFY(!presentation->console()->justChanged().isEmpty());

    // Toggle a switch: the museum closes.
    key(presentation, Qt::Key_7);
    key(presentation, Qt::Key_Space);
    QVERIFY(presentation->session().isOn(6));
    presentation->waitForAnswers();

    // Snapshot, move on, snapshot again: two scenarios kept, each one key.
    key(presentation, Qt::Key_S);
    key(presentation, Qt::Key_1);
    key(presentation, Qt::Key_Right);
    key(presentation, Qt::Key_S);
    QCOMPARE(presentation->snapshots().size(), 2);
    QCOMPARE(window.plan().scenarios.size(), before.scenarios.size() + 2);
    QCOMPARE(presentation->console()->snapshots().size(), 2);

    // Side by side: where we started and the two snapshots.
    key(presentation, Qt::Key_T);
    QCOMPARE(presentation->showing(), Presentation::Showing::Snapshots);
    QTRY_COMPARE_WITH_TIMEOUT(presentation->projection()->view()->comparison()->columnCount(), 3,
                              30000);

    // Votes typed on the console: V, then dots into the table, Esc out of it.
    key(presentation, Qt::Key_V);
    QTableView *table = presentation->console()->votesTable();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    const int youth = int(before.serviceIndex(QStringLiteral("youth-services")));
    const int parks = int(before.serviceIndex(QStringLiteral("parks")));
    // Down the Dots column with the arrows, typing each service's dots.
    int row = table->currentIndex().row();
    for (const auto &[target, dots] : {std::pair{youth, 9}, std::pair{parks, 2}}) {
        for (; row < target; ++row)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex(), presentation->votes()->index(target, VotesModel::Dots));
        QTest::keyClicks(table, QString::number(dots)); // typing opens the cell's editor
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != table);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), table);
    }
    QCOMPARE(presentation->votes()->votes().dotsFor(QStringLiteral("youth-services")), 9);
    QCOMPARE(presentation->votes()->votes().dotsFor(QStringLiteral("parks")), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // out of the table
    QVERIFY(presentation->isRunning());

    // The room against the officers.
    key(presentation, Qt::Key_R);
    QCOMPARE(presentation->showing(), Presentation::Showing::Room);
    QTRY_COMPARE_WITH_TIMEOUT(presentation->projection()->view()->comparison()->columnCount(), 2,
                              30000);
    QVERIFY(
        presentation->projection()->view()->comparison()->title().contains(QStringLiteral("room")));
    QVERIFY(!anyModalDialog());

    // Keep the room's priorities (K), take the second snapshot back (Undo), and leave: the plan
    // holds what is still kept and nothing else, and the status bar says so.
    key(presentation, Qt::Key_K);
    QCOMPARE(window.plan().scenarios.size(), before.scenarios.size() + 3);
    QCOMPARE(window.plan().scenarios.last().name, QStringLiteral("The room's priorities"));
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(presentation->snapshots().size(), 1);
    QCOMPARE(presentation->summary(), QStringLiteral("Left the presentation; one scenario kept "
                                                     "from it."));
    key(presentation, Qt::Key_Escape);
    QVERIFY(!window.presentation());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Left the presentation; one "
                                                                  "scenario kept from it."));
    window.document()->undoStack()->undo();
    QCOMPARE(window.plan(), before);
}

void TestPresentation::nothingChangesUnlessKept()
{
    PlanWindow window;
    present(window, QStringLiteral("central-grant-cut"), QSize(1280, 720));
    Presentation *presentation = window.presentation();
    const Plan before = window.plan();
    key(presentation, Qt::Key_2);
    key(presentation, Qt::Key_Left);
    key(presentation, Qt::Key_5);
    key(presentation, Qt::Key_Space);
    key(presentation, Qt::Key_R); // no votes yet: a message, no scenario
    QVERIFY(presentation->console()->lastMessage().contains(QStringLiteral("No dots yet")));
    presentation->waitForAnswers();
    key(presentation, Qt::Key_Escape);
    QCOMPARE(window.plan(), before);
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.document()->scenarioId(), QStringLiteral("central-grant-cut"));
}

void TestPresentation::neverBlank()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    Presentation *presentation = window.presentation();
    QVERIFY(presentation && presentation->isRunning());
    // The window's own answer is on the projection at once, before any new one comes.
    QVERIFY(presentation->projection()->view()->hasFigures());
    QCOMPARE(presentation->projection()->view()->figures().tiers[1].gap,
             window.document()->answers()->latest()->years[0].tiers[1].gap);
    presentation->waitForAnswers();
    key(presentation, Qt::Key_3);
    key(presentation, Qt::Key_Left);
    // While the answer is on its way, the last one stays on show, marked as updating.
    QVERIFY(presentation->projection()->view()->hasFigures());
    presentation->waitForAnswers();
    key(presentation, Qt::Key_Escape);
}

void TestPresentation::countyPlanStaysReadable()
{
    Plan county = bench::BenchmarkPlans::generate(bench::BenchmarkPlans::countySize(), 2026,
                                                  bench::BenchmarkPlans::squeezed());
    county.levers = {Lever{LeverKind::ResourceAmount, QStringLiteral("res-000"), 0.5, 1.5},
                     Lever{LeverKind::ResourceOff, QStringLiteral("res-001"), {}, {}}};
    PlanWindow window;
    window.showPlan(county, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 60000);
    Presentation *presentation = window.present();
    presentation->projection()->showNormal();
    presentation->projection()->resize(1920, 1080);
    QVERIFY(QTest::qWaitForWindowExposed(presentation->projection()));
    key(presentation, Qt::Key_2);
    key(presentation, Qt::Key_Space);
    presentation->waitForAnswers();
    int cards = 0;
    for (Tier tier : {Tier::Must, Tier::Need, Tier::Could}) {
        TierColumn *column = presentation->projection()->view()->column(tier);
        const QList<const ServiceCard *> shown = column->cards();
        cards += int(shown.size());
        QVERIFY(shown.size() >= 3);
        // The rest are counted, and every card shown is whole on screen.
        const QLabel *more = column->findChild<QLabel *>(QStringLiteral("tierMore"));
        QVERIFY(more->isVisible());
        QVERIFY(more->text().startsWith(QStringLiteral("+ ")));
        for (const ServiceCard *card : shown) {
            const QRect inColumn(card->mapTo(column, QPoint(0, 0)), card->size());
            QVERIFY(column->rect().contains(inColumn));
        }
        // What changed comes first.
        const QList<ProjectionFigures::Card> &all =
            presentation->projection()->view()->figures().tiers[size_t(tier)].cards;
        if (!all.isEmpty() && all.first().changed())
            QVERIFY(shown.first()->card().changed());
    }
    QVERIFY(cards < 40);
    const QList<Legibility::Text> texts = Legibility::survey(presentation->projection());
    QVERIFY(Legibility::smallest(texts).capHeight >= 20.0 - 0.01);
    key(presentation, Qt::Key_Escape);
}

void TestPresentation::refusalsGoToTheConsole()
{
    PlanWindow window;
    present(window, QStringLiteral("baseline"), QSize(1280, 720));
    Presentation *presentation = window.presentation();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ballots.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ballot,service,dots\nB1,youth-services,3\nB2,parks,three\n");
    file.close();
    QVERIFY(!presentation->importBallots(path));
    const QString message = presentation->console()->lastMessage();
    QVERIFY2(message.contains(QStringLiteral("ballots.csv")) &&
                 message.contains(QStringLiteral("row 3")) &&
                 message.contains(QStringLiteral("three")),
             qPrintable(message));
    QVERIFY(presentation->votes()->votes().isEmpty());
    QVERIFY(!anyModalDialog());
    // A good file counts.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("ballot,service,dots\nB1,youth-services,3\nB2,Parks open spaces and play areas,1\n"
               "B2,parks,1\n");
    file.close();
    QVERIFY(!presentation->importBallots(path)); // an unknown name
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("ballot,service,dots\nB1,youth-services,3\nB2,parks,1\nB2,youth-services,2\n");
    file.close();
    QVERIFY(presentation->importBallots(path));
    QCOMPARE(presentation->votes()->votes().dotsFor(QStringLiteral("youth-services")), 5);
    QCOMPARE(presentation->votes()->votes().ballots(), 2);
    // Keys that cannot do anything say so on the console (and the strip), never in a dialog.
    key(presentation, Qt::Key_Space);
    QVERIFY(presentation->console()->lastMessage().contains(QStringLiteral("take a lever")));
    QCOMPARE(presentation->projection()->strip()->message(),
             presentation->console()->lastMessage());
    QVERIFY(!anyModalDialog());
    // The strip gets out of the room's way when the facilitator leaves the keys alone.
    QVERIFY(presentation->projection()->strip()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!presentation->projection()->strip()->isVisible(),
                             ControlStrip::kIdleMs + 2000);
    key(presentation, Qt::Key_Escape);
}

void TestPresentation::closingAWindowLeaves()
{
    PlanWindow window;
    present(window, QStringLiteral("baseline"), QSize(1280, 720));
    window.presentation()->projection()->close(); // Alt+F4 on the projector
    QVERIFY(!window.presentation());
    // F5 presents again, afresh.
    Presentation *again = window.present();
    QVERIFY(again->isRunning());
    QVERIFY(again->projection()->isVisible());
    again->console()->close();
    QVERIFY(!window.presentation());
}

void TestPresentation::anotherPlanEndsTheSession()
{
    PlanWindow window;
    present(window, QStringLiteral("baseline"), QSize(1280, 720));
    Presentation *presentation = window.presentation();
    presentation->votes()->setData(
        presentation->votes()->index(int(window.plan().serviceIndex(QStringLiteral("museum"))),
                                     VotesModel::Dots),
        5, Qt::EditRole);
    // Removing a voted-for service drops its dots rather than block the room's vote.
    QVERIFY(window.document()
                ->apply(PlanEdits::removeServices(window.plan(), {QStringLiteral("museum")}))
                .isEmpty());
    QVERIFY(presentation->votes()->votes().isEmpty());
    QVERIFY(presentation->isRunning());
    // Another plan: the session was the old plan's, so it ends.
    Plan other = DemoPlan::plan();
    other.name = QStringLiteral("Another plan");
    window.showPlan(other, QString());
    QVERIFY(!window.presentation());
}

void TestPresentation::snapshotsPageThreeAtATime()
{
    PlanWindow window;
    present(window, QStringLiteral("baseline"), QSize(1280, 720));
    Presentation *presentation = window.presentation();
    key(presentation, Qt::Key_1);
    for (int i = 0; i < 4; ++i) {
        key(presentation, Qt::Key_Left);
        key(presentation, Qt::Key_S);
    }
    QCOMPARE(presentation->snapshots().size(), 4);
    ComparisonPage *page = presentation->projection()->view()->comparison();
    key(presentation, Qt::Key_T); // the latest three
    QTRY_COMPARE_WITH_TIMEOUT(page->columnCount(), 4, 30000);
    QVERIFY2(page->title().startsWith(QStringLiteral("Snapshots 2 to 4 of 4")),
             qPrintable(page->title()));
    key(presentation, Qt::Key_T); // the one before
    QTRY_COMPARE_WITH_TIMEOUT(page->columnCount(), 2, 30000);
    QVERIFY(page->title().startsWith(QStringLiteral("Snapshots 1 to 1 of 4")));
    key(presentation, Qt::Key_T); // back to live
    QCOMPARE(presentation->showing(), Presentation::Showing::Live);
    key(presentation, Qt::Key_Escape);
}

void TestPresentation::screenshots()
{
    const QString folder = qEnvironmentVariable("LPS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set LPS_SCREENSHOT_DIR to save the projection and the console.");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        PlanWindow window;
        present(window, QStringLiteral("baseline"), size);
        Presentation *presentation = window.presentation();
        key(presentation, Qt::Key_3);
        for (int i = 0; i < 8; ++i)
            key(presentation, Qt::Key_Left);
        key(presentation, Qt::Key_8);
        key(presentation, Qt::Key_Space);
        presentation->waitForAnswers();
        QTest::qWait(400); // the bars finish sliding
        presentation->projection()->strip()->hide();
        QVERIFY(presentation->projection()->grab().save(
            QDir(folder).filePath(QStringLiteral("projection-live-%1.png").arg(at))));
        presentation->projection()->wakeStrip();
        QVERIFY(presentation->projection()->grab().save(
            QDir(folder).filePath(QStringLiteral("projection-one-screen-%1.png").arg(at))));
        key(presentation, Qt::Key_S);
        key(presentation, Qt::Key_4);
        key(presentation, Qt::Key_Right);
        key(presentation, Qt::Key_Right);
        key(presentation, Qt::Key_S);
        key(presentation, Qt::Key_T);
        QTRY_COMPARE_WITH_TIMEOUT(presentation->projection()->view()->comparison()->columnCount(),
                                  3, 30000);
        presentation->projection()->strip()->hide();
        QVERIFY(presentation->projection()->grab().save(
            QDir(folder).filePath(QStringLiteral("projection-snapshots-%1.png").arg(at))));
        presentation->votes()->setData(
            presentation->votes()->index(int(window.plan().serviceIndex(QStringLiteral("museum"))),
                                         VotesModel::Dots),
            12, Qt::EditRole);
        presentation->votes()->setData(
            presentation->votes()->index(
                int(window.plan().serviceIndex(QStringLiteral("sports-development"))),
                VotesModel::Dots),
            7, Qt::EditRole);
        key(presentation, Qt::Key_R);
        QTRY_COMPARE_WITH_TIMEOUT(presentation->projection()->view()->comparison()->columnCount(),
                                  2, 30000);
        presentation->projection()->strip()->hide();
        QVERIFY(presentation->projection()->grab().save(
            QDir(folder).filePath(QStringLiteral("projection-room-%1.png").arg(at))));
        key(presentation, Qt::Key_L);
        PresenterConsole *console = presentation->console();
        console->showNormal();
        console->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(console));
        QTest::qWait(300);
        QVERIFY(
            console->grab().save(QDir(folder).filePath(QStringLiteral("console-%1.png").arg(at))));
        key(presentation, Qt::Key_Escape);
    }
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
