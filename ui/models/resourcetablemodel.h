#pragma once

#include "changes/planchange.h"
#include "editing/resourcechange.h"
#include "engine/yearresult.h"
#include "model/plan.h"
#include "rowfollower.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lps {

struct Evaluation;
class PlanDocument;

/// A document's resources as written (before scenarios), for the year on show, with what the
/// allocation of the scenario on show uses of each and leaves unused. It follows the document
/// row by row, so a view keeps its selection; the name, sector, amount and certainty can be
/// typed into (one undoable step each).
class ResourceTableModel : public RowFollower<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Sector,
        Kind,
        Amount,
        Used,
        Unused,
        Certainty,
        Restriction,
        ColumnCount
    };

    /// What a column sorts by: amounts as numbers, enums in their order.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The sector as a number, for filtering.
    static constexpr int SectorRole = Qt::UserRole + 2;

    explicit ResourceTableModel(PlanDocument *document, QObject *parent = nullptr);

    bool hasOutcomes() const { return !m_outcomes.isEmpty(); }

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
    QVariant editValue(const Resource &resource, int column) const;
    QVariant sortValue(const Resource &resource, int column) const;
    QString amountText(const Resource &resource) const;
    QString restrictionText(const Resource &resource) const;

    void follow(const PlanChange &change);
    void setYearIndex(int yearIndex);
    void setOutcomes(const Evaluation &evaluation);
    void clearOutcomes();
    QVariant outcomeText(const Resource &resource, int column) const;

    PlanDocument *m_document;
    /// The document's plan as far as the rows have followed it.
    Plan m_plan;
    int m_yearIndex = 0;
    QHash<QString, ResourceOutcome> m_outcomes;
};

} // namespace lps
