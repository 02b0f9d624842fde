#pragma once

#include "model/plan.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lps {

class ExactSpinBox;
class ProblemLabel;

/// Edits one adjustment of a scenario: what its kind needs (a factor, a year and amount, a tier,
/// a priority, the service money moves to and how much) and the year it applies from. What it
/// changes (the resource or service) stays: that is another adjustment.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT

public:
    /// Returns why an adjustment cannot go into the scenario; empty when it can.
    using Check = std::function<QString(const Adjustment &)>;

    AdjustmentDialog(const Plan &plan, const Adjustment &adjustment, Check check,
                     QWidget *parent = nullptr);

    /// The adjustment as edited; the original's values where something cannot be read.
    Adjustment adjustment() const;
    QString problem() const;

private:
    /// Money, or hours for a time resource's resource-set; nothing after a problem.
    std::optional<qint64> amount(QString *problem) const;

    Plan m_plan;
    Adjustment m_original;
    Check m_check;
    QComboBox *m_fromYear = nullptr;
    ExactSpinBox *m_factor = nullptr;
    QComboBox *m_year = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_tier = nullptr;
    QSpinBox *m_priority = nullptr;
    QComboBox *m_toService = nullptr;
    ProblemLabel *m_problem = nullptr;
};

} // namespace lps
