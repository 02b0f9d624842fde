#pragma once

#include "model/lever.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLayout;
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
    /// The levers in key order, their buttons and a line on the keys left.
    QLayout *createList();
    /// The "Add a lever" fields.
    QWidget *createAddBox();
    /// Puts `body` above the line for what is wrong, OK and Cancel; gives back OK.
    QPushButton *createButtons(QLayout *body);
    /// Tab goes down the dialog; Return adds the lever being described, else takes the list.
    void setUpKeys(QPushButton *ok);

    void kindChanged();
    void add();
    /// Says why the range of `lever` cannot be kept, in the dialog's words, and takes the
    /// person to the box to change; false when the range is one a slider can have.
    bool refuseRange(const Lever &lever);
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
