#pragma once

#include "model/plan.h"
#include "reports/evaluation.h"

#include <QWidget>

class QLabel;

namespace lps {

/// The lines above the views: the plan's name and totals for the year shown, then each tier's
/// funding and gap from the allocation (or that it is being worked out).
class PlanSummary : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSummary(QWidget *parent = nullptr);

    void setPlan(const Plan &plan, int yearIndex);
    /// Until the allocation of that year arrives: the figures on show stay, marked as updating
    /// (or, with none yet, it says what is being allocated).
    void setAllocating(const QString &yearLabel);
    void setEvaluation(const Evaluation &evaluation);

private:
    void showTiers(const QString &state);

    QLabel *m_headline = nullptr;
    // The figures on show, for "updating" to keep them.
    QString m_scenarioName;
    QString m_yearLabel;
    QString m_tierLines;
    QLabel *m_tiers = nullptr;
};

} // namespace lps
