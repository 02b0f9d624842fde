#pragma once

#include "dotvotes.h"
#include "model/plan.h"
#include "validation/problem.h"

#include <QString>
#include <QStringList>

#include <array>

namespace lps {

/// Turns a workshop room's dots into a scenario of service priorities, by the written rule of
/// docs/workshop-notes.md ("The room's priorities: from dots to a scenario"): within each tier,
/// the most dots get priority 100 and every other service its dots' share of that, at least 1.
class VotePriorities
{
public:
    /// What the vote did in one tier.
    struct TierVote
    {
        Tier tier = Tier::Must;
        /// Dots given to the tier's services (those switched off in the base scenario apart).
        qint64 dots = 0;
        /// The most dots any one service of the tier had; 0 when nobody voted in the tier.
        int mostDots = 0;
        /// Services given a priority; 0 when the officers' priorities stand.
        int services = 0;
        /// One sentence for the facilitator: "Could: nobody voted; the officers' priorities
        /// stand".
        QString note;

        bool voted() const { return mostDots > 0; }
    };

    struct Result
    {
        /// The scenario to add to the plan (after the others); meaningful only when ok().
        Scenario scenario;
        /// Must, need, could.
        std::array<TierVote, 3> tiers;
        /// Dots not counted because their service is switched off in the base scenario, one
        /// sentence each.
        QStringList setAside;
        /// Why there is no scenario: unknown services, an unknown base scenario, no dots.
        Problems problems;

        bool ok() const { return problems.isEmpty(); }
        /// The tiers' notes, must first.
        QStringList tierNotes() const;
    };

    /// The priority a service with `dots` gets in a tier whose most-voted service has
    /// `mostDots` (> 0): max(1, round half up(100 x dots / mostDots)), in exact integers.
    static int priorityFor(int dots, int mostDots);

    /// The room's priorities as a scenario based on `baseScenarioId`, with an id none of the
    /// plan's scenarios has. Tiers and switched-off services are as the base scenario leaves
    /// them in year index `yearIndex`: the year the room was shown (the first by default).
    static Result scenario(const Plan &plan, const QString &baseScenarioId, const DotVotes &votes,
                           const QString &name = defaultName(), int yearIndex = 0);
    /// "The room's priorities"
    static QString defaultName() { return QStringLiteral("The room's priorities"); }
};

} // namespace lps
