#pragma once

#include "resourcegroups.h"

#include <QList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

struct glp_prob;

namespace lps {

/// The allocation rule of spec/allocation.md as one GLPK problem that the stages share: one
/// column per usable (resource group, service) pair and one binary per service with a minimum
/// share, with money in scaled units (see scale()).
///
/// Stages run on the same problem, each from the basis the last one left. A tier's columns come
/// free only at its own stage (a lower tier's columns could only take money away), and a match
/// row joins the problem only once an answer breaks it.
class StagedModel
{
public:
    /// How a minimum-share binary is bound.
    enum class Choice
    {
        Undecided,
        Closed,
        Open
    };

    /// A basis to return to: the status of every row and column.
    struct Basis
    {
        std::vector<int> rows;
        std::vector<int> columns;
    };

    /// `tightHolds`: hold a partly funded tier within floating-point noise of its optimum, not
    /// within the rule's allowance of a minor unit per service (the fallback).
    StagedModel(const EffectiveYear &year, const ResourceGroups &groups, bool tightHolds);
    ~StagedModel();
    StagedModel(const StagedModel &) = delete;
    StagedModel &operator=(const StagedModel &) = delete;

    /// Minor units per unit of the problem's money.
    double scale() const { return m_scale; }
    double scaled(Money amount) const { return double(amount.minor()) / m_scale; }

    /// Lets the services of a tier take money, and makes its binaries undecided.
    void openTier(Tier tier);
    void maximiseTier(Tier tier);
    /// The tidy stage: the least certain money is used last.
    void minimisePenalties();

    /// Solves the current problem as an LP until no match row is broken; `dual` starts with the
    /// dual simplex (after bounds changed), otherwise the primal (after the objective changed).
    /// A warm start's "infeasible" is checked from a fresh basis when `confirmInfeasible`.
    bool solve(bool dual = false, bool confirmInfeasible = true);
    /// Whether the last solve failed because the problem has no feasible point.
    bool infeasible() const;
    double objective() const;

    /// Services whose binary is not yet fixed for good, in display order.
    const QList<qsizetype> &undecided() const { return m_undecided; }
    /// What the last LP answer gives a service, in scaled units.
    double funding(qsizetype service) const;
    /// The least a service may have unless it has nothing, in scaled units.
    double minimum(qsizetype service) const;
    /// Whether the last answer gives the service something, but less than its minimum share.
    bool belowMinimum(qsizetype service) const;
    void bind(qsizetype service, Choice choice);

    Basis basis() const;
    void restore(const Basis &basis);

    /// After a tier's stage: fixes a fully funded tier by equalities (true), otherwise adds a row
    /// holding the tier's weighted funding at `optimum`. Returns the hold's gap in weighted minor
    /// units.
    double hold(Tier tier, double optimum);

    /// The last LP answer, per group (groups x services), in minor units.
    QList<double> groupAmounts() const;
    /// The dual value of each group's limit in the last LP answer.
    QList<double> groupMarginals() const;

private:
    struct Column
    {
        qsizetype group;
        qsizetype service;
    };
    struct Match
    {
        qsizetype group;
        qsizetype service;
        bool inModel;
    };

    qsizetype services() const { return m_year.services.size(); }
    int column(qsizetype group, qsizetype service) const
    {
        return m_columnOf.at(group * services() + service);
    }
    void chooseScale();
    void addColumns();
    void addRows();
    void addServiceRows(qsizetype service);
    int addRow(const std::vector<std::pair<int, double>> &terms, int type, double low, double high);
    std::vector<std::pair<int, double>> matchedTerms(const Match &match) const;
    void addMatchRow(const Match &match);
    bool addBrokenMatchRows();
    bool runSimplex(bool dual);
    bool settle(Tier tier);
    void setObjective(const std::vector<double> &coefficients, int direction);
    std::vector<double> tierWeights(Tier tier) const;

    const EffectiveYear &m_year;
    const ResourceGroups &m_groups;
    std::unique_ptr<glp_prob, void (*)(glp_prob *)> m_problem;
    bool m_tightHolds = true;
    double m_scale = 1.0;
    std::vector<Column> m_columns;
    std::vector<Match> m_matches;
    QList<int> m_columnOf;
    QList<QList<int>> m_serviceColumns;
    QList<int> m_binaryOf;
    QList<int> m_groupRow;
    QList<int> m_costRow;
    QList<qsizetype> m_undecided;
    int m_lastStatus = 0;
};

} // namespace lps
