#pragma once

#include "changes/planchange.h"
#include "editing/servicechange.h"
#include "engine/yearresult.h"
#include "model/plan.h"
#include "rowfollower.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lps {

struct Evaluation;
class PlanDocument;

/// A document's services as written (before scenarios), for the year on show, with what the
/// allocation of the scenario on show gives each once it is known: funded, gap, who pays and why
/// it is short. It follows the document row by row, so a view keeps its selection; the name,
/// tier, cost, priority and minimum share can be typed into (one undoable step each).
class ServiceTableModel : public RowFollower<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Tier,
        Cost,
        Funded,
        Gap,
        Status,
        Sources,
        Reason,
        Priority,
        MinimumShare,
        Provider,
        Tags,
        ColumnCount
    };
    /// What a column sorts by: amounts as numbers, tiers and statuses in their order.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The tier as a number, for filtering.
    static constexpr int TierRole = Qt::UserRole + 2;
    /// The service's tags as a list, for filtering.
    static constexpr int TagsRole = Qt::UserRole + 3;

    explicit ServiceTableModel(PlanDocument *document, QObject *parent = nullptr);

    bool hasOutcomes() const { return !m_outcomes.isEmpty(); }
    /// A funding status in words, as every view shows it.
    static QString statusText(FundingStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// A typed value was refused: the sentence says what is wrong and what to write instead.
    void changeRefused(const QString &message);

private:
    QVariant display(const Service &service, int column) const;
    QVariant editValue(const Service &service, int column) const;
    QVariant sortValue(const Service &service, int column) const;
    void follow(const PlanChange &change);
    void setYearIndex(int yearIndex);
    void setOutcomes(const Evaluation &evaluation);
    void clearOutcomes();
    void outcomesChanged();
    QString sourcesText(const ServiceOutcome &outcome) const;

    PlanDocument *m_document;
    /// The document's plan as far as the rows have followed it.
    Plan m_plan;
    int m_yearIndex = 0;
    QHash<QString, ServiceOutcome> m_outcomes;
    QHash<QString, QString> m_reasons;
    QHash<QString, QString> m_resourceNames;
};

} // namespace lps
