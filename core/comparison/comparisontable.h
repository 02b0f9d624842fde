#pragma once

#include "comparison.h"

#include <QString>

namespace lps {

/// Writes a comparison as plain text that fits an 80-column terminal: per year the tiers, the
/// sectors, and the services whose funding or status changed, biggest change first.
class ComparisonTable
{
public:
    static QString write(const Comparison &comparison);
};

} // namespace lps
