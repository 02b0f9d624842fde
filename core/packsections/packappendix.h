#pragma once

#include "councillorpack/councillorpack.h"

#include <QCoreApplication>

namespace lps {

/// The pack's appendix: every input (resources, services, the scenario's adjustments in words),
/// so that a reader can check each figure against what the plan was given.
class PackAppendix
{
    Q_DECLARE_TR_FUNCTIONS(PackAppendix)

public:
    static PackSection section(const CouncillorPack::Inputs &inputs);
};

} // namespace lps
