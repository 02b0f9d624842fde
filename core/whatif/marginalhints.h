#pragma once

#include "engine/yearresult.h"
#include "scenarios/effectiveyear.h"

#include <QStringList>

namespace lps {

/// Plain-language hints from the engine's marginal values: where an extra pound of each
/// resource would go ("An extra pound of Public health grant would go to the need tier"), and
/// which resources more of would change nothing, because some of them is unused already or
/// their restrictions leave nothing more to fund.
class MarginalHints
{
public:
    static QStringList of(const EffectiveYear &year, const YearResult &result,
                          const QString &currency);
};

} // namespace lps
