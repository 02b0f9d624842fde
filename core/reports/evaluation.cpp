#include "evaluation.h"

#include "whatif/poolingvalue.h"

#include "engine/allocationengine.h"
#include "model/plan.h"
#include "scenarios/scenarioapplier.h"
#include "shortfallexplainer.h"

#include <algorithm>

namespace lps {

Evaluation Evaluation::of(const Plan &plan, const QString &scenarioId,
                          const QList<int> &yearIndices, const YearEngine &engine)
{
    Evaluation evaluation;
    evaluation.planName = plan.name;
    evaluation.scenarioId = scenarioId;
    const qsizetype scenario = plan.scenarioIndex(scenarioId);
    evaluation.scenarioName = scenario >= 0 ? plan.scenarios.at(scenario).name : scenarioId;
    evaluation.currency = plan.currency;
    evaluation.firstYear = plan.firstYear;
    for (const Service &service : plan.services)
        evaluation.serviceNames.insert(service.id, service.name);
    for (const Resource &resource : plan.resources)
        evaluation.resourceNames.insert(resource.id, resource.name);
    QList<int> years = yearIndices;
    if (years.isEmpty()) {
        for (int y = 0; y < plan.years; ++y)
            years << y;
    }
    const ScenarioApplier applier(plan);
    for (const int y : std::as_const(years)) {
        if (const std::optional<EffectiveYear> input = applier.apply(scenarioId, y)) {
            evaluation.years << (engine ? engine(*input) : AllocationEngine::evaluate(*input));
            evaluation.inputs << *input;
            // A move's money has a name of its own ("Moved from Leisure centres"), not its id.
            for (const EffectiveResource &resource : input->resources) {
                if (resource.fromMove)
                    evaluation.resourceNames.insert(resource.id, resource.name);
            }
        }
    }
    return evaluation;
}

bool Evaluation::isSettled() const
{
    return std::all_of(years.begin(), years.end(), [](const YearResult &y) { return y.settled; });
}

QString Evaluation::why(qsizetype yearPosition, qsizetype service) const
{
    if (yearPosition < 0 || yearPosition >= years.size() || yearPosition >= inputs.size())
        return {};
    return ShortfallExplainer::explain(inputs.at(yearPosition), years.at(yearPosition), service,
                                       resourceNames, currency);
}

void Evaluation::explainShortfalls()
{
    shortfalls.clear();
    for (qsizetype y = 0; y < years.size(); ++y) {
        QHash<QString, QString> reasons;
        for (qsizetype s = 0; s < years.at(y).services.size(); ++s) {
            const QString reason = why(y, s);
            if (!reason.isEmpty())
                reasons.insert(years.at(y).services.at(s).id, reason);
        }
        shortfalls << reasons;
    }
}

void Evaluation::workOutWhatItWouldTake()
{
    toClose.clear();
    pooling.clear();
    for (qsizetype y = 0; y < years.size() && y < inputs.size(); ++y) {
        toClose << GapCloser::of(inputs.at(y), years.at(y));
        pooling << PoolingValue::of(inputs.at(y), years.at(y));
    }
}

QString Evaluation::yearLabel(int calendarYear) const
{
    return Plan::financialYearLabel(calendarYear);
}

QHash<QString, Sector> Evaluation::resourceSectors(qsizetype yearPosition) const
{
    QHash<QString, Sector> sectors;
    if (yearPosition >= 0 && yearPosition < inputs.size())
        for (const EffectiveResource &resource : inputs.at(yearPosition).resources)
            sectors.insert(resource.id, resource.sector);
    return sectors;
}

} // namespace lps
