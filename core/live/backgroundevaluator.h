#pragma once

#include "model/plan.h"
#include "reports/evaluation.h"
#include "solver/solvermemory.h"

#include <QHash>

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
///
/// Answers come in time (spec/allocation.md): where an earlier request solved the same scenario
/// and year, a first answer started from what that solve learnt comes first, then the settled
/// answer, unless a newer request arrived in between (a slider still moving).
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
    /// Whether the latest request's settled answer has not come yet.
    bool isBusy() const { return m_answered != m_latest.load(); }
    /// Waits until the worker has done everything asked so far; what it sent arrives through the
    /// asking thread's event loop as usual (for tests, instead of sleeping).
    void waitForWorker();

signals:
    /// A first or a settled answer (Evaluation::isSettled()) to the latest request.
    void evaluated(quint64 request, const lps::Evaluation &evaluation);

private:
    enum class Pass
    {
        First,
        Settled
    };

    void work(const Plan &plan, const QString &scenarioId, int yearIndex, quint64 number);
    std::optional<Evaluation> evaluate(const Plan &plan, const QString &scenarioId,
                                       const QList<int> &years, Pass pass, quint64 number);
    void send(quint64 number, Evaluation evaluation);
    bool firstAnswerPays(const QString &key) const;
    void deliver(quint64 request, const Evaluation &evaluation);

    // What the worker learnt per scenario and year; only the worker thread touches it.
    QHash<QString, SolverMemory> m_memory;
    // How long the last settled answer per scenario and year took, in ms (worker thread only).
    QHash<QString, qint64> m_settledMs;
    static constexpr qint64 kFirstAnswerPaysMs = 2500;

    QThread m_thread;
    // Lives in m_thread: the context that requests run in.
    std::unique_ptr<QObject> m_worker;
    std::atomic<quint64> m_latest{0};
    quint64 m_answered = 0;
};

} // namespace lps
