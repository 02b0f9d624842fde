#pragma once

#include "model/plan.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lps {

class ExactSpinBox;
class ProblemLabel;

class YearlyAmountsEditor;

/// The whole of one service in a dialog, for what a table cell cannot hold: its cost year by
/// year, tags, volunteer hours, and the consequence text councillors hear read out. OK keeps the
/// dialog open and says what is wrong until the plan's rules accept the service.
class ServiceEditor : public QDialog
{
    Q_OBJECT

public:
    /// Returns why a service cannot go into the plan; empty when it can.
    using Check = std::function<QString(const Service &)>;

    ServiceEditor(const Plan &plan, const Service &service, Check check, QWidget *parent = nullptr);

    /// The service as edited so far (amounts that cannot be read keep their old values).
    Service service() const;
    /// What stops OK, in words; empty when the service would be accepted.
    QString problem() const;

private:
    QWidget *createGeneralPage();
    QWidget *createTextPage();

    Plan m_plan;
    Service m_original;
    Check m_check;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_provider = nullptr;
    QSpinBox *m_priority = nullptr;
    ExactSpinBox *m_minimumShare = nullptr;
    YearlyAmountsEditor *m_cost = nullptr;
    QLineEdit *m_tags = nullptr;
    QSpinBox *m_hours = nullptr;
    int m_hoursShown = 0;
    QCheckBox *m_preventative = nullptr;
    QPlainTextEdit *m_consequence = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ProblemLabel *m_problem = nullptr;
};

} // namespace lps
