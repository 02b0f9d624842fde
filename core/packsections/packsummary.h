#pragma once

#include "councillorpack/councillorpack.h"

#include <QCoreApplication>

namespace lps {

/// The pack's cover (what it is about and how sure its figures are) and its one-page summary:
/// each tier's cost, funding and gap, what changed from the base, and the money at risk.
class PackSummary
{
    Q_DECLARE_TR_FUNCTIONS(PackSummary)

public:
    static PackContent cover(const CouncillorPack::Inputs &inputs);
    static PackSection section(const CouncillorPack::Inputs &inputs);
    /// The tiers of one year as a table: cost, funded, gap, at risk, with a total row.
    static PackTable tierTable(const Evaluation &evaluation, qsizetype position);
    /// The tiers of one year as stacked bars: funded and the gap.
    static PackChart tierChart(const Evaluation &evaluation, qsizetype position);
};

} // namespace lps
