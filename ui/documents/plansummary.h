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
    /// Until the allocation of that year arrives: says so, and shows no older figures.
    void setAllocating(const QString &yearLabel);
    void setEvaluation(const Evaluation &evaluation);

private:
    QLabel *m_headline = nullptr;
    QLabel *m_tiers = nullptr;
};

} // namespace lps
