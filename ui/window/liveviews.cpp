#include "liveviews.h"

#include "board/tierboard.h"
#include "charts/fundingcharts.h"
#include "charts/yearschart.h"
#include "compare/compareview.h"
#include "live/backgroundevaluator.h"
#include "models/servicetablemodel.h"
#include "plansummary.h"
#include "whatif/risksview.h"

#include <QTabWidget>

namespace lps {

LiveViews::LiveViews(const Views &views, QObject *parent)
    : QObject(parent)
    , m_views(views)
    , m_evaluator(new BackgroundEvaluator(this))
    , m_yearsEvaluator(new BackgroundEvaluator(this))
{
    connect(m_evaluator, &BackgroundEvaluator::evaluated, this, &LiveViews::showAllocation);
    connect(m_yearsEvaluator, &BackgroundEvaluator::evaluated, this, &LiveViews::showYears);
    connect(m_views.tabs, &QTabWidget::currentChanged, this, &LiveViews::tabChanged);
}

// The solver runs in the background; until its answer for this plan and year arrives, nothing
// older is shown. The other years follow once the year shown has its answer.
void LiveViews::request(const Plan &plan, const QString &scenarioId, int yearIndex)
{
    m_plan = plan;
    m_scenario = scenarioId;
    m_year = yearIndex;
    if (plan.scenarios.isEmpty() || plan.years <= 0)
        return;
    // What is on show stays, marked as updating, until the answer replaces it: never a blank.
    m_views.charts->setUpdating();
    m_views.risks->setUpdating();
    m_risksPending.reset();
    refreshCompare();
    if (plan != m_yearsPlan || scenarioId != m_yearsScenario)
        m_views.years->setUpdating();
    m_views.summary->setAllocating(plan.yearLabel(yearIndex));
    m_evaluator->request(plan, scenarioId, yearIndex);
}

void LiveViews::refreshCompare()
{
    if (m_views.tabs->currentWidget() == m_views.compare)
        m_views.compare->compare(m_plan, m_year, m_scenario);
    else
        m_views.compare->clear();
}

// The risks take many runs of the engine: worked out only while someone is looking.
void LiveViews::tabChanged()
{
    if (m_views.tabs->currentWidget() == m_views.risks && m_risksPending) {
        m_views.risks->setEvaluation(*m_risksPending);
        m_risksPending.reset();
    }
    refreshCompare();
}

bool LiveViews::isAllocating() const
{
    return m_evaluator->isBusy();
}

bool LiveViews::isAllocatingYears() const
{
    return m_yearsEvaluator->isBusy() || m_plan != m_yearsPlan || m_scenario != m_yearsScenario;
}

bool LiveViews::isWorkingOutRisks() const
{
    return m_views.risks->isWorking();
}

bool LiveViews::isComparing() const
{
    return m_views.compare->isWorking();
}

void LiveViews::showAllocation(quint64, const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    const YearResult &year = evaluation.years.first();
    m_views.services->setOutcomes(year.services, evaluation.shortfalls.value(0));
    m_views.board->setEvaluation(evaluation);
    m_views.charts->setEvaluation(evaluation);
    m_views.summary->setEvaluation(evaluation);
    // The risks take many settled runs of the engine: a first answer does not start them.
    if (!evaluation.isSettled()) {
        requestYears();
        return;
    }
    if (m_views.tabs->currentWidget() == m_views.risks)
        m_views.risks->setEvaluation(evaluation);
    else
        m_risksPending = evaluation;
    requestYears();
}

// Every year depends on the plan and scenario, not on the year shown: asked again only when
// one of those changed.
void LiveViews::requestYears()
{
    if (m_plan != m_yearsPlan || m_scenario != m_yearsScenario) {
        m_yearsPlan = m_plan;
        m_yearsScenario = m_scenario;
        m_yearsEvaluator->request(m_plan, m_scenario, -1);
    }
}

void LiveViews::showYears(quint64, const Evaluation &evaluation)
{
    // An answer for a plan or scenario that has changed since is never shown.
    if (m_plan == m_yearsPlan && m_scenario == m_yearsScenario)
        m_views.years->setEvaluation(evaluation);
}

} // namespace lps
