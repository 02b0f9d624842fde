#pragma once

#include "changes/planchange.h"
#include "editing/planedit.h"
#include "editing/resourcechange.h"
#include "editing/servicechange.h"
#include "model/plan.h"
#include "storage/planfileresult.h"

#include <QObject>

#include <memory>

class QLockFile;
class QUndoStack;

namespace lps {

class PlanAnswers;

/// One open plan as a desktop document: the plan, the file it belongs to, its undo history, the
/// scenario and year on show and their latest answers (answers()). Every change goes through it
/// and it says what changed (changed(), scenarioChosen(), yearChosen()); views subscribe
/// themselves, so nothing relays plans between them and every figure is of the same scenario
/// and year.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    const Plan &plan() const { return m_plan; }
    /// The scenario every view shows: always one of the plan's (the baseline unless another
    /// was chosen), or empty for a plan without scenarios.
    QString scenarioId() const { return m_scenarioId; }
    /// The chosen scenario's name, as views label their figures.
    QString scenarioName() const;
    /// Chooses the scenario on show (the baseline for an id the plan does not have).
    void setScenarioId(const QString &id);
    /// The year every view shows, as an index into the plan's years.
    int yearIndex() const { return m_yearIndex; }
    /// Chooses the year on show (kept within the plan's years).
    void setYearIndex(int yearIndex);
    /// The allocation of the scenario and year on show, and of every year, as they arrive.
    PlanAnswers *answers() const { return m_answers; }
    /// The .lpsb file the plan is saved in; empty for the demo, a new plan or plan JSON.
    QString filePath() const { return m_filePath; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Changed since it was opened or last saved.
    bool isModified() const;
    /// Someone else has the file open (a lock next to it, from another window, program or
    /// computer): it may be read, and saved under another name, but not changed or saved back.
    bool isReadOnly() const { return !m_lockHolder.isEmpty(); }
    /// Who holds the lock, in words ("LPS Planner on LAPTOP-7, process 4242"); empty if we do.
    QString lockHolder() const { return m_lockHolder; }

    /// Starts afresh with a plan just opened or made: no history, nothing to save. A file is
    /// locked for as long as it is open here; if another holds it, the document is read-only.
    void reset(const Plan &plan, const QString &filePath);
    /// Makes a change as one undoable step (edits to the same cell in a row merge into one);
    /// returns why it was refused, or nothing when it was made.
    QString change(const ServiceChange &change) { return apply(change.edit(m_plan)); }
    QString change(const ResourceChange &change) { return apply(change.edit(m_plan)); }
    /// Makes a worked-out edit one undoable step; returns its problem, or why the document
    /// refuses changes, or nothing when it was made (an edit that changes nothing adds no step).
    QString apply(const PlanEdit &edit);
    /// Saves to `path` atomically; afterwards the document belongs to (and locks) that file and
    /// is clean. Refused for a file someone else has open.
    SaveResult saveAs(const QString &path);

signals:
    /// After an edit, an undo or a redo (what changed, row by row), or another plan (replaced).
    /// The scenario and year are already valid for the new plan; scenarioChosen() and
    /// yearChosen() follow when they had to move.
    void changed(const lps::PlanChange &change);
    void scenarioChosen(const QString &scenarioId);
    void yearChosen(int yearIndex);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    friend class PlanEditCommand;
    void replacePlan(const Plan &plan);
    void publish(const PlanChange &change);
    /// Locks `path` for this document; on failure returns who holds it.
    QString lock(const QString &path, std::unique_ptr<QLockFile> &lock) const;

    Plan m_plan;
    QString m_filePath;
    QString m_scenarioId;
    int m_yearIndex = 0;
    QUndoStack *m_undoStack = nullptr;
    PlanAnswers *m_answers = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockHolder;
};

} // namespace lps
