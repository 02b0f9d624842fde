#include "packsections.h"

#include "packsections/packappendix.h"
#include "packsections/packchange.h"
#include "packsections/packfailure.h"
#include "packsections/packfunding.h"
#include "packsections/packsummary.h"
#include "packsections/packtiers.h"

namespace lps {

PackContent PackSections::content(const CouncillorPack::Inputs &inputs)
{
    PackContent pack = PackSummary::cover(inputs);
    pack.sections << PackSummary::section(inputs) << PackTiers::section(inputs)
                  << PackFunding::section(inputs) << PackChange::section(inputs)
                  << PackFailure::section(inputs) << PackAppendix::section(inputs);
    return pack;
}

} // namespace lps
