#pragma once

#include "editing/servicechange.h"
#include "model/plan.h"
#include "storage/planfileresult.h"

#include <QObject>

class QUndoStack;

namespace lps {

/// One open plan as a desktop document: the plan, the file it belongs to and its undo history.
/// Every change goes through it, so the tables, the summary and the allocation stay in step.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    /// The .lpsb file the plan is saved in; empty for the demo, a new plan or plan JSON.
    QString filePath() const { return m_filePath; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Changed since it was opened or last saved.
    bool isModified() const;

    /// Starts afresh with a plan just opened or made: no history, nothing to save.
    void reset(const Plan &plan, const QString &filePath);
    /// Makes a change as one undoable step (edits to the same cell in a row merge into one);
    /// returns why it was refused, or nothing when it was made.
    QString change(const ServiceChange &change);
    /// Saves to `path` atomically; afterwards the document belongs to that file and is clean.
    SaveResult saveAs(const QString &path);

signals:
    void planChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    friend class ServiceChangeCommand;
    void replacePlan(const Plan &plan);

    Plan m_plan;
    QString m_filePath;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace lps
