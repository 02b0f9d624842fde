#include "planwindow.h"

#include "demo/demoplan.h"
#include "io/planloader.h"
#include "live/backgroundevaluator.h"
#include "models/resourcetablemodel.h"
#include "models/servicetablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lps {

PlanWindow::PlanWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_services(new ServiceTableModel(this))
    , m_resources(new ResourceTableModel(this))
    , m_evaluator(new BackgroundEvaluator(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tiers = new QLabel(central);
    m_tiers->setTextFormat(Qt::RichText);
    m_tiers->setWordWrap(true);
    m_tiers->setAccessibleName(tr("Funding by tier"));
    layout->addWidget(m_tiers);
    m_tabs = new QTabWidget(central);
    m_servicesView = createTable(m_services, tr("Services"));
    m_resourcesView = createTable(m_resources, tr("Resources"));
    m_tabs->addTab(m_servicesView, tr("&Services"));
    m_tabs->addTab(m_resourcesView, tr("&Resources"));
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    createActions();
    connect(m_evaluator, &BackgroundEvaluator::evaluated, this, &PlanWindow::showAllocation);
    resize(1200, 760);
}

QTableView *PlanWindow::createTable(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void PlanWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &PlanWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &demo plan"), this, &PlanWindow::openDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QToolBar *bar = addToolBar(tr("Plan"));
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->addAction(open);
    auto *yearLabel = new QLabel(tr("&Year: "), bar);
    m_yearBox = new QComboBox(bar);
    m_yearBox->setAccessibleName(tr("Year shown"));
    yearLabel->setBuddy(m_yearBox);
    bar->addSeparator();
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearBox);
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, &PlanWindow::setYearIndex);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LPS Planner"), this, [this] {
        QMessageBox::about(
            this, tr("About LPS Planner"),
            tr("<p><b>LPS Planner %1</b></p><p>Plan a Local Public Support budget: pool "
               "public, private, charitable and personal resources and fund what the "
               "place must, needs and could provide.</p><p>GPL-3.0-or-later.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void PlanWindow::showPlan(const Plan &plan, const QString &source)
{
    m_plan = plan;
    m_services->setPlan(plan);
    m_resources->setPlan(plan);
    {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->clear();
        for (int y = 0; y < plan.years; ++y)
            m_yearBox->addItem(plan.yearLabel(y));
    }
    setYearIndex(0);
    for (QTableView *view : {m_servicesView, m_resourcesView})
        view->resizeColumnsToContents();
    // Room for the figures that arrive after the columns were sized.
    m_servicesView->setColumnWidth(ServiceTableModel::Funded,
                                   m_servicesView->columnWidth(ServiceTableModel::Cost));
    m_servicesView->setColumnWidth(
        ServiceTableModel::Status,
        m_servicesView->fontMetrics().horizontalAdvance(tr("Partly funded")) + 24);
    const QString shown = source.isEmpty() ? tr("Demo plan") : QFileInfo(source).fileName();
    setWindowTitle(tr("%1 — %2 — LPS Planner").arg(plan.name, shown));
    statusBar()->showMessage(source.isEmpty() ? tr("The built-in demo plan")
                                              : QFileInfo(source).absoluteFilePath());
    updateSummary();
}

void PlanWindow::setYearIndex(int yearIndex)
{
    if (yearIndex < 0)
        return;
    m_services->setYearIndex(yearIndex);
    m_resources->setYearIndex(yearIndex);
    m_servicesView->horizontalHeader()->viewport()->update();
    m_resourcesView->horizontalHeader()->viewport()->update();
    updateSummary();
    requestAllocation();
}

bool PlanWindow::isAllocating() const
{
    return m_evaluator->isBusy();
}

// The solver runs in the background; until its answer for this plan and year arrives, nothing
// older is shown.
void PlanWindow::requestAllocation()
{
    if (m_plan.scenarios.isEmpty() || m_plan.years <= 0)
        return;
    const int year = qMax(0, m_yearBox->currentIndex());
    m_services->clearOutcomes();
    m_tiers->setText(tr("<p>Allocating %1…</p>").arg(m_plan.yearLabel(year)));
    m_evaluator->request(m_plan, m_plan.baseline()->id, year);
}

void PlanWindow::showAllocation(quint64, const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    QHash<QString, QString> reasons;
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        const QString why = evaluation.why(0, s);
        if (!why.isEmpty())
            reasons.insert(year.services.at(s).id, why);
    }
    m_services->setOutcomes(year.services, reasons);
    QStringList tiers;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        tiers << tr("<b>%1</b>: %2 of %3 funded, gap %4 (%5 funded, %6 partly, %7 unfunded)")
                     .arg(tierTitle(tier), t.funded.formatted(m_plan.currency),
                          t.cost.formatted(m_plan.currency), t.gap.formatted(m_plan.currency))
                     .arg(t.fundedCount)
                     .arg(t.partialCount)
                     .arg(t.unfundedCount);
    }
    const QString state = year.optimal ? tr("optimal allocation") : tr("<b>not proven optimal</b>");
    m_tiers->setText(tr("<p>%1 — %2, %3:<br>%4</p>")
                         .arg(evaluation.scenarioName.toHtmlEscaped(),
                              evaluation.yearLabel(year.calendarYear), state,
                              tiers.join(QStringLiteral("<br>"))));
}

void PlanWindow::updateSummary()
{
    const int year = qMax(0, m_yearBox->currentIndex());
    Money cost, available;
    for (const Service &s : m_plan.services)
        cost += s.costInYear(year, m_plan.costInflation);
    for (const Resource &r : m_plan.resources)
        available += r.moneyValueOf(r.amountInYear(year));
    m_summary->setText(tr("<h2>%1</h2><p>%2</p><p>%3 services cost <b>%4</b> in %5; %6 resources "
                          "bring <b>%7</b>. %8 scenarios.</p>")
                           .arg(m_plan.name.toHtmlEscaped(), m_plan.locality.toHtmlEscaped())
                           .arg(m_plan.services.size())
                           .arg(cost.formatted(m_plan.currency), m_plan.yearLabel(year))
                           .arg(m_plan.resources.size())
                           .arg(available.formatted(m_plan.currency))
                           .arg(m_plan.scenarios.size()));
}

bool PlanWindow::openFile(const QString &path)
{
    const PlanFileResult result = PlanLoader::load(path);
    if (!result.plan) {
        // Window-modal and non-blocking: the plan already on screen stays usable behind it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open plan"),
                                    result.error.message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setDetailedText(PlanLoader::details(result.error));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    showPlan(*result.plan, path);
    return true;
}

void PlanWindow::showTab(const QString &name)
{
    if (name == QLatin1String("services"))
        m_tabs->setCurrentWidget(m_servicesView);
    else if (name == QLatin1String("resources"))
        m_tabs->setCurrentWidget(m_resourcesView);
}

void PlanWindow::openDemo()
{
    showPlan(DemoPlan::plan(), QString());
}

void PlanWindow::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                     tr("LPS plans (*.lpsb);;Plan JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace lps
