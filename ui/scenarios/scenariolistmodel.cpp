#include "scenariolistmodel.h"

#include "editing/adjustmentwords.h"

namespace lps {

ScenarioListModel::ScenarioListModel(QObject *parent)
    : RowFollower<QAbstractListModel>(parent)
{
}

void ScenarioListModel::setPlan(const Plan &plan)
{
    followRows(
        ListChange::between(m_plan.scenarios, plan.scenarios),
        [this](qsizetype row) { m_plan.scenarios.removeAt(row); },
        [this, &plan](qsizetype row) { m_plan.scenarios.insert(row, plan.scenarios.at(row)); },
        [this, &plan] { m_plan = plan; });
}

int ScenarioListModel::rowOf(const QString &id) const
{
    return int(m_plan.scenarioIndex(id));
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.scenarios.size());
}

// How far down the chain of basedOn a scenario is (0 for one based on the plan as written).
int ScenarioListModel::depthOf(const Scenario &scenario) const
{
    int depth = 0;
    QString parent = scenario.basedOn;
    while (!parent.isEmpty() && depth < m_plan.scenarios.size()) {
        const qsizetype index = m_plan.scenarioIndex(parent);
        if (index < 0)
            break;
        parent = m_plan.scenarios.at(index).basedOn;
        ++depth;
    }
    return depth;
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Scenario &scenario = m_plan.scenarios.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Indented under the scenario it builds on, so the family shows at a glance.
        return QString(depthOf(scenario) * 3, u' ') + scenario.name;
    case Qt::EditRole:
        return scenario.name;
    case IdRole:
        return scenario.id;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.row() == 0)
            lines << tr("The baseline: the plan as written.");
        else if (const qsizetype parent = m_plan.scenarioIndex(scenario.basedOn); parent >= 0)
            lines << tr("Based on %1.").arg(m_plan.scenarios.at(parent).name);
        for (const Adjustment &adjustment : scenario.adjustments)
            lines << QStringLiteral("• ") + AdjustmentWords::describe(m_plan, adjustment);
        if (!scenario.notes.isEmpty())
            lines << scenario.notes;
        // Where people need the id: the command line takes it (or the name) after --scenario.
        lines
            << tr("Id for the command line: %1 (lps evaluate FILE --scenario %1)").arg(scenario.id);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && m_renamer)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_renamer || role != Qt::EditRole || !index.isValid())
        return false;
    const QString problem = m_renamer(m_plan.scenarios.at(index.row()).id, value.toString());
    if (!problem.isEmpty())
        emit changeRefused(problem);
    return problem.isEmpty();
}

} // namespace lps
