#include "servicetablemodel.h"

#include "choicedelegate.h"

namespace lps {

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ServiceTableModel::statusText(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return ServiceTableModel::tr("Funded");
    case FundingStatus::Partial:
        return ServiceTableModel::tr("Partly funded");
    case FundingStatus::Unfunded:
        return ServiceTableModel::tr("Unfunded");
    case FundingStatus::Decommissioned:
        return ServiceTableModel::tr("Decommissioned");
    }
    return {};
}

void ServiceTableModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_yearIndex = qBound(0, m_yearIndex, plan.years - 1);
    m_outcomes.clear();
    m_reasons.clear();
    endResetModel();
}

void ServiceTableModel::updatePlan(const Plan &plan)
{
    // Other services (added, removed, or one for another), or other years: rows start afresh.
    bool sameRows = plan.services.size() == m_plan.services.size() && plan.years == m_plan.years;
    for (qsizetype s = 0; sameRows && s < plan.services.size(); ++s)
        sameRows = plan.services.at(s).id == m_plan.services.at(s).id;
    if (!sameRows) {
        setPlan(plan);
        return;
    }
    m_plan = plan;
    m_outcomes.clear();
    m_reasons.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ServiceTableModel::setYearIndex(int yearIndex)
{
    m_yearIndex = qBound(0, yearIndex, m_plan.years - 1);
    m_outcomes.clear();
    m_reasons.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, Cost), index(rowCount() - 1, Status));
}

void ServiceTableModel::setOutcomes(const QList<ServiceOutcome> &outcomes,
                                    const QHash<QString, QString> &reasons)
{
    m_outcomes.clear();
    for (const ServiceOutcome &outcome : outcomes)
        m_outcomes.insert(outcome.id, outcome);
    m_reasons = reasons;
    outcomesChanged();
}

void ServiceTableModel::clearOutcomes()
{
    m_outcomes.clear();
    m_reasons.clear();
    outcomesChanged();
}

void ServiceTableModel::outcomesChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Funded), index(rowCount() - 1, Status));
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
    case Funded:
        // Never a stale figure: while the allocation runs the cell says so.
        return m_outcomes.contains(service.id)
                   ? m_outcomes.value(service.id).funded.formatted(m_plan.currency)
                   : tr("allocating…");
    case Status:
        return m_outcomes.contains(service.id) ? statusText(m_outcomes.value(service.id).status)
                                               : QString();
    case Priority:
        return service.priority;
    case MinimumShare:
        return service.minimumShare > 0
                   ? QStringLiteral("%1%").arg(service.minimumShare * 100, 0, 'g', 4)
                   : QString();
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
    case Qt::EditRole:
        return editValue(service, index.column());
    case SortRole:
        return sortValue(service, index.column());
    case TierRole:
        return int(service.tier);
    case TagsRole:
        return service.tags;
    case ChoiceDelegate::ChoicesRole:
        if (index.column() == Tier)
            return QStringList{tierTitle(lps::Tier::Must), tierTitle(lps::Tier::Need),
                               tierTitle(lps::Tier::Could)};
        return {};
    case Qt::TextAlignmentRole: {
        const bool numeric = index.column() == Cost || index.column() == Funded ||
                             index.column() == Priority || index.column() == MinimumShare;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case Qt::ToolTipRole: {
        // Why it is short, and what happens to people if it goes unfunded: the text councillors
        // need read to them.
        QStringList lines;
        if (index.column() == Status || index.column() == Funded)
            lines << m_reasons.value(service.id);
        lines << service.consequence;
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("\n\n")));
    }
    default:
        return {};
    }
}

// What an editor starts from: the value as the person would type it.
QVariant ServiceTableModel::editValue(const Service &service, int column) const
{
    switch (column) {
    case Priority:
        return QString::number(service.priority);
    case MinimumShare:
        return service.minimumShare > 0
                   ? QStringLiteral("%1%").arg(service.minimumShare * 100, 0, 'g', 6)
                   : QString();
    default:
        return display(service, column);
    }
}

QVariant ServiceTableModel::sortValue(const Service &service, int column) const
{
    switch (column) {
    case Tier:
        return int(service.tier);
    case Cost:
        return service.costInYear(m_yearIndex, m_plan.costInflation).minor();
    case Funded:
        return m_outcomes.contains(service.id) ? m_outcomes.value(service.id).funded.minor() : -1;
    case Status:
        return m_outcomes.contains(service.id) ? int(m_outcomes.value(service.id).status) : -1;
    case Priority:
        return service.priority;
    case MinimumShare:
        return service.minimumShare;
    default:
        return display(service, column);
    }
}

Qt::ItemFlags ServiceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (m_editor && index.isValid() &&
        (column == Name || column == Tier || column == Cost || column == Priority ||
         column == MinimumShare))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ServiceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    static const QHash<int, ServiceChange::Field> fields{
        {Name, ServiceChange::Field::Name},
        {Tier, ServiceChange::Field::Tier},
        {Cost, ServiceChange::Field::Cost},
        {Priority, ServiceChange::Field::Priority},
        {MinimumShare, ServiceChange::Field::MinimumShare}};
    const ServiceChange change{m_plan.services.at(index.row()).id, fields.value(index.column()),
                               m_yearIndex, value.toString()};
    const QString problem = m_editor(change);
    if (!problem.isEmpty()) {
        emit changeRefused(problem);
        return false;
    }
    return true;
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
    case Funded:
        return tr("Funded");
    case Status:
        return tr("Status");
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
