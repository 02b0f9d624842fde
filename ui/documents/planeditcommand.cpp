#include "planeditcommand.h"

#include "plandocument.h"

namespace lps {

PlanEditCommand::PlanEditCommand(PlanDocument *document, const PlanEdit &edit)
    : m_document(document)
    , m_before(document->plan())
    , m_after(edit.plan)
    , m_mergeKey(edit.mergeKey)
{
    setText(edit.description);
}

void PlanEditCommand::redo()
{
    m_document->replacePlan(m_after);
}

void PlanEditCommand::undo()
{
    m_document->replacePlan(m_before);
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlanEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    // One step from before the first edit to after the last.
    m_after = next->m_after;
    // Undo names where the drag ended ("x 0.05"), not where it began.
    setText(next->text());
    // A switch turned on and off again leaves nothing to undo: the step goes.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace lps
