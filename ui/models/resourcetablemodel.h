#pragma once

#include "editing/resourcechange.h"
#include "model/plan.h"

#include <QAbstractTableModel>

#include <functional>

namespace lps {

/// Table of a plan's resources as written (before scenarios), for one chosen year; its name,
/// sector, amount and certainty cells can be typed into when it has an editor.
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

    /// What a column sorts by: amounts as numbers, enums in their order.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The sector as a number, for filtering.
    static constexpr int SectorRole = Qt::UserRole + 2;

    explicit ResourceTableModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    /// After a change to the plan: no reset when the same resources are listed, so a view keeps
    /// its selection and scroll position.
    void updatePlan(const Plan &plan);
    void setYearIndex(int yearIndex);
    /// Who makes a change typed into a cell; returns why it was refused (empty when made).
    /// Without an editor the table is read-only.
    void setEditor(std::function<QString(const ResourceChange &)> editor)
    {
        m_editor = std::move(editor);
    }

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

    Plan m_plan;
    int m_yearIndex = 0;
    std::function<QString(const ResourceChange &)> m_editor;
};

} // namespace lps
