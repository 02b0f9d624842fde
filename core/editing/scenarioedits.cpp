#include "scenarioedits.h"

#include "adjustmentwords.h"
#include "planedits.h"

#include <QCoreApplication>

namespace lps {

namespace {

// Where the scenario is, or why it cannot be changed.
std::optional<qsizetype> find(const Plan &plan, const QString &id, PlanEdit &refusal)
{
    const qsizetype index = plan.scenarioIndex(id);
    if (index < 0) {
        refusal = PlanEdit::refused(
            plan, ScenarioEdits::tr("The plan has no scenario \u201c%1\u201d any more.").arg(id));
        return std::nullopt;
    }
    return index;
}

QStringList scenarioIds(const Plan &plan)
{
    QStringList ids;
    for (const Scenario &scenario : plan.scenarios)
        ids << scenario.id;
    return ids;
}

bool sameControl(const Adjustment &a, const Adjustment &b)
{
    return a.type == b.type && a.target == b.target && a.toService == b.toService &&
           a.fromYear == b.fromYear && (a.type != AdjustmentType::ResourceSet || a.year == b.year);
}

} // namespace

QString ScenarioEdits::tr(const char *text)
{
    return QCoreApplication::translate("ScenarioEdits", text);
}

PlanEdit ScenarioEdits::derive(const Plan &plan, const QString &fromId, const QString &name)
{
    PlanEdit refusal;
    if (!find(plan, fromId, refusal))
        return refusal;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return PlanEdit::refused(plan, tr("Give the new scenario a name."));
    Plan after = plan;
    after.scenarios.append(
        Scenario{PlanEdits::uniqueId(trimmed, scenarioIds(plan)), trimmed, fromId, {}, {}});
    return PlanEdit::checked(plan, after, tr("New scenario %1").arg(trimmed));
}

PlanEdit ScenarioEdits::add(const Plan &plan, Scenario scenario)
{
    scenario.name = scenario.name.trimmed();
    if (scenario.name.isEmpty())
        return PlanEdit::refused(plan, tr("Give the new scenario a name."));
    const QStringList taken = scenarioIds(plan);
    if (scenario.id.isEmpty() || taken.contains(scenario.id))
        scenario.id = PlanEdits::uniqueId(scenario.name, taken);
    Plan after = plan;
    after.scenarios.append(scenario);
    // The Edit menu and the toolbar's Undo show this: a long snapshot name is cut short.
    const QString shown = scenario.name.size() <= 40
                              ? scenario.name
                              : scenario.name.left(39).trimmed() + QStringLiteral("\u2026");
    return PlanEdit::checked(plan, after, tr("Keep scenario %1").arg(shown));
}

PlanEdit ScenarioEdits::rename(const Plan &plan, const QString &id, const QString &name)
{
    PlanEdit refusal;
    const std::optional<qsizetype> index = find(plan, id, refusal);
    if (!index)
        return refusal;
    if (name.trimmed().isEmpty())
        return PlanEdit::refused(plan, tr("A scenario needs a name."));
    Plan after = plan;
    after.scenarios[*index].name = name.trimmed();
    return PlanEdit::checked(plan, after,
                             tr("Rename the scenario %1").arg(plan.scenarios.at(*index).name),
                             QStringLiteral("scenario/%1/name").arg(id));
}

PlanEdit ScenarioEdits::setNotes(const Plan &plan, const QString &id, const QString &notes)
{
    PlanEdit refusal;
    const std::optional<qsizetype> index = find(plan, id, refusal);
    if (!index)
        return refusal;
    Plan after = plan;
    after.scenarios[*index].notes = notes;
    return PlanEdit::checked(plan, after, tr("Notes on %1").arg(plan.scenarios.at(*index).name),
                             QStringLiteral("scenario/%1/notes").arg(id));
}

QStringList ScenarioEdits::dependentsOf(const Plan &plan, const QString &id)
{
    QStringList ids;
    for (const Scenario &scenario : plan.scenarios) {
        if (scenario.basedOn == id)
            ids << scenario.id;
    }
    return ids;
}

PlanEdit ScenarioEdits::remove(const Plan &plan, const QString &id)
{
    PlanEdit refusal;
    const std::optional<qsizetype> index = find(plan, id, refusal);
    if (!index)
        return refusal;
    if (*index == 0)
        return PlanEdit::refused(plan, tr("The baseline is the plan as written: it cannot be "
                                          "deleted."));
    const Scenario removed = plan.scenarios.at(*index);
    Plan after = plan;
    after.scenarios.removeAt(*index);
    for (Scenario &scenario : after.scenarios) {
        if (scenario.basedOn != id)
            continue;
        scenario.adjustments = removed.adjustments + scenario.adjustments;
        scenario.basedOn = removed.basedOn;
    }
    return PlanEdit::checked(plan, after, tr("Delete the scenario %1").arg(removed.name));
}

PlanEdit ScenarioEdits::addAdjustment(const Plan &plan, const QString &id,
                                      const Adjustment &adjustment)
{
    PlanEdit refusal;
    const std::optional<qsizetype> index = find(plan, id, refusal);
    if (!index)
        return refusal;
    Plan after = plan;
    after.scenarios[*index].adjustments.append(adjustment);
    return PlanEdit::checked(plan, after, AdjustmentWords::describe(plan, adjustment));
}

namespace {

QString controlKey(const QString &id, const Adjustment &adjustment, int drag)
{
    return QStringLiteral("scenario/%1/control/%2/%3/%4/%5/%6")
        .arg(id, spelling(adjustment.type), adjustment.target, adjustment.toService)
        .arg(adjustment.fromYear)
        .arg(drag);
}

} // namespace

// Where the adjustment a control sets stands among a scenario's own; -1 when it is not there.
static qsizetype indexOfControl(const QList<Adjustment> &adjustments, const Adjustment &adjustment)
{
    for (qsizetype i = 0; i < adjustments.size(); ++i) {
        if (sameControl(adjustments.at(i), adjustment))
            return i;
    }
    return -1;
}

const Adjustment *ScenarioEdits::controlIn(const Scenario &scenario, const Adjustment &adjustment)
{
    const qsizetype at = indexOfControl(scenario.adjustments, adjustment);
    return at < 0 ? nullptr : &scenario.adjustments.at(at);
}

PlanEdit ScenarioEdits::clearAdjustment(const Plan &plan, const QString &id,
                                        const Adjustment &adjustment, int drag)
{
    PlanEdit refusal;
    const std::optional<qsizetype> index = find(plan, id, refusal);
    if (!index)
        return refusal;
    Plan after = plan;
    // Only the one the control shows: a scenario may hold another like it (from a scenario it
    // was based on that was deleted), which the person never saw this control set.
    QList<Adjustment> &adjustments = after.scenarios[*index].adjustments;
    if (const qsizetype at = indexOfControl(adjustments, adjustment); at >= 0)
        adjustments.removeAt(at);
    return PlanEdit::checked(
        plan, after,
        tr("Take back \u201c%1\u201d").arg(AdjustmentWords::describe(plan, adjustment)),
        controlKey(id, adjustment, drag));
}

PlanEdit ScenarioEdits::setAdjustment(const Plan &plan, const QString &id,
                                      const Adjustment &adjustment, int drag)
{
    PlanEdit refusal;
    const std::optional<qsizetype> index = find(plan, id, refusal);
    if (!index)
        return refusal;
    Plan after = plan;
    QList<Adjustment> &adjustments = after.scenarios[*index].adjustments;
    if (const qsizetype at = indexOfControl(adjustments, adjustment); at >= 0)
        adjustments[at] = adjustment;
    else
        adjustments.append(adjustment);
    return PlanEdit::checked(plan, after, AdjustmentWords::describe(plan, adjustment),
                             controlKey(id, adjustment, drag));
}

PlanEdit ScenarioEdits::replaceAdjustment(const Plan &plan, const QString &id, qsizetype index,
                                          const Adjustment &adjustment)
{
    PlanEdit refusal;
    const std::optional<qsizetype> at = find(plan, id, refusal);
    if (!at)
        return refusal;
    if (index < 0 || index >= plan.scenarios.at(*at).adjustments.size())
        return PlanEdit::refused(plan, tr("That adjustment is not there any more."));
    Plan after = plan;
    after.scenarios[*at].adjustments[index] = adjustment;
    return PlanEdit::checked(plan, after, AdjustmentWords::describe(plan, adjustment));
}

PlanEdit ScenarioEdits::removeAdjustment(const Plan &plan, const QString &id, qsizetype index)
{
    PlanEdit refusal;
    const std::optional<qsizetype> at = find(plan, id, refusal);
    if (!at)
        return refusal;
    if (index < 0 || index >= plan.scenarios.at(*at).adjustments.size())
        return PlanEdit::refused(plan, tr("That adjustment is not there any more."));
    Plan after = plan;
    after.scenarios[*at].adjustments.removeAt(index);
    return PlanEdit::checked(
        plan, after,
        tr("Remove \u201c%1\u201d")
            .arg(AdjustmentWords::describe(plan, plan.scenarios.at(*at).adjustments.at(index))));
}

PlanEdit ScenarioEdits::moveAdjustment(const Plan &plan, const QString &id, qsizetype index,
                                       int step)
{
    PlanEdit refusal;
    const std::optional<qsizetype> at = find(plan, id, refusal);
    if (!at)
        return refusal;
    const qsizetype to = index + step;
    const qsizetype count = plan.scenarios.at(*at).adjustments.size();
    if (index < 0 || index >= count || to < 0 || to >= count)
        return PlanEdit::refused(plan, tr("That adjustment cannot move further."));
    Plan after = plan;
    after.scenarios[*at].adjustments.move(index, to);
    return PlanEdit::checked(plan, after,
                             tr("Reorder the adjustments of %1").arg(plan.scenarios.at(*at).name));
}

PlanEdit ScenarioEdits::moveToTier(const Plan &plan, const QString &id, const QString &serviceId,
                                   Tier tier, int fromYear)
{
    Adjustment move;
    move.type = AdjustmentType::ServiceTier;
    move.target = serviceId;
    move.tier = tier;
    move.fromYear = fromYear;
    const PlanEdit cleared = clearAdjustment(plan, id, move);
    if (!cleared.ok())
        return cleared;
    const PlanEdit added = addAdjustment(cleared.plan, id, move);
    return added.ok() ? PlanEdit::checked(plan, added.plan, added.description)
                      : PlanEdit::refused(plan, added.problem);
}

} // namespace lps
