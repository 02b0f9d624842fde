#pragma once

#include "model/plan.h"

#include <QString>

namespace lps {

/// A scenario's adjustment in plain words, as a list shows it and councillors hear it:
/// "Revenue support grant x 0.70 from 2027/28", "Libraries decommissioned".
class AdjustmentWords
{
public:
    static QString describe(const Plan &plan, const Adjustment &adjustment);
};

} // namespace lps
