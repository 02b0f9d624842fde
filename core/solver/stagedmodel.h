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
/// free only at its own stage (a lower tier's columns could only take money away), a stage's
/// optimum is kept for the stages after it by fixing its optimal face (keepOptimalFace), and a
/// match row joins the problem only once an answer breaks it.
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

    StagedModel(const EffectiveYear &year, const ResourceGroups &groups);
    ~StagedModel();
    StagedModel(const StagedModel &) = delete;
    StagedModel &operator=(const StagedModel &) = delete;

    /// Minor units per unit of the problem's money.
    double scale() const { return m_scale; }
    double scaled(Money amount) const { return double(amount.minor()) / m_scale; }

    /// Lets the services of a tier take money, and makes its binaries undecided.
    void openTier(Tier tier);
    void maximiseTier(Tier tier);
    /// The first tie rule: among allocations every tier values equally, money goes to the
    /// services listed first.
    void maximiseListOrder();
    /// The tidy stage: the least certain money is used last; among resources of equal certainty
    /// the one listed first pays first.
    void minimisePenalties();

    /// Solves the current problem as an LP until no match row is broken; `dual` starts with the
    /// dual simplex (after bounds changed), otherwise the primal (after the objective changed).
    /// A warm start's "infeasible" is checked from a fresh basis when `confirmInfeasible`.
    bool solve(bool dual = false, bool confirmInfeasible = true);
    /// A warm start's dual simplex from a basis another model left, allowed `iterations` pivots
    /// in all: false when that was not enough (the basis is then worth nothing), or on failure.
    bool solveFromElsewhere(int iterations);
    /// Whether the last solve failed because the problem has no feasible point.
    bool infeasible() const;
    double objective() const;

    /// Services of the current stage whose binary is not yet fixed, in display order.
    const QList<qsizetype> &undecided() const { return m_undecided; }
    /// Fixes every undecided binary where the last answer has it, for good.
    void decide();
    /// What the last LP answer gives a service, in scaled units.
    double funding(qsizetype service) const;
    /// The least a service may have unless it has nothing, in scaled units.
    double minimum(qsizetype service) const;
    /// Whether the last answer gives the service something, but less than its minimum share.
    bool belowMinimum(qsizetype service) const;
    void bind(qsizetype service, Choice choice);

    Basis basis() const;
    void restore(const Basis &basis);

    /// A fingerprint of the problem's columns and rows as built: two models of the same shape
    /// can take each other's bases (SolverMemory).
    quint64 shape() const { return m_shape; }
    /// The match rows in the problem, as (group, service) in the order they joined it.
    const std::vector<std::pair<qsizetype, qsizetype>> &matchRows() const { return m_matchOrder; }
    /// Adds match rows in the given order (those the problem has not got yet), so that a basis
    /// of a model of the same shape that had them fits this one row for row.
    void addMatchRows(const std::vector<std::pair<qsizetype, qsizetype>> &rows);

    /// After a stage solved to optimality: keeps every later stage on the stage's optimal face,
    /// exactly, by complementary slackness with the LP's dual answer. A column or row whose
    /// reduced cost is not zero stays where it is, and a later tier's column whose resource the
    /// stage values stays at nothing.
    void keepOptimalFace();
    /// The simplex work done since the model was made, in units that follow time on any machine
    /// but count no clock: (pivots + a call's fixed cost) x (rows + columns), call by call. Work
    /// limits count these, so a search stops at the same point everywhere.
    double work() const { return m_work; }
    /// Simplex pivots since the model was made.
    int pivots() const { return m_pivots; }
    /// Whether a simplex call stopped at the safety time limit since the model was made.
    bool hitTimeLimit() const { return m_hitTimeLimit; }

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
    int addRow(const std::vector<std::pair<int, double>> &terms, int type, double low, double high,
               qsizetype service = -1);
    std::vector<std::pair<int, double>> matchedTerms(const Match &match) const;
    void addMatchRow(const Match &match);
    bool addBrokenMatchRows();
    void computeShape();
    bool runSimplex(bool dual, int iterationLimit = 0);
    bool tierOpen(qsizetype service) const
    {
        return m_opened[size_t(m_year.services.at(service).tier)];
    }
    void setObjective(const std::vector<double> &coefficients, int direction);
    std::vector<double> tierWeights(Tier tier) const;

    const EffectiveYear &m_year;
    const ResourceGroups &m_groups;
    std::unique_ptr<glp_prob, void (*)(glp_prob *)> m_problem;
    double m_scale = 1.0;
    std::vector<Column> m_columns;
    std::vector<Match> m_matches;
    std::vector<std::pair<qsizetype, qsizetype>> m_matchOrder;
    quint64 m_shape = 0;
    QList<int> m_columnOf;
    // Columns a stage's optimal face keeps at nothing before their tier's own stage.
    std::vector<bool> m_pinned;
    // The service each row belongs to (-1: a resource row).
    std::vector<qsizetype> m_rowService;
    std::array<bool, 3> m_opened{false, false, false};
    QList<QList<int>> m_serviceColumns;
    QList<int> m_binaryOf;
    QList<int> m_groupRow;
    QList<int> m_costRow;
    QList<qsizetype> m_undecided;
    int m_lastStatus = 0;
    bool m_hitTimeLimit = false;
    double m_work = 0.0;
    int m_pivots = 0;
};

} // namespace lps
