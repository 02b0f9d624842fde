#include "backgroundevaluator.h"

#include "engine/allocationengine.h"
#include "solver/allocationsolver.h"

#include <QElapsedTimer>

#include <algorithm>

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
            if (number == m_latest.load()) // else superseded before it started
                work(plan, scenarioId, yearIndex, number);
        },
        Qt::QueuedConnection);
    return number;
}

void BackgroundEvaluator::waitForWorker()
{
    // The worker takes requests in order: once this empty one has run, every earlier one has.
    QMetaObject::invokeMethod(
        m_worker.get(), [] {}, Qt::BlockingQueuedConnection);
}

namespace {

QString memoryKey(const QString &scenarioId, int yearIndex)
{
    return scenarioId + QLatin1Char('/') + QString::number(yearIndex);
}

// Enough for every year of a few scenarios; past it all is forgotten, and answers start cold.
constexpr qsizetype kMemories = 64;

} // namespace

// In the worker thread: first answers where something was learnt before, then settled ones.
void BackgroundEvaluator::work(const Plan &plan, const QString &scenarioId, int yearIndex,
                               quint64 number)
{
    QList<int> years;
    for (int y = yearIndex >= 0 ? yearIndex : 0; y < (yearIndex >= 0 ? yearIndex + 1 : plan.years);
         ++y)
        years << y;
    const bool anyLearnt = std::any_of(years.cbegin(), years.cend(), [&](int y) {
        return firstAnswerPays(memoryKey(scenarioId, y));
    });
    if (!anyLearnt) {
        if (std::optional<Evaluation> settled =
                evaluate(plan, scenarioId, years, Pass::Settled, number))
            send(number, std::move(*settled));
        return;
    }
    std::optional<Evaluation> first = evaluate(plan, scenarioId, years, Pass::First, number);
    if (!first)
        return; // superseded while it ran
    send(number, *first);
    if (first->isSettled() || number != m_latest.load())
        return; // nothing left to settle, or a newer request will settle itself
    // Only the years that got a first answer are solved again; the others were settled already.
    QList<int> unsettled;
    for (const YearResult &year : std::as_const(first->years)) {
        if (!year.settled)
            unsettled << year.yearIndex;
    }
    const std::optional<Evaluation> settled =
        evaluate(plan, scenarioId, unsettled, Pass::Settled, number);
    if (!settled)
        return;
    for (qsizetype i = 0; i < settled->years.size(); ++i) {
        for (qsizetype j = 0; j < first->years.size(); ++j) {
            if (first->years.at(j).yearIndex == settled->years.at(i).yearIndex) {
                first->years[j] = settled->years.at(i);
                first->inputs[j] = settled->inputs.at(i);
            }
        }
    }
    send(number, std::move(*first));
}

// All years one at a time, so that a newer request does not wait for the rest of an old one.
std::optional<Evaluation> BackgroundEvaluator::evaluate(const Plan &plan, const QString &scenarioId,
                                                        const QList<int> &years, Pass pass,
                                                        quint64 number)
{
    if (m_memory.size() > kMemories) {
        m_memory.clear();
        m_settledMs.clear();
    }
    std::optional<Evaluation> all;
    for (const int y : years) {
        if (number != m_latest.load())
            return std::nullopt;
        const QString key = memoryKey(scenarioId, y);
        const bool first = pass == Pass::First && firstAnswerPays(key);
        SolverMemory &memory = m_memory[key];
        QElapsedTimer clock;
        clock.start();
        const Evaluation year =
            Evaluation::of(plan, scenarioId, {y}, [&memory, first](const EffectiveYear &input) {
                return first ? AllocationEngine::firstAnswer(input, memory, &memory)
                             : AllocationEngine::evaluate(input, &memory);
            });
        if (!first)
            m_settledMs.insert(key, clock.elapsed());
        if (!all) {
            all = year;
            continue;
        }
        all->years << year.years;
        all->inputs << year.inputs;
    }
    return all;
}

// Where a settled answer takes seconds (plans of thousands of services), a first answer saves
// little and delays the settled one: measured on the stress plan, first answers took 60% of the
// settled time on median and up to its whole (docs/performance.md).
bool BackgroundEvaluator::firstAnswerPays(const QString &key) const
{
    // An entry can be empty: the year was asked for but could not be applied.
    const auto memory = m_memory.constFind(key);
    return memory != m_memory.cend() && !memory->isEmpty() &&
           m_settledMs.value(key, 0) <= kFirstAnswerPaysMs;
}

void BackgroundEvaluator::send(quint64 number, Evaluation evaluation)
{
    evaluation.explainShortfalls(); // here, not on the thread that shows it
    QMetaObject::invokeMethod(
        this, [this, number, evaluation] { deliver(number, evaluation); }, Qt::QueuedConnection);
}

void BackgroundEvaluator::deliver(quint64 request, const Evaluation &evaluation)
{
    if (request != m_latest.load())
        return; // a newer request is on its way: never show a stale answer
    if (evaluation.isSettled())
        m_answered = request;
    emit evaluated(request, evaluation);
}

} // namespace lps
