#include "packwords.h"

namespace lps {

QString PackWords::money(Money amount, const QString &currency)
{
    return amount.formatted(currency);
}

QString PackWords::change(Money amount, const QString &currency)
{
    return amount > Money() ? QStringLiteral("+") + amount.formatted(currency)
                            : amount.formatted(currency);
}

QString PackWords::status(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return tr("fully funded");
    case FundingStatus::Partial:
        return tr("part-funded");
    case FundingStatus::Unfunded:
        return tr("unfunded");
    case FundingStatus::Decommissioned:
        return tr("decommissioned");
    }
    return {};
}

QString PackWords::tier(Tier tier)
{
    switch (tier) {
    case Tier::Must:
        return tr("Must provide");
    case Tier::Need:
        return tr("Need locally");
    case Tier::Could:
        return tr("Could provide");
    }
    return {};
}

QString PackWords::sector(Sector sector)
{
    const QString word = spelling(sector);
    return word.left(1).toUpper() + word.mid(1);
}

QString PackWords::count(int number, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(number).arg(number == 1 ? one : many);
}

} // namespace lps
