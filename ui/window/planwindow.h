#pragma once

#include "editing/servicechange.h"
#include "model/plan.h"
#include "recovery/recoverystore.h"
#include "reports/evaluation.h"

#include <QMainWindow>

#include <optional>

class QComboBox;
class QDockWidget;
class QTableView;
class QTabWidget;

namespace lps {

class Autosave;
class CompareView;
class FundingCharts;
class PlanDocument;
class PlanSummary;
class ReportActions;
class Presentation;
class SpreadsheetExport;
class ResourceTableModel;
class ResourcesPage;
class RisksView;
class ScenarioPanel;
class WhatIfPanel;
class ServiceTableModel;
class ServicesPage;
class TierBoard;
class YearsChart;
class YearChooser;

/// The desktop window for one plan: makes and lays out the views over one PlanDocument (each
/// subscribes to it), and opens, saves and recovers plans through its menus.
class PlanWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit PlanWindow(QWidget *parent = nullptr);

    /// Shows a plan; `source` is the file it came from (empty for the built-in demo).
    void showPlan(const Plan &plan, const QString &source);
    /// Opens a .lpsb or plan JSON file; on failure explains why and keeps the current plan.
    bool openFile(const QString &path);
    void openDemo();
    /// Starts a blank plan (the current one must be dealt with first: see okToReplace()).
    void newPlan();
    /// Brings "board", "charts", "services" or "resources" to the front; else leaves the tabs.
    void showTab(const QString &name);
    /// Chooses a scenario by id or by name (the baseline when there is no such scenario).
    void showScenario(const QString &idOrName);
    /// Brings "scenarios" or "whatif" to the front of the side panels.
    void showSide(const QString &name);

    const Plan &plan() const;
    PlanDocument *document() const { return m_document; }
    /// Saves to the plan's file, or asks for one; false when nothing was saved.
    bool save();
    bool saveAs(const QString &path);
    QTableView *servicesView() const;
    QTableView *resourcesView() const;
    ServiceTableModel *servicesModel() const { return m_services; }
    ServicesPage *servicesPage() const { return m_servicesPage; }
    ResourcesPage *resourcesPage() const { return m_resourcesPage; }
    TierBoard *tierBoard() const { return m_board; }
    PlanSummary *summary() const { return m_summary; }
    FundingCharts *charts() const { return m_charts; }
    YearsChart *yearsChart() const { return m_yearsChart; }
    ScenarioPanel *scenarioPanel() const { return m_scenarios; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    RisksView *risksView() const { return m_risks; }
    CompareView *compareView() const { return m_compare; }
    /// Whether the compare tab is still working (only while it is on screen).
    bool isComparing() const;
    /// The scenario every view shows: the one chosen in the scenario list.
    QString scenarioId() const;
    /// Opens the plan's settings (name, years, currency, inflation) in a dialog.
    void editSettings();
    /// Whether the allocation for what is on screen is still being worked out.
    bool isAllocating() const;
    /// Whether the years chart is still waiting for its answer (after the year shown's).
    bool isAllocatingYears() const;
    /// Whether the risks tab is still working (only while it is on screen).
    bool isWorkingOutRisks() const;

    /// Starts a workshop on the projector (F5) from the scenario and year on show; Esc leaves.
    /// The presentation running, or null.
    Presentation *present();
    Presentation *presentation() const { return m_presentation; }

    /// Writes the scenario on show, every year, to `path`: an Excel workbook for .xlsx, else a
    /// CSV of the services (or of who pays for what with `funding`); in the background, saying
    /// in the status bar when it is done.
    void exportSpreadsheet(const QString &path, bool funding = false);
    SpreadsheetExport *spreadsheetExport() const { return m_export; }
    /// The councillor pack and printing (File menu).
    ReportActions *reports() const { return m_reports; }

    /// How long after a change the unsaved plan is kept aside for crash recovery.
    void setAutosaveDelay(int milliseconds);
    /// The key under which this window keeps its unsaved changes (RecoveryStore).
    QString recoveryKey() const;
    /// Shows a plan kept aside after a crash: changed, not saved, belonging to its old file.
    void restore(const RecoveryStore::Entry &entry);
    /// At start: offers to restore what a crash left unsaved (asks; for the app, not tests).
    void offerRecovery();

private:
    void createActions();
    void createFileMenu();
    void createPlanMenu();
    void chooseAndOpen();
    void updateTitle();
    void chooseAndSaveAs();
    void chooseAndExport();
    void explain(const QString &title, const QString &message, const QString &objectName);
    /// Asks what to do with unsaved changes; false when the person would rather keep them.
    bool okToReplace();
    void closeEvent(QCloseEvent *event) override;

    PlanDocument *m_document = nullptr;
    /// What the title calls the plan's source: a file name, or the demo.
    QString m_sourceName;
    ServiceTableModel *m_services = nullptr;
    ResourceTableModel *m_resources = nullptr;
    QTabWidget *m_tabs = nullptr;
    ServicesPage *m_servicesPage = nullptr;
    ResourcesPage *m_resourcesPage = nullptr;
    TierBoard *m_board = nullptr;
    FundingCharts *m_charts = nullptr;
    YearsChart *m_yearsChart = nullptr;
    YearChooser *m_yearBox = nullptr;
    PlanSummary *m_summary = nullptr;
    Autosave *m_autosave = nullptr;
    ScenarioPanel *m_scenarios = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    RisksView *m_risks = nullptr;
    CompareView *m_compare = nullptr;
    QDockWidget *m_whatIfDock = nullptr;
    Presentation *m_presentation = nullptr;
    SpreadsheetExport *m_export = nullptr;
    ReportActions *m_reports = nullptr;
};

} // namespace lps
