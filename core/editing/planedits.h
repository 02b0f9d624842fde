#pragma once

#include "model/plan.h"
#include "planedit.h"

#include <QDate>
#include <QStringList>

namespace lps {

/// The changes to a plan's lists and settings that a table cell cannot make: a new plan, adding,
/// replacing and removing services and resources, the plan's own settings. Each is checked
/// against the plan's rules before anyone sees it.
class PlanEdits
{
public:
    /// A plan with nothing in it yet, starting in `firstYear`, with its baseline scenario.
    static Plan blank(int firstYear);
    /// The financial year a date falls in (April to March): 2026 for 1 March 2027.
    static int financialYearOf(const QDate &date);
    /// An id made from a name ("Meals on wheels" -> "meals-on-wheels") that none of `taken` has.
    static QString uniqueId(const QString &name, const QStringList &taken);

    /// Adds a service at the end (an empty id is made from its name).
    static PlanEdit addService(const Plan &plan, Service service);
    /// Puts `service` in place of the service with the same id (from an editor).
    static PlanEdit replaceService(const Plan &plan, const Service &service);
    /// Removes services, and everything that only makes sense with them: their place in what
    /// resources may fund and the scenario adjustments about them. Refused while a resource
    /// may fund nothing but them (it would otherwise silently become unrestricted).
    static PlanEdit removeServices(const Plan &plan, const QStringList &ids);

    static PlanEdit addResource(const Plan &plan, Resource resource);
    static PlanEdit replaceResource(const Plan &plan, const Resource &resource);
    /// Removes resources and the scenario adjustments about them.
    static PlanEdit removeResources(const Plan &plan, const QStringList &ids);

    /// What removing these services or resources takes with it, one sentence per item, for the
    /// question asked before removing them; empty when nothing else changes.
    static QStringList removalEffects(const Plan &plan, const QStringList &serviceIds,
                                      const QStringList &resourceIds);

    /// The plan's name, locality, currency, first year, number of years and cost inflation from
    /// `settings` (its lists are ignored). Amounts written year by year are cut short or carried
    /// on with their last year's value.
    static PlanEdit changeSettings(const Plan &plan, const Plan &settings);

    static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
};

} // namespace lps
