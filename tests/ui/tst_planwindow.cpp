#include "benchmarkplans.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "files/recentfiles.h"
#include "models/resourcetablemodel.h"
#include "models/servicefiltermodel.h"
#include "models/servicetablemodel.h"
#include "plangenerator.h"
#include "reports/evaluation.h"
#include "window/plansummary.h"
#include "window/planwindow.h"
#include "json/planjsonwriter.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace lps;

class TestPlanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheDemoPlan();
    void opensPlanJson();
    void refusesABadFileAndKeepsThePlan();
    void showsTheAllocationWhenItArrives();
    void everyFigureIsOfTheScenarioAndYearShown();
    void neverShowsAnotherYearsAllocation();
    void remembersRecentPlans();
    void opensADroppedPlan();
    void filtersAndSortsServices();
    void staysLiveWhileACountyPlanAllocates();
    void fitsASmallLaptopScreen();
    void altKeysAreNotShared();
    void windowShortcutsAreNotShared();
};

// 1366x768 less a Windows task bar (40) and a title bar (32): every tab must fit in that.
void TestPlanWindow::fitsASmallLaptopScreen()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *tab : {"board", "charts", "years", "services", "resources"}) {
        window.showTab(QString::fromLatin1(tab));
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(needed.width() <= 1366 && needed.height() <= 768 - 40 - 32,
                 qPrintable(QStringLiteral("%1 needs %2x%3")
                                .arg(QString::fromLatin1(tab))
                                .arg(needed.width())
                                .arg(needed.height())));
    }
}

// Alt+letter reaches one thing: menus, tabs and the labels of what is on screen never share one.
void TestPlanWindow::altKeysAreNotShared()
{
    PlanWindow window;
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>();
    for (int check = 0; check < 2 * tabs->count(); ++check) {
        const int tab = check % tabs->count();
        tabs->setCurrentIndex(tab);
        // With each of the side panels in front.
        window
            .findChild<QDockWidget *>(check < tabs->count() ? QStringLiteral("scenarioDock")
                                                            : QStringLiteral("whatIfDock"))
            ->raise();
        QCoreApplication::processEvents();
        QStringList texts;
        for (const QAction *menu : window.menuBar()->actions())
            texts << menu->text();
        for (int t = 0; t < tabs->count(); ++t)
            texts << tabs->tabText(t);
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisible())
                texts << label->text();
        }
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                texts << button->text();
        }
        QHash<QKeySequence, QString> seen;
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("%1 and %2 share %3")
                                    .arg(seen.value(key), text, key.toString())));
            seen.insert(key, text);
        }
    }
}

// Keys that work anywhere in the window each do one thing (keys local to a table or a board
// column may repeat from one to the next).
void TestPlanWindow::windowShortcutsAreNotShared()
{
    PlanWindow window;
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut &&
            action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("%1 and %2 share %3")
                                    .arg(seen.value(key), action->text(), key.toString())));
            seen.insert(key, action->text());
        }
    }
    QVERIFY(seen.size() >= 10);
}

void TestPlanWindow::initTestCase()
{
    // Settings go to a test location, never to the person's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
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
    auto *years = window.findChild<QComboBox *>(QStringLiteral("yearBox"));
    QVERIFY(years);
    QCOMPARE(years->count(), 5);
    years->setCurrentIndex(4);
    QCOMPARE(window.servicesView()
                 ->model()
                 ->headerData(ServiceTableModel::Cost, Qt::Horizontal)
                 .toString(),
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

namespace {

QString cell(const QAbstractItemModel *model, const QString &service, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ServiceTableModel::Name).data().toString() == service)
            return model->index(row, column).data().toString();
    }
    return QStringLiteral("no such service");
}

} // namespace

void TestPlanWindow::showsTheAllocationWhenItArrives()
{
    PlanWindow window;
    window.openDemo();
    const QAbstractItemModel *model = window.servicesView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    // Every figure is the engine's (the baseline, 2026/27), and the status is in words.
    const Evaluation direct = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"), {0});
    for (const ServiceOutcome &outcome : direct.years.first().services) {
        const QString name = direct.serviceNames.value(outcome.id);
        QCOMPARE(cell(model, name, ServiceTableModel::Funded),
                 outcome.funded.formatted(QStringLiteral("GBP")));
    }
    QCOMPARE(cell(model, QStringLiteral("Eastbrook Museum"), ServiceTableModel::Status),
             QStringLiteral("Unfunded"));
    QCOMPARE(
        cell(model, QStringLiteral("Parks, open spaces and play areas"), ServiceTableModel::Status),
        QStringLiteral("Partly funded"));
    bool found = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        found = found || label->text().contains(QStringLiteral("Must</b>:"));
    QVERIFY(found);
}

// Under a scenario, the lines above the views give that scenario's resources and costs in the
// year on show (not the plan as written), and name both.
void TestPlanWindow::everyFigureIsOfTheScenarioAndYearShown()
{
    PlanWindow window;
    window.openDemo();
    window.showScenario(QStringLiteral("co-produced-redesign"));
    window.findChild<QComboBox *>(QStringLiteral("yearBox"))->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const Evaluation expected =
        Evaluation::of(window.plan(), QStringLiteral("co-produced-redesign"), {1});
    const YearResult &year = expected.years.first();
    Money available, cost;
    for (const ResourceOutcome &r : year.resources)
        available += r.available;
    for (const TierOutcome &t : year.tiers)
        cost += t.cost;
    Money written;
    for (const Service &s : window.plan().services)
        written += s.costInYear(1, window.plan().costInflation);
    QVERIFY(cost != written); // the scenario changes the costs, so the check can tell them apart
    const QString figures = window.summary()->figures();
    for (const QString &part :
         {expected.scenarioName, window.plan().yearLabel(1),
          available.formatted(QStringLiteral("GBP")), cost.formatted(QStringLiteral("GBP")),
          year.tiers[1].gap.formatted(QStringLiteral("GBP"))})
        QVERIFY2(figures.contains(part), qPrintable(part + QStringLiteral(" not in ") + figures));
    QVERIFY(!figures.contains(written.formatted(QStringLiteral("GBP"))));
    QVERIFY(!window.summary()->headline().contains(QStringLiteral("£")));
}

void TestPlanWindow::neverShowsAnotherYearsAllocation()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const QAbstractItemModel *model = window.servicesView()->model();
    auto *years = window.findChild<QComboBox *>(QStringLiteral("yearBox"));
    QVERIFY(years);
    years->setCurrentIndex(3);
    // At once, before the answer for 2029/30 can exist: no 2026/27 figure stays on screen.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ServiceTableModel::Funded).data().toString(),
                 QStringLiteral("allocating…"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    const Evaluation direct = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"), {3});
    const ServiceOutcome &first = direct.years.first().services.first();
    QCOMPARE(cell(model, direct.serviceNames.value(first.id), ServiceTableModel::Funded),
             first.funded.formatted(QStringLiteral("GBP")));
}

void TestPlanWindow::remembersRecentPlans()
{
    QTemporaryDir dir;
    QStringList saved;
    PlanWindow window;
    window.openDemo();
    for (int i = 0; i < RecentFiles::kMax + 2; ++i) {
        saved.prepend(dir.filePath(QStringLiteral("plan-%1.lpsb").arg(i)));
        QVERIFY(window.saveAs(saved.first()));
    }
    // Newest first, at most kRecentFiles, each once.
    QCOMPARE(RecentFiles::list(), saved.mid(0, RecentFiles::kMax));
    PlanWindow other;
    QVERIFY(other.openFile(saved.last()));
    QCOMPARE(RecentFiles::list().first(), saved.last());
    QCOMPARE(RecentFiles::list().count(saved.last()), 1);
    // The File menu lists them.
    QMenu *recent = nullptr;
    for (QMenu *menu : other.findChildren<QMenu *>()) {
        if (menu->title().remove(u'&') == QStringLiteral("Open Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), RecentFiles::kMax);
    QVERIFY(recent->actions().first()->text().contains(QFileInfo(saved.last()).fileName()));
}

void TestPlanWindow::opensADroppedPlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.lpsb"));
    PlanWindow saver;
    saver.showPlan(test::samplePlan(), QString());
    QVERIFY(saver.saveAs(path));
    PlanWindow window;
    window.openDemo();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.plan(), test::samplePlan());
    QVERIFY(window.windowTitle().contains(QStringLiteral("dropped.lpsb")));
    // Anything else is not taken.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.ignore();
    QApplication::sendEvent(&window, &other);
    QVERIFY(!other.isAccepted());
}

void TestPlanWindow::filtersAndSortsServices()
{
    PlanWindow window;
    window.openDemo();
    const Plan plan = DemoPlan::plan();
    QAbstractItemModel *view = window.servicesView()->model();
    auto *tier = window.findChild<QComboBox *>(QStringLiteral("tierFilter"));
    auto *find = window.findChild<QLineEdit *>(QStringLiteral("serviceSearch"));
    QVERIFY(tier && find);
    tier->setCurrentIndex(tier->findData(int(Tier::Could)));
    const auto could = std::count_if(plan.services.begin(), plan.services.end(),
                                     [](const Service &s) { return s.tier == Tier::Could; });
    QCOMPARE(view->rowCount(), int(could));
    for (int row = 0; row < view->rowCount(); ++row)
        QCOMPARE(view->index(row, ServiceTableModel::Tier).data().toString(),
                 QStringLiteral("Could"));
    // Editing a filtered row changes that service, not the one in the same place unfiltered.
    const QString name = view->index(0, ServiceTableModel::Name).data().toString();
    QVERIFY(view->setData(view->index(0, ServiceTableModel::Priority), QStringLiteral("33")));
    for (const Service &service : window.plan().services) {
        if (service.name == name)
            QCOMPARE(service.priority, 33);
    }
    window.document()->undoStack()->undo();
    tier->setCurrentIndex(0);
    find->setText(QStringLiteral("housing"));
    QVERIFY(view->rowCount() > 1 && view->rowCount() < plan.services.size());
    for (int row = 0; row < view->rowCount(); ++row) {
        const QString text = view->index(row, ServiceTableModel::Name).data().toString() +
                             view->index(row, ServiceTableModel::Tags).data().toString();
        QVERIFY2(text.contains(QStringLiteral("housing"), Qt::CaseInsensitive), qPrintable(text));
    }
    find->clear();
    QCOMPARE(view->rowCount(), int(plan.services.size()));
    // One tag: only the services carrying it ("prevention" is not in any name).
    auto *tag = window.findChild<QComboBox *>(QStringLiteral("tagFilter"));
    QVERIFY(tag);
    tag->setCurrentIndex(tag->findData(QStringLiteral("prevention")));
    const auto prevention =
        std::count_if(plan.services.begin(), plan.services.end(), [](const Service &s) {
            return s.tags.contains(QStringLiteral("prevention"));
        });
    QVERIFY(prevention > 1);
    QCOMPARE(view->rowCount(), int(prevention));
    tag->setCurrentIndex(0);
    QCOMPARE(view->rowCount(), int(plan.services.size()));
    // Amounts sort as numbers, not as text.
    window.servicesView()->sortByColumn(ServiceTableModel::Cost, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < view->rowCount(); ++row) {
        const qint64 cost = view->index(row, ServiceTableModel::Cost)
                                .data(ServiceTableModel::SortRole)
                                .toLongLong();
        QVERIFY(cost <= previous);
        previous = cost;
    }
}

void TestPlanWindow::staysLiveWhileACountyPlanAllocates()
{
    // 800 services and 40 resources: most of a second of solving per year on this machine.
    const Plan county = bench::BenchmarkPlans::generate(bench::BenchmarkPlans::countySize(), 2026);
    PlanWindow window;
    window.showPlan(county, QString());
    QVERIFY(window.isAllocating());
    // The window's own events keep running while the solver works.
    bool ranWhileAllocating = false;
    QTimer::singleShot(0, &window, [&] { ranWhileAllocating = window.isAllocating(); });
    QTRY_VERIFY(ranWhileAllocating);
    // A facilitator changes the year twice in a row: only the last year's answer is shown.
    auto *years = window.findChild<QComboBox *>(QStringLiteral("yearBox"));
    years->setCurrentIndex(1);
    years->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 60000);
    const Evaluation direct = Evaluation::of(county, county.baseline()->id, {2});
    const QAbstractItemModel *model = window.servicesView()->model();
    for (int row = 0; row < 20; ++row)
        QCOMPARE(model->index(row, ServiceTableModel::Funded).data().toString(),
                 direct.years.first().services.at(row).funded.formatted(county.currency));
}

QTEST_MAIN(TestPlanWindow)
#include "tst_planwindow.moc"
