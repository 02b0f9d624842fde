#pragma once

#include "editing/servicechange.h"

#include <QUndoCommand>

namespace lps {

class PlanDocument;

/// A ServiceChange as a step of a document's undo history; typing into the same cell again
/// merges into the same step.
class ServiceChangeCommand : public QUndoCommand
{
public:
    ServiceChangeCommand(PlanDocument *document, const ServiceChange &change);

    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    ServiceChange m_change;
    ServiceChange m_undo;
};

} // namespace lps
