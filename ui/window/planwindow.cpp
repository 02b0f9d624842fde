#include "planwindow.h"

#include "board/tierboard.h"
#include "charts/fundingcharts.h"
#include "charts/yearschart.h"
#include "clock/clock.h"
#include "compare/compareview.h"
#include "demo/demoplan.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "editing/scenarioedits.h"
#include "editors/plansettingsdialog.h"
#include "files/autosave.h"
#include "files/plandroptarget.h"
#include "files/recentfiles.h"
#include "files/recentfilesmenu.h"
#include "files/recoveryprompt.h"
#include "files/spreadsheetexport.h"
#include "files/spreadsheetimportdialog.h"
#include "io/planloader.h"
#include "levers/leverdialog.h"
#include "models/resourcetablemodel.h"
#include "models/servicetablemodel.h"
#include "pages/resourcespage.h"
#include "pages/servicespage.h"
#include "plansummary.h"
#include "reports/reportactions.h"
#include "scenarios/scenarioapplier.h"
#include "scenarios/scenariolookup.h"
#include "scenarios/scenariopanel.h"
#include "whatif/risksview.h"
#include "whatif/whatifpanel.h"
#include "workshop/presentation.h"
#include "yearchooser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lps {

PlanWindow::PlanWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(this))
    , m_services(new ServiceTableModel(m_document, this))
    , m_resources(new ResourceTableModel(m_document, this))
    , m_export(new SpreadsheetExport(m_document, this))
    , m_reports(new ReportActions(this, m_document))
{
    connect(m_export, &SpreadsheetExport::finished, this,
            [this](const QString &, const QString &problem, const QString &summary) {
                if (problem.isEmpty())
                    statusBar()->showMessage(tr("Exported %1.").arg(summary));
                else
                    explain(tr("Not exported"), problem, QStringLiteral("exportProblem"));
            });
    // Every view subscribes to the document itself; the window only makes and lays them out.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new PlanSummary(m_document, central);
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(central);
    m_board = new TierBoard(m_document, m_tabs);
    m_charts = new FundingCharts(m_tabs);
    m_charts->setDocument(m_document);
    m_yearsChart = new YearsChart(m_tabs);
    m_yearsChart->setDocument(m_document);
    m_servicesPage = new ServicesPage(m_document, m_services, m_tabs);
    m_resourcesPage = new ResourcesPage(m_document, m_resources, m_tabs);
    m_tabs->addTab(m_board, tr("Tier &board"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    // Alt+Y is the year box's; Alt+A brings the years chart.
    m_tabs->addTab(m_yearsChart, tr("Ye&ars"));
    m_risks = new RisksView(m_tabs);
    m_risks->setDocument(m_document);
    // No Alt+letter is left for it that the pages and panels do not use; Ctrl+Tab reaches it.
    m_tabs->addTab(m_risks, tr("Risks"));
    m_compare = new CompareView(m_tabs);
    m_compare->setDocument(m_document);
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_servicesPage, tr("&Services"));
    m_tabs->addTab(m_resourcesPage, tr("&Resources"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_scenarios = new ScenarioPanel(m_document, this);
    auto *dock = new QDockWidget(tr("Scenarios"), this);
    dock->setObjectName(QStringLiteral("scenarioDock"));
    dock->setWidget(m_scenarios);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_scenarioDock = dock;
    // The what-if controls share the side with the scenario list, so the board keeps its width.
    m_whatIf = new WhatIfPanel(m_document, this);
    m_whatIfDock = new QDockWidget(tr("What if"), this);
    m_whatIfDock->setObjectName(QStringLiteral("whatIfDock"));
    m_whatIfDock->setWidget(m_whatIf);
    addDockWidget(Qt::LeftDockWidgetArea, m_whatIfDock);
    tabifyDockWidget(m_scenarioDock, m_whatIfDock);
    m_scenarioDock->raise();
    connect(m_whatIf, &WhatIfPanel::newScenarioWanted, this, [this] {
        m_scenarioDock->raise();
        m_scenarios->deriveScenario();
    });
    createActions();
    connect(m_document, &PlanDocument::changed, this, &PlanWindow::updateTitle);
    connect(m_document, &PlanDocument::modifiedChanged, this, &PlanWindow::updateTitle);
    // Unsaved changes are kept aside a little after each change, and let go once saved.
    m_autosave = new Autosave(m_document);
    connect(m_document, &PlanDocument::filePathChanged, this, &PlanWindow::updateTitle);
    const auto refused = [this](const QString &message) {
        explain(tr("Cannot make that change"), message, QStringLiteral("changeRefusedBox"));
    };
    connect(m_scenarios, &ScenarioPanel::changeRefused, this, refused);
    connect(m_whatIf, &WhatIfPanel::changeRefused, this, refused);
    connect(m_board, &TierBoard::changeRefused, this, refused);
    connect(m_servicesPage, &ListPage::changeRefused, this, refused);
    connect(m_resourcesPage, &ListPage::changeRefused, this, refused);
    // Fits a 1366x768 laptop as well as a large monitor; the person's own size is restored below.
    const QRect screenRect = screen()->availableGeometry();
    resize(qMin(1280, screenRect.width() * 19 / 20), qMin(820, screenRect.height() * 9 / 10));
    // A plan dropped on the window opens, once unsaved changes are dealt with.
    connect(new PlanDropTarget(this), &PlanDropTarget::dropped, this, [this](const QString &path) {
        if (okToReplace())
            openFile(path);
    });
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

QTableView *PlanWindow::servicesView() const
{
    return m_servicesPage->view();
}

QTableView *PlanWindow::resourcesView() const
{
    return m_resourcesPage->view();
}

void PlanWindow::createActions()
{
    createFileMenu();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) too.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    createPlanMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showScenarios = m_scenarioDock->toggleViewAction();
    showScenarios->setText(tr("&Scenarios"));
    showScenarios->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(showScenarios);
    QAction *showWhatIf = m_whatIfDock->toggleViewAction();
    showWhatIf->setText(tr("&What if"));
    showWhatIf->setShortcut(QKeySequence(Qt::Key_F10));
    view->addAction(showWhatIf);

    QToolBar *bar = addToolBar(tr("Plan"));
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->addAction(undo);
    bar->addAction(redo);
    auto *yearLabel = new QLabel(tr("&Year: "), bar);
    m_yearBox = new YearChooser(m_document, bar);
    yearLabel->setBuddy(m_yearBox);
    bar->addSeparator();
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearBox);

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

namespace {

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, QKeyCombination fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{QKeySequence(fallback)} : keys;
}

} // namespace

void PlanWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *blank = file->addAction(tr("&New plan"), this, [this] {
        if (okToReplace())
            newPlan();
    });
    blank->setShortcut(QKeySequence::New);
    file->addAction(tr("New from the &demo plan"), this, [this] {
        if (okToReplace())
            openDemo();
    });
    QAction *open = file->addAction(tr("&Open…"), this, &PlanWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    auto *recent = new RecentFilesMenu(tr("Open &Recent"), file);
    file->addMenu(recent);
    connect(recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (okToReplace())
            openFile(path);
    });
    file->addAction(tr("&Import from spreadsheets\u2026"), this, [this] {
        SpreadsheetImportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.plan() && okToReplace()) {
            showPlan(*dialog.plan(), QString());
            m_sourceName = dialog.plan()->name;
            updateTitle();
        }
    });
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &PlanWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &PlanWindow::chooseAndSaveAs);
    // Some platforms (Windows) have no standard key for these; people still expect one.
    saveAsAction->setShortcuts(standardOr(QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addAction(tr("&Export as a spreadsheet\u2026"), this, &PlanWindow::chooseAndExport);
    m_reports->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcuts(standardOr(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));
    // The tool bar starts with the file actions; the Edit menu adds undo and redo after them.
    QToolBar *bar = addToolBar(tr("File"));
    bar->setObjectName(QStringLiteral("fileToolBar"));
    bar->addAction(open);
    bar->addAction(saveAction);
}

void PlanWindow::chooseAndExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as a spreadsheet"), QString(),
        SpreadsheetExport::filters().join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Exporting %1\u2026").arg(QFileInfo(path).fileName()));
    m_export->start(path, SpreadsheetExport::kindFor(path, filter));
}

void PlanWindow::exportSpreadsheet(const QString &path, bool funding)
{
    statusBar()->showMessage(tr("Exporting %1\u2026").arg(QFileInfo(path).fileName()));
    m_export->start(path, SpreadsheetExport::kindOf(path, funding));
}

void PlanWindow::createPlanMenu()
{
    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    const auto showing = [this](QWidget *page) {
        return [this, page] {
            m_tabs->setCurrentWidget(page);
        };
    };
    QAction *addService = planMenu->addAction(tr("Add a &service…"));
    addService->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(addService, &QAction::triggered, this, showing(m_servicesPage));
    connect(addService, &QAction::triggered, m_servicesPage, &ServicesPage::addItem);
    QAction *addResource = planMenu->addAction(tr("Add a &resource…"));
    addResource->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(addResource, &QAction::triggered, this, showing(m_resourcesPage));
    connect(addResource, &QAction::triggered, m_resourcesPage, &ResourcesPage::addItem);
    planMenu->addSeparator();
    // The same actions as the buttons under each table; their keys work in the table.
    planMenu->addAction(m_servicesPage->editAction());
    planMenu->addAction(m_servicesPage->removeAction());
    planMenu->addAction(m_resourcesPage->editAction());
    planMenu->addAction(m_resourcesPage->removeAction());
    planMenu->addSeparator();
    planMenu->addAction(tr("Plan se&ttings…"), this, &PlanWindow::editSettings);
    // A workshop is prepared with the plan and presented from the scenario on show.
    planMenu->addSeparator();
    planMenu->addAction(tr("Workshop &levers\u2026"), this, [this] {
        LeverDialog dialog(m_document, this);
        dialog.exec();
    });
    QAction *present =
        planMenu->addAction(tr("&Present to a room"), this, [this] { this->present(); });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Show the scenario on show to a room on the projector; Esc leaves."));
}

Presentation *PlanWindow::present()
{
    if (m_presentation)
        return m_presentation;
    m_presentation = new Presentation(m_document, this);
    connect(m_presentation, &Presentation::finished, this, [this](const QString &summary) {
        statusBar()->showMessage(summary);
        m_presentation->deleteLater();
        m_presentation = nullptr;
    });
    m_presentation->start();
    return m_presentation;
}

void PlanWindow::newPlan()
{
    showPlan(PlanEdits::blank(PlanEdits::financialYearOf(Clock::currentDate())), QString());
    m_sourceName = tr("New plan");
    updateTitle();
    statusBar()->showMessage(
        tr("A new plan: add its resources and services from the Plan menu, and set its years "
           "in Plan settings."));
}

void PlanWindow::editSettings()
{
    auto *dialog = new PlanSettingsDialog(
        plan(),
        [this](const Plan &settings) {
            return PlanEdits::changeSettings(plan(), settings).problem;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString problem =
            m_document->apply(PlanEdits::changeSettings(plan(), dialog->settings()));
        if (!problem.isEmpty())
            explain(tr("Cannot make that change"), problem, QStringLiteral("changeRefusedBox"));
    });
    dialog->open();
}

void PlanWindow::showPlan(const Plan &plan, const QString &source)
{
    m_sourceName = source.isEmpty() ? tr("Demo plan") : QFileInfo(source).fileName();
    // Only a .lpsb file is saved back where it came from; plan JSON and the demo ask for one.
    m_document->reset(
        plan, source.endsWith(QLatin1String(".lpsb"), Qt::CaseInsensitive) ? source : QString());
    for (QTableView *view : {servicesView(), resourcesView()})
        view->resizeColumnsToContents();
    // Room for the figures that arrive after the columns were sized: an amount never shows as
    // "£1,5…"; who pays and why are long, elided, and whole on hover.
    QTableView *services = servicesView();
    const int amount = services->columnWidth(ServiceTableModel::Cost);
    services->setColumnWidth(ServiceTableModel::Funded, amount);
    services->setColumnWidth(ServiceTableModel::Gap, amount);
    services->setColumnWidth(ServiceTableModel::Status,
                             services->fontMetrics().horizontalAdvance(tr("Partly funded")) + 24);
    const int words = services->fontMetrics().averageCharWidth() * 34;
    services->setColumnWidth(ServiceTableModel::Sources, words);
    services->setColumnWidth(ServiceTableModel::Reason, words);
    QTableView *resources = resourcesView();
    for (const int column : {int(ResourceTableModel::Used), int(ResourceTableModel::Unused)})
        resources->setColumnWidth(column, qMax(resources->columnWidth(ResourceTableModel::Amount),
                                               resources->fontMetrics().horizontalAdvance(
                                                   QStringLiteral("£00,000,000.00")) +
                                                   16));
    statusBar()->showMessage(source.isEmpty() ? tr("The built-in demo plan")
                                              : QFileInfo(source).absoluteFilePath());
    updateTitle();
}

const Plan &PlanWindow::plan() const
{
    return m_document->plan();
}

void PlanWindow::updateTitle()
{
    const QString shown = m_document->filePath().isEmpty()
                              ? m_sourceName
                              : QFileInfo(m_document->filePath()).fileName();
    const QString access = m_document->isReadOnly() ? tr(" (read-only)") : QString();
    setWindowTitle(tr("%1[*] — %2%3 — LPS Planner").arg(plan().name, shown, access));
    setWindowModified(m_document->isModified());
    if (m_document->isReadOnly())
        statusBar()->showMessage(
            tr("Read-only: %1 has this plan open. Save As makes a copy you can change.")
                .arg(m_document->lockHolder()));
}

bool PlanWindow::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly()) {
        chooseAndSaveAs();
        return !m_document->isModified();
    }
    return saveAs(m_document->filePath());
}

bool PlanWindow::saveAs(const QString &path)
{
    const SaveResult result = m_document->saveAs(path);
    if (!result.ok()) {
        explain(tr("Cannot save plan"), result.error->message, QStringLiteral("saveErrorBox"));
        return false;
    }
    m_sourceName = QFileInfo(path).fileName();
    RecentFiles::add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).absoluteFilePath()));
    updateTitle();
    return true;
}

void PlanWindow::chooseAndSaveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), m_document->filePath(),
                                                tr("LPS plans (*.lpsb)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".lpsb"), Qt::CaseInsensitive))
        path += QLatin1String(".lpsb");
    saveAs(path);
}

// Window-modal and non-blocking: the plan on screen stays as it was behind it.
void PlanWindow::explain(const QString &title, const QString &message, const QString &objectName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(message, 10000);
}

bool PlanWindow::okToReplace()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Save changes?"),
        tr("%1 has changes that are not saved. Save them first?").arg(plan().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
}

void PlanWindow::closeEvent(QCloseEvent *event)
{
    if (!okToReplace()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void PlanWindow::setAutosaveDelay(int milliseconds)
{
    m_autosave->setDelay(milliseconds);
}

QString PlanWindow::recoveryKey() const
{
    return m_autosave->key();
}

void PlanWindow::restore(const RecoveryStore::Entry &entry)
{
    showPlan(entry.plan, entry.originalPath);
    // Not saved: Save writes it back to its file (or asks for one), and closing asks first.
    m_document->undoStack()->resetClean();
    RecoveryStore().discard(entry.key);
    m_autosave->keepNow();
    statusBar()->showMessage(
        tr("Restored the unsaved changes of %1 kept at %2. Save them to keep them.")
            .arg(plan().name,
                 QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void PlanWindow::offerRecovery()
{
    if (const std::optional<RecoveryStore::Entry> entry = RecoveryPrompt::ask(this))
        restore(*entry);
}

bool PlanWindow::isAllocating() const
{
    return m_document->answers()->isBusy();
}

bool PlanWindow::isAllocatingYears() const
{
    return m_document->answers()->isBusyYears();
}

bool PlanWindow::isComparing() const
{
    return m_compare->isWorking();
}

bool PlanWindow::isWorkingOutRisks() const
{
    return m_risks->isWorking();
}

QString PlanWindow::scenarioId() const
{
    return m_document->scenarioId();
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
    RecentFiles::add(path);
    return true;
}

void PlanWindow::showTab(const QString &name)
{
    if (name == QLatin1String("board"))
        m_tabs->setCurrentWidget(m_board);
    else if (name == QLatin1String("charts"))
        m_tabs->setCurrentWidget(m_charts);
    else if (name == QLatin1String("compare"))
        m_tabs->setCurrentWidget(m_compare);
    else if (name == QLatin1String("risks"))
        m_tabs->setCurrentWidget(m_risks);
    else if (name == QLatin1String("years"))
        m_tabs->setCurrentWidget(m_yearsChart);
    else if (name == QLatin1String("services"))
        m_tabs->setCurrentWidget(m_servicesPage);
    else if (name == QLatin1String("resources"))
        m_tabs->setCurrentWidget(m_resourcesPage);
}

void PlanWindow::showScenario(const QString &idOrName)
{
    // As on the command line: an id, or a name as the scenario list shows it. A name that
    // matches none says so rather than quietly showing the baseline.
    const ScenarioLookup::Result found = ScenarioLookup::find(plan(), idOrName);
    m_document->setScenarioId(found.id.value_or(QString()));
    if (!found.id)
        statusBar()->showMessage(tr("Showing the baseline: %1.").arg(found.problem), 15000);
}

void PlanWindow::showSide(const QString &name)
{
    if (name == QLatin1String("whatif"))
        m_whatIfDock->raise();
    else if (name == QLatin1String("scenarios"))
        m_scenarioDock->raise();
}

void PlanWindow::openDemo()
{
    showPlan(DemoPlan::plan(), QString());
}

void PlanWindow::chooseAndOpen()
{
    if (!okToReplace())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                     tr("LPS plans (*.lpsb);;Plan JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace lps
