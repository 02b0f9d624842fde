#include "backgroundevaluator.h"

#include "solver/allocationsolver.h"

namespace lps {

BackgroundEvaluator::BackgroundEvaluator(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("lps-evaluator"));
    m_worker->moveToThread(&m_thread);
    // GLPK keeps an environment per thread: give it back in the thread that made it.
    connect(&m_thread, &QThread::finished, m_worker.get(), &AllocationSolver::releaseThreadState,
            Qt::DirectConnection);
    m_thread.start();
}

BackgroundEvaluator::~BackgroundEvaluator()
{
    m_latest.store(~quint64(0)); // everything queued is stale now
    m_thread.quit();
    m_thread.wait();
}

quint64 BackgroundEvaluator::request(const Plan &plan, const QString &scenarioId, int yearIndex)
{
    const quint64 number = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, number, plan, scenarioId, yearIndex] {
            if (number != m_latest.load())
                return; // superseded before it started
            std::optional<Evaluation> evaluation = evaluate(plan, scenarioId, yearIndex, number);
            if (!evaluation)
                return;                      // superseded while it ran
            evaluation->explainShortfalls(); // here, not on the thread that shows it
            QMetaObject::invokeMethod(
                this, [this, number, evaluation] { deliver(number, *evaluation); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return number;
}

// All years one at a time, so that a newer request does not wait for the rest of an old one.
std::optional<Evaluation> BackgroundEvaluator::evaluate(const Plan &plan, const QString &scenarioId,
                                                        int yearIndex, quint64 number) const
{
    if (yearIndex >= 0)
        return Evaluation::of(plan, scenarioId, {yearIndex});
    std::optional<Evaluation> all;
    for (int y = 0; y < plan.years; ++y) {
        if (number != m_latest.load())
            return std::nullopt;
        const Evaluation year = Evaluation::of(plan, scenarioId, {y});
        if (!all) {
            all = year;
            continue;
        }
        all->years << year.years;
        all->inputs << year.inputs;
    }
    return all;
}

void BackgroundEvaluator::deliver(quint64 request, const Evaluation &evaluation)
{
    if (request != m_latest.load())
        return; // a newer request is on its way: never show a stale answer
    m_answered = request;
    emit evaluated(request, evaluation);
}

} // namespace lps
