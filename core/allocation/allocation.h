#pragma once

#include "amounts/money.h"
#include "model/enums.h"

#include <QList>
#include <QString>

#include <array>

namespace lps {

/// How far a service is funded: in full, in part, not at all, or not needed (decommissioned).
enum class FundingStatus
{
    Funded,
    Partial,
    Unfunded,
    Decommissioned
};

QString spelling(FundingStatus status);

/// Who pays for what in one year: money from each resource to each service, in minor units,
/// indexed like the EffectiveYear it was made for (resources x services).
class Allocation
{
public:
    Allocation() = default;
    Allocation(qsizetype resources, qsizetype services);

    qsizetype resourceCount() const { return m_resources; }
    qsizetype serviceCount() const { return m_services; }

    Money at(qsizetype resource, qsizetype service) const
    {
        return m_amounts.at(resource * m_services + service);
    }
    void set(qsizetype resource, qsizetype service, Money amount)
    {
        m_amounts[resource * m_services + service] = amount;
    }
    void add(qsizetype resource, qsizetype service, Money amount)
    {
        m_amounts[resource * m_services + service] += amount;
    }

    /// f_s: everything a service receives.
    Money fundingOf(qsizetype service) const;
    /// Everything a resource gives.
    Money usageOf(qsizetype resource) const;

    bool operator==(const Allocation &) const = default;

private:
    qsizetype m_resources = 0;
    qsizetype m_services = 0;
    QList<Money> m_amounts;
};

} // namespace lps
