#include "plandocument.h"

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
    emit planChanged();
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
    m_plan = plan;
    emit planChanged();
}

} // namespace lps
