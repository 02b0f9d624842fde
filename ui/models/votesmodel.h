#pragma once

#include "model/plan.h"
#include "votes/dotvotes.h"

#include <QAbstractTableModel>

namespace lps {

/// The room's dots, one row per service of the plan, typed into the dots column on the
/// presenter's console or filled from a ballots CSV.
class VotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        TierOf,
        Dots,
        ColumnCount
    };
    /// The most dots one service can be given by hand (a ballot CSV has its own rule).
    static constexpr int kMostDots = 100000;

    explicit VotesModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    const DotVotes &votes() const { return m_votes; }
    void setVotes(const DotVotes &votes);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void votesChanged();

private:
    QList<Service> m_services;
    DotVotes m_votes;
};

} // namespace lps
