#include "gapcloser.h"

#include "engine/allocationengine.h"

namespace lps {

namespace {

Money gapUpTo(const YearResult &result, Tier last)
{
    Money gap;
    for (const Tier tier : kAllTiers) {
        if (int(tier) <= int(last))
            gap += result.tiers[size_t(tier)].gap;
    }
    return gap;
}

} // namespace

EffectiveYear GapCloser::withNewMoney(const EffectiveYear &year, Money amount)
{
    EffectiveYear more = year;
    EffectiveResource money;
    // Not an id a written resource can have (ids start with a letter or digit).
    money.id = QStringLiteral("-new-money");
    money.name = QStringLiteral("New money");
    money.available = amount;
    more.resources.append(money);
    return more;
}

bool GapCloser::closes(const EffectiveYear &year, Money amount, Tier last)
{
    return gapUpTo(AllocationEngine::evaluate(withNewMoney(year, amount)), last).isZero();
}

GapCloser::ToClose GapCloser::of(const EffectiveYear &year, const YearResult &current)
{
    return ToClose{leastThatCloses(year, gapUpTo(current, Tier::Must), Tier::Must),
                   leastThatCloses(year, gapUpTo(current, Tier::Need), Tier::Need)};
}

// New money can always fill the gap it is given (the allocation as it stands plus the new money
// in the gaps is feasible), so the answer is at most the gap, and it is usually exactly the gap.
// It is less when the optimum's priority weighting left money a plain top-up could use; rounding
// to whole minor units or hours can make it a little more. So: try the gap and one unit less,
// and search between bounds only when those two do not settle it.
Money GapCloser::leastThatCloses(const EffectiveYear &year, Money gap, Tier last)
{
    if (gap.isZero())
        return Money();
    qint64 high = gap.minor();
    while (!closes(year, Money::fromMinor(high), last)) {
        if (high > Money::kMaxMinor / 2)
            return Money::fromMinor(high); // cannot happen for a valid plan; never loop for ever
        high = high * 2;
    }
    if (!closes(year, Money::fromMinor(high - 1), last))
        return Money::fromMinor(high);
    --high;
    qint64 low = 0; // does not close (the gap is not zero)
    // Invariant: closes(high), !closes(low).
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (closes(year, Money::fromMinor(middle), last))
            high = middle;
        else
            low = middle;
    }
    return Money::fromMinor(high);
}

} // namespace lps
