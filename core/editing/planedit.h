#pragma once

#include "model/plan.h"

#include <QString>

namespace lps {

/// One change to a plan, worked out and checked once: the plan after it and what to call the
/// step in the undo history, or why it was refused. The document keeps `plan` as it is, so the
/// undo history holds whole plans before and after and never re-derives them.
struct PlanEdit
{
    /// The plan after the change; the plan before it when refused.
    Plan plan;
    /// Why the change cannot be made, as a sentence saying what to do instead; empty when it can.
    QString problem;
    /// The step as the Edit menu names it ("Change the cost of Parks").
    QString description;
    /// Edits with the same non-empty key made one after another merge into one undo step
    /// (typing into the same cell again).
    QString mergeKey;

    bool ok() const { return problem.isEmpty(); }

    static PlanEdit refused(const Plan &plan, const QString &problem)
    {
        return PlanEdit{plan, problem, QString(), QString()};
    }
    /// The plan's own rules have the last word: the first error the validator finds in `after`
    /// refuses the edit.
    static PlanEdit checked(const Plan &before, const Plan &after, const QString &description,
                            const QString &mergeKey = QString());
};

} // namespace lps
