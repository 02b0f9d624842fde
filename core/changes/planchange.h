#pragma once

#include "listchange.h"
#include "model/plan.h"

namespace lps {

/// What an edit, an undo or a redo changed in a plan, part by part, so each view redraws only
/// what it shows and table models move rows instead of resetting.
struct PlanChange
{
    /// Name, locality, currency, years or inflation.
    bool settings = false;
    /// The number of years or the first year: every yearly figure and label moved.
    bool years = false;
    ListChange services;
    ListChange resources;
    ListChange scenarios;
    /// The workshop's levers (a handful: no row by row).
    bool levers = false;
    /// A different plan altogether (opened, new, restored): nothing carries over.
    bool replaced = false;

    bool isEmpty() const
    {
        return !settings && !replaced && !levers && services.isEmpty() && resources.isEmpty() &&
               scenarios.isEmpty();
    }

    static PlanChange between(const Plan &before, const Plan &after);
    /// For a plan that takes another's place.
    static PlanChange replacement();
};

} // namespace lps
