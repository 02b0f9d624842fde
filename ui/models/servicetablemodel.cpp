#include "servicetablemodel.h"

#include "choicedelegate.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"

namespace lps {

namespace {

Money gapOf(const ServiceOutcome &outcome)
{
    return outcome.cost - outcome.funded;
}

} // namespace

ServiceTableModel::ServiceTableModel(PlanDocument *document, QObject *parent)
    : RowFollower<QAbstractTableModel>(parent)
    , m_document(document)
    , m_plan(document->plan())
    , m_yearIndex(document->yearIndex())
{
    connect(document, &PlanDocument::changed, this, &ServiceTableModel::follow);
    connect(document, &PlanDocument::yearChosen, this, &ServiceTableModel::setYearIndex);
    // The figures are the scenario's: another scenario's answer is on its way.
    connect(document, &PlanDocument::scenarioChosen, this, &ServiceTableModel::clearOutcomes);
    connect(document->answers(), &PlanAnswers::answered, this, &ServiceTableModel::setOutcomes);
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

// Rows come and go as the services did; another plan, or other years, start afresh. The
// allocation on show belonged to the plan before the change.
void ServiceTableModel::follow(const PlanChange &change)
{
    m_outcomes.clear();
    m_reasons.clear();
    // Before a reset: the rows read the year as they are asked for again.
    m_yearIndex = m_document->yearIndex();
    followPlan(change, change.services, m_plan, m_document->plan(), &Plan::services);
}

void ServiceTableModel::setYearIndex(int yearIndex)
{
    m_yearIndex = qBound(0, yearIndex, m_plan.years - 1);
    m_outcomes.clear();
    m_reasons.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ServiceTableModel::setOutcomes(const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    m_outcomes.clear();
    for (const ServiceOutcome &outcome : evaluation.years.first().services)
        m_outcomes.insert(outcome.id, outcome);
    m_reasons = evaluation.shortfalls.value(0);
    m_resourceNames.clear();
    for (const Resource &resource : m_plan.resources)
        m_resourceNames.insert(resource.id, resource.name);
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
        emit dataChanged(index(0, Funded), index(rowCount() - 1, Reason));
}

// Who pays, largest first, with amounts: "Council tax £120,000.00; Lottery £5,000.00".
QString ServiceTableModel::sourcesText(const ServiceOutcome &outcome) const
{
    QList<QPair<QString, Money>> sources = outcome.sources;
    std::stable_sort(sources.begin(), sources.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[id, amount] : sources)
        parts << QStringLiteral("%1 %2").arg(m_resourceNames.value(id, id),
                                             amount.formatted(m_plan.currency));
    return parts.join(QStringLiteral("; "));
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
    case Gap:
        return m_outcomes.contains(service.id)
                   ? gapOf(m_outcomes.value(service.id)).formatted(m_plan.currency)
                   : QString();
    case Status:
        return m_outcomes.contains(service.id) ? statusText(m_outcomes.value(service.id).status)
                                               : QString();
    case Sources:
        return m_outcomes.contains(service.id) ? sourcesText(m_outcomes.value(service.id))
                                               : QString();
    case Reason:
        return m_reasons.value(service.id);
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
                             index.column() == Gap || index.column() == Priority ||
                             index.column() == MinimumShare;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case Qt::ToolTipRole: {
        // Why it is short, and what happens to people if it goes unfunded: the text councillors
        // need read to them.
        QStringList lines;
        if (index.column() == Sources)
            return display(service, Sources);
        if (index.column() == Name) // the whole name, however narrow the column
            lines << service.name;
        if (index.column() == Status || index.column() == Funded || index.column() == Reason ||
            index.column() == Gap)
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
    case Gap:
        return m_outcomes.contains(service.id) ? gapOf(m_outcomes.value(service.id)).minor() : -1;
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
    if (index.isValid() && (column == Name || column == Tier || column == Cost ||
                            column == Priority || column == MinimumShare))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ServiceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    static const QHash<int, ServiceChange::Field> fields{
        {Name, ServiceChange::Field::Name},
        {Tier, ServiceChange::Field::Tier},
        {Cost, ServiceChange::Field::Cost},
        {Priority, ServiceChange::Field::Priority},
        {MinimumShare, ServiceChange::Field::MinimumShare}};
    const ServiceChange change{m_plan.services.at(index.row()).id, fields.value(index.column()),
                               m_yearIndex, value.toString()};
    const QString problem = m_document->change(change);
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
    case Gap:
        return tr("Gap");
    case Status:
        return tr("Status");
    case Sources:
        return tr("Paid for by");
    case Reason:
        return tr("Why short");
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
