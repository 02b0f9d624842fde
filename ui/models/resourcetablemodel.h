#pragma once

#include "model/plan.h"

#include <QAbstractTableModel>

namespace lps {

/// Read-only table of a plan's resources as written (before scenarios), for one chosen year.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Sector,
        Kind,
        Amount,
        Certainty,
        Restriction,
        ColumnCount
    };

    explicit ResourceTableModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    void setYearIndex(int yearIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString amountText(const Resource &resource) const;
    QString restrictionText(const Resource &resource) const;

    Plan m_plan;
    int m_yearIndex = 0;
};

} // namespace lps
