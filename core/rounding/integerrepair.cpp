#include "integerrepair.h"

#include "allocation/allocationcheck.h"
#include "unitrounding.h"

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

class Repair
{
public:
    Repair(const EffectiveYear &year, const FractionalAllocation &solution)
        : m_year(year)
        , m_solution(solution)
        , m_x(year.resources.size(), year.services.size())
    {
    }

    Allocation run()
    {
        roundDown();
        trimResources();
        trimCosts();
        trimCapacity();
        trimMatches();
        for (const qsizetype s : serviceOrder()) {
            topUp(s, target(s));
            takeFromOthers(s, target(s), Donors::LowerTiers);
            // A service the optimum funds fully but a penny of rounding short takes that penny
            // from a partly funded service of its own tier rather than show "partial".
            const Money slack = Money::fromMinor(2);
            if (target(s) == m_year.services.at(s).cost && m_x.fundingOf(s) + slack >= target(s))
                takeFromOthers(s, target(s), Donors::ShortOnes);
        }
        trimMatches(); // taking from lower tiers can lower what a matched resource may give
        for (const qsizetype s : serviceOrder())
            enforceMinimum(s);
        // Borrowing for one service's minimum can trim matched money elsewhere: a last pass
        // drops whatever is now below its minimum, so the answer always holds.
        trimMatches();
        for (qsizetype s = 0; s < services(); ++s)
            dropIfBelowMinimum(s);
        // Money still unused where it could fund a service is the solver's rounding at large
        // scales: give it out in tier and priority order, as the optimum would have.
        for (const qsizetype s : serviceOrder()) {
            if (!m_x.fundingOf(s).isZero() || m_year.services.at(s).minimumShare <= 0)
                topUp(s, m_year.services.at(s).cost);
        }
        // Last, the pennies: a service the optimum funds fully that the passes above left a
        // rounding short gets them from lower tiers or from a partly funded service of its own.
        for (const qsizetype s : serviceOrder()) {
            const Money cost = m_year.services.at(s).cost;
            if (target(s) != cost || m_x.fundingOf(s) >= cost)
                continue;
            takeFromOthers(s, cost, Donors::LowerTiers);
            takeFromOthers(s, cost, Donors::ShortOnes);
        }
        trimMatches();
        for (qsizetype s = 0; s < services(); ++s)
            dropIfBelowMinimum(s);
        return m_x;
    }

private:
    qsizetype resources() const { return m_year.resources.size(); }
    qsizetype services() const { return m_year.services.size(); }

    // Never below zero, never above a cap.
    Money quantise(qsizetype r, Money amount) const
    {
        const EffectiveResource &resource = m_year.resources.at(r);
        if (resource.maxPerService)
            amount = std::min(amount, *resource.maxPerService);
        return std::max(amount, Money());
    }

    // Rounds every amount down, then hands each resource's leftover whole units back where the
    // rounding took most: first to the services the optimum funded further than their rounded
    // amounts (in tier and priority order), then by largest remainder. Rounding resources alone
    // let a high-priority service take the unit a lower one needed from its only resource.
    void roundDown()
    {
        struct Fraction
        {
            double remainder;
            qsizetype resource;
            qsizetype service;
        };
        std::vector<Fraction> fractions;
        QList<qint64> extra(resources(), 0);
        for (qsizetype r = 0; r < resources(); ++r) {
            double total = 0.0;
            for (qsizetype s = 0; s < services(); ++s) {
                if (!m_year.mayFund(m_year.resources.at(r), m_year.services.at(s)))
                    continue;
                const double value = std::max(0.0, m_solution.at(r, s));
                total += value;
                // A value within a millionth of a unit above an integer is that integer.
                const auto whole = qint64(std::floor(value + 1e-6));
                m_x.set(
                    r, s,
                    quantise(r, Money::fromMinor(std::clamp<qint64>(whole, 0, Money::kMaxMinor))));
                if (value - double(whole) > 1e-6)
                    fractions.push_back({value - double(whole), r, s});
            }
            const qint64 wanted = std::min<qint64>(qint64(std::llround(total)),
                                                   m_year.resources.at(r).available.minor());
            extra[r] = wanted - m_x.usageOf(r).minor();
        }
        std::stable_sort(
            fractions.begin(), fractions.end(),
            [](const Fraction &a, const Fraction &b) { return a.remainder > b.remainder; });
        QList<qsizetype> rank(services(), 0);
        const QList<qsizetype> order = serviceOrder();
        for (qsizetype k = 0; k < order.size(); ++k)
            rank[order.at(k)] = k;
        std::stable_sort(fractions.begin(), fractions.end(),
                         [&rank](const Fraction &a, const Fraction &b) {
                             return rank[a.service] < rank[b.service];
                         });
        // Plain money first: it can raise what matched money may give, never lower it.
        for (const bool matched : {false, true}) {
            for (const Fraction &f : fractions) {
                if (m_year.resources.at(f.resource).matchRatio.has_value() == matched &&
                    m_x.fundingOf(f.service) < target(f.service))
                    giveUnit(f.resource, f.service, extra);
            }
        }
        std::stable_sort(
            fractions.begin(), fractions.end(),
            [](const Fraction &a, const Fraction &b) { return a.remainder > b.remainder; });
        for (const Fraction &f : fractions) {
            if (m_x.fundingOf(f.service) < m_year.services.at(f.service).cost)
                giveUnit(f.resource, f.service, extra);
        }
    }

    // One of a resource's leftover units to a service, unless its match rule forbids it.
    void giveUnit(qsizetype r, qsizetype s, QList<qint64> &extra)
    {
        if (extra.at(r) <= 0)
            return;
        const Money more = m_x.at(r, s) + Money::fromMinor(1);
        if (quantise(r, more) != more)
            return; // a cap
        if (m_year.resources.at(r).matchRatio &&
            more > AllocationCheck::matchLimit(m_year, m_x, r, s))
            return;
        m_x.add(r, s, Money::fromMinor(1));
        --extra[r];
    }

    void reduce(qsizetype r, qsizetype s, Money by)
    {
        m_x.set(r, s, quantise(r, std::max(Money(), m_x.at(r, s) - by)));
    }

    void trimResources()
    {
        for (qsizetype r = 0; r < resources(); ++r) {
            for (qsizetype s = services() - 1;
                 s >= 0 && m_x.usageOf(r) > m_year.resources.at(r).available; --s)
                reduce(r, s, m_x.usageOf(r) - m_year.resources.at(r).available);
        }
    }

    void trimCosts()
    {
        for (qsizetype s = 0; s < services(); ++s) {
            for (qsizetype r = resources() - 1;
                 r >= 0 && m_x.fundingOf(s) > m_year.services.at(s).cost; --r)
                reduce(r, s, m_x.fundingOf(s) - m_year.services.at(s).cost);
        }
    }

    // Volunteer hours a service uses, a part hour counting whole (as AllocationCheck counts).
    qint64 hoursOf(qsizetype s, qsizetype except = -1) const
    {
        qint64 hours = 0;
        for (qsizetype r = 0; r < resources(); ++r) {
            const EffectiveResource &resource = m_year.resources.at(r);
            const qint64 hour = resource.hourValue.minor();
            if (r != except && resource.kind == ResourceKind::Time && hour > 0)
                hours += (m_x.at(r, s).minor() + hour - 1) / hour;
        }
        return hours;
    }

    // The most a time resource may give a service, given the hours the others use there.
    Money timeLimit(qsizetype r, qsizetype s) const
    {
        const qint64 spare =
            std::max<qint64>(0, m_year.services.at(s).timeCapacityHours - hoursOf(s, r));
        const qint64 hour = m_year.resources.at(r).hourValue.minor();
        return Money::fromMinor(hour > 0 && spare > Money::kMaxMinor / hour ? Money::kMaxMinor
                                                                            : spare * hour);
    }

    void trimCapacity()
    {
        for (qsizetype s = 0; s < services(); ++s) {
            for (qsizetype r = resources() - 1; r >= 0; --r) {
                if (m_year.resources.at(r).kind == ResourceKind::Time)
                    m_x.set(r, s, std::min(m_x.at(r, s), timeLimit(r, s)));
            }
        }
    }

    void trimMatches()
    {
        // Two passes: trimming one matched resource can lower what another may match.
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype r = 0; r < resources(); ++r) {
                if (!m_year.resources.at(r).matchRatio)
                    continue;
                for (qsizetype s = 0; s < services(); ++s) {
                    const Money limit = AllocationCheck::matchLimit(m_year, m_x, r, s);
                    if (m_x.at(r, s) > limit)
                        m_x.set(r, s, quantise(r, limit));
                }
            }
        }
    }

    // Must first, then need, then could; within a tier by priority, then display order.
    QList<qsizetype> serviceOrder() const
    {
        QList<qsizetype> order;
        for (qsizetype s = 0; s < services(); ++s)
            order << s;
        std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
            const EffectiveService &x = m_year.services.at(a), &y = m_year.services.at(b);
            return x.tier != y.tier ? x.tier < y.tier : x.priority > y.priority;
        });
        return order;
    }

    // What the optimum gave the service, to the nearest minor unit, within its cost; a service
    // within a minor unit of its cost is one the optimum funds fully, and is owed its full cost.
    Money target(qsizetype s) const
    {
        if (!m_solution.open.value(s, true))
            return Money();
        double total = 0.0;
        for (qsizetype r = 0; r < resources(); ++r)
            total += m_solution.at(r, s);
        const EffectiveService &service = m_year.services.at(s);
        if (total >= double(service.cost.minor()) - 1.0)
            return service.cost;
        const Money cost = service.cost;
        return std::min(cost, Money::fromMinor(qint64(std::llround(std::max(0.0, total)))));
    }

    // Whom takeFromOthers may take from, besides lower tiers.
    enum class Donors
    {
        LowerTiers,
        // also services of the same tier that are short of their cost themselves
        ShortOnes,
        // also fully funded services of the same tier: only to keep a service from losing its
        // minimum share (all its money) over a few units of rounding
        WholeTier
    };

    // Takes money for service s back from other services: from lower tiers (strict tier order
    // means a could-tier service never keeps a penny a must-tier service is owed), and, to save
    // a service from falling below its minimum share over a few pence of rounding, from the
    // other services of its own tier.
    void takeFromOthers(qsizetype s, Money target, Donors donors)
    {
        const EffectiveService &service = m_year.services.at(s);
        for (qsizetype r = 0; r < resources() && m_x.fundingOf(s) < target; ++r) {
            if (m_year.resources.at(r).matchRatio)
                continue; // its limit depends on the rest; plain money is enough here
            for (qsizetype other = services() - 1; other >= 0 && m_x.fundingOf(s) < target;
                 --other) {
                const EffectiveService &donor = m_year.services.at(other);
                const bool lower = donor.tier > service.tier;
                // Within the tier only from a service that is itself short, unless told: never
                // lightly turn a fully funded service into a partly funded one.
                const bool sameTier =
                    donors != Donors::LowerTiers && other != s && donor.tier == service.tier &&
                    (donors == Donors::WholeTier || m_x.fundingOf(other) < donor.cost);
                if ((!lower && !sameTier) || m_x.at(r, other).isZero())
                    continue;
                // A donor with a minimum share keeps it, unless it is below the tier in question,
                // counting the matched money that leaves with the money it matches.
                const Money keep = lower ? Money() : AllocationCheck::minimumFunding(donor);
                const Money spare =
                    std::min(m_x.at(r, other),
                             Money::fromMinor(qint64(double((m_x.fundingOf(other) - keep).minor()) /
                                                     (1.0 + matchedOn(r, other)))));
                const Money wanted = std::min(target - m_x.fundingOf(s), spare);
                if (wanted <= Money())
                    continue;
                const Money before = m_x.at(r, other);
                reduce(r, other, wanted);
                const Money freed = before - m_x.at(r, other);
                const Money given = room(r, s, std::min(freed, target - m_x.fundingOf(s)));
                m_x.add(r, s, given);
                m_x.add(r, other, freed - given); // give back what s could not take
            }
        }
    }

    // How much matched money each unit of r at service s holds there: the ratios of the matched
    // resources that give s something and count r's sector.
    double matchedOn(qsizetype r, qsizetype s) const
    {
        double ratio = 0.0;
        for (qsizetype p = 0; p < resources(); ++p) {
            const EffectiveResource &matched = m_year.resources.at(p);
            if (p != r && matched.matchRatio &&
                matched.matchSector == m_year.resources.at(r).sector && !m_x.at(p, s).isZero())
                ratio += *matched.matchRatio;
        }
        return ratio;
    }

    Money room(qsizetype r, qsizetype s, Money wanted) const
    {
        const EffectiveResource &resource = m_year.resources.at(r);
        if (!m_year.mayFund(resource, m_year.services.at(s)))
            return Money();
        Money room = std::min(wanted, resource.available - m_x.usageOf(r));
        if (resource.maxPerService)
            room = std::min(room, *resource.maxPerService - m_x.at(r, s));
        if (resource.matchRatio)
            room = std::min(room, AllocationCheck::matchLimit(m_year, m_x, r, s) - m_x.at(r, s));
        if (resource.kind == ResourceKind::Time)
            room = std::min(room, timeLimit(r, s) - m_x.at(r, s));
        return std::max(room, Money());
    }

    // Confirmed money first, so the least certain stays free, as the tidy stage intends.
    void topUp(qsizetype s, Money target)
    {
        for (const Certainty certainty :
             {Certainty::Confirmed, Certainty::Expected, Certainty::Speculative}) {
            for (qsizetype r = 0; r < resources() && m_x.fundingOf(s) < target; ++r) {
                if (m_year.resources.at(r).certainty == certainty)
                    m_x.add(r, s, room(r, s, target - m_x.fundingOf(s)));
            }
        }
    }

    void enforceMinimum(qsizetype s)
    {
        const Money funded = m_x.fundingOf(s);
        const Money least = AllocationCheck::minimumFunding(m_year.services.at(s));
        if (funded.isZero() || funded >= least)
            return;
        // Borrow only when that pays within the tier: the shortfall at the highest priority weighs
        // less than the service at its own. Borrowed plain money also lets matched money follow
        // it: alternate a few times.
        const bool worthIt = double((least - funded).minor()) * 100.0 <
                             double(least.minor()) * m_year.services.at(s).priority;
        for (int attempt = 0; worthIt && attempt < 4 && m_x.fundingOf(s) < least; ++attempt) {
            topUp(s, least);
            takeFromOthers(s, least, attempt < 2 ? Donors::ShortOnes : Donors::WholeTier);
        }
        trimMatches();
        dropIfBelowMinimum(s);
    }

    void dropIfBelowMinimum(qsizetype s)
    {
        const Money funded = m_x.fundingOf(s);
        if (funded.isZero() || funded >= AllocationCheck::minimumFunding(m_year.services.at(s)))
            return;
        for (qsizetype r = 0; r < resources(); ++r)
            m_x.set(r, s, Money());
    }

    const EffectiveYear &m_year;
    const FractionalAllocation &m_solution;
    Allocation m_x;
};

} // namespace

Allocation IntegerRepair::repair(const EffectiveYear &year, const FractionalAllocation &solution)
{
    Allocation repaired = Repair(year, solution).run();
    // A first answer has to come while the slider moves; the settled one gets the finer rounding.
    if (!solution.settled)
        return repaired;
    // The integer program's rounding wins where it holds and serves the tiers at least as well.
    const std::optional<Allocation> rounded = UnitRounding::round(year, solution, repaired);
    if (rounded && AllocationCheck::check(year, *rounded).isEmpty() &&
        AllocationCheck::weightedFunding(year, *rounded) >=
            AllocationCheck::weightedFunding(year, repaired))
        return *rounded;
    return repaired;
}

} // namespace lps
