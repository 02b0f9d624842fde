#include "plandocument.h"

#include "servicechangecommand.h"
#include "storage/planfile.h"

#include <QUndoStack>

namespace lps {

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

bool PlanDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void PlanDocument::reset(const Plan &plan, const QString &filePath)
{
    m_undoStack->clear();
    m_plan = plan;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
    emit planChanged();
}

QString PlanDocument::change(const ServiceChange &change)
{
    const QString problem = change.problem(m_plan);
    if (problem.isEmpty() && change.appliedTo(m_plan) != m_plan)
        m_undoStack->push(new ServiceChangeCommand(this, change));
    return problem;
}

SaveResult PlanDocument::saveAs(const QString &path)
{
    const SaveResult result = PlanFile::save(m_plan, path);
    if (!result.ok())
        return result;
    m_undoStack->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return result;
}

void PlanDocument::replacePlan(const Plan &plan)
{
    m_plan = plan;
    emit planChanged();
}

} // namespace lps
