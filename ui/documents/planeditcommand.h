#pragma once

#include "editing/planedit.h"

#include <QUndoCommand>

namespace lps {

class PlanDocument;

/// A checked PlanEdit as a step of a document's undo history: the plan before and after it, so
/// undo and redo restore exactly what was there. Edits with the same merge key in a row (typing
/// into the same cell again) become one step.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument *document, const PlanEdit &edit);

    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
    QString m_mergeKey;
};

} // namespace lps
