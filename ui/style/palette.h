#pragma once

#include "allocation/allocation.h"
#include "model/enums.h"

#include <QBrush>
#include <QColor>

namespace lps {

/// The app's one palette, so that a colour means one thing on every card and chart: funding
/// statuses and sectors each have their own Okabe-Ito hues (safe with every common colour-vision
/// deficiency), tiers one navy ink told apart by fill pattern, and comparisons two neutrals.
/// Money that arrives is the funded green and money that is missing the unfunded vermillion,
/// wherever it is drawn; no colour is used for anything else.
class Palette
{
public:
    static QColor status(FundingStatus status);
    /// A card whose answer has not come yet.
    static QColor noAnswer();
    static QColor sector(Sector sector);
    /// Tiers differ by pattern (solid, dense, hatched), never by hue: a hue here is a status or
    /// a sector.
    static QBrush tier(Tier tier);
    static QColor tierInk();
    /// The two sides of a comparison: the base scenario light, the scenario compared dark.
    static QColor base();
    static QColor scenario();
    /// Money a service or tier gets, and money it lacks (a gap), as drawn in every chart.
    static QColor funded() { return status(FundingStatus::Funded); }
    static QColor missing() { return status(FundingStatus::Unfunded); }
    /// A gap is hatched as well as coloured, so it differs by more than colour.
    static QBrush gap();
    /// The outline of a filled shape in `colour`.
    static QColor edge(const QColor &colour) { return colour.darker(140); }
};

} // namespace lps
