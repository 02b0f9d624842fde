#pragma once

#include "comparison/comparison.h"
#include "councillorpack/councillorpack.h"

#include <QCoreApplication>

namespace lps {

/// The scenario against its base in the pack (each tier, the services whose status changes and
/// what that means, the waterfall of change by sector), and each tier's gap year by year.
class PackChange
{
    Q_DECLARE_TR_FUNCTIONS(PackChange)

public:
    static PackSection section(const CouncillorPack::Inputs &inputs);
    static PackTable yearsTable(const Evaluation &evaluation);
    /// The scenario's detailed years against the base's (empty without a base).
    static Comparison comparison(const CouncillorPack::Inputs &inputs);
};

} // namespace lps
