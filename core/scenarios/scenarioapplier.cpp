#include "scenarioapplier.h"

#include <QSet>

#include <algorithm>

namespace lps {

namespace {

qint64 clampAmount(qint64 value)
{
    return std::clamp<qint64>(value, 0, Money::kMaxMinor);
}

EffectiveResource effectiveResource(const Resource &resource, int yearIndex)
{
    EffectiveResource effective;
    effective.id = resource.id;
    effective.name = resource.name;
    effective.sector = resource.sector;
    effective.kind = resource.kind;
    effective.certainty = resource.certainty;
    effective.hours = resource.kind == ResourceKind::Time ? resource.amountInYear(yearIndex) : 0;
    effective.hourValue = resource.hourValue.value_or(Money());
    effective.available = resource.moneyValueOf(resource.amountInYear(yearIndex));
    effective.eligible = resource.eligible;
    effective.matchRatio = resource.matchRatio;
    effective.matchSector = resource.matchSector;
    effective.maxPerService = resource.maxPerService;
    effective.contingentShare = resource.contingentShare;
    return effective;
}

EffectiveService effectiveService(const Service &service, int yearIndex, double inflation)
{
    EffectiveService effective;
    effective.id = service.id;
    effective.name = service.name;
    effective.tier = service.tier;
    effective.cost = service.costInYear(yearIndex, inflation);
    effective.minimumShare = service.minimumShare;
    effective.priority = service.priority;
    effective.tags = service.tags;
    effective.timeCapacityHours = service.timeCapacityHours;
    return effective;
}

// Amounts of a time resource are hours: scale and set the hours, then revalue them.
void setUnits(EffectiveResource &resource, qint64 units)
{
    units = clampAmount(units);
    if (resource.kind == ResourceKind::Time) {
        resource.hours = units;
        const qint64 perHour = resource.hourValue.minor();
        const bool overflows = perHour > 0 && units > Money::kMaxMinor / perHour;
        resource.available = Money::fromMinor(overflows ? Money::kMaxMinor : units * perHour);
    } else {
        resource.available = Money::fromMinor(units);
    }
}

qint64 unitsOf(const EffectiveResource &resource)
{
    return resource.kind == ResourceKind::Time ? resource.hours : resource.available.minor();
}

template <typename Item> QHash<QString, qsizetype> indexById(const QList<Item> &items)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i); // later duplicates win; validation refuses them anyway
    return index;
}

template <typename Item>
Item *findById(QList<Item> &items, const QHash<QString, qsizetype> &index, const QString &id)
{
    const qsizetype i = index.value(id, -1);
    return i >= 0 && i < items.size() ? &items[i] : nullptr;
}

EffectiveResource moveResource(const Adjustment &move, const EffectiveService &from, Money cut,
                               int ordinal)
{
    EffectiveResource moved;
    moved.id = QStringLiteral("move:%1:%2").arg(ordinal).arg(from.id);
    moved.name = QStringLiteral("Moved from %1").arg(from.name);
    moved.sector = Sector::Public;
    moved.kind = ResourceKind::Money;
    moved.certainty = Certainty::Confirmed;
    moved.available = cut;
    moved.eligible.services = QStringList{move.toService};
    moved.fromMove = true;
    return moved;
}

} // namespace

ScenarioApplier::ScenarioApplier(const Plan &plan)
    : m_plan(plan)
    , m_scenarioIndex(indexById(plan.scenarios))
{
}

QList<const Scenario *> ScenarioApplier::chain(const QString &scenarioId) const
{
    QList<const Scenario *> result;
    QSet<const Scenario *> seen;
    QString id = scenarioId;
    while (!id.isEmpty()) {
        const qsizetype index = m_scenarioIndex.value(id, -1);
        if (index < 0)
            return {};
        const Scenario *scenario = &m_plan.scenarios.at(index);
        if (seen.contains(scenario))
            return {}; // a cycle: validation names it
        seen.insert(scenario);
        result << scenario;
        id = scenario->basedOn;
    }
    std::reverse(result.begin(), result.end());
    return result;
}

QList<Adjustment> ScenarioApplier::adjustments(const QString &scenarioId) const
{
    QList<Adjustment> result;
    for (const Scenario *scenario : chain(scenarioId))
        result += scenario->adjustments;
    return result;
}

std::optional<EffectiveYear> ScenarioApplier::apply(const QString &scenarioId, int yearIndex) const
{
    if (yearIndex < 0 || yearIndex >= m_plan.years || chain(scenarioId).isEmpty())
        return std::nullopt;

    EffectiveYear year;
    year.scenarioId = scenarioId;
    year.yearIndex = yearIndex;
    year.calendarYear = m_plan.firstYear + yearIndex;
    for (const Resource &resource : m_plan.resources)
        year.resources << effectiveResource(resource, yearIndex);
    for (const Service &service : m_plan.services)
        year.services << effectiveService(service, yearIndex, m_plan.costInflation);

    const QHash<QString, qsizetype> resourceIndex = indexById(year.resources);
    const QHash<QString, qsizetype> serviceIndex = indexById(year.services);
    int moveOrdinal = 0;
    for (const Adjustment &adjustment : adjustments(scenarioId)) {
        if (adjustment.type == AdjustmentType::Move)
            ++moveOrdinal; // counted in every year, so a move's resource id is stable across years
        if (!adjustment.appliesTo(yearIndex))
            continue;
        // A switched-off resource stays off in the years the switch applies: withdrawn money
        // cannot be scaled or set back into existence by a later adjustment.
        EffectiveResource *resource = findById(year.resources, resourceIndex, adjustment.target);
        if (resource && resource->switchedOff)
            resource = nullptr;
        EffectiveService *service = findById(year.services, serviceIndex, adjustment.target);
        switch (adjustment.type) {
        case AdjustmentType::ResourceScale:
            if (resource)
                setUnits(*resource,
                         roundHalfAwayFromZero(double(unitsOf(*resource)) * adjustment.factor));
            break;
        case AdjustmentType::ResourceSet:
            if (resource && adjustment.year == yearIndex)
                setUnits(*resource, adjustment.amount);
            break;
        case AdjustmentType::ResourceOff:
            if (resource) {
                resource->switchedOff = true;
                setUnits(*resource, 0);
            }
            break;
        case AdjustmentType::ServiceScale:
            if (service)
                service->cost =
                    Money::fromMinor(clampAmount(service->cost.scaled(adjustment.factor).minor()));
            break;
        case AdjustmentType::ServiceTier:
            if (service)
                service->tier = adjustment.tier;
            break;
        case AdjustmentType::ServicePriority:
            if (service)
                service->priority = adjustment.priority;
            break;
        case AdjustmentType::ServiceOff:
            if (service)
                service->switchedOff = true;
            break;
        case AdjustmentType::Move:
            if (service && findById(year.services, serviceIndex, adjustment.toService)) {
                // A decommissioned service has no money left to move.
                const Money cut =
                    service->switchedOff
                        ? Money()
                        : std::min(Money::fromMinor(adjustment.amount), service->cost);
                service->cost -= cut;
                year.resources << moveResource(adjustment, *service, cut, moveOrdinal);
            }
            break;
        }
    }
    return year;
}

Plan ScenarioApplier::withServicesAsApplied(const QString &scenarioId, int yearIndex) const
{
    Plan shown = m_plan;
    const std::optional<EffectiveYear> effective = apply(scenarioId, yearIndex);
    if (!effective)
        return shown;
    QHash<QString, const EffectiveService *> byId;
    for (const EffectiveService &service : effective->services)
        byId.insert(service.id, &service);
    for (Service &service : shown.services) {
        if (const EffectiveService *e = byId.value(service.id)) {
            service.tier = e->tier;
            service.priority = e->priority;
        }
    }
    return shown;
}

} // namespace lps
