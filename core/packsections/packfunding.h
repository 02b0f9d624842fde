#pragma once

#include "councillorpack/councillorpack.h"

#include <QCoreApplication>

namespace lps {

/// Who pays for what in the pack: what each sector and each resource gives each tier, the money
/// left unused, and what pooling adds over a tier-by-tier spreadsheet.
class PackFunding
{
    Q_DECLARE_TR_FUNCTIONS(PackFunding)

public:
    static PackSection section(const CouncillorPack::Inputs &inputs);
    static PackTable sectorTable(const Evaluation &evaluation, qsizetype position);
    static PackTable resourceTable(const Evaluation &evaluation, qsizetype position);
};

} // namespace lps
