#include "votesmodel.h"

namespace lps {

VotesModel::VotesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VotesModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_services = plan.services;
    // Dots for a service the plan no longer has would block the room's priorities for good.
    DotVotes kept;
    kept.setBallots(m_votes.ballots());
    for (auto it = m_votes.dots().cbegin(); it != m_votes.dots().cend(); ++it)
        if (plan.serviceIndex(it.key()) >= 0)
            kept.set(it.key(), it.value());
    m_votes = kept;
    endResetModel();
}

void VotesModel::setVotes(const DotVotes &votes)
{
    beginResetModel();
    m_votes = votes;
    endResetModel();
    emit votesChanged();
}

void VotesModel::clear()
{
    setVotes(DotVotes());
}

int VotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int VotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VotesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const Service &service = m_services[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return service.name;
        case TierOf:
            return tierTitle(service.tier);
        case Dots:
            return m_votes.dotsFor(service.id);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return service.name;
    if (role == Qt::TextAlignmentRole && index.column() == Dots)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool VotesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Dots || index.row() >= m_services.size())
        return false;
    bool ok = false;
    const int dots = value.toInt(&ok);
    if (!ok || dots < 0 || dots > kMostDots)
        return false;
    m_votes.set(m_services[index.row()].id, dots);
    emit dataChanged(index, index);
    emit votesChanged();
    return true;
}

Qt::ItemFlags VotesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Dots)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant VotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case TierOf:
        return tr("Tier");
    case Dots:
        return tr("Dots");
    }
    return {};
}

} // namespace lps
