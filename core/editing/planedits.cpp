#include "planedits.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace lps {

namespace {

QStringList idsOf(const auto &items)
{
    QStringList ids;
    for (const auto &item : items)
        ids << item.id;
    return ids;
}

bool mentions(const Adjustment &adjustment, const QStringList &serviceIds,
              const QStringList &resourceIds)
{
    if (adjustment.targetsResource())
        return resourceIds.contains(adjustment.target);
    return serviceIds.contains(adjustment.target) || serviceIds.contains(adjustment.toService);
}

// Scenario name -> how many of its adjustments mention the removed items.
QList<QPair<QString, int>> adjustmentsMentioning(const Plan &plan, const QStringList &serviceIds,
                                                 const QStringList &resourceIds)
{
    QList<QPair<QString, int>> found;
    for (const Scenario &scenario : plan.scenarios) {
        int count = 0;
        for (const Adjustment &adjustment : scenario.adjustments)
            count += mentions(adjustment, serviceIds, resourceIds) ? 1 : 0;
        if (count > 0)
            found.append({scenario.name, count});
    }
    return found;
}

// What goes with removed services and resources: the adjustments and the workshop levers that
// name them.
void dropAdjustments(Plan &plan, const QStringList &serviceIds, const QStringList &resourceIds)
{
    for (Scenario &scenario : plan.scenarios) {
        scenario.adjustments.removeIf([&](const Adjustment &adjustment) {
            return mentions(adjustment, serviceIds, resourceIds);
        });
    }
    plan.levers.removeIf([&](const Lever &lever) {
        return (lever.movesResource() ? resourceIds : serviceIds).contains(lever.target);
    });
}

QString names(const QList<QString> &list)
{
    return list.size() <= 3 ? list.join(QStringLiteral(", "))
                            : PlanEdits::tr("%1 and %n more", nullptr, int(list.size() - 2))
                                  .arg(list.mid(0, 2).join(QStringLiteral(", ")));
}

template <typename Item> QStringList namesOf(const QList<Item> &items, const QStringList &ids)
{
    QStringList found;
    for (const Item &item : items) {
        if (ids.contains(item.id))
            found << item.name;
    }
    return found;
}

} // namespace

QString PlanEdits::tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("PlanEdits", text, disambiguation, n);
}

Plan PlanEdits::blank(int firstYear)
{
    Plan plan;
    plan.name = tr("New plan");
    plan.firstYear = firstYear;
    // Councils plan over a medium-term financial strategy: five years is the common span.
    plan.years = 5;
    plan.scenarios.append(Scenario{QStringLiteral("baseline"), tr("Baseline"), QString(), {}, {}});
    return plan;
}

int PlanEdits::financialYearOf(const QDate &date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString PlanEdits::uniqueId(const QString &name, const QStringList &taken)
{
    QString base;
    // "é" -> "e": the accent is a separate mark after decomposition, and is left out.
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.category() != QChar::Mark_NonSpacing)
            base += c;
    }
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9]+"));
    base.replace(notAllowed, QStringLiteral("-"));
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    base = base.left(56);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("item");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

// Services and resources are added and replaced alike: `list` says which list of the plan.
template <typename Item>
static PlanEdit addTo(const Plan &plan, QList<Item> Plan::*list, Item item, const QString &what)
{
    if (item.id.isEmpty())
        item.id = PlanEdits::uniqueId(item.name, idsOf(plan.*list));
    Plan after = plan;
    (after.*list).append(item);
    return PlanEdit::checked(plan, after, what.arg(item.name));
}

template <typename Item>
static PlanEdit replaceIn(const Plan &plan, QList<Item> Plan::*list, const Item &item,
                          const QString &missing, const QString &what)
{
    const QList<Item> &items = plan.*list;
    const auto at =
        std::find_if(items.cbegin(), items.cend(), [&](const Item &i) { return i.id == item.id; });
    if (at == items.cend())
        return PlanEdit::refused(plan, missing.arg(item.id));
    Plan after = plan;
    (after.*list)[at - items.cbegin()] = item;
    return PlanEdit::checked(plan, after, what.arg(item.name));
}

PlanEdit PlanEdits::addService(const Plan &plan, Service service)
{
    return addTo(plan, &Plan::services, std::move(service), tr("Add the service %1"));
}

PlanEdit PlanEdits::replaceService(const Plan &plan, const Service &service)
{
    return replaceIn(plan, &Plan::services, service,
                     tr("The plan has no service \u201c%1\u201d any more."),
                     tr("Edit the service %1"));
}

PlanEdit PlanEdits::removeServices(const Plan &plan, const QStringList &ids)
{
    const QStringList removed = namesOf(plan.services, ids);
    if (removed.isEmpty())
        return PlanEdit::refused(plan, tr("There is no such service to remove."));
    Plan after = plan;
    for (Resource &resource : after.resources) {
        QStringList &listed = resource.eligible.services;
        if (listed.isEmpty())
            continue;
        listed.removeIf([&](const QString &id) { return ids.contains(id); });
        if (listed.isEmpty())
            return PlanEdit::refused(
                plan, tr("%1 may fund only %2. Change what it may fund first, or remove it too: "
                         "otherwise it would become free to fund any service.")
                          .arg(resource.name, names(namesOf(plan.services, ids))));
    }
    after.services.removeIf([&](const Service &service) { return ids.contains(service.id); });
    dropAdjustments(after, ids, {});
    return PlanEdit::checked(plan, after,
                             removed.size() == 1
                                 ? tr("Remove the service %1").arg(removed.first())
                                 : tr("Remove %n services", nullptr, int(removed.size())));
}

PlanEdit PlanEdits::addResource(const Plan &plan, Resource resource)
{
    return addTo(plan, &Plan::resources, std::move(resource), tr("Add the resource %1"));
}

PlanEdit PlanEdits::replaceResource(const Plan &plan, const Resource &resource)
{
    return replaceIn(plan, &Plan::resources, resource,
                     tr("The plan has no resource \u201c%1\u201d any more."),
                     tr("Edit the resource %1"));
}

PlanEdit PlanEdits::removeResources(const Plan &plan, const QStringList &ids)
{
    const QStringList removed = namesOf(plan.resources, ids);
    if (removed.isEmpty())
        return PlanEdit::refused(plan, tr("There is no such resource to remove."));
    Plan after = plan;
    after.resources.removeIf([&](const Resource &resource) { return ids.contains(resource.id); });
    dropAdjustments(after, {}, ids);
    return PlanEdit::checked(plan, after,
                             removed.size() == 1
                                 ? tr("Remove the resource %1").arg(removed.first())
                                 : tr("Remove %n resources", nullptr, int(removed.size())));
}

QStringList PlanEdits::removalEffects(const Plan &plan, const QStringList &serviceIds,
                                      const QStringList &resourceIds)
{
    QStringList effects;
    for (const Resource &resource : plan.resources) {
        if (resourceIds.contains(resource.id))
            continue;
        QStringList dropped;
        for (const QString &id : resource.eligible.services) {
            if (serviceIds.contains(id))
                dropped << id;
        }
        if (!dropped.isEmpty())
            effects << tr("%1 will no longer list %2 among the services it may fund.")
                           .arg(resource.name, names(namesOf(plan.services, dropped)));
    }
    for (const auto &[scenario, count] : adjustmentsMentioning(plan, serviceIds, resourceIds))
        effects
            << tr("The scenario %1 loses %n adjustment(s) about it.", nullptr, count).arg(scenario);
    return effects;
}

PlanEdit PlanEdits::changeSettings(const Plan &plan, const Plan &settings)
{
    Plan after = plan;
    after.name = settings.name.trimmed();
    after.locality = settings.locality.trimmed();
    after.currency = settings.currency.trimmed().toUpper();
    after.firstYear = settings.firstYear;
    after.costInflation = settings.costInflation;
    after.years = settings.years;
    if (settings.years != plan.years && settings.years >= 1 && settings.years <= 10) {
        for (Resource &resource : after.resources)
            resource.amount = resource.amount.resized(settings.years);
        for (Service &service : after.services)
            service.cost = service.cost.resized(settings.years);
    }
    if (after.name.isEmpty())
        return PlanEdit::refused(plan, tr("A plan needs a name."));
    return PlanEdit::checked(plan, after, tr("Change the plan's settings"));
}

} // namespace lps
