#pragma once

#include "reports/evaluation.h"

#include <QList>
#include <QString>

#include <array>

namespace lps {

struct Plan;

/// One scenario set against another over the same years: per tier, sector and service, what
/// each funds and the difference (scenario minus base), in exact minor units.
struct Comparison
{
    struct TierChange
    {
        Money baseFunded;
        Money baseGap;
        Money scenarioFunded;
        Money scenarioGap;
        Money fundedDifference() const { return scenarioFunded - baseFunded; }
        Money gapDifference() const { return scenarioGap - baseGap; }
    };

    struct ServiceChange
    {
        QString id;
        Tier baseTier = Tier::Must;
        Tier tier = Tier::Must;
        Money baseCost;
        Money scenarioCost;
        Money baseFunded;
        Money scenarioFunded;
        FundingStatus baseStatus = FundingStatus::Unfunded;
        FundingStatus status = FundingStatus::Unfunded;
        Money difference() const { return scenarioFunded - baseFunded; }
        bool changed() const
        {
            return !difference().isZero() || baseStatus != status || baseTier != tier;
        }
    };

    struct Year
    {
        int calendarYear = 0;
        /// Both evaluations proven optimal.
        bool optimal = false;
        std::array<TierChange, 3> tiers{};
        /// base and scenario: what each sector gives each tier, as YearResult::sectors.
        std::array<std::array<Money, 3>, 4> baseSectors{};
        std::array<std::array<Money, 3>, 4> scenarioSectors{};
        /// Every service of either evaluation, in the scenario's order.
        QList<ServiceChange> services;

        Money sectorDifference(Sector sector, Tier tier) const
        {
            return scenarioSectors[size_t(sector)][size_t(tier)] -
                   baseSectors[size_t(sector)][size_t(tier)];
        }
    };

    Evaluation base;
    Evaluation scenario;
    QList<Year> years;

    /// Evaluates both scenarios in the given year indices (all years when empty) and sets them side
    /// by side.
    static Comparison of(const Plan &plan, const QString &baseId, const QString &scenarioId,
                         const QList<int> &yearIndices = {});
    /// Sets two evaluations of the same plan side by side, year by calendar year.
    static Comparison between(const Evaluation &base, const Evaluation &scenario);
};

} // namespace lps
