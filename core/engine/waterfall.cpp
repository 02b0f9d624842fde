#include "waterfall.h"

#include "amounts/exactratio.h"

#include <algorithm>
#include <limits>

namespace lps {

namespace {

constexpr qint64 kUnlimited = std::numeric_limits<qint64>::max();

// Services as a spreadsheet lists them: tier, then priority (highest first), then display order
// (the sort is stable); decommissioned services take nothing, so they are left out.
QList<qsizetype> serviceOrder(const EffectiveYear &year)
{
    QList<qsizetype> order;
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        if (!year.services.at(s).switchedOff)
            order << s;
    }
    std::stable_sort(order.begin(), order.end(), [&year](qsizetype a, qsizetype b) {
        const EffectiveService &first = year.services.at(a);
        const EffectiveService &second = year.services.at(b);
        if (first.tier != second.tier)
            return first.tier < second.tier;
        return first.priority > second.priority;
    });
    return order;
}

// ceil(amount / hourValue): the whole hours of volunteer capacity a time resource's gift uses.
qint64 chargedHours(qint64 amount, qint64 hourValue)
{
    if (amount <= 0)
        return 0;
    return hourValue > 0 ? (amount - 1) / hourValue + 1 : kUnlimited;
}

// One run of the waterfall over one year; the allocation grows service by service.
class Run
{
public:
    explicit Run(const EffectiveYear &year);
    Allocation allocate();

private:
    void fundService(qsizetype s);
    void take(qsizetype r, qsizetype s);
    void rollBack(qsizetype s);
    bool belowMinimum(qsizetype s) const;
    qint64 room(qsizetype r, qsizetype s) const;
    qint64 matchRoom(qsizetype r, qsizetype s) const;
    qint64 capacityRoom(qsizetype r, qsizetype s) const;

    const EffectiveYear &m_year;
    Allocation m_allocation;
    QList<qint64> m_remaining;
};

Run::Run(const EffectiveYear &year)
    : m_year(year)
    , m_allocation(year.resources.size(), year.services.size())
{
    for (const EffectiveResource &resource : year.resources)
        m_remaining << (resource.switchedOff ? 0 : std::max<qint64>(resource.available.minor(), 0));
}

Allocation Run::allocate()
{
    for (qsizetype s : serviceOrder(m_year))
        fundService(s);
    return m_allocation;
}

void Run::fundService(qsizetype s)
{
    for (qsizetype r = 0; r < m_year.resources.size(); ++r)
        take(r, s);
    // The top-up pass: matched money listed before the money it matches gets its share now.
    for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
        if (m_year.resources.at(r).matchRatio)
            take(r, s);
    }
    if (belowMinimum(s))
        rollBack(s);
}

void Run::take(qsizetype r, qsizetype s)
{
    const qint64 amount = room(r, s);
    if (amount <= 0)
        return;
    m_allocation.add(r, s, Money::fromMinor(amount));
    m_remaining[r] -= amount;
}

void Run::rollBack(qsizetype s)
{
    for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
        m_remaining[r] += m_allocation.at(r, s).minor();
        m_allocation.set(r, s, Money());
    }
}

bool Run::belowMinimum(qsizetype s) const
{
    const EffectiveService &service = m_year.services.at(s);
    const qint64 funded = m_allocation.fundingOf(s).minor();
    if (service.minimumShare <= 0.0 || funded == 0)
        return false;
    return funded < ExactRatio::ceilTimes(service.minimumShare, service.cost.minor());
}

// How much more resource r may give service s now, with every constraint still holding.
qint64 Run::room(qsizetype r, qsizetype s) const
{
    const EffectiveResource &resource = m_year.resources.at(r);
    const EffectiveService &service = m_year.services.at(s);
    if (!m_year.mayFund(resource, service))
        return 0;
    const qint64 given = m_allocation.at(r, s).minor();
    qint64 amount =
        std::min(m_remaining.at(r), service.cost.minor() - m_allocation.fundingOf(s).minor());
    if (resource.maxPerService)
        amount = std::min(amount, resource.maxPerService->minor() - given);
    if (resource.matchRatio)
        amount = std::min(amount, matchRoom(r, s));
    if (resource.kind == ResourceKind::Time)
        amount = std::min(amount, capacityRoom(r, s));
    return std::max<qint64>(amount, 0);
}

// x[r,s] <= floor(matchRatio x what the other resources of the match sector give s).
qint64 Run::matchRoom(qsizetype r, qsizetype s) const
{
    const EffectiveResource &resource = m_year.resources.at(r);
    qint64 matched = 0;
    for (qsizetype p = 0; p < m_year.resources.size(); ++p) {
        if (p != r && m_year.resources.at(p).sector == resource.matchSector)
            matched += m_allocation.at(p, s).minor();
    }
    return ExactRatio::floorTimes(*resource.matchRatio, matched) - m_allocation.at(r, s).minor();
}

// The whole hours the other time resources leave, times this resource's hour value.
qint64 Run::capacityRoom(qsizetype r, qsizetype s) const
{
    const qint64 hourValue = m_year.resources.at(r).hourValue.minor();
    if (hourValue <= 0)
        return 0;
    qint64 hoursLeft = m_year.services.at(s).timeCapacityHours;
    for (qsizetype p = 0; p < m_year.resources.size() && hoursLeft > 0; ++p) {
        const EffectiveResource &other = m_year.resources.at(p);
        if (p != r && other.kind == ResourceKind::Time)
            hoursLeft -= std::min(
                chargedHours(m_allocation.at(p, s).minor(), other.hourValue.minor()), hoursLeft);
    }
    if (hoursLeft > kUnlimited / hourValue)
        return kUnlimited;
    return hoursLeft * hourValue - m_allocation.at(r, s).minor();
}

} // namespace

Allocation Waterfall::allocate(const EffectiveYear &year)
{
    return Run(year).allocate();
}

} // namespace lps
