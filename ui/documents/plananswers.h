#pragma once

#include "model/plan.h"
#include "reports/evaluation.h"

#include <QObject>

#include <optional>

class QTimer;

namespace lps {

class BackgroundEvaluator;
class PlanDocument;

/// The allocation of what a document shows (its plan, scenario and year), and of every year,
/// worked out in the background whenever one of those changes. It publishes each answer as it
/// comes (a first answer, then the settled one) and never one for anything but what is on show.
class PlanAnswers : public QObject
{
    Q_OBJECT

public:
    explicit PlanAnswers(PlanDocument *document);

    /// The latest answer for the plan, scenario and year on show; none while it is on its way.
    const std::optional<Evaluation> &latest() const { return m_latest; }
    /// Whether the settled answer for what is on show has not come yet.
    bool isBusy() const;
    /// Whether the settled answer for every year has not come yet.
    bool isBusyYears() const;

signals:
    /// What is on show changed: its answer is on its way. Views keep what they show, marked as
    /// updating, until answered() replaces it.
    void asked();
    /// An answer for the scenario and year on show (Evaluation::isSettled() tells which kind).
    void answered(const lps::Evaluation &evaluation);
    void yearsAsked();
    void yearsAnswered(const lps::Evaluation &evaluation);

private:
    void askSoon();
    void ask();
    void arrived(const Evaluation &evaluation);
    void yearsArrived(const Evaluation &evaluation);
    void askYears();

    PlanDocument *m_document;
    BackgroundEvaluator *m_evaluator;
    /// Every year at once, asked once the year on show has an answer.
    BackgroundEvaluator *m_yearsEvaluator;
    /// Gathers the changes of one moment (a new plan chooses its scenario and year too) into
    /// one request.
    QTimer *m_soon;
    Plan m_plan;
    QString m_scenario;
    Plan m_yearsPlan;
    QString m_yearsScenario;
    /// The last answer for every year, re-sent when the plan and scenario come back to it (an
    /// edit undone before its answer came) after yearsAsked() said one was on its way.
    std::optional<Evaluation> m_yearsAnswer;
    /// yearsAsked() went out and no yearsAnswered() has followed it yet.
    bool m_yearsOwed = false;
    std::optional<Evaluation> m_latest;
};

} // namespace lps
