#pragma once

#include "effectiveyear.h"
#include "model/plan.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lps {

/// Composes a scenario with the scenarios it is based on and applies it to one year of a plan.
class ScenarioApplier
{
public:
    explicit ScenarioApplier(const Plan &plan);

    /// The scenario and its ancestors, oldest first; empty if the id is unknown or the chain
    /// has a cycle (validation reports both).
    QList<const Scenario *> chain(const QString &scenarioId) const;

    /// Every adjustment that applies for the scenario, in the order they are applied.
    QList<Adjustment> adjustments(const QString &scenarioId) const;

    /// The plan as the scenario leaves it in year index y; nullopt for an unknown scenario or
    /// a year outside the plan. Expects a plan that passed PlanValidator.
    std::optional<EffectiveYear> apply(const QString &scenarioId, int yearIndex) const;

    /// The plan as written with each service in the tier and at the priority the scenario gives
    /// it in year index y (what a board of the scenario shows); the plan itself if it cannot.
    Plan withServicesAsApplied(const QString &scenarioId, int yearIndex) const;

private:
    const Plan &m_plan;
    // Lookups by id in constant time: plans from strangers may hold tens of thousands of items.
    QHash<QString, qsizetype> m_scenarioIndex;
};

} // namespace lps
