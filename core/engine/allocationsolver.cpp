#include "allocationsolver.h"

#include "allocationcheck.h"
#include "resourcegroups.h"

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

// Funding below this many scaled units is solver noise, not money (a scaled unit is at least
// one minor unit).
constexpr double kNoise = 1e-6;

// Settings of a model; the solver tries another when GLPK gives up on one.
struct Settings
{
    // Hold each tier within floating-point noise of its optimum rather than within the rule's
    // allowance of a minor unit per service.
    bool tightHolds = true;
    // GLPK's MIP preprocessing: slow and once misleading (PLATFORM-NOTES), a last resort.
    bool preprocess = false;
};

// The staged model of spec/allocation.md in one GLPK problem: one column per usable (resource
// group, service) pair, one binary per service with a minimum share. Stages run in tier order
// on the same problem, each from the basis the last one left, and a stage sees only the columns
// of its own and higher tiers (a lower tier's columns could only take money away).
class Model
{
public:
    Model(const EffectiveYear &year, const ResourceGroups &groups, Settings settings)
        : m_year(year)
        , m_groups(groups)
        , m_problem(glp_create_prob())
        , m_settings(settings)
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
        result.services = services();
        result.open = QList<bool>(services(), false);
        result.marginal = QList<std::array<double, 3>>(result.resources, {0.0, 0.0, 0.0});
        result.solved = true;
        result.proven = true;
        for (const Tier tier : kAllTiers) {
            if (!stage(tier, result)) {
                result.solved = false;
                return result;
            }
        }
        // The tidy stage only decides which money is left over, with the could stage's choice
        // of who reaches a minimum share; if GLPK fails it, the could stage's answer stands.
        fixBinaries();
        read(result);
        setObjective(penalties(), GLP_MIN);
        if (simplex())
            read(result);
        return result;
    }

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
        m_columnOf = QList<int>(m_groups.size() * services(), 0);
        m_serviceColumns = QList<QList<int>>(services());
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            const EffectiveResource &resource = m_groups.representative(g);
            for (qsizetype s = 0; s < services(); ++s) {
                const EffectiveService &service = m_year.services.at(s);
                if (service.cost.isZero() || !m_year.mayFund(resource, service))
                    continue;
                const int column = glp_add_cols(m_problem.get(), 1);
                glp_set_col_bnds(m_problem.get(), column, GLP_FX, 0.0, 0.0); // until its tier's stage
                m_columns.push_back({g, s});
                m_columnOf[g * services() + s] = column;
                m_serviceColumns[s].append(column);
            }
        }
        m_binaryOf = QList<int>(services(), 0);
        for (qsizetype s = 0; s < services(); ++s) {
            const EffectiveService &service = m_year.services.at(s);
            if (service.minimumShare <= 0 || service.cost.isZero() || m_serviceColumns.at(s).isEmpty())
                continue;
            const int column = glp_add_cols(m_problem.get(), 1);
            glp_set_col_kind(m_problem.get(), column, GLP_IV);
            glp_set_col_bnds(m_problem.get(), column, GLP_FX, 0.0, 0.0);
            m_binaryOf[s] = column;
        }
        m_open = QList<bool>(services(), false);
        m_settled = QList<bool>(services(), false);
    }

    int column(qsizetype g, qsizetype s) const { return m_columnOf.at(g * services() + s); }

    int addRow(const std::vector<std::pair<int, double>> &terms, int type, double low, double high)
    {
        if (terms.empty())
            return 0;
        const int row = glp_add_rows(m_problem.get(), 1);
        glp_set_row_bnds(m_problem.get(), row, type, low, high);
        std::vector<int> index{0};
        std::vector<double> value{0.0};
        for (const auto &[c, v] : terms) {
            index.push_back(c);
            value.push_back(v);
        }
        glp_set_mat_row(m_problem.get(), row, int(terms.size()), index.data(), value.data());
        return row;
    }

    void addRows()
    {
        m_groupRow = QList<int>(m_groups.size(), 0);
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            std::vector<std::pair<int, double>> terms;
            for (qsizetype s = 0; s < services(); ++s) {
                if (column(g, s))
                    terms.push_back({column(g, s), 1.0});
            }
            m_groupRow[g] = addRow(terms, GLP_UP, 0.0, scaled(m_groups.available(g)));
        }
        m_costRow = QList<int>(services(), 0);
        for (qsizetype s = 0; s < services(); ++s)
            serviceRows(s);
    }

    void serviceRows(qsizetype s)
    {
        const EffectiveService &service = m_year.services.at(s);
        std::vector<std::pair<int, double>> funding;
        std::vector<std::pair<int, double>> hours;
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            if (!column(g, s))
                continue;
            funding.push_back({column(g, s), 1.0});
            const EffectiveResource &resource = m_groups.representative(g);
            if (resource.kind == ResourceKind::Time && resource.hourValue.minor() > 0)
                hours.push_back({column(g, s), m_scale / double(resource.hourValue.minor())});
            if (resource.matchRatio)
                m_matches.push_back({g, s, false});
        }
        if (funding.empty())
            return;
        const double cost = scaled(service.cost);
        if (const int y = m_binaryOf.at(s)) {
            // f <= C y and f >= ceil(m C) y: funded at least to the minimum share, or not at all.
            auto upper = funding;
            upper.push_back({y, -cost});
            m_costRow[s] = addRow(upper, GLP_UP, 0.0, 0.0);
            auto lower = funding;
            lower.push_back({y, -scaled(AllocationCheck::minimumFunding(service))});
            addRow(lower, GLP_LO, 0.0, 0.0);
        } else {
            m_costRow[s] = addRow(funding, GLP_UP, 0.0, cost);
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

    // x[g,s] <= k * (money of the match sector for s). A row only for the pairs where an answer
    // broke it: a matched resource funds few services, and the rows for all the others were
    // most of the problem (30,000 of 35,000 rows on the stress plan).
    void addMatchRow(const Match &match)
    {
        const EffectiveResource &resource = m_groups.representative(match.group);
        std::vector<std::pair<int, double>> terms{{column(match.group, match.service), 1.0}};
        for (qsizetype p = 0; p < m_groups.size(); ++p) {
            if (p != match.group && column(p, match.service) && m_groups.representative(p).sector == resource.matchSector)
                terms.push_back({column(p, match.service), -*resource.matchRatio});
        }
        addRow(terms, GLP_UP, 0.0, 0.0);
    }

    double value(int col, bool mip) const
    {
        return mip ? glp_mip_col_val(m_problem.get(), col) : glp_get_col_prim(m_problem.get(), col);
    }

    bool addAllMatchRows()
    {
        bool added = false;
        for (Match &match : m_matches) {
            if (!match.inModel) {
                addMatchRow(match);
                match.inModel = added = true;
            }
        }
        return added;
    }

    // Adds the match rows the current answer breaks; false when it breaks none.
    bool addBrokenMatchRows(bool mip)
    {
        bool added = false;
        for (Match &match : m_matches) {
            if (match.inModel)
                continue;
            const EffectiveResource &resource = m_groups.representative(match.group);
            const double given = value(column(match.group, match.service), mip);
            if (given <= kNoise)
                continue;
            double matched = 0.0;
            for (qsizetype p = 0; p < m_groups.size(); ++p) {
                if (p != match.group && column(p, match.service) && m_groups.representative(p).sector == resource.matchSector)
                    matched += value(column(p, match.service), mip);
            }
            if (given > *resource.matchRatio * matched + kNoise) {
                addMatchRow(match);
                match.inModel = true;
                added = true;
            }
        }
        return added;
    }

    // Lets the services of a tier take money: their columns and binaries come free.
    void openTier(Tier tier)
    {
        for (const Column &c : m_columns) {
            if (m_year.services.at(c.service).tier != tier)
                continue;
            const EffectiveResource &resource = m_groups.representative(c.group);
            const int col = column(c.group, c.service);
            // A cap is a bound; no bound repeats the resource row (it doubled the iterations).
            if (resource.maxPerService && *resource.maxPerService < resource.available)
                glp_set_col_bnds(m_problem.get(), col, GLP_DB, 0.0, scaled(*resource.maxPerService));
            else
                glp_set_col_bnds(m_problem.get(), col, GLP_LO, 0.0, 0.0);
        }
        for (qsizetype s = 0; s < services(); ++s) {
            if (m_binaryOf.at(s) && m_year.services.at(s).tier == tier)
                m_free << s;
        }
        releaseBinaries();
    }

    void setObjective(const std::vector<double> &coefficients, int direction)
    {
        glp_set_obj_dir(m_problem.get(), direction);
        for (int c = 1; c <= glp_get_num_cols(m_problem.get()); ++c)
            glp_set_obj_coef(m_problem.get(), c, coefficients[size_t(c - 1)]);
    }

    std::vector<double> weights(Tier tier) const
    {
        std::vector<double> result(size_t(glp_get_num_cols(m_problem.get())), 0.0);
        for (const Column &c : m_columns) {
            const EffectiveService &service = m_year.services.at(c.service);
            if (service.tier == tier)
                result[size_t(column(c.group, c.service) - 1)] = service.priority;
        }
        return result;
    }

    std::vector<double> penalties() const
    {
        std::vector<double> result(size_t(glp_get_num_cols(m_problem.get())), 0.0);
        for (const Column &c : m_columns)
            result[size_t(column(c.group, c.service) - 1)] = certaintyPenalty(m_groups.representative(c.group).certainty);
        return result;
    }

    // The primal simplex from the current basis, until no match row is broken; a fresh basis when
    // that fails (GLPK sometimes calls a warm re-solve infeasible that a cold one solves).
    bool simplex()
    {
        glp_smcp parameters;
        glp_init_smcp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.presolve = GLP_OFF;
        parameters.tm_lim = AllocationSolver::kTimeLimitMs * 5; // a stalled simplex must not hang the app
        const auto solved = [&] { return glp_simplex(m_problem.get(), &parameters) == 0 && glp_get_status(m_problem.get()) == GLP_OPT; };
        do {
            if (!solved()) {
                glp_adv_basis(m_problem.get(), 0);
                if (!solved())
                    return false;
            }
        } while (addBrokenMatchRows(false));
        return true;
    }

    double funding(qsizetype s, bool mip) const
    {
        double total = 0.0;
        for (const int c : m_serviceColumns.at(s))
            total += value(c, mip);
        return total;
    }

    // Whether the relaxation's answer leaves a service between nothing and its minimum share:
    // only then does the stage need branch-and-bound (it rarely does).
    bool belowSomeMinimum() const
    {
        return std::any_of(m_free.begin(), m_free.end(), [this](qsizetype s) {
            const double f = funding(s, false);
            return f > kNoise && f < scaled(AllocationCheck::minimumFunding(m_year.services.at(s))) - kNoise;
        });
    }

    bool branchAndBound(FractionalAllocation &result)
    {
        glp_iocp parameters;
        glp_init_iocp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.presolve = GLP_OFF;
        // PLATFORM-NOTES: GLPK's preprocessing was most of the time and misled the search.
        parameters.pp_tech = m_settings.preprocess ? GLP_PP_ALL : GLP_PP_NONE;
        // Pseudocost branching needed a fifth of the nodes of the default on the county plan.
        parameters.br_tech = GLP_BR_PCH;
        // The search stops after a number of nodes, not of seconds, so the same plan gives the
        // same answer on every run and machine; the time limit is only a safety net.
        parameters.tm_lim = AllocationSolver::kTimeLimitMs * 10;
        struct Search
        {
            double gap = 0.0;
            int nodes = 0;
        } search;
        parameters.cb_info = &search;
        parameters.cb_func = [](glp_tree *tree, void *info) {
            auto *state = static_cast<Search *>(info);
            if (glp_ios_reason(tree) != GLP_ISELECT && glp_ios_reason(tree) != GLP_IBINGO)
                return;
            state->gap = glp_ios_mip_gap(tree);
            if (glp_ios_reason(tree) == GLP_ISELECT && ++state->nodes > AllocationSolver::kNodeLimit)
                glp_ios_terminate(tree);
        };
        const int code = glp_intopt(m_problem.get(), &parameters);
        const int status = glp_mip_status(m_problem.get());
        const bool cutShort = code == GLP_ETMLIM || code == GLP_ESTOP;
        if ((code != 0 && !cutShort) || (status != GLP_OPT && status != GLP_FEAS))
            return false;
        if (status != GLP_OPT || cutShort) {
            result.proven = false;
            result.mipGap = std::max(result.mipGap.value_or(0.0), search.gap);
        }
        for (const qsizetype s : m_free)
            m_open[s] = glp_mip_col_val(m_problem.get(), m_binaryOf.at(s)) > 0.5; // 0.9999999 is 1
        return true;
    }

    bool stage(Tier tier, FractionalAllocation &result)
    {
        openTier(tier);
        setObjective(weights(tier), GLP_MAX);
        if (!simplex())
            return false;
        if (belowSomeMinimum()) {
            // Without its match row, matched money is as good as free money to the search, which
            // would then spend it unmatched at every node: the search gets them all.
            if (addAllMatchRows() && !simplex())
                return false;
            for (;;) {
                if (!branchAndBound(result))
                    return false;
                if (!addBrokenMatchRows(true))
                    break;
                if (!simplex())
                    return false;
            }
        } else {
            for (const qsizetype s : m_free)
                m_open[s] = funding(s, false) > kNoise;
        }
        // The stage's answer as a plain LP with every minimum-share choice fixed: the point the
        // next stages start from, and the dual values of the rule.
        fixBinaries();
        if (!simplex())
            return false;
        const double optimum = glp_get_obj_val(m_problem.get());
        result.tierOptimum[size_t(tier)] = optimum * m_scale;
        readMarginals(tier, result);
        if (!settle(tier))
            hold(tier, optimum, result);
        releaseBinaries();
        return true;
    }

    // A tier the optimum funds in full stays so as an equality on each service's cost, exact
    // and kinder to the simplex than a dense hold row.
    bool settle(Tier tier)
    {
        for (qsizetype s = 0; s < services(); ++s) {
            const EffectiveService &service = m_year.services.at(s);
            if (service.tier == tier && !service.cost.isZero() && funding(s, false) < scaled(service.cost) - kNoise)
                return false;
        }
        for (qsizetype s = 0; s < services(); ++s) {
            const EffectiveService &service = m_year.services.at(s);
            if (service.tier != tier || !m_costRow.at(s))
                continue;
            if (const int y = m_binaryOf.at(s)) {
                glp_set_col_bnds(m_problem.get(), y, GLP_FX, 1.0, 1.0);
                glp_set_row_bnds(m_problem.get(), m_costRow.at(s), GLP_FX, 0.0, 0.0);
                m_settled[s] = true;
                m_open[s] = true;
                m_free.removeOne(s);
            } else {
                glp_set_row_bnds(m_problem.get(), m_costRow.at(s), GLP_FX, scaled(service.cost), scaled(service.cost));
            }
        }
        return true;
    }

    // Holds a partly funded tier at its optimum, less at most one minor unit per service of the
    // tier (weighted), so that later tiers can never take from it.
    void hold(Tier tier, double optimum, FractionalAllocation &result)
    {
        double allowance = 0.0;
        for (const EffectiveService &service : m_year.services) {
            if (service.tier == tier)
                allowance += service.priority;
        }
        std::vector<std::pair<int, double>> terms;
        const std::vector<double> tierWeights = weights(tier);
        for (size_t c = 0; c < tierWeights.size(); ++c) {
            if (tierWeights[c] != 0.0)
                terms.push_back({int(c) + 1, tierWeights[c]});
        }
        // Tight holds give up only floating-point noise; the allowance of the rule is the fallback
        // when GLPK calls a tight hold infeasible. Later stages (the tidy stage above all) would
        // otherwise spend the allowance cutting funding.
        const double bound = m_settings.tightHolds ? optimum - (std::abs(optimum) * 1e-11 + 1e-7) : optimum - allowance / m_scale;
        result.holdGap[size_t(tier)] = (optimum - bound) * m_scale;
        addRow(terms, GLP_LO, bound, 0.0);
    }

    void fixBinaries()
    {
        for (const qsizetype s : m_free) {
            const double value = m_open.at(s) ? 1.0 : 0.0;
            glp_set_col_bnds(m_problem.get(), m_binaryOf.at(s), GLP_FX, value, value);
        }
    }

    void releaseBinaries()
    {
        for (const qsizetype s : m_free)
            glp_set_col_bnds(m_problem.get(), m_binaryOf.at(s), GLP_DB, 0.0, 1.0);
    }

    void read(FractionalAllocation &result) const
    {
        QList<double> groupAmounts(m_groups.size() * services(), 0.0);
        for (const Column &c : m_columns)
            groupAmounts[c.group * services() + c.service] = std::max(0.0, glp_get_col_prim(m_problem.get(), column(c.group, c.service))) * m_scale;
        result.amounts = m_groups.spread(groupAmounts, services());
        for (qsizetype s = 0; s < services(); ++s)
            result.open[s] = !m_binaryOf.at(s) || m_open.at(s);
    }

    // The dual value of each resource's limit in this tier's stage, binaries fixed: what one
    // more unit of the resource adds to the tier (every member of a group adds the same).
    void readMarginals(Tier tier, FractionalAllocation &result) const
    {
        for (qsizetype r = 0; r < m_year.resources.size(); ++r) {
            const qsizetype g = m_groups.groupOf(r);
            if (g < 0 || !m_groupRow.at(g))
                continue;
            const double dual = glp_get_row_dual(m_problem.get(), m_groupRow.at(g));
            result.marginal[r][size_t(tier)] = std::abs(dual) < 1e-9 ? 0.0 : dual;
        }
    }

    const EffectiveYear &m_year;
    const ResourceGroups &m_groups;
    Problem m_problem;
    Settings m_settings;
    double m_scale = 1.0;
    std::vector<Column> m_columns;
    std::vector<Match> m_matches;
    QList<int> m_columnOf;
    QList<QList<int>> m_serviceColumns;
    QList<int> m_binaryOf;
    QList<int> m_groupRow;
    QList<int> m_costRow;
    // Services whose minimum-share binary is still to be decided (open tiers, not settled).
    QList<qsizetype> m_free;
    QList<bool> m_open;
    QList<bool> m_settled;
};

} // namespace

FractionalAllocation AllocationSolver::solve(const EffectiveYear &year)
{
    // GLPK abort()s on invalid arguments, and an error hook cannot stop that without longjmp
    // through our destructors; instead the model is built only from finite, non-negative bounds
    // and coefficients (validated plans, zero-valued hours skipped), so none can reach it.
    glp_term_out(GLP_OFF);
    const ResourceGroups groups(year);
    // GLPK sometimes gives up on a stage; other settings usually get through. Each answer is
    // checked exactly afterwards whichever way it was found.
    FractionalAllocation solution;
    for (const Settings settings : {Settings{true, false}, Settings{false, false}, Settings{true, true}, Settings{false, true}}) {
        solution = Model(year, groups, settings).run();
        if (solution.solved)
            break;
    }
    return solution;
}

} // namespace lps
