#include "resourcegroups.h"

#include <QByteArray>
#include <QDataStream>
#include <QHash>
#include <QIODevice>

#include <algorithm>

namespace lps {

namespace {

// Everything about a resource that the allocation rule looks at, as bytes: equal keys mean
// the rule cannot tell the two resources apart.
QByteArray keyOf(const EffectiveYear &year, const EffectiveResource &resource, bool sectorCounts)
{
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << int(resource.kind) << int(resource.certainty);
    if (resource.kind == ResourceKind::Time)
        out << resource.hourValue.minor();
    if (sectorCounts)
        out << int(resource.sector);
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        const EffectiveService &service = year.services.at(s);
        if (!service.cost.isZero() && year.mayFund(resource, service))
            out << qint64(s);
    }
    return key;
}

} // namespace

ResourceGroups::ResourceGroups(const EffectiveYear &year)
    : m_year(year)
    , m_groupOf(year.resources.size(), -1)
{
    QList<bool> matchedSector(4, false);
    for (const EffectiveResource &resource : year.resources) {
        if (resource.matchRatio)
            matchedSector[qsizetype(resource.matchSector)] = true;
    }
    QHash<QByteArray, qsizetype> groupOfKey;
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        const EffectiveResource &resource = year.resources.at(r);
        if (resource.available.isZero())
            continue;
        qsizetype group = -1;
        if (!resource.matchRatio && !resource.maxPerService) {
            const QByteArray key =
                keyOf(year, resource, matchedSector.value(qsizetype(resource.sector)));
            group = groupOfKey.value(key, -1);
            if (group < 0)
                groupOfKey.insert(key, m_members.size());
        }
        if (group < 0) {
            group = m_members.size();
            m_members.append(QList<qsizetype>());
            m_available.append(Money());
        }
        m_members[group].append(r);
        m_available[group] += resource.available;
        m_groupOf[r] = group;
    }
}

const EffectiveResource &ResourceGroups::representative(qsizetype group) const
{
    return m_year.resources.at(m_members.at(group).first());
}

QList<double> ResourceGroups::spread(const QList<double> &groupAmounts, qsizetype services) const
{
    QList<double> amounts(m_year.resources.size() * services, 0.0);
    for (qsizetype g = 0; g < size(); ++g) {
        const QList<qsizetype> &members = m_members.at(g);
        QList<double> left;
        for (const qsizetype r : members)
            left << double(m_year.resources.at(r).available.minor());
        // Whole units first, so that one service's fraction of a unit does not split every later
        // service's money across two members at a fractional point (and lose a unit to rounding
        // each time); the fractions after, from whoever has room.
        for (const bool whole : {true, false}) {
            qsizetype member = 0;
            for (qsizetype s = 0; s < services; ++s) {
                const double value = std::max(0.0, groupAmounts.at(g * services + s));
                const double wholePart = std::floor(value + 1e-6);
                double amount = whole ? wholePart : std::max(0.0, value - wholePart);
                while (amount > 0.0) {
                    // The last member takes whatever floating-point noise is left over.
                    const bool last = member + 1 == members.size();
                    const double take = last ? amount : std::clamp(left.at(member), 0.0, amount);
                    amounts[members.at(member) * services + s] += take;
                    amount -= take;
                    left[member] -= take;
                    if (amount > 0.0 && !last)
                        ++member;
                }
            }
        }
    }
    return amounts;
}

} // namespace lps
