#include "tierboardmodel.h"

#include <QMimeData>

#include <algorithm>

namespace lps {

TierBoardModel::TierBoardModel(Tier tier, QObject *parent)
    : RowFollower<QAbstractListModel>(parent)
    , m_tier(tier)
{
}

void TierBoardModel::setPlan(const Plan &plan, int yearIndex)
{
    // Highest priority first, then as written: the order money goes in within a tier.
    QList<Service> cards;
    for (const Service &service : plan.services) {
        if (service.tier == m_tier)
            cards << service;
    }
    std::stable_sort(cards.begin(), cards.end(),
                     [](const Service &a, const Service &b) { return a.priority > b.priority; });
    // The outcomes on show stay (by service id) until the next answer replaces them.
    const bool otherYear = yearIndex != m_yearIndex;
    m_yearIndex = yearIndex;
    m_plan = plan;
    followRows(
        ListChange::between(m_cards, cards), [this](qsizetype row) { m_cards.removeAt(row); },
        [this, &cards](qsizetype row) { m_cards.insert(row, cards.at(row)); },
        [this, &cards] { m_cards = cards; });
    if (otherYear && rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TierBoardModel::setOutcomes(const QList<ServiceOutcome> &outcomes,
                                 const QHash<QString, QString> &resourceNames)
{
    m_outcomes.clear();
    for (const ServiceOutcome &outcome : outcomes)
        m_outcomes.insert(outcome.id, outcome);
    m_resourceNames = resourceNames;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TierBoardModel::clearOutcomes()
{
    m_outcomes.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

int TierBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant TierBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Service &service = m_cards.at(index.row());
    const auto outcome = m_outcomes.constFind(service.id);
    const bool known = outcome != m_outcomes.cend();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return service.name;
    case ServiceIdRole:
        return service.id;
    case CostRole:
        // The scenario's own cost once its allocation is known (a redesign may have cut it).
        return (known ? outcome->cost : service.costInYear(m_yearIndex, m_plan.costInflation))
            .formatted(m_plan.currency);
    case FundedRole:
        return known ? outcome->funded.formatted(m_plan.currency) : QVariant();
    case StatusRole:
        return known ? QVariant(int(outcome->status)) : QVariant();
    case SourcesRole: {
        if (!known)
            return {};
        // The main sources: the two largest, by name.
        QList<QPair<QString, Money>> sources = outcome->sources;
        std::stable_sort(sources.begin(), sources.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList names;
        for (qsizetype i = 0; i < std::min<qsizetype>(2, sources.size()); ++i)
            names << m_resourceNames.value(sources.at(i).first, sources.at(i).first);
        return names.join(QStringLiteral(", "));
    }
    case Qt::ToolTipRole: {
        // The card elides a long name: the whole of it, who pays, and what happens to people.
        QStringList lines{service.name};
        if (known && !outcome->sources.isEmpty()) {
            QStringList payers;
            for (const auto &[id, amount] : outcome->sources)
                payers << tr("%1 %2").arg(m_resourceNames.value(id, id),
                                          amount.formatted(m_plan.currency));
            lines << tr("Paid for by %1").arg(payers.join(QStringLiteral("; ")));
        }
        lines << service.consequence;
        lines.removeAll(QString());
        return lines.join(QStringLiteral("\n\n"));
    }
    default:
        return {};
    }
}

Qt::ItemFlags TierBoardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid() && m_editor)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList TierBoardModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *TierBoardModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kMimeType),
                  indexes.first().data(ServiceIdRole).toString().toUtf8());
    return data;
}

QString TierBoardModel::serviceIdIn(const QMimeData *data) const
{
    return data ? QString::fromUtf8(data->data(QString::fromLatin1(kMimeType))) : QString();
}

bool TierBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &) const
{
    const QString id = serviceIdIn(data);
    if (id.isEmpty() || !m_editor)
        return false;
    // Only from another tier: within a column the order is the priority, not a place.
    return std::none_of(m_cards.begin(), m_cards.end(),
                        [&id](const Service &card) { return card.id == id; });
}

bool TierBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString problem = m_editor(ServiceChange{serviceIdIn(data), ServiceChange::Field::Tier,
                                                   m_yearIndex, spelling(m_tier)});
    if (!problem.isEmpty()) {
        emit changeRefused(problem);
        return false;
    }
    return true;
}

} // namespace lps
