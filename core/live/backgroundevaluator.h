#pragma once

#include "model/plan.h"
#include "reports/evaluation.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace lps {

/// Evaluates a plan's scenario and year on a worker thread, newest request first, so that the
/// thread that asks (the GUI) never waits for the solver.
///
/// A request supersedes every older one: one that has not started is skipped, and the answer to
/// one that was already running is dropped. A slider dragged across twenty values therefore costs
/// at most two evaluations, and evaluated() only ever brings the answer to the latest request.
class BackgroundEvaluator : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundEvaluator(QObject *parent = nullptr);
    /// Waits for an evaluation already running (the solver cannot be interrupted safely).
    ~BackgroundEvaluator() override;

    /// Returns at once with the request's number; evaluated() brings the answer. A negative
    /// year index asks for every year of the plan.
    quint64 request(const Plan &plan, const QString &scenarioId, int yearIndex);
    /// Whether the latest request is still unanswered.
    bool isBusy() const { return m_answered != m_latest.load(); }
    quint64 latestRequest() const { return m_latest.load(); }

signals:
    void evaluated(quint64 request, const lps::Evaluation &evaluation);

private:
    std::optional<Evaluation> evaluate(const Plan &plan, const QString &scenarioId, int yearIndex,
                                       quint64 number) const;
    void deliver(quint64 request, const Evaluation &evaluation);

    QThread m_thread;
    // Lives in m_thread: the context that requests run in.
    std::unique_ptr<QObject> m_worker;
    std::atomic<quint64> m_latest{0};
    quint64 m_answered = 0;
};

} // namespace lps
