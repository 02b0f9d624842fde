#include "plananswers.h"

#include "live/backgroundevaluator.h"
#include "plandocument.h"

#include <QTimer>

namespace lps {

PlanAnswers::PlanAnswers(PlanDocument *document)
    : QObject(document)
    , m_document(document)
    , m_evaluator(new BackgroundEvaluator(this))
    , m_yearsEvaluator(new BackgroundEvaluator(this))
    , m_soon(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(0);
    connect(m_soon, &QTimer::timeout, this, &PlanAnswers::ask);
    connect(document, &PlanDocument::changed, this, &PlanAnswers::askSoon);
    connect(document, &PlanDocument::scenarioChosen, this, &PlanAnswers::askSoon);
    connect(document, &PlanDocument::yearChosen, this, &PlanAnswers::askSoon);
    connect(m_evaluator, &BackgroundEvaluator::evaluated, this,
            [this](quint64, const Evaluation &evaluation) { arrived(evaluation); });
    connect(m_yearsEvaluator, &BackgroundEvaluator::evaluated, this,
            [this](quint64, const Evaluation &evaluation) { yearsArrived(evaluation); });
}

bool PlanAnswers::isBusy() const
{
    return m_soon->isActive() || m_evaluator->isBusy();
}

bool PlanAnswers::isBusyYears() const
{
    return isBusy() || m_yearsEvaluator->isBusy() || m_plan != m_yearsPlan ||
           m_scenario != m_yearsScenario;
}

void PlanAnswers::askSoon()
{
    m_latest.reset();
    m_soon->start();
    emit asked();
    // The years depend on the plan and scenario only, not on the year on show.
    if (m_document->plan() != m_yearsPlan || m_document->scenarioId() != m_yearsScenario) {
        m_yearsOwed = true;
        emit yearsAsked();
    }
}

// The solver runs in the background; until its answer for this plan and year arrives, nothing
// older is published. The other years follow once the year on show has its answer.
void PlanAnswers::ask()
{
    m_plan = m_document->plan();
    m_scenario = m_document->scenarioId();
    if (m_plan.scenarios.isEmpty() || m_plan.years <= 0)
        return;
    m_evaluator->request(m_plan, m_scenario, m_document->yearIndex());
}

void PlanAnswers::arrived(const Evaluation &evaluation)
{
    // A newer request is about to go: this answer is for what was on show a moment ago.
    if (evaluation.years.isEmpty() || m_soon->isActive())
        return;
    m_latest = evaluation;
    emit answered(evaluation);
    askYears();
}

// Every year depends on the plan and scenario, not on the year on show: asked again only when
// one of those changed.
void PlanAnswers::askYears()
{
    if (m_plan == m_yearsPlan && m_scenario == m_yearsScenario) {
        if (m_yearsOwed && m_yearsAnswer && !m_yearsEvaluator->isBusy()) {
            m_yearsOwed = false;
            emit yearsAnswered(*m_yearsAnswer);
        }
        return;
    }
    m_yearsAnswer.reset();
    m_yearsPlan = m_plan;
    m_yearsScenario = m_scenario;
    m_yearsEvaluator->request(m_plan, m_scenario, -1);
}

void PlanAnswers::yearsArrived(const Evaluation &evaluation)
{
    // An answer for a plan or scenario that has changed since is never published.
    if (m_soon->isActive() || m_plan != m_yearsPlan || m_scenario != m_yearsScenario)
        return;
    if (evaluation.isSettled())
        m_yearsAnswer = evaluation;
    m_yearsOwed = false;
    emit yearsAnswered(evaluation);
}

} // namespace lps
