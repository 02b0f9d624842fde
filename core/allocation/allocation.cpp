#include "allocation.h"

namespace lps {

QString spelling(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return QStringLiteral("funded");
    case FundingStatus::Partial:
        return QStringLiteral("partial");
    case FundingStatus::Unfunded:
        return QStringLiteral("unfunded");
    case FundingStatus::Decommissioned:
        return QStringLiteral("decommissioned");
    }
    return {};
}

Allocation::Allocation(qsizetype resources, qsizetype services)
    : m_resources(resources)
    , m_services(services)
    , m_amounts(resources * services)
{
}

Money Allocation::fundingOf(qsizetype service) const
{
    Money total;
    for (qsizetype r = 0; r < m_resources; ++r)
        total += at(r, service);
    return total;
}

Money Allocation::usageOf(qsizetype resource) const
{
    Money total;
    for (qsizetype s = 0; s < m_services; ++s)
        total += at(resource, s);
    return total;
}

} // namespace lps
