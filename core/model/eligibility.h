#pragma once

#include "enums.h"

#include <QList>
#include <QStringList>

namespace lps {

/// Which services a resource may fund: listed services, tagged services and services of listed
/// tiers; every list that is given must be satisfied, and no list at all means "any service".
struct Eligibility
{
    QStringList services;
    QStringList tags;
    QList<Tier> tiers;

    bool isUnrestricted() const { return services.isEmpty() && tags.isEmpty() && tiers.isEmpty(); }
    bool admits(const QString &serviceId, const QStringList &serviceTags, Tier tier) const;

    bool operator==(const Eligibility &) const = default;
};

} // namespace lps
