#include "allocationsolver.h"

#include "allocationcheck.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace lps {

namespace {

struct ProblemDeleter
{
    void operator()(glp_prob *problem) const { glp_delete_prob(problem); }
};
using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

int tierIndex(Tier tier) { return int(tier); }

double certaintyPenalty(Certainty certainty)
{
    switch (certainty) {
    case Certainty::Confirmed:
        return 1.0;
    case Certainty::Expected:
        return 2.0;
    case Certainty::Speculative:
        return 4.0;
    }
    return 1.0;
}

// The staged model: one column per usable (resource, service) pair, one binary per service
// with a minimum share, and the rows of allocation.md.
class Model
{
public:
    Model(const EffectiveYear &year, bool tight, bool preprocess)
        : m_year(year)
        , m_problem(glp_create_prob())
        , m_tight(tight)
        , m_preprocess(preprocess)
    {
        chooseScale();
        addColumns();
        addRows();
        // Without scaling the simplex stalled for minutes on the demo plan.
        glp_scale_prob(m_problem.get(), GLP_SF_AUTO);
    }

    FractionalAllocation run()
    {
        FractionalAllocation result;
        result.resources = m_year.resources.size();
        result.services = m_year.services.size();
        result.amounts = QList<double>(result.resources * result.services, 0.0);
        result.open = QList<bool>(result.services, false);
        result.marginal = QList<std::array<double, 3>>(result.resources, {0.0, 0.0, 0.0});
        result.solved = true;
        result.proven = true;
        for (const Tier tier : kAllTiers) {
            if (!stage(tier, result))
                return result;
        }
        // The tidy stage only decides which money is left over; if branch-and-bound fails it, the
        // could stage's answer stands (it is just as well funded).
        read(result);
        if (tidy(result))
            read(result);
        result.solved = true;
        return result;
    }

private:
    struct Column
    {
        qsizetype resource;
        qsizetype service;
    };

    // Money in units of `m_scale` minor units, so that the largest amount is about 10^7: GLPK's
    // tolerances are relative, but keeping numbers moderate keeps the basis well conditioned.
    void chooseScale()
    {
        qint64 largest = 1;
        for (const EffectiveResource &r : m_year.resources)
            largest = std::max(largest, r.available.minor());
        for (const EffectiveService &s : m_year.services)
            largest = std::max(largest, s.cost.minor());
        m_scale = std::max(1.0, std::pow(10.0, std::floor(std::log10(double(largest))) - 7));
    }

    double scaled(Money amount) const { return double(amount.minor()) / m_scale; }

    void addColumns()
    {
        m_columnOf = QList<int>(m_year.resources.size() * m_year.services.size(), 0);
        for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
            const EffectiveResource &resource = m_year.resources.at(r);
            if (resource.available.isZero())
                continue;
            for (qsizetype s = 0; s < m_year.services.size(); ++s) {
                const EffectiveService &service = m_year.services.at(s);
                if (service.cost.isZero() || !m_year.mayFund(resource, service))
                    continue;
                const int column = glp_add_cols(m_problem.get(), 1);
                const double cap = std::min(scaled(resource.available),
                                            resource.maxPerService ? scaled(*resource.maxPerService) : scaled(resource.available));
                glp_set_col_bnds(m_problem.get(), column, cap > 0 ? GLP_DB : GLP_FX, 0.0, std::max(cap, 0.0));
                m_columns.push_back({r, s});
                m_columnOf[r * m_year.services.size() + s] = column;
            }
        }
        m_binaryOf = QList<int>(m_year.services.size(), 0);
        for (qsizetype s = 0; s < m_year.services.size(); ++s) {
            if (m_year.services.at(s).minimumShare <= 0 || m_year.services.at(s).cost.isZero())
                continue;
            const int column = glp_add_cols(m_problem.get(), 1);
            glp_set_col_kind(m_problem.get(), column, GLP_BV);
            m_binaryOf[s] = column;
        }
    }

    int column(qsizetype r, qsizetype s) const { return m_columnOf.at(r * m_year.services.size() + s); }

    void addRow(const std::vector<std::pair<int, double>> &terms, int type, double low, double high)
    {
        if (terms.empty())
            return;
        const int row = glp_add_rows(m_problem.get(), 1);
        glp_set_row_bnds(m_problem.get(), row, type, low, high);
        std::vector<int> index{0};
        std::vector<double> value{0.0};
        for (const auto &[c, v] : terms) {
            index.push_back(c);
            value.push_back(v);
        }
        glp_set_mat_row(m_problem.get(), row, int(terms.size()), index.data(), value.data());
    }

    void addRows()
    {
        m_resourceRow = QList<int>(m_year.resources.size(), 0);
        for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
            std::vector<std::pair<int, double>> terms;
            for (qsizetype s = 0; s < m_year.services.size(); ++s) {
                if (column(r, s))
                    terms.push_back({column(r, s), 1.0});
            }
            if (terms.empty())
                continue;
            addRow(terms, GLP_UP, 0.0, scaled(m_year.resources.at(r).available));
            m_resourceRow[r] = glp_get_num_rows(m_problem.get());
        }
        for (qsizetype s = 0; s < m_year.services.size(); ++s)
            serviceRows(s);
    }

    void serviceRows(qsizetype s)
    {
        const EffectiveService &service = m_year.services.at(s);
        std::vector<std::pair<int, double>> funding;
        std::vector<std::pair<int, double>> hours;
        for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
            if (!column(r, s))
                continue;
            funding.push_back({column(r, s), 1.0});
            const EffectiveResource &resource = m_year.resources.at(r);
            if (resource.kind == ResourceKind::Time && resource.hourValue.minor() > 0)
                hours.push_back({column(r, s), m_scale / double(resource.hourValue.minor())});
            matchRow(r, s);
        }
        if (funding.empty())
            return;
        const double cost = scaled(service.cost);
        if (const int y = m_binaryOf.at(s)) {
            // f <= C y and f >= ceil(m C) y: funded at least to the minimum share, or not at all.
            auto upper = funding;
            upper.push_back({y, -cost});
            addRow(upper, GLP_UP, 0.0, 0.0);
            auto lower = funding;
            lower.push_back({y, -scaled(AllocationCheck::minimumFunding(service))});
            addRow(lower, GLP_LO, 0.0, 0.0);
        } else {
            addRow(funding, GLP_UP, 0.0, cost);
        }
        if (!hours.empty()) {
            // In money terms: divided by the largest coefficient, so that a plan with a penny an
            // hour and a billion hours is as well conditioned as one with £12.50 and 60,000.
            double largest = 0.0;
            for (const auto &term : hours)
                largest = std::max(largest, term.second);
            for (auto &term : hours)
                term.second /= largest;
            addRow(hours, GLP_UP, 0.0, double(service.timeCapacityHours) / largest);
        }
    }

    void matchRow(qsizetype r, qsizetype s)
    {
        const EffectiveResource &resource = m_year.resources.at(r);
        if (!resource.matchRatio)
            return;
        std::vector<std::pair<int, double>> terms{{column(r, s), 1.0}};
        for (qsizetype p = 0; p < m_year.resources.size(); ++p) {
            if (p != r && column(p, s) && m_year.resources.at(p).sector == resource.matchSector)
                terms.push_back({column(p, s), -*resource.matchRatio});
        }
        addRow(terms, GLP_UP, 0.0, 0.0);
    }

    void setObjective(const std::vector<double> &coefficients, int direction)
    {
        glp_set_obj_dir(m_problem.get(), direction);
        for (int c = 1; c <= glp_get_num_cols(m_problem.get()); ++c)
            glp_set_obj_coef(m_problem.get(), c, c <= int(coefficients.size()) ? coefficients[size_t(c - 1)] : 0.0);
    }

    std::vector<double> tierWeights(Tier tier) const
    {
        std::vector<double> weights(size_t(glp_get_num_cols(m_problem.get())), 0.0);
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const EffectiveService &service = m_year.services.at(m_columns[i].service);
            if (service.tier == tier)
                weights[size_t(m_columnOf.at(m_columns[i].resource * m_year.services.size() + m_columns[i].service) - 1)] = service.priority;
        }
        return weights;
    }

    bool hasBinaries() const
    {
        return std::any_of(m_binaryOf.begin(), m_binaryOf.end(), [](int c) { return c != 0; });
    }

    // Solves the current objective; the value in scaled units, or nullopt when GLPK fails.
    std::optional<double> optimise(FractionalAllocation &result)
    {
        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        simplex.presolve = GLP_OFF;
        simplex.tm_lim = AllocationSolver::kTimeLimitMs * 5; // a stalled simplex must not hang the app
        if (glp_simplex(m_problem.get(), &simplex) != 0 || glp_get_status(m_problem.get()) != GLP_OPT) {
            result.solved = false;
            return std::nullopt;
        }
        if (!hasBinaries())
            return glp_get_obj_val(m_problem.get());
        glp_iocp integer;
        glp_init_iocp(&integer);
        integer.msg_lev = GLP_MSG_OFF;
        integer.presolve = GLP_OFF;
        // PLATFORM-NOTES: GLPK's preprocessing was most of the time and misled the search.
        integer.pp_tech = m_preprocess ? GLP_PP_ALL : GLP_PP_NONE;
        // The search stops after a number of nodes, not of seconds, so the same plan gives the
        // same answer on every run and machine; the time limit is only a safety net.
        integer.tm_lim = AllocationSolver::kTimeLimitMs * 10;
        struct Search
        {
            double gap = 0.0;
            int nodes = 0;
        } search;
        integer.cb_info = &search;
        integer.cb_func = [](glp_tree *tree, void *info) {
            auto *state = static_cast<Search *>(info);
            if (glp_ios_reason(tree) != GLP_ISELECT && glp_ios_reason(tree) != GLP_IBINGO)
                return;
            state->gap = glp_ios_mip_gap(tree);
            if (glp_ios_reason(tree) == GLP_ISELECT && ++state->nodes > AllocationSolver::kNodeLimit)
                glp_ios_terminate(tree);
        };
        const int code = glp_intopt(m_problem.get(), &integer);
        const int status = glp_mip_status(m_problem.get());
        const bool cutShort = code == GLP_ETMLIM || code == GLP_ESTOP;
        if ((code != 0 && !cutShort) || (status != GLP_OPT && status != GLP_FEAS)) {
            result.solved = false;
            return std::nullopt;
        }
        const double gap = search.gap;
        if (status != GLP_OPT || cutShort) {
            result.proven = false;
            result.mipGap = std::max(result.mipGap.value_or(0.0), gap);
        }
        m_mip = true;
        return glp_mip_obj_val(m_problem.get());
    }

    double value(int column) const
    {
        return m_mip ? glp_mip_col_val(m_problem.get(), column) : glp_get_col_prim(m_problem.get(), column);
    }

    bool stage(Tier tier, FractionalAllocation &result)
    {
        const std::vector<double> weights = tierWeights(tier);
        setObjective(weights, GLP_MAX);
        m_mip = false;
        const std::optional<double> optimum = optimise(result);
        if (!optimum)
            return false;
        result.tierOptimum[size_t(tierIndex(tier))] = *optimum * m_scale;
        readMarginals(tier, result);
        // Hold this tier at its optimum, less at most one minor unit per service of the tier
        // (weighted), so that later tiers can never take from it.
        double allowance = 0.0;
        std::vector<std::pair<int, double>> terms;
        for (qsizetype s = 0; s < m_year.services.size(); ++s) {
            if (m_year.services.at(s).tier == tier)
                allowance += m_year.services.at(s).priority;
        }
        for (size_t c = 0; c < weights.size(); ++c) {
            if (weights[c] != 0.0)
                terms.push_back({int(c) + 1, weights[c]});
        }
        // Tight holds give up only floating-point noise; the allowance of the rule is the fallback
        // when GLPK calls a tight hold infeasible. Later stages (the tidy stage above all) would
        // otherwise spend the allowance cutting funding.
        const double hold = m_tight ? *optimum - (std::abs(*optimum) * 1e-11 + 1e-7) : *optimum - allowance / m_scale;
        result.holdGap[size_t(tierIndex(tier))] = (*optimum - hold) * m_scale;
        addRow(terms, GLP_LO, hold, 0.0);
        if (!terms.empty())
            m_stageRow[size_t(tierIndex(tier))] = glp_get_num_rows(m_problem.get());
        return true;
    }

    bool tidy(FractionalAllocation &result)
    {
        std::vector<double> penalties(size_t(glp_get_num_cols(m_problem.get())), 0.0);
        for (const Column &c : m_columns)
            penalties[size_t(column(c.resource, c.service) - 1)] = certaintyPenalty(m_year.resources.at(c.resource).certainty);
        setObjective(penalties, GLP_MIN);
        m_mip = false;
        return optimise(result).has_value();
    }

    void read(FractionalAllocation &result) const
    {
        for (const Column &c : m_columns)
            result.amounts[c.resource * result.services + c.service] = std::max(0.0, value(column(c.resource, c.service))) * m_scale;
        for (qsizetype s = 0; s < m_year.services.size(); ++s) {
            if (const int y = m_binaryOf.at(s))
                result.open[s] = value(y) > 0.5; // a binary may come back as 0.9999999
            else
                result.open[s] = true;
        }
    }

    // The dual value of each resource's limit in this tier's stage, with the binaries fixed
    // where branch-and-bound chose them: what one more unit of the resource adds to the tier.
    void readMarginals(Tier tier, FractionalAllocation &result)
    {
        if (m_mip)
            fixBinaries(true);
        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        simplex.tm_lim = AllocationSolver::kTimeLimitMs;
        const bool solved = !m_mip || (glp_simplex(m_problem.get(), &simplex) == 0 && glp_get_status(m_problem.get()) == GLP_OPT);
        for (qsizetype r = 0; solved && r < m_year.resources.size(); ++r) {
            if (m_resourceRow.at(r)) {
                const double dual = glp_get_row_dual(m_problem.get(), m_resourceRow.at(r));
                result.marginal[r][size_t(tierIndex(tier))] = std::abs(dual) < 1e-9 ? 0.0 : dual;
            }
        }
        if (m_mip)
            fixBinaries(false);
    }

    void fixBinaries(bool fix)
    {
        for (qsizetype s = 0; s < m_year.services.size(); ++s) {
            const int y = m_binaryOf.at(s);
            if (!y)
                continue;
            if (fix) {
                const double value = glp_mip_col_val(m_problem.get(), y) > 0.5 ? 1.0 : 0.0;
                glp_set_col_kind(m_problem.get(), y, GLP_CV);
                glp_set_col_bnds(m_problem.get(), y, GLP_FX, value, value);
            } else {
                glp_set_col_kind(m_problem.get(), y, GLP_BV); // also resets the bounds to 0..1
            }
        }
    }

    const EffectiveYear &m_year;
    Problem m_problem;
    double m_scale = 1.0;
    std::vector<Column> m_columns;
    QList<int> m_columnOf;
    QList<int> m_binaryOf;
    QList<int> m_resourceRow;
    std::array<int, 3> m_stageRow{0, 0, 0};
    bool m_mip = false;
    bool m_tight = true;
    bool m_preprocess = false;
};

} // namespace

FractionalAllocation AllocationSolver::solve(const EffectiveYear &year)
{
    // GLPK abort()s on invalid arguments, and an error hook cannot stop that without longjmp
    // through our destructors; instead the model is built only from finite, non-negative bounds
    // and coefficients (validated plans, zero-valued hours skipped), so none can reach it.
    glp_term_out(GLP_OFF);
    // GLPK sometimes gives up on a stage; other settings usually get through. Each answer is
    // checked exactly afterwards whichever way it was found.
    for (const auto &[tight, preprocess] : {std::pair{true, false}, std::pair{false, false}, std::pair{true, true}}) {
        FractionalAllocation solution = Model(year, tight, preprocess).run();
        if (solution.solved)
            return solution;
    }
    return Model(year, false, true).run();
}

} // namespace lps
