#pragma once

#include <QtGlobal>

namespace lps {

/// Exact products of a ratio (a double, as plans store shares and match ratios) with an integer
/// amount, rounded down or up without any floating-point error: what the allocation's checks
/// compare money against ("at least 60% of £1,234.57" is £740.75 rounded up, exactly).
class ExactRatio
{
public:
    /// floor(ratio x amount) for ratio >= 0 and 0 <= amount <= 2^62; saturates at 2^62.
    static qint64 floorTimes(double ratio, qint64 amount);
    /// ceil(ratio x amount), likewise.
    static qint64 ceilTimes(double ratio, qint64 amount);
};

} // namespace lps
