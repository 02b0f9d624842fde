#include "latestjob.h"

#include "solver/allocationsolver.h"

#include <QThread>

namespace lps {

LatestJob::LatestJob(QObject *parent)
    : QObject(parent)
{
}

LatestJob::~LatestJob()
{
    m_waiting.reset();
    if (m_thread)
        m_thread->wait();
}

void LatestJob::run(std::function<void()> job)
{
    m_waiting = std::move(job);
    if (!m_thread || m_thread->isFinished())
        startNext();
}

void LatestJob::dropWaiting()
{
    m_waiting.reset();
}

bool LatestJob::isBusy() const
{
    return (m_thread && !m_thread->isFinished()) || m_waiting.has_value();
}

void LatestJob::startNext()
{
    if (!m_waiting)
        return;
    std::function<void()> job = std::move(*m_waiting);
    m_waiting.reset();
    if (m_thread)
        m_thread->wait(); // finished already: this only tidies up
    m_thread.reset(QThread::create([job = std::move(job)] {
        job();
        AllocationSolver::releaseThreadState(); // the thread's own GLPK environment
    }));
    // When it ends, the waiting job (if any) starts, on this object's thread.
    connect(m_thread.get(), &QThread::finished, this, &LatestJob::startNext, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

} // namespace lps
