#pragma once

#include "engine/yearresult.h"
#include "scenarios/effectiveyear.h"

namespace lps {

/// "What it would take": the least new money (public, confirmed, free to fund any service) that
/// leaves the must tier, or the must and need tiers together, with no gap (spec/cli.md toClose).
/// Found with the allocation engine itself, so restrictions, caps, match funding and minimum
/// shares all count; exact to the minor unit: with one minor unit less, a gap remains.
class GapCloser
{
public:
    struct ToClose
    {
        Money must;
        Money mustNeed;

        bool operator==(const ToClose &) const = default;
    };

    /// `current` is the engine's result for `year` as it stands.
    static ToClose of(const EffectiveYear &year, const YearResult &current);
    /// The year with `amount` of new money added as one more resource.
    static EffectiveYear withNewMoney(const EffectiveYear &year, Money amount);
    /// Whether, with `amount` of new money, the tiers up to and including `last` have no gap.
    static bool closes(const EffectiveYear &year, Money amount, Tier last);

private:
    static Money leastThatCloses(const EffectiveYear &year, Money gap, Tier last);
};

} // namespace lps
