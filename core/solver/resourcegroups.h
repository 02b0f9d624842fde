#pragma once

#include "scenarios/effectiveyear.h"

#include <QList>

namespace lps {

/// Resources the allocation rule cannot tell apart, merged so that the solver needs one column
/// per group and service instead of one per resource and service.
///
/// Two resources are interchangeable when they may fund exactly the same services and share
/// kind, certainty (the tidy stage's penalty), hour value (volunteer rows) and, where a match
/// rule counts a sector, sector; a resource with a match ratio or a per-service cap of its own
/// stays alone. Resources with nothing available belong to no group.
class ResourceGroups
{
public:
    explicit ResourceGroups(const EffectiveYear &year);

    qsizetype size() const { return m_members.size(); }
    /// Member resources of a group, in display order.
    const QList<qsizetype> &members(qsizetype group) const { return m_members.at(group); }
    /// A member standing for the group: every member has its eligibility, kind and certainty.
    const EffectiveResource &representative(qsizetype group) const;
    /// What the members have together, in minor units.
    Money available(qsizetype group) const { return m_available.at(group); }
    /// The group of a resource, or -1 for a resource with nothing available.
    qsizetype groupOf(qsizetype resource) const { return m_groupOf.at(resource); }

    /// Spreads each group's amount per service (groups x services) over its members (resources x
    /// services): members are drawn on in display order, as a finance officer would spend them.
    QList<double> spread(const QList<double> &groupAmounts, qsizetype services) const;

private:
    const EffectiveYear &m_year;
    QList<QList<qsizetype>> m_members;
    QList<Money> m_available;
    QList<qsizetype> m_groupOf;
};

} // namespace lps
