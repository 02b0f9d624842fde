#pragma once

#include "model/plan.h"

#include <QList>
#include <QString>

namespace lps {

/// A workshop in progress: where each of the plan's levers stands, on top of the scenario the
/// facilitator presented from, as a live scenario the engine can evaluate. The plan itself is
/// never changed here; a snapshot is a scenario the caller may choose to keep.
class WorkshopSession
{
public:
    /// One arrow press moves a slider by 5% of the amount or cost it started from.
    static constexpr int kStepPercent = 5;

    WorkshopSession() = default;
    WorkshopSession(const Plan &plan, const QString &fromScenarioId);

    const Plan &plan() const { return m_plan; }
    /// The scenario presented from; the levers move it further.
    QString fromScenarioId() const { return m_from; }
    const QList<Lever> &levers() const { return m_plan.levers; }

    /// The lever keys 1 to 8 chose (0-based), or -1 before any.
    int chosen() const { return m_chosen; }
    /// Chooses a lever; false (and nothing chosen changes) for one the plan does not have.
    bool choose(int index);
    /// A slider's position in percent of what the scenario gives (100 = unchanged); a switch's
    /// is 100 when off and 0 when on.
    int percent(int index) const;
    /// A switch that is on: the funder has withdrawn, the service is decommissioned.
    bool isOn(int index) const;
    /// Moves the chosen slider by `steps` steps of 5%, within its range; false when nothing
    /// moved (a switch, the end of the range, nothing chosen).
    bool step(int steps);
    /// Puts a slider at `percent`, kept within its range; false when nothing moved.
    bool setPercent(int index, int percent);
    /// Flips the chosen switch; false when the chosen lever is a slider or none is chosen.
    bool toggle();
    bool setOn(int index, bool on);
    /// Whether any lever is away from where it started.
    bool isMoved() const;

    /// The levers' adjustments on top of the scenario presented from (only the moved ones).
    Scenario live() const;
    /// The plan with live() as its last scenario: what the engine evaluates.
    Plan planWithLive() const;
    /// The live scenario's id in planWithLive().
    QString liveId() const { return m_liveId; }
    /// The live scenario as one to keep: named, with an id the plan does not have yet.
    Scenario snapshot(const QString &name) const;

    /// A lever and where it stands, as the room reads it: "Council tax: 90%",
    /// "Youth club: decommissioned".
    QString words(int index) const;
    /// The lever alone: "Council tax amount", "Youth club: decommission".
    QString title(int index) const;
    /// What the moved levers do, one phrase each ("Council tax 90%; Youth club decommissioned");
    /// empty when nothing moved.
    QString changes() const;
    /// The lowest and highest percent a slider goes to.
    int lowPercent(int index) const;
    int highPercent(int index) const;

private:
    QString targetName(const Lever &lever) const;
    bool valid(int index) const { return index >= 0 && index < m_percent.size(); }

    Plan m_plan;
    QString m_from;
    QString m_liveId;
    QList<int> m_percent;
    QList<bool> m_on;
    int m_chosen = -1;
};

} // namespace lps
