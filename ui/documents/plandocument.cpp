#include "plandocument.h"

#include "plananswers.h"
#include "planeditcommand.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QUndoStack>

namespace lps {

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    // Made after the plan's state, so it can subscribe like any view.
    m_answers = new PlanAnswers(this);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

PlanDocument::~PlanDocument() = default;

bool PlanDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QString PlanDocument::lock(const QString &path, std::unique_ptr<QLockFile> &lock) const
{
    lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Never stale by age: a plan may stay open all day. A lock whose process has gone (on this
    // computer) is still cleared by QLockFile itself.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, application;
    lock.reset();
    if (QLockFile(path + QStringLiteral(".lock")).getLockInfo(&pid, &host, &application))
        return tr("%1 on %2, process %3")
            .arg(application.isEmpty() ? tr("another program") : application, host)
            .arg(pid);
    return tr("another program (the lock file %1 could not be taken)")
        .arg(path + QStringLiteral(".lock"));
}

void PlanDocument::reset(const Plan &plan, const QString &filePath)
{
    m_undoStack->clear();
    m_plan = plan;
    m_filePath = filePath;
    m_lock.reset();
    m_lockHolder = filePath.isEmpty() ? QString() : lock(filePath, m_lock);
    emit filePathChanged(m_filePath);
    publish(PlanChange::replacement());
}

QString PlanDocument::apply(const PlanEdit &edit)
{
    if (isReadOnly())
        return tr("This plan is open read-only: %1 has it open. To change it, save a copy with "
                  "Save As and change the copy.")
            .arg(m_lockHolder);
    if (edit.ok() && edit.plan != m_plan)
        m_undoStack->push(new PlanEditCommand(this, edit));
    return edit.problem;
}

SaveResult PlanDocument::saveAs(const QString &path)
{
    std::unique_ptr<QLockFile> newLock;
    if (path != m_filePath || isReadOnly()) {
        const QString holder = lock(path, newLock);
        if (!holder.isEmpty()) {
            PlanFileError error;
            error.kind = PlanFileError::Kind::IoError;
            error.message =
                tr("%1 is open in %2, so it cannot be saved over. Save under another name.")
                    .arg(PlanFileError::quoted(path), holder);
            return SaveResult{error};
        }
    }
    const SaveResult result = PlanFile::save(m_plan, path);
    if (!result.ok())
        return result;
    m_undoStack->setClean();
    if (newLock) {
        m_lock = std::move(newLock);
        m_lockHolder.clear();
    }
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return result;
}

void PlanDocument::replacePlan(const Plan &plan)
{
    const PlanChange change = PlanChange::between(m_plan, plan);
    m_plan = plan;
    publish(change);
}

// The scenario and year on show stay where they were when they can: a deleted scenario gives way
// to the baseline, fewer years to the last one, another plan to its baseline and first year.
void PlanDocument::publish(const PlanChange &change)
{
    const QString scenarioBefore = m_scenarioId;
    const int yearBefore = m_yearIndex;
    if (change.replaced) {
        m_scenarioId.clear();
        m_yearIndex = 0;
    }
    if (m_plan.scenarioIndex(m_scenarioId) < 0)
        m_scenarioId = m_plan.baseline() ? m_plan.baseline()->id : QString();
    m_yearIndex = qBound(0, m_yearIndex, qMax(0, m_plan.years - 1));
    emit changed(change);
    if (m_scenarioId != scenarioBefore || change.replaced)
        emit scenarioChosen(m_scenarioId);
    if (m_yearIndex != yearBefore || change.years)
        emit yearChosen(m_yearIndex);
}

QString PlanDocument::scenarioName() const
{
    const qsizetype index = m_plan.scenarioIndex(m_scenarioId);
    return index < 0 ? QString() : m_plan.scenarios.at(index).name;
}

void PlanDocument::setScenarioId(const QString &id)
{
    const QString chosen = m_plan.scenarioIndex(id) >= 0
                               ? id
                               : (m_plan.baseline() ? m_plan.baseline()->id : QString());
    if (chosen == m_scenarioId)
        return;
    m_scenarioId = chosen;
    emit scenarioChosen(m_scenarioId);
}

void PlanDocument::setYearIndex(int yearIndex)
{
    const int chosen = qBound(0, yearIndex, qMax(0, m_plan.years - 1));
    if (chosen == m_yearIndex)
        return;
    m_yearIndex = chosen;
    emit yearChosen(m_yearIndex);
}

} // namespace lps
