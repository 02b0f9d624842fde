#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace lps {

/// Runs one job at a time on a thread of its own, the newest first: a job asked for while
/// another runs waits, and is replaced by any newer one before it starts. However fast
/// requests come (a slider dragged across fifty values), at most one job runs and one waits.
/// Whoever shows a job's answer still checks that it is the newest.
class LatestJob : public QObject
{
    Q_OBJECT

public:
    explicit LatestJob(QObject *parent = nullptr);
    /// Waits for the job that is running (a solver cannot be stopped half-way).
    ~LatestJob() override;

    void run(std::function<void()> job);
    /// Forgets the job that waits; the running one finishes.
    void dropWaiting();
    bool isBusy() const;

private:
    void startNext();

    std::unique_ptr<QThread> m_thread;
    std::optional<std::function<void()>> m_waiting;
};

} // namespace lps
