#pragma once

#include "engine/yearresult.h"
#include "model/plan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lps {

/// Read-only table of a plan's services as written (before scenarios), for one chosen year,
/// with what the allocation gives each once it is known.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Tier,
        Cost,
        Funded,
        Status,
        Priority,
        MinimumShare,
        Provider,
        Tags,
        ColumnCount
    };

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    /// Also forgets the allocation: it belonged to another year.
    void setYearIndex(int yearIndex);
    /// What the allocation gives each service, and why a service is short (by service id).
    void setOutcomes(const QList<ServiceOutcome> &outcomes, const QHash<QString, QString> &reasons);
    /// Until the next setOutcomes(), the Funded and Status columns say the allocation is running.
    void clearOutcomes();
    bool hasOutcomes() const { return !m_outcomes.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Service &service, int column) const;
    void outcomesChanged();

    Plan m_plan;
    int m_yearIndex = 0;
    QHash<QString, ServiceOutcome> m_outcomes;
    QHash<QString, QString> m_reasons;
};

} // namespace lps
