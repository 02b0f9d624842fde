#include "servicechangecommand.h"

#include "plandocument.h"

#include <QCoreApplication>

namespace lps {

namespace {

QString describe(const ServiceChange &change, const Plan &plan)
{
    QString name = change.serviceId;
    for (const Service &service : plan.services) {
        if (service.id == change.serviceId)
            name = service.name;
    }
    const char *what = "Change %1";
    switch (change.field) {
    case ServiceChange::Field::Name:
        what = "Rename %1";
        break;
    case ServiceChange::Field::Tier:
        what = "Change the tier of %1";
        break;
    case ServiceChange::Field::Priority:
        what = "Change the priority of %1";
        break;
    case ServiceChange::Field::MinimumShare:
        what = "Change the minimum share of %1";
        break;
    case ServiceChange::Field::Cost:
        what = "Change the cost of %1";
        break;
    }
    return QCoreApplication::translate("ServiceChangeCommand", what).arg(name);
}

} // namespace

ServiceChangeCommand::ServiceChangeCommand(PlanDocument *document, const ServiceChange &change)
    : m_document(document)
    , m_change(change)
    , m_undo(change.undoneOn(document->plan()))
{
    setText(describe(change, document->plan()));
}

void ServiceChangeCommand::redo()
{
    m_document->replacePlan(m_change.appliedTo(m_document->plan()));
}

void ServiceChangeCommand::undo()
{
    m_document->replacePlan(m_undo.appliedTo(m_document->plan()));
}

bool ServiceChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ServiceChangeCommand *>(other);
    if (next->m_change.serviceId != m_change.serviceId || next->m_change.field != m_change.field ||
        next->m_change.yearIndex != m_change.yearIndex)
        return false;
    // One step from before the first edit to after the last.
    m_change = next->m_change;
    return true;
}

} // namespace lps
