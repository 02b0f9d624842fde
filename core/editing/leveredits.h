#pragma once

#include "model/plan.h"
#include "planedit.h"

#include <QList>
#include <QString>

namespace lps {

/// The workshop levers a facilitator chooses for a plan (issue 13, docs/workshop-notes.md): the
/// whole ordered list set in one checked edit, and the words and defaults a dialog offers.
class LeverEdits
{
public:
    /// A resource or service a lever can move, as a list to choose from shows it.
    struct Target
    {
        QString id;
        QString name;
        bool operator==(const Target &) const = default;
    };

    /// The plan with `levers` in place of its own, in this order (keys 1 to 8), as one undo
    /// step; refused with the validator's message, at the lever it is about, if the list breaks
    /// the plan's rules.
    static PlanEdit setLevers(const Plan &plan, const QList<Lever> &levers);

    /// A new lever of `kind` on `target`, a slider ranging from half to one and a half times
    /// the amount. An empty target is the first by name without a lever of that kind yet.
    static Lever suggested(const Plan &plan, LeverKind kind, const QString &target = QString());

    /// The lever in words, by name: "Council tax: amount, 50% to 150%", "Youth club:
    /// decommission switch".
    static QString describe(const Plan &plan, const Lever &lever);

    /// The kinds in the order a facilitator is offered them.
    static QList<LeverKind> kinds();
    /// A kind as a list to choose from names it: "Resource amount (slider)".
    static QString kindTitle(LeverKind kind);
    /// The resources (for resource kinds) or services a lever of `kind` can move, sorted by
    /// name, since a plan can have thousands of services.
    static QList<Target> targets(const Plan &plan, LeverKind kind);

    /// A factor as a percentage: 0.5 is "50%", 0.125 is "12.5%".
    static QString percent(double factor);

    static QString tr(const char *text);
};

} // namespace lps
