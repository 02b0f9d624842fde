#pragma once

#include "editing/planedit.h"
#include "model/plan.h"

#include <QWidget>

class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace lps {

class PlanDocument;
class ScenarioListModel;

/// The scenario list beside the workspace: the baseline first; derive, rename, annotate and
/// delete scenarios, and read, reorder and remove the chosen one's adjustments in plain words.
/// Every change goes through the document as one undoable step.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPanel(PlanDocument *document, QWidget *parent = nullptr);

    /// Chooses a scenario for every view (the baseline when there is no such id); the panel
    /// also follows the document's choice.
    void setCurrentScenario(const QString &id);
    QListView *list() const { return m_list; }
    QListWidget *adjustments() const { return m_adjustments; }
    QPlainTextEdit *notes() const { return m_notes; }

    /// A new scenario based on the chosen one, with its name ready to type over.
    void deriveScenario();
    /// Deletes the chosen scenario after asking (naming the scenarios based on it).
    void deleteScenario();
    /// Opens the chosen adjustment's values in a dialog.
    void editAdjustment();

signals:
    void changeRefused(const QString &message);

private:
    void planChanged();
    void showScenario();
    void commitNotes();
    void updateButtons();
    bool apply(const PlanEdit &edit);
    const Scenario *scenario() const;

    PlanDocument *m_document;
    ScenarioListModel *m_model;
    QListView *m_list;
    QPlainTextEdit *m_notes;
    QTimer *m_notesTimer;
    QListWidget *m_adjustments;
    QPushButton *m_derive;
    QPushButton *m_delete;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QString m_current;
    /// The scenario whose notes the notes box holds (typing may outlast a change of choice).
    QString m_notesFor;
    /// The list is following a change of the plan, not a choice of the person.
    bool m_following = false;
};

} // namespace lps
