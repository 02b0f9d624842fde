#include "unitrounding.h"

#include "allocation/allocationcheck.h"

#include <glpk.h>

#include <QHash>

#include <cmath>
#include <memory>
#include <vector>

namespace lps {

namespace {

// Integer programs larger than this are left to IntegerRepair: the point is a quick polish.
constexpr qsizetype kMaxVariables = 4000;
constexpr int kNodeLimit = 200;

class Rounding
{
public:
    Rounding(const EffectiveYear &year, const FractionalAllocation &solution,
             const Allocation &start)
        : m_year(year)
        , m_solution(solution)
        , m_base(start)
        , m_problem(glp_create_prob(), glp_delete_prob)
    {
    }

    std::optional<Allocation> run()
    {
        chooseVariables();
        if (m_variables.empty())
            return m_base;
        if (qsizetype(m_variables.size()) > kMaxVariables)
            return std::nullopt;
        addColumns();
        if (!addResourceRows() || !addServiceRows() || !addMatchRows() || !solve())
            return std::nullopt;
        Allocation result = m_base;
        for (size_t k = 0; k < m_variables.size(); ++k) {
            const auto step = qint64(std::llround(glp_mip_col_val(m_problem.get(), int(k) + 1)));
            result.add(m_variables[k].resource, m_variables[k].service, Money::fromMinor(step));
        }
        return result;
    }

private:
    struct Variable
    {
        qsizetype resource;
        qsizetype service;
    };

    qsizetype resources() const { return m_year.resources.size(); }
    qsizetype services() const { return m_year.services.size(); }

    // Every amount of a service that the rounding touched may move by a unit: one the solver
    // left fractional, or whose rounded total differs from the solver's. The unit one of them
    // needs can come from a neighbour that is whole.
    void chooseVariables()
    {
        QList<bool> touched(services(), false);
        for (qsizetype s = 0; s < services(); ++s) {
            double total = 0.0;
            for (qsizetype r = 0; r < resources(); ++r) {
                const double value = std::max(0.0, m_solution.at(r, s));
                total += value;
                if (value - std::floor(value + 1e-6) > 1e-6)
                    touched[s] = true;
            }
            if (std::abs(total - double(m_base.fundingOf(s).minor())) >= 0.5)
                touched[s] = true;
        }
        for (qsizetype s = 0; s < services(); ++s) {
            for (qsizetype r = 0; touched.at(s) && r < resources(); ++r) {
                if (m_year.mayFund(m_year.resources.at(r), m_year.services.at(s)) &&
                    (m_solution.at(r, s) > 1e-6 || !m_base.at(r, s).isZero())) {
                    m_variableOf.insert(r * services() + s, int(m_variables.size()) + 1);
                    m_variables.push_back({r, s});
                }
            }
        }
    }

    int variable(qsizetype r, qsizetype s) const
    {
        return m_variableOf.value(r * services() + s, 0);
    }

    void addColumns()
    {
        glp_add_cols(m_problem.get(), int(m_variables.size()));
        for (size_t k = 0; k < m_variables.size(); ++k) {
            const Variable &v = m_variables[k];
            const EffectiveResource &resource = m_year.resources.at(v.resource);
            const qint64 base = m_base.at(v.resource, v.service).minor();
            const bool capped =
                resource.maxPerService && base + 1 > resource.maxPerService->minor();
            const int column = int(k) + 1;
            glp_set_col_kind(m_problem.get(), column, GLP_IV);
            glp_set_col_bnds(m_problem.get(), column, GLP_DB, base > 0 ? -1.0 : 0.0,
                             capped ? 0.0 : 1.0);
        }
        glp_set_obj_dir(m_problem.get(), GLP_MAX);
    }

    // Priority-weighted units of one tier; whole numbers, so a tier is held exactly.
    std::vector<std::pair<int, double>> tierTerms(Tier tier) const
    {
        std::vector<std::pair<int, double>> terms;
        for (size_t k = 0; k < m_variables.size(); ++k) {
            const EffectiveService &service = m_year.services.at(m_variables[k].service);
            if (service.tier == tier)
                terms.push_back({int(k) + 1, double(service.priority)});
        }
        return terms;
    }

    void addRow(const std::vector<std::pair<int, double>> &terms, int type, double low, double high)
    {
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

    // Each row: what the variables may add to the whole units already placed. A row with no
    // variable that the base already breaks makes the program pointless.
    bool limit(const std::vector<std::pair<int, double>> &terms, double room)
    {
        if (terms.empty())
            return room >= -1e-6; // the exact check afterwards has the last word
        addRow(terms, GLP_UP, 0.0, room);
        return true;
    }

    bool addResourceRows()
    {
        for (qsizetype r = 0; r < resources(); ++r) {
            std::vector<std::pair<int, double>> terms;
            for (qsizetype s = 0; s < services(); ++s) {
                if (const int k = variable(r, s))
                    terms.push_back({k, 1.0});
            }
            if (!limit(terms,
                       double((m_year.resources.at(r).available - m_base.usageOf(r)).minor())))
                return false;
        }
        return true;
    }

    bool addServiceRows()
    {
        for (qsizetype s = 0; s < services(); ++s) {
            const EffectiveService &service = m_year.services.at(s);
            std::vector<std::pair<int, double>> terms;
            std::vector<std::pair<int, double>> hours;
            qint64 baseHours = 0;
            for (qsizetype r = 0; r < resources(); ++r) {
                const EffectiveResource &resource = m_year.resources.at(r);
                const qint64 hour = resource.hourValue.minor();
                const bool time = resource.kind == ResourceKind::Time && hour > 0;
                const qint64 base = m_base.at(r, s).minor();
                if (time)
                    baseHours += (base + hour - 1) / hour;
                const int k = variable(r, s);
                if (!k)
                    continue;
                terms.push_back({k, 1.0});
                // A unit more uses a further hour only from a whole number of hours; there the
                // amount may only grow, so that the hours row stays linear. Elsewhere a unit
                // less may free an hour, which the row does not count (it errs on the safe side).
                if (time && base % hour == 0) {
                    glp_set_col_bnds(m_problem.get(), k,
                                     glp_get_col_ub(m_problem.get(), k) > 0 ? GLP_DB : GLP_FX, 0.0,
                                     glp_get_col_ub(m_problem.get(), k));
                    hours.push_back({k, 1.0});
                }
            }
            const double funded = double(m_base.fundingOf(s).minor());
            if (!limit(terms, double(service.cost.minor()) - funded))
                return false;
            if (!limit(hours, double(service.timeCapacityHours - baseHours)))
                return false;
            // Open services keep their minimum share (the solver decided which are open).
            if (!terms.empty() && m_solution.open.value(s, true) && funded > 0.0 &&
                service.minimumShare > 0)
                addRow(terms, GLP_LO,
                       double(AllocationCheck::minimumFunding(service).minor()) - funded, 0.0);
        }
        return true;
    }

    // x[r,s] <= k * public[s], in whole units: the row in the variables, the rest on the right.
    bool addMatchRows()
    {
        for (qsizetype r = 0; r < resources(); ++r) {
            const EffectiveResource &resource = m_year.resources.at(r);
            if (!resource.matchRatio)
                continue;
            for (qsizetype s = 0; s < services(); ++s) {
                std::vector<std::pair<int, double>> terms;
                if (const int k = variable(r, s))
                    terms.push_back({k, 1.0});
                double matched = 0.0;
                for (qsizetype p = 0; p < resources(); ++p) {
                    if (p == r || m_year.resources.at(p).sector != resource.matchSector)
                        continue;
                    matched += double(m_base.at(p, s).minor());
                    if (const int k = variable(p, s))
                        terms.push_back({k, -*resource.matchRatio});
                }
                const double given = double(m_base.at(r, s).minor());
                if (given == 0.0 && !variable(r, s))
                    continue;
                if (!limit(terms, *resource.matchRatio * matched - given))
                    return false;
            }
        }
        return true;
    }

    // Tier by tier, each held at its best (a big-M objective drowned the lower tiers in GLPK's
    // relative tolerances).
    bool solve()
    {
        for (const Tier tier : kAllTiers) {
            const std::vector<std::pair<int, double>> terms = tierTerms(tier);
            if (terms.empty())
                continue;
            for (int c = 1; c <= int(m_variables.size()); ++c)
                glp_set_obj_coef(m_problem.get(), c, 0.0);
            for (const auto &[c, weight] : terms)
                glp_set_obj_coef(m_problem.get(), c, weight);
            if (!searchOnce())
                return false;
            addRow(terms, GLP_LO, std::round(glp_mip_obj_val(m_problem.get())) - 0.5, 0.0);
        }
        return true;
    }

    bool searchOnce()
    {
        glp_iocp parameters;
        glp_init_iocp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.presolve = GLP_ON;
        parameters.tm_lim = AllocationSolver::kTimeLimitMs;
        int nodes = 0;
        parameters.cb_info = &nodes;
        parameters.cb_func = [](glp_tree *tree, void *info) {
            if (glp_ios_reason(tree) == GLP_ISELECT && ++*static_cast<int *>(info) > kNodeLimit)
                glp_ios_terminate(tree);
        };
        const int code = glp_intopt(m_problem.get(), &parameters);
        const int status = glp_mip_status(m_problem.get());
        // A search stopped by its limits still has a valid answer; the caller keeps the start
        // unless the answer serves the tiers at least as well.
        return (code == 0 || code == GLP_ESTOP || code == GLP_ETMLIM) &&
               (status == GLP_OPT || status == GLP_FEAS);
    }

    const EffectiveYear &m_year;
    const FractionalAllocation &m_solution;
    Allocation m_base;
    std::unique_ptr<glp_prob, void (*)(glp_prob *)> m_problem;
    std::vector<Variable> m_variables;
    QHash<qsizetype, int> m_variableOf;
};

} // namespace

std::optional<Allocation> UnitRounding::round(const EffectiveYear &year,
                                              const FractionalAllocation &solution,
                                              const Allocation &start)
{
    return Rounding(year, solution, start).run();
}

} // namespace lps
