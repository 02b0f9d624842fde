#pragma once

#include "councillorpack/councillorpack.h"

#include <QCoreApplication>

namespace lps {

/// Planning for failure in the pack: what each tier would lose if a resource were withdrawn,
/// the must services only one resource may fund, and the least new money that closes the must
/// and the need gaps.
class PackFailure
{
    Q_DECLARE_TR_FUNCTIONS(PackFailure)

public:
    static PackSection section(const CouncillorPack::Inputs &inputs);
};

} // namespace lps
