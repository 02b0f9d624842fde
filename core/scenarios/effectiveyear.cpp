#include "effectiveyear.h"

namespace lps {

bool EffectiveYear::mayFund(const EffectiveResource &resource,
                            const EffectiveService &service) const
{
    if (resource.switchedOff || service.switchedOff)
        return false;
    if (resource.kind == ResourceKind::Time && service.timeCapacityHours <= 0)
        return false;
    return resource.eligible.admits(service.id, service.tags, service.tier);
}

} // namespace lps
