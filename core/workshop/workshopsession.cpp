#include "workshopsession.h"

#include "editing/planedits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WorkshopSession", text);
}

QStringList scenarioIds(const Plan &plan)
{
    QStringList ids;
    for (const Scenario &scenario : plan.scenarios)
        ids << scenario.id;
    return ids;
}

} // namespace

WorkshopSession::WorkshopSession(const Plan &plan, const QString &fromScenarioId)
    : m_plan(plan)
    , m_from(plan.scenarioIndex(fromScenarioId) >= 0 ? fromScenarioId : QString())
{
    m_liveId = PlanEdits::uniqueId(QStringLiteral("workshop live"), scenarioIds(plan));
    m_percent = QList<int>(plan.levers.size(), 100);
    m_on = QList<bool>(plan.levers.size(), false);
}

bool WorkshopSession::choose(int index)
{
    if (!valid(index))
        return false;
    m_chosen = index;
    return true;
}

int WorkshopSession::percent(int index) const
{
    if (!valid(index))
        return 100;
    if (m_plan.levers[index].isSwitch())
        return m_on[index] ? 0 : 100;
    return m_percent[index];
}

bool WorkshopSession::isOn(int index) const
{
    return valid(index) && m_on[index];
}

int WorkshopSession::lowPercent(int index) const
{
    const Lever &lever = m_plan.levers[index];
    return lever.low ? int(std::ceil(*lever.low * 100.0 - 1e-9)) : 0;
}

int WorkshopSession::highPercent(int index) const
{
    const Lever &lever = m_plan.levers[index];
    return lever.high ? int(std::floor(*lever.high * 100.0 + 1e-9)) : 100;
}

bool WorkshopSession::step(int steps)
{
    if (!valid(m_chosen) || m_plan.levers[m_chosen].isSwitch())
        return false;
    return setPercent(m_chosen, m_percent[m_chosen] + steps * kStepPercent);
}

bool WorkshopSession::setPercent(int index, int percent)
{
    if (!valid(index) || m_plan.levers[index].isSwitch())
        return false;
    // The validator keeps 100% inside every range; min and max keep clamp defined regardless.
    const int low = std::min(lowPercent(index), highPercent(index));
    const int kept = std::clamp(percent, low, std::max(low, highPercent(index)));
    if (kept == m_percent[index])
        return false;
    m_percent[index] = kept;
    return true;
}

bool WorkshopSession::toggle()
{
    return valid(m_chosen) && setOn(m_chosen, !m_on[m_chosen]);
}

bool WorkshopSession::setOn(int index, bool on)
{
    if (!valid(index) || !m_plan.levers[index].isSwitch() || m_on[index] == on)
        return false;
    m_on[index] = on;
    return true;
}

bool WorkshopSession::isMoved() const
{
    return !live().adjustments.isEmpty();
}

Scenario WorkshopSession::live() const
{
    Scenario scenario;
    scenario.id = m_liveId;
    scenario.name = tr("Workshop");
    scenario.basedOn = m_from;
    for (qsizetype i = 0; i < m_plan.levers.size(); ++i) {
        const Lever &lever = m_plan.levers[i];
        Adjustment adjustment;
        adjustment.target = lever.target;
        switch (lever.kind) {
        case LeverKind::ResourceAmount:
        case LeverKind::ServiceCost:
            if (m_percent[i] == 100)
                continue;
            adjustment.type = lever.kind == LeverKind::ResourceAmount
                                  ? AdjustmentType::ResourceScale
                                  : AdjustmentType::ServiceScale;
            adjustment.factor = m_percent[i] / 100.0;
            break;
        case LeverKind::ResourceOff:
        case LeverKind::ServiceOff:
            if (!m_on[i])
                continue;
            adjustment.type = lever.kind == LeverKind::ResourceOff ? AdjustmentType::ResourceOff
                                                                   : AdjustmentType::ServiceOff;
            break;
        }
        scenario.adjustments << adjustment.normalized();
    }
    return scenario;
}

Plan WorkshopSession::planWithLive() const
{
    Plan plan = m_plan;
    plan.scenarios << live();
    return plan;
}

Scenario WorkshopSession::snapshot(const QString &name) const
{
    Scenario kept = live();
    kept.name = name;
    kept.id = PlanEdits::uniqueId(name, scenarioIds(m_plan));
    const QString moved = changes();
    kept.notes = moved.isEmpty() ? tr("Kept in a workshop with no lever moved.")
                                 : tr("Kept in a workshop: %1.").arg(moved);
    return kept;
}

QString WorkshopSession::targetName(const Lever &lever) const
{
    if (lever.movesResource()) {
        const qsizetype at = m_plan.resourceIndex(lever.target);
        return at >= 0 ? m_plan.resources[at].name : lever.target;
    }
    const qsizetype at = m_plan.serviceIndex(lever.target);
    return at >= 0 ? m_plan.services[at].name : lever.target;
}

QString WorkshopSession::title(int index) const
{
    if (!valid(index))
        return {};
    const Lever &lever = m_plan.levers[index];
    switch (lever.kind) {
    case LeverKind::ResourceAmount:
        return tr("%1: amount").arg(targetName(lever));
    case LeverKind::ServiceCost:
        return tr("%1: cost").arg(targetName(lever));
    case LeverKind::ResourceOff:
        return tr("%1: withdraw").arg(targetName(lever));
    case LeverKind::ServiceOff:
        return tr("%1: decommission").arg(targetName(lever));
    }
    return {};
}

QString WorkshopSession::words(int index) const
{
    if (!valid(index))
        return {};
    const Lever &lever = m_plan.levers[index];
    const QString name = targetName(lever);
    if (!lever.isSwitch())
        return tr("%1: %2%").arg(name).arg(m_percent[index]);
    if (lever.kind == LeverKind::ResourceOff)
        return m_on[index] ? tr("%1: withdrawn").arg(name) : tr("%1: stays").arg(name);
    return m_on[index] ? tr("%1: decommissioned").arg(name) : tr("%1: runs").arg(name);
}

QString WorkshopSession::changes() const
{
    QStringList phrases;
    for (qsizetype i = 0; i < m_plan.levers.size(); ++i) {
        const Lever &lever = m_plan.levers[i];
        const QString name = targetName(lever);
        if (!lever.isSwitch() && m_percent[i] != 100)
            phrases << tr("%1 %2%").arg(name).arg(m_percent[i]);
        else if (lever.kind == LeverKind::ResourceOff && m_on[i])
            phrases << tr("%1 withdrawn").arg(name);
        else if (lever.kind == LeverKind::ServiceOff && m_on[i])
            phrases << tr("%1 decommissioned").arg(name);
    }
    return phrases.join(QStringLiteral("; "));
}

} // namespace lps
