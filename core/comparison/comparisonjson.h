#pragma once

#include "comparison.h"

#include <QByteArray>

namespace lps {

/// Writes a comparison as canonical JSON (`lps compare --format json`, docs/cli.md): money in minor
/// units.
class ComparisonJson
{
public:
    static QByteArray write(const Comparison &comparison);
};

} // namespace lps
