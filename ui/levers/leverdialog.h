#pragma once

#include "model/lever.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lps {

class ExactSpinBox;
class PlanDocument;
class ProblemLabel;

/// Where a facilitator chooses a workshop's up to eight levers before a session, in the order
/// keys 1 to 8 will choose them, taken on OK as one undoable change of the plan.
class LeverDialog : public QDialog
{
    Q_OBJECT

public:
    LeverDialog(PlanDocument *document, QWidget *parent = nullptr);

    /// The levers as chosen so far, in key order.
    QList<Lever> levers() const { return m_levers; }
    /// The lever the "Add a lever" fields describe; nothing while the name typed matches no
    /// resource or service (`problem` says so).
    std::optional<Lever> candidate(QString *problem = nullptr) const;

private:
    void kindChanged();
    void add();
    void remove();
    void move(int step);
    /// Shows the list (keeping `row` chosen) and what can be done with it.
    void showLevers(int row);
    void updateButtons();
    LeverKind kind() const;

    PlanDocument *m_document;
    QList<Lever> m_levers;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QLabel *m_room;
    QGroupBox *m_adding;
    QFormLayout *m_addForm;
    QComboBox *m_kind;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    /// Whether the target list holds resources or services; nothing before it is filled.
    std::optional<bool> m_targetsAreResources;
    QWidget *m_range;
    ExactSpinBox *m_low;
    ExactSpinBox *m_high;
    QLabel *m_rangeNote;
    QPushButton *m_add;
    ProblemLabel *m_problem;
};

} // namespace lps
