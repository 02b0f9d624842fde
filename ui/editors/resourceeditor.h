#pragma once

#include "model/plan.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lps {

class ProblemLabel;

class EligibilityEditor;
class ExactSpinBox;
class YearlyAmountsEditor;

/// The whole of one resource in a dialog: its amount year by year, what it may fund, match
/// funding, a cap per service, the share paid only on results. OK keeps the dialog open and says
/// what is wrong until the plan's rules accept the resource.
class ResourceEditor : public QDialog
{
    Q_OBJECT

public:
    /// Returns why a resource cannot go into the plan; empty when it can.
    using Check = std::function<QString(const Resource &)>;

    ResourceEditor(const Plan &plan, const Resource &resource, Check check,
                   QWidget *parent = nullptr);

    /// The resource as edited so far (what cannot be read keeps its old value).
    Resource resource() const;
    /// What stops OK, in words; empty when the resource would be accepted.
    QString problem() const;

private:
    QWidget *createGeneralPage();
    QWidget *createRulesPage();
    QWidget *createNotesPage();
    void kindChanged();
    /// Blank is nothing; otherwise money as typed, or why not.
    std::optional<Money> moneyIn(const QLineEdit *field, QString *problem) const;

    Plan m_plan;
    Resource m_original;
    Check m_check;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_certainty = nullptr;
    YearlyAmountsEditor *m_amount = nullptr;
    QLineEdit *m_hourValue = nullptr;
    EligibilityEditor *m_eligible = nullptr;
    QCheckBox *m_matched = nullptr;
    ExactSpinBox *m_matchRatio = nullptr;
    QComboBox *m_matchSector = nullptr;
    QLineEdit *m_maxPerService = nullptr;
    ExactSpinBox *m_contingent = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ProblemLabel *m_problem = nullptr;
};

} // namespace lps
