#include "servicetablemodel.h"

namespace lps {

ServiceTableModel::ServiceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceTableModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_yearIndex = qBound(0, m_yearIndex, plan.years - 1);
    endResetModel();
}

void ServiceTableModel::setYearIndex(int yearIndex)
{
    m_yearIndex = qBound(0, yearIndex, m_plan.years - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, Cost), index(rowCount() - 1, Cost));
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::display(const Service &service, int column) const
{
    switch (column) {
    case Name:
        return service.name;
    case Tier:
        return tierTitle(service.tier);
    case Cost:
        return service.costInYear(m_yearIndex, m_plan.costInflation).formatted(m_plan.currency);
    case Priority:
        return service.priority;
    case MinimumShare:
        return service.minimumShare > 0 ? QStringLiteral("%1%").arg(service.minimumShare * 100, 0, 'g', 4) : QString();
    case Provider: {
        QString text = spelling(service.provider).replace(u'-', u' ');
        return text.at(0).toUpper() + text.mid(1);
    }
    case Tags:
        return service.tags.join(QStringLiteral(", "));
    }
    return {};
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Service &service = m_plan.services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(service, index.column());
    case Qt::TextAlignmentRole: {
        const bool numeric = index.column() == Cost || index.column() == Priority || index.column() == MinimumShare;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case Qt::ToolTipRole:
        // What happens to people if it goes unfunded: the text councillors need read to them.
        return service.consequence.isEmpty() ? QVariant() : QVariant(service.consequence);
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Tier:
        return tr("Tier");
    case Cost:
        return tr("Cost %1").arg(m_plan.yearLabel(m_yearIndex));
    case Priority:
        return tr("Priority");
    case MinimumShare:
        return tr("Minimum share");
    case Provider:
        return tr("Provider");
    case Tags:
        return tr("Tags");
    }
    return {};
}

} // namespace lps
