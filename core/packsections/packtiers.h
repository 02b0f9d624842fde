#pragma once

#include "councillorpack/councillorpack.h"

#include <QCoreApplication>

namespace lps {

/// The pack's tiers: every service that is not fully funded, what it costs, what it gets, what
/// its shortfall means (its consequence text) and why it is short.
class PackTiers
{
    Q_DECLARE_TR_FUNCTIONS(PackTiers)

public:
    static PackSection section(const CouncillorPack::Inputs &inputs);
};

} // namespace lps
