#pragma once

#include "model/plan.h"
#include "recovery/recoverystore.h"
#include "reports/evaluation.h"

#include <QMainWindow>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace lps {

class BackgroundEvaluator;
class Autosave;
class FundingCharts;
class PlanDocument;
class ServiceFilterModel;
class TierBoard;
class ResourceTableModel;
class ServiceTableModel;

/// The desktop window for one plan: opens, edits (services, with undo) and saves it, and shows
/// its services and resources for a chosen year with the baseline's allocation as it arrives
/// from the background.
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
    /// Brings "board", "charts", "services" or "resources" to the front; else leaves the tabs.
    void showTab(const QString &name);

    const Plan &plan() const;
    PlanDocument *document() const { return m_document; }
    /// Saves to the plan's file, or asks for one; false when nothing was saved.
    bool save();
    bool saveAs(const QString &path);
    QTableView *servicesView() const { return m_servicesView; }
    QTableView *resourcesView() const { return m_resourcesView; }
    ServiceTableModel *servicesModel() const { return m_services; }
    TierBoard *tierBoard() const { return m_board; }
    FundingCharts *charts() const { return m_charts; }
    /// Whether the allocation for what is on screen is still being worked out.
    bool isAllocating() const;

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
    QTableView *createTable(QAbstractItemModel *model, const QString &accessibleName);
    QWidget *createServicesPage();
    void chooseAndOpen();
    void setYearIndex(int yearIndex);
    void updateSummary();
    void requestAllocation();
    void showAllocation(quint64 request, const Evaluation &evaluation);
    void planEdited();
    void updateTitle();
    void chooseAndSaveAs();
    void explain(const QString &title, const QString &message, const QString &objectName);
    /// Asks what to do with unsaved changes; false when the person would rather keep them.
    bool okToReplace();
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void fillRecentMenu();

    PlanDocument *m_document = nullptr;
    /// What the title calls the plan's source: a file name, or the demo.
    QString m_sourceName;
    ServiceTableModel *m_services = nullptr;
    ResourceTableModel *m_resources = nullptr;
    QTabWidget *m_tabs = nullptr;
    ServiceFilterModel *m_serviceFilter = nullptr;
    TierBoard *m_board = nullptr;
    FundingCharts *m_charts = nullptr;
    QTableView *m_servicesView = nullptr;
    QTableView *m_resourcesView = nullptr;
    QComboBox *m_yearBox = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_tiers = nullptr;
    QMenu *m_recentMenu = nullptr;
    Autosave *m_autosave = nullptr;
    BackgroundEvaluator *m_evaluator = nullptr;
};

} // namespace lps
