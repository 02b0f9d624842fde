#pragma once

#include "allocation/allocation.h"
#include "amounts/money.h"
#include "model/enums.h"
#include "solver/allocationsolver.h"
#include "validation/problem.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace lps {

/// One service's part of an evaluation: what it costs, what it gets and from whom.
struct ServiceOutcome
{
    QString id;
    Tier tier = Tier::Must;
    Money cost;
    Money funded;
    FundingStatus status = FundingStatus::Unfunded;
    /// Money from expected or speculative resources, and the paid-on-results share of the rest.
    Money atRisk;
    /// (resource id, amount) in the resources' display order; only non-zero amounts.
    QList<QPair<QString, Money>> sources;

    bool operator==(const ServiceOutcome &) const = default;
};

/// One resource's part of an evaluation, with its marginal value to each tier.
struct ResourceOutcome
{
    QString id;
    Money available;
    Money used;
    Money unused;
    /// Rise of each tier's priority-weighted funding per extra unit of this resource.
    std::array<double, 3> marginal{0.0, 0.0, 0.0};

    bool operator==(const ResourceOutcome &) const = default;
};

/// A tier's totals.
struct TierOutcome
{
    Money cost;
    Money funded;
    Money gap;
    int fundedCount = 0;
    int partialCount = 0;
    int unfundedCount = 0;

    bool operator==(const TierOutcome &) const = default;
};

/// How far a tier of an answer not proven optimal may be from the best possible (cli.md).
struct TierGap
{
    /// The most the tier's funding could be, given the tiers above it: funded + gap.
    Money bound;
    /// The tier's priority-weighted shortfall against the search's best bound, in money at the
    /// lowest priority of the tier's services that are short (never more than the tier's gap).
    Money gap;
    /// gap / bound.
    double relative = 0.0;

    bool operator==(const TierGap &) const = default;
};

/// The allocation engine's answer for one scenario in one year, in exact minor units.
struct YearResult
{
    int yearIndex = 0;
    int calendarYear = 0;
    /// Proven optimal by the solver and confirmed by the exact check.
    bool optimal = false;
    /// False for a first answer (spec/allocation.md, Answers in time): checked, with honest
    /// gaps, shown while the settled answer is worked out; files and reports never hold one.
    bool settled = true;
    /// Why the search stopped short of a proof, if it did.
    SearchStop stopped = SearchStop::None;
    /// Per tier, when not optimal: how far from the best possible it may be (zero otherwise).
    std::array<TierGap, 3> gaps{};
    Allocation allocation;
    QList<ServiceOutcome> services;
    QList<ResourceOutcome> resources;
    std::array<TierOutcome, 3> tiers;
    /// sectors[sector][tier]: what each sector gives each tier.
    std::array<std::array<Money, 3>, 4> sectors{};
    /// Problems the exact check found; never empty when !optimal for that reason.
    Problems problems;

    bool operator==(const YearResult &) const = default;
};

} // namespace lps
