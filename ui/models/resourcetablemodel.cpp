#include "resourcetablemodel.h"

#include "choicedelegate.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"

#include <QLocale>

namespace lps {

namespace {
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

// Hours grouped like the money beside them, whatever the desktop locale.
QString grouped(qint64 units)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(units);
}

template <typename Enum> QStringList choices()
{
    QStringList list;
    for (const QString &value : enumSpellings<Enum>())
        list << capitalised(value);
    return list;
}
} // namespace

ResourceTableModel::ResourceTableModel(PlanDocument *document, QObject *parent)
    : RowFollower<QAbstractTableModel>(parent)
    , m_document(document)
    , m_plan(document->plan())
    , m_yearIndex(document->yearIndex())
{
    connect(document, &PlanDocument::changed, this, &ResourceTableModel::follow);
    connect(document, &PlanDocument::yearChosen, this, &ResourceTableModel::setYearIndex);
    connect(document, &PlanDocument::scenarioChosen, this, &ResourceTableModel::clearOutcomes);
    connect(document->answers(), &PlanAnswers::answered, this, &ResourceTableModel::setOutcomes);
}

// Rows come and go as the resources did; another plan, or other years, start afresh.
void ResourceTableModel::follow(const PlanChange &change)
{
    m_outcomes.clear();
    // Before a reset: the rows read the year as they are asked for again.
    m_yearIndex = m_document->yearIndex();
    followPlan(change, change.resources, m_plan, m_document->plan(), &Plan::resources);
}

void ResourceTableModel::setYearIndex(int yearIndex)
{
    m_yearIndex = qBound(0, yearIndex, m_plan.years - 1);
    m_outcomes.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ResourceTableModel::setOutcomes(const Evaluation &evaluation)
{
    if (evaluation.years.isEmpty())
        return;
    m_outcomes.clear();
    for (const ResourceOutcome &outcome : evaluation.years.first().resources)
        m_outcomes.insert(outcome.id, outcome);
    if (rowCount() > 0)
        emit dataChanged(index(0, Used), index(rowCount() - 1, Unused));
}

void ResourceTableModel::clearOutcomes()
{
    m_outcomes.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, Used), index(rowCount() - 1, Unused));
}

// In money, as the scenario on show uses it (a scenario may have cut what is available).
QVariant ResourceTableModel::outcomeText(const Resource &resource, int column) const
{
    const auto outcome = m_outcomes.constFind(resource.id);
    if (outcome == m_outcomes.cend())
        return column == Used ? tr("allocating…") : QString();
    return (column == Used ? outcome->used : outcome->unused).formatted(m_plan.currency);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.resources.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResourceTableModel::amountText(const Resource &resource) const
{
    const qint64 units = resource.amountInYear(m_yearIndex);
    const QString money = resource.moneyValueOf(units).formatted(m_plan.currency);
    if (resource.kind != ResourceKind::Time)
        return money;
    return tr("%1 hours (%2)").arg(grouped(units), money);
}

QString ResourceTableModel::restrictionText(const Resource &resource) const
{
    const Eligibility &e = resource.eligible;
    QStringList parts;
    if (e.isUnrestricted())
        parts << (resource.kind == ResourceKind::Time ? tr("Any service that takes volunteers")
                                                      : tr("Any service"));
    if (!e.services.isEmpty()) {
        QStringList names;
        for (const QString &id : e.services) {
            const qsizetype i = m_plan.serviceIndex(id);
            names << (i >= 0 ? m_plan.services.at(i).name : id);
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (!e.tags.isEmpty())
        parts << tr("tagged %1").arg(e.tags.join(QStringLiteral(" or ")));
    if (!e.tiers.isEmpty()) {
        QStringList tiers;
        for (const Tier tier : e.tiers)
            tiers << tierTitle(tier);
        parts << tr("%1 tier").arg(tiers.join(QStringLiteral("/")));
    }
    if (resource.kind == ResourceKind::Time && !e.isUnrestricted())
        parts << tr("services that take volunteers");
    if (resource.matchRatio)
        parts << tr("at most %1 x what %2 money gives")
                     .arg(QString::number(*resource.matchRatio), spelling(resource.matchSector));
    if (resource.maxPerService)
        parts
            << tr("at most %1 per service").arg(resource.maxPerService->formatted(m_plan.currency));
    return parts.join(QStringLiteral("; "));
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Resource &resource = m_plan.resources.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Used || index.column() == Unused
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Name) // the whole name, however narrow
        return resource.notes.isEmpty() ? resource.name
                                        : resource.name + QStringLiteral("\n\n") + resource.notes;
    if (role == Qt::ToolTipRole && index.column() == Restriction)
        return restrictionText(resource); // the cell is often elided
    if (role == Qt::EditRole)
        return editValue(resource, index.column());
    if (role == SortRole)
        return sortValue(resource, index.column());
    if (role == SectorRole)
        return int(resource.sector);
    if (role == ChoiceDelegate::ChoicesRole && index.column() == Sector)
        return choices<lps::Sector>();
    if (role == ChoiceDelegate::ChoicesRole && index.column() == Certainty)
        return choices<lps::Certainty>();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return resource.name;
    case Sector:
        return capitalised(spelling(resource.sector));
    case Kind:
        return capitalised(spelling(resource.kind));
    case Amount:
        return amountText(resource);
    case Used:
    case Unused:
        return outcomeText(resource, index.column());
    case Certainty:
        return capitalised(spelling(resource.certainty));
    case Restriction:
        return restrictionText(resource);
    }
    return {};
}

// What an editor starts from: the value as the person would type it.
QVariant ResourceTableModel::editValue(const Resource &resource, int column) const
{
    if (column != Amount)
        return data(index(int(m_plan.resourceIndex(resource.id)), column), Qt::DisplayRole);
    const qint64 units = resource.amountInYear(m_yearIndex);
    return resource.kind == ResourceKind::Time ? grouped(units)
                                               : Money::fromMinor(units).formatted(m_plan.currency);
}

QVariant ResourceTableModel::sortValue(const Resource &resource, int column) const
{
    switch (column) {
    case Sector:
        return int(resource.sector);
    case Kind:
        return int(resource.kind);
    case Amount:
        return resource.moneyValueOf(resource.amountInYear(m_yearIndex)).minor();
    case Used:
        return m_outcomes.contains(resource.id) ? m_outcomes.value(resource.id).used.minor() : -1;
    case Unused:
        return m_outcomes.contains(resource.id) ? m_outcomes.value(resource.id).unused.minor() : -1;
    case Certainty:
        return int(resource.certainty);
    default:
        return data(index(int(m_plan.resourceIndex(resource.id)), column), Qt::DisplayRole);
    }
}

Qt::ItemFlags ResourceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (index.isValid() &&
        (column == Name || column == Sector || column == Amount || column == Certainty))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ResourceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    static const QHash<int, ResourceChange::Field> fields{
        {Name, ResourceChange::Field::Name},
        {Sector, ResourceChange::Field::Sector},
        {Amount, ResourceChange::Field::Amount},
        {Certainty, ResourceChange::Field::Certainty}};
    const ResourceChange change{m_plan.resources.at(index.row()).id, fields.value(index.column()),
                                m_yearIndex, value.toString()};
    const QString problem = m_document->change(change);
    if (!problem.isEmpty()) {
        emit changeRefused(problem);
        return false;
    }
    return true;
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Resource");
    case Sector:
        return tr("Sector");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount %1").arg(m_plan.yearLabel(m_yearIndex));
    case Used:
        return tr("Used");
    case Unused:
        return tr("Unused");
    case Certainty:
        return tr("Certainty");
    case Restriction:
        return tr("May fund");
    }
    return {};
}

} // namespace lps
