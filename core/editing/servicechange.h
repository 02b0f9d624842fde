#pragma once

#include "model/plan.h"
#include "planedit.h"

#include <QString>
#include <QVariant>

namespace lps {

/// One change a person makes to a service from a table cell: a field set to a new value, for a
/// year where the value depends on it. Checked before it is applied, so an impossible value
/// (or a typo) never reaches the plan: it is refused with a sentence saying what to write.
struct ServiceChange
{
    enum class Field
    {
        Name,
        Tier,
        Priority,
        MinimumShare,
        Cost
    };

    QString serviceId;
    Field field = Field::Name;
    /// Cost: the year whose cost is set (a cost written once is then written year by year
    /// from that year on only if the year is not the first).
    int yearIndex = 0;
    /// The value as typed (Cost: text such as "£1,250,000"; MinimumShare: "60%" or "0.6";
    /// Tier: "must"/"Must"; Priority: "80") or as the plan holds it.
    QVariant value;

    /// The change worked out and checked once against `plan`: the plan after it, or why not.
    PlanEdit edit(const Plan &plan) const;
    /// What is wrong with the change for this plan, in words; empty when it may be applied.
    QString problem(const Plan &plan) const { return edit(plan).problem; }
    /// The plan with the change made; `plan` itself when problem() is not empty.
    Plan appliedTo(const Plan &plan) const { return edit(plan).plan; }

    bool operator==(const ServiceChange &) const = default;

    static QString tr(const char *text);
};

} // namespace lps
