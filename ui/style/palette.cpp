#include "palette.h"

namespace lps {

// Okabe & Ito (2008): orange E69F00, sky blue 56B4E9, bluish green 009E73, yellow F0E442,
// blue 0072B2, vermillion D55E00, reddish purple CC79A7, and neutrals.
QColor Palette::status(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return QColor(0x00, 0x9E, 0x73);
    case FundingStatus::Partial:
        return QColor(0xE6, 0x9F, 0x00);
    case FundingStatus::Unfunded:
        return QColor(0xD5, 0x5E, 0x00);
    case FundingStatus::Decommissioned:
        return QColor(0xA8, 0xA8, 0xA8);
    }
    return noAnswer();
}

QColor Palette::noAnswer()
{
    return QColor(0xD9, 0xD9, 0xD9);
}

QColor Palette::sector(Sector sector)
{
    switch (sector) {
    case Sector::Public:
        return QColor(0x00, 0x72, 0xB2);
    case Sector::Private:
        return QColor(0x56, 0xB4, 0xE9);
    case Sector::Charitable:
        return QColor(0xCC, 0x79, 0xA7);
    case Sector::Personal:
        return QColor(0xF0, 0xE4, 0x42);
    }
    return noAnswer();
}

QColor Palette::tierInk()
{
    return QColor(0x1F, 0x2A, 0x44);
}

QBrush Palette::tier(Tier tier)
{
    switch (tier) {
    case Tier::Must:
        return QBrush(tierInk());
    case Tier::Need:
        return QBrush(tierInk(), Qt::Dense4Pattern);
    case Tier::Could:
        return QBrush(tierInk(), Qt::BDiagPattern);
    }
    return QBrush(tierInk());
}

QColor Palette::base()
{
    return QColor(0xBB, 0xBB, 0xBB);
}

QColor Palette::scenario()
{
    return QColor(0x44, 0x44, 0x44);
}

QBrush Palette::gap()
{
    return QBrush(missing(), Qt::BDiagPattern);
}

} // namespace lps
