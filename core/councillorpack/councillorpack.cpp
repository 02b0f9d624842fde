#include "councillorpack.h"

#include "engine/allocationengine.h"
#include "scenarios/scenarioapplier.h"

namespace lps {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

} // namespace

CouncillorPack::Inputs CouncillorPack::workOut(const Plan &plan, const Request &request,
                                               const std::atomic<bool> *cancel)
{
    Inputs inputs;
    inputs.plan = plan;
    inputs.request = request;
    // Years the plan has, and a base it has, whoever asks: the sections index by them.
    QList<int> years;
    for (const int year : std::as_const(inputs.request.years)) {
        if (year >= 0 && year < plan.years && !years.contains(year))
            years << year;
    }
    inputs.request.years = years.isEmpty() ? QList<int>{0} : years;
    if (inputs.request.baseId == inputs.request.scenarioId ||
        plan.scenarioIndex(inputs.request.baseId) < 0)
        inputs.request.baseId.clear();
    // Every year, whatever the detail: the pack shows each tier's gap year by year.
    inputs.evaluation = Evaluation::of(plan, request.scenarioId);
    for (const int year : std::as_const(inputs.request.years)) {
        if (year < inputs.evaluation.years.size())
            inputs.detail << year;
    }
    inputs.complete = !cancelled(cancel);
    if (!inputs.complete)
        return inputs;
    inputs.evaluation.workOutWhatItWouldTake();
    if (!inputs.request.baseId.isEmpty())
        inputs.base = Evaluation::of(plan, inputs.request.baseId, inputs.request.years);
    const qsizetype first = inputs.detail.value(0, -1);
    if (!cancelled(cancel) && first >= 0 && first < inputs.evaluation.inputs.size()) {
        inputs.resilience = Resilience::of(inputs.evaluation.inputs.at(first),
                                           inputs.evaluation.years.at(first), 2, {}, cancel);
    }
    inputs.complete = !cancelled(cancel) && inputs.resilience.complete;
    return inputs;
}

} // namespace lps
