#pragma once

#include "model/plan.h"
#include "reports/evaluation.h"

#include <QObject>

#include <optional>

class QTabWidget;

namespace lps {

class BackgroundEvaluator;
class CompareView;
class FundingCharts;
class PlanSummary;
class RisksView;
class ServiceTableModel;
class TierBoard;
class YearsChart;

/// Keeps every view that shows an allocation in step with the plan, scenario and year on screen:
/// asks the background evaluators, clears what an answer is on its way for, and hands each
/// answer to the views still waiting for it. Nothing stale is ever shown.
class LiveViews : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        ServiceTableModel *services = nullptr;
        TierBoard *board = nullptr;
        FundingCharts *charts = nullptr;
        YearsChart *years = nullptr;
        PlanSummary *summary = nullptr;
        RisksView *risks = nullptr;
        CompareView *compare = nullptr;
        /// The risks and compare tabs work only while on screen in these tabs.
        QTabWidget *tabs = nullptr;
    };

    LiveViews(const Views &views, QObject *parent);

    /// What is on screen changed: everything is asked for afresh.
    void request(const Plan &plan, const QString &scenarioId, int yearIndex);
    /// Compares again if the compare tab is on screen (its choices changed, or the tab came up).
    void refreshCompare();

    bool isAllocating() const;
    bool isAllocatingYears() const;
    bool isWorkingOutRisks() const;
    bool isComparing() const;

private:
    void tabChanged();
    void showAllocation(quint64 request, const Evaluation &evaluation);
    void showYears(quint64 request, const Evaluation &evaluation);
    void requestYears();

    Views m_views;
    BackgroundEvaluator *m_evaluator;
    /// Every year at once, for the years chart; asked once the year shown has its answer.
    BackgroundEvaluator *m_yearsEvaluator;
    Plan m_plan;
    QString m_scenario;
    int m_year = 0;
    /// The plan and scenario the years chart shows, or is being worked out for.
    Plan m_yearsPlan;
    QString m_yearsScenario;
    /// The allocation the risks tab has not worked from yet (it works only while on screen).
    std::optional<Evaluation> m_risksPending;
};

} // namespace lps
