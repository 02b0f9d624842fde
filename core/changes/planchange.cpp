#include "planchange.h"

namespace lps {

PlanChange PlanChange::between(const Plan &before, const Plan &after)
{
    PlanChange change;
    change.years = before.firstYear != after.firstYear || before.years != after.years;
    change.settings = change.years || before.name != after.name ||
                      before.locality != after.locality || before.currency != after.currency ||
                      before.costInflation != after.costInflation;
    change.services = ListChange::between(before.services, after.services);
    change.resources = ListChange::between(before.resources, after.resources);
    change.scenarios = ListChange::between(before.scenarios, after.scenarios);
    change.levers = before.levers != after.levers;
    return change;
}

PlanChange PlanChange::replacement()
{
    PlanChange change;
    change.replaced = true;
    change.settings = true;
    change.years = true;
    return change;
}

} // namespace lps
