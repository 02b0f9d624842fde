#pragma once

#include "councillorpack/councillorpack.h"

namespace lps {

/// Says what CouncillorPack worked out as the pack's sections, in order: the summary, the tiers,
/// who pays, against the base and year by year, planning for failure and the appendix.
class PackSections
{
public:
    /// The cover and the sections: cheap, from what CouncillorPack::workOut found.
    static PackContent content(const CouncillorPack::Inputs &inputs);
};

} // namespace lps
