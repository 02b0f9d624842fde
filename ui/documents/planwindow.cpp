#include "planwindow.h"

#include "autosave.h"
#include "board/tierboard.h"
#include "charts/fundingcharts.h"
#include "demo/demoplan.h"
#include "io/planloader.h"
#include "live/backgroundevaluator.h"
#include "models/resourcetablemodel.h"
#include "models/servicefiltermodel.h"
#include "models/servicetablemodel.h"
#include "plandocument.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
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
    , m_resources(new ResourceTableModel(this))
    , m_evaluator(new BackgroundEvaluator(this))
{
    m_services = new ServiceTableModel(this);
    m_services->setEditor(
        [this](const ServiceChange &change) { return m_document->change(change); });
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
    m_serviceFilter = new ServiceFilterModel(this);
    m_serviceFilter->setSourceModel(m_services);
    m_servicesView = createTable(m_serviceFilter, tr("Services"));
    // Sorted by a click on a column's header; until then, in the plan's own order.
    m_servicesView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_servicesView->setSortingEnabled(true);
    m_resourcesView = createTable(m_resources, tr("Resources"));
    m_board = new TierBoard(m_tabs);
    m_board->setEditor([this](const ServiceChange &change) { return m_document->change(change); });
    m_tabs->addTab(m_board, tr("Tier &board"));
    m_charts = new FundingCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(createServicesPage(), tr("&Services"));
    m_tabs->addTab(m_resourcesView, tr("&Resources"));
    layout->addWidget(m_tabs);
    setCentralWidget(central);
    createActions();
    connect(m_evaluator, &BackgroundEvaluator::evaluated, this, &PlanWindow::showAllocation);
    connect(m_document, &PlanDocument::planChanged, this, &PlanWindow::planEdited);
    connect(m_document, &PlanDocument::modifiedChanged, this, &PlanWindow::updateTitle);
    // Unsaved changes are kept aside a little after each change, and let go once saved.
    m_autosave = new Autosave(m_document);
    connect(m_document, &PlanDocument::filePathChanged, this, &PlanWindow::updateTitle);
    connect(m_board, &TierBoard::changeRefused, this, [this](const QString &message) {
        explain(tr("Cannot make that change"), message, QStringLiteral("changeRefusedBox"));
    });
    connect(m_services, &ServiceTableModel::changeRefused, this, [this](const QString &message) {
        explain(tr("Cannot make that change"), message, QStringLiteral("changeRefusedBox"));
    });
    m_servicesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed);
    resize(1200, 760);
    setAcceptDrops(true);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

// The services table with what narrows it down: a tier, and words to find.
QWidget *PlanWindow::createServicesPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    auto *tierLabel = new QLabel(tr("&Tier:"), page);
    auto *tier = new QComboBox(page);
    tier->setObjectName(QStringLiteral("tierFilter"));
    tier->setAccessibleName(tr("Show the services of one tier"));
    tier->addItem(tr("All tiers"), -1);
    for (const Tier t : kAllTiers)
        tier->addItem(tierTitle(t), int(t));
    tierLabel->setBuddy(tier);
    auto *findLabel = new QLabel(tr("F&ind:"), page);
    auto *find = new QLineEdit(page);
    find->setObjectName(QStringLiteral("serviceSearch"));
    find->setPlaceholderText(tr("name, tag or provider"));
    find->setClearButtonEnabled(true);
    findLabel->setBuddy(find);
    connect(tier, &QComboBox::currentIndexChanged, this, [this, tier] {
        const int value = tier->currentData().toInt();
        m_serviceFilter->setTier(value < 0 ? std::nullopt : std::optional<Tier>(Tier(value)));
    });
    connect(find, &QLineEdit::textChanged, m_serviceFilter, &ServiceFilterModel::setText);
    bar->addWidget(tierLabel);
    bar->addWidget(tier);
    bar->addSpacing(12);
    bar->addWidget(findLabel);
    bar->addWidget(find, 1);
    layout->addLayout(bar);
    m_servicesView->setParent(page);
    layout->addWidget(m_servicesView, 1);
    return page;
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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &PlanWindow::fillRecentMenu);
    file->addAction(tr("Open the &demo plan"), this, [this] {
        if (okToReplace())
            openDemo();
    });
    QAction *saveAction = file->addAction(tr("&Save"), this, &PlanWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &PlanWindow::chooseAndSaveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

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

    QToolBar *bar = addToolBar(tr("Plan"));
    bar->setObjectName(QStringLiteral("planToolBar"));
    bar->addAction(open);
    bar->addAction(saveAction);
    bar->addAction(undo);
    bar->addAction(redo);
    auto *yearLabel = new QLabel(tr("&Year: "), bar);
    m_yearBox = new QComboBox(bar);
    m_yearBox->setAccessibleName(tr("Year shown"));
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
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
    m_sourceName = source.isEmpty() ? tr("Demo plan") : QFileInfo(source).fileName();
    // Only a .lpsb file is saved back where it came from; plan JSON and the demo ask for one.
    m_document->reset(
        plan, source.endsWith(QLatin1String(".lpsb"), Qt::CaseInsensitive) ? source : QString());
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
    statusBar()->showMessage(source.isEmpty() ? tr("The built-in demo plan")
                                              : QFileInfo(source).absoluteFilePath());
    updateTitle();
    updateSummary();
}

const Plan &PlanWindow::plan() const
{
    return m_document->plan();
}

// After an edit (or its undo): the same rows with new values, then a new allocation.
void PlanWindow::planEdited()
{
    m_services->updatePlan(plan());
    m_resources->setPlan(plan());
    m_board->setPlan(plan(), qMax(0, m_yearBox->currentIndex()));
    updateSummary();
    requestAllocation();
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

namespace {

bool isPlanFile(const QUrl &url)
{
    const QString path = url.toLocalFile();
    return path.endsWith(QLatin1String(".lpsb"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

void PlanWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && isPlanFile(urls.first()))
        event->acceptProposedAction();
}

void PlanWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !isPlanFile(urls.first()))
        return;
    event->acceptProposedAction();
    if (okToReplace())
        openFile(urls.first().toLocalFile());
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
    const QList<RecoveryStore::Entry> entries = RecoveryStore().entries();
    if (entries.isEmpty())
        return;
    const RecoveryStore::Entry &newest = entries.last();
    QMessageBox box(
        QMessageBox::Question, tr("Restore unsaved changes?"),
        tr("LPS Planner closed without saving changes to %1 (%2, kept at %3). Restore them?")
            .arg(newest.plan.name.toHtmlEscaped(),
                 newest.originalPath.isEmpty() ? tr("never saved")
                                               : QFileInfo(newest.originalPath).fileName(),
                 QLocale().toString(newest.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    box.addButton(tr("Ask me &later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == restoreButton)
        restore(newest);
    else if (box.clickedButton() == discardButton)
        RecoveryStore().discard(newest.key);
}

void PlanWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QFileInfo info(files.at(i));
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), info.absolutePath()));
        connect(action, &QAction::triggered, this, [this, path = files.at(i)] {
            if (okToReplace())
                openFile(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No plans opened yet"))->setEnabled(false);
}

void PlanWindow::setYearIndex(int yearIndex)
{
    if (yearIndex < 0)
        return;
    m_services->setYearIndex(yearIndex);
    m_resources->setYearIndex(yearIndex);
    m_board->setPlan(plan(), yearIndex);
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
    if (plan().scenarios.isEmpty() || plan().years <= 0)
        return;
    const int year = qMax(0, m_yearBox->currentIndex());
    m_services->clearOutcomes();
    m_charts->clear();
    m_tiers->setText(tr("<p>Allocating %1…</p>").arg(plan().yearLabel(year)));
    m_evaluator->request(plan(), plan().baseline()->id, year);
}

void PlanWindow::showAllocation(quint64, const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    m_services->setOutcomes(year.services, evaluation.shortfalls.value(0));
    m_board->setEvaluation(evaluation);
    m_charts->setEvaluation(evaluation);
    QStringList tiers;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        tiers << tr("<b>%1</b>: %2 of %3 funded, gap %4 (%5 funded, %6 partly, %7 unfunded)")
                     .arg(tierTitle(tier), t.funded.formatted(plan().currency),
                          t.cost.formatted(plan().currency), t.gap.formatted(plan().currency))
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
    for (const Service &s : plan().services)
        cost += s.costInYear(year, plan().costInflation);
    for (const Resource &r : plan().resources)
        available += r.moneyValueOf(r.amountInYear(year));
    m_summary->setText(tr("<h2>%1</h2><p>%2</p><p>%3 services cost <b>%4</b> in %5; %6 resources "
                          "bring <b>%7</b>. %8 scenarios.</p>")
                           .arg(plan().name.toHtmlEscaped(), plan().locality.toHtmlEscaped())
                           .arg(plan().services.size())
                           .arg(cost.formatted(plan().currency), plan().yearLabel(year))
                           .arg(plan().resources.size())
                           .arg(available.formatted(plan().currency))
                           .arg(plan().scenarios.size()));
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
    else if (name == QLatin1String("services"))
        m_tabs->setCurrentWidget(m_servicesView->parentWidget());
    else if (name == QLatin1String("resources"))
        m_tabs->setCurrentWidget(m_resourcesView);
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
