#include "poolingvalue.h"

#include "engine/waterfall.h"

namespace lps {

std::array<Money, 3> PoolingValue::of(const EffectiveYear &year, const YearResult &optimum)
{
    const Allocation waterfall = Waterfall::allocate(year);
    std::array<Money, 3> value{};
    for (const Tier tier : kAllTiers)
        value[size_t(tier)] = optimum.tiers[size_t(tier)].funded;
    for (qsizetype s = 0; s < year.services.size(); ++s)
        value[size_t(year.services.at(s).tier)] -= waterfall.fundingOf(s);
    return value;
}

namespace {

QString moreOrLess(Money amount, const QString &currency)
{
    return amount.minor() < 0 ? QStringLiteral("%1 less").arg((-amount).formatted(currency))
                              : QStringLiteral("%1 more").arg(amount.formatted(currency));
}

} // namespace

QString PoolingValue::words(const std::array<Money, 3> &value, const QString &currency)
{
    QString sentence = QStringLiteral("Pooling funds %1 in the must tier, %2 in need and %3 in "
                                      "could than a tier-by-tier spreadsheet would.")
                           .arg(moreOrLess(value[0], currency), moreOrLess(value[1], currency),
                                moreOrLess(value[2], currency));
    if (std::any_of(value.cbegin(), value.cend(), [](Money m) { return m.minor() < 0; }))
        sentence += QStringLiteral(
            " A tier gets less because pooling moves money that the spreadsheet would have "
            "left there up to a tier above, which comes first.");
    return sentence;
}

} // namespace lps
