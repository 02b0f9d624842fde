#pragma once

#include "model/plan.h"
#include "planedit.h"

#include <QStringList>

namespace lps {

/// The changes people make to a plan's scenarios: derive, rename, write notes, delete, and
/// add, change, reorder and remove their adjustments. Each is checked like every other edit.
class ScenarioEdits
{
public:
    /// A new scenario based on `fromId`, named `name`, with no adjustments of its own; it is
    /// the plan's last scenario.
    static PlanEdit derive(const Plan &plan, const QString &fromId, const QString &name);
    /// Keeps a scenario made elsewhere (a workshop snapshot, the room's priorities) as the
    /// plan's last scenario, with an id the plan does not have yet if its own is taken.
    static PlanEdit add(const Plan &plan, Scenario scenario);
    static PlanEdit rename(const Plan &plan, const QString &id, const QString &name);
    static PlanEdit setNotes(const Plan &plan, const QString &id, const QString &notes);
    /// The scenarios based directly on `id`.
    static QStringList dependentsOf(const Plan &plan, const QString &id);
    /// Removes a scenario; the baseline is refused. Scenarios based on it keep what it did:
    /// its adjustments go in front of theirs and they are based on what it was based on.
    static PlanEdit remove(const Plan &plan, const QString &id);

    static PlanEdit addAdjustment(const Plan &plan, const QString &id,
                                  const Adjustment &adjustment);
    /// A control's adjustment: replaces the scenario's own adjustment of the same kind, target
    /// and first year, or adds it. Consecutive changes of one control with the same `drag`
    /// number merge into one undo step (a slider counts one drag from press to release).
    static PlanEdit setAdjustment(const Plan &plan, const QString &id, const Adjustment &adjustment,
                                  int drag = 0);
    /// Takes a control's adjustment out of the scenario (a slider back at 100%, a switch off).
    static PlanEdit clearAdjustment(const Plan &plan, const QString &id,
                                    const Adjustment &adjustment, int drag = 0);
    /// The scenario's own adjustment that a control with `adjustment`'s kind, target and first
    /// year set; nullptr when there is none.
    static const Adjustment *controlIn(const Scenario &scenario, const Adjustment &adjustment);
    /// A service moved to another tier in a scenario from a year on (the tier board under a
    /// scenario): its own tier change from that year goes, and the new one comes last, so that
    /// it wins over any tier change before it.
    static PlanEdit moveToTier(const Plan &plan, const QString &id, const QString &serviceId,
                               Tier tier, int fromYear);
    static PlanEdit replaceAdjustment(const Plan &plan, const QString &id, qsizetype index,
                                      const Adjustment &adjustment);
    static PlanEdit removeAdjustment(const Plan &plan, const QString &id, qsizetype index);
    /// Moves an adjustment one place up (-1) or down (+1): order matters, as they apply in turn.
    static PlanEdit moveAdjustment(const Plan &plan, const QString &id, qsizetype index, int step);

    static QString tr(const char *text);
};

} // namespace lps
