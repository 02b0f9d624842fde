#include "eligibility.h"

namespace lps {

bool Eligibility::admits(const QString &serviceId, const QStringList &serviceTags, Tier tier) const
{
    if (!services.isEmpty() && !services.contains(serviceId))
        return false;
    if (!tiers.isEmpty() && !tiers.contains(tier))
        return false;
    if (!tags.isEmpty()) {
        for (const QString &tag : serviceTags) {
            if (tags.contains(tag))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace lps
