#pragma once

#include "editing/servicechange.h"
#include "engine/yearresult.h"
#include "model/plan.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

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
    /// What a column sorts by: amounts as numbers, tiers and statuses in their order.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The tier as a number, for filtering.
    static constexpr int TierRole = Qt::UserRole + 2;
    /// The service's tags as a list, for filtering.
    static constexpr int TagsRole = Qt::UserRole + 3;

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    /// After a change to the plan's values (not to its list of services): no reset, so a view
    /// keeps its selection and scroll position. The allocation shown is forgotten.
    void updatePlan(const Plan &plan);
    /// Who makes a change typed into a cell; returns why it was refused (empty when made).
    /// Without an editor the table is read-only.
    void setEditor(std::function<QString(const ServiceChange &)> editor)
    {
        m_editor = std::move(editor);
    }
    /// Also forgets the allocation: it belonged to another year.
    void setYearIndex(int yearIndex);
    /// What the allocation gives each service, and why a service is short (by service id).
    void setOutcomes(const QList<ServiceOutcome> &outcomes, const QHash<QString, QString> &reasons);
    /// Until the next setOutcomes(), the Funded and Status columns say the allocation is running.
    void clearOutcomes();
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
    void outcomesChanged();

    Plan m_plan;
    int m_yearIndex = 0;
    QHash<QString, ServiceOutcome> m_outcomes;
    QHash<QString, QString> m_reasons;
    std::function<QString(const ServiceChange &)> m_editor;
};

} // namespace lps
