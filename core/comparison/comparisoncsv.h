#pragma once

#include "comparison.h"

#include <QByteArray>

namespace lps {

/// Writes a comparison as CSV for a spreadsheet: per year one row per tier, per sector and tier,
/// and per service; amounts in pounds like EvaluationCsv.
class ComparisonCsv
{
public:
    static QByteArray write(const Comparison &comparison);
};

} // namespace lps
