#pragma once

#include "model/plan.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace lps {

class ExactSpinBox;
class ProblemLabel;

/// The plan's own settings: name, locality, currency, the years it covers and the yearly cost
/// inflation of services costed once. Says what a change of years does to amounts written year
/// by year before it is made.
class PlanSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Returns why settings cannot be taken; empty when they can.
    using Check = std::function<QString(const Plan &)>;

    PlanSettingsDialog(const Plan &plan, Check check, QWidget *parent = nullptr);

    /// The plan with the settings as edited (its lists as they were).
    Plan settings() const;

private:
    void updateYearsNote();

    Plan m_plan;
    Check m_check;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_locality = nullptr;
    QLineEdit *m_currency = nullptr;
    QSpinBox *m_firstYear = nullptr;
    QSpinBox *m_years = nullptr;
    ExactSpinBox *m_inflation = nullptr;
    QLabel *m_yearsNote = nullptr;
    ProblemLabel *m_problem = nullptr;
};

} // namespace lps
