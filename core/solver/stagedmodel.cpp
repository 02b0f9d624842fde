#include "stagedmodel.h"

#include "allocation/allocationcheck.h"
#include "allocationsolver.h"

#include <glpk.h>

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

// Funding below this many scaled units is solver noise, not money (a scaled unit is at least
// one minor unit).
constexpr double kNoise = 1e-6;

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

} // namespace

StagedModel::StagedModel(const EffectiveYear &year, const ResourceGroups &groups)
    : m_year(year)
    , m_groups(groups)
    , m_problem(glp_create_prob(), glp_delete_prob)
{
    chooseScale();
    addColumns();
    addRows();
    computeShape();
    // Without scaling the simplex stalled for minutes on the demo plan.
    glp_scale_prob(m_problem.get(), GLP_SF_AUTO);
}

StagedModel::~StagedModel() = default;

// Money in units of `m_scale` minor units, so that the largest amount is about 10^7: GLPK's
// tolerances are relative, but keeping numbers moderate keeps the basis well conditioned.
void StagedModel::chooseScale()
{
    qint64 largest = 1;
    for (const EffectiveResource &r : m_year.resources)
        largest = std::max(largest, r.available.minor());
    for (const EffectiveService &s : m_year.services)
        largest = std::max(largest, s.cost.minor());
    m_scale = std::max(1.0, std::pow(10.0, std::floor(std::log10(double(largest))) - 7));
}

void StagedModel::addColumns()
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
    m_pinned.assign(m_columns.size(), false);
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
}

int StagedModel::addRow(const std::vector<std::pair<int, double>> &terms, int type, double low,
                        double high, qsizetype service)
{
    if (terms.empty())
        return 0;
    const int row = glp_add_rows(m_problem.get(), 1);
    m_rowService.push_back(service);
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

void StagedModel::addRows()
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
        addServiceRows(s);
}

void StagedModel::addServiceRows(qsizetype s)
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
    if (const int y = m_binaryOf.at(s)) {
        // f <= C y and f >= ceil(m C) y: funded at least to the minimum share, or not at all.
        auto upper = funding;
        upper.push_back({y, -scaled(service.cost)});
        m_costRow[s] = addRow(upper, GLP_UP, 0.0, 0.0, s);
        auto lower = funding;
        lower.push_back({y, -minimum(s)});
        addRow(lower, GLP_LO, 0.0, 0.0, s);
    } else {
        m_costRow[s] = addRow(funding, GLP_UP, 0.0, scaled(service.cost), s);
    }
    if (!hours.empty()) {
        // In money terms: divided by the largest coefficient, so that a plan with a penny an
        // hour and a billion hours is as well conditioned as one with £12.50 and 60,000.
        double largest = 0.0;
        for (const auto &term : hours)
            largest = std::max(largest, term.second);
        for (auto &term : hours)
            term.second /= largest;
        addRow(hours, GLP_UP, 0.0, double(service.timeCapacityHours) / largest, s);
    }
}

// x[g,s] <= k * (money of the match sector for s). A row only for the pairs where an answer
// broke it: a matched resource funds few services, and the rows for all the others were most
// of the problem (30,000 of 35,000 rows on the stress plan).
// The match sector's columns for the service, each with minus the ratio.
std::vector<std::pair<int, double>> StagedModel::matchedTerms(const Match &match) const
{
    const EffectiveResource &resource = m_groups.representative(match.group);
    std::vector<std::pair<int, double>> terms;
    for (qsizetype p = 0; p < m_groups.size(); ++p) {
        if (p != match.group && column(p, match.service) &&
            m_groups.representative(p).sector == resource.matchSector)
            terms.push_back({column(p, match.service), -*resource.matchRatio});
    }
    return terms;
}

// FNV-1a over everything that decides a row or column's place in the problem.
void StagedModel::computeShape()
{
    quint64 hash = 14695981039346656037ULL;
    const auto mix = [&hash](qint64 value) {
        hash ^= quint64(value);
        hash *= 1099511628211ULL;
    };
    mix(services());
    mix(m_groups.size());
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        for (const qsizetype member : m_groups.members(g))
            mix(member);
        mix(-1);
    }
    for (const Column &c : m_columns) {
        mix(c.group);
        mix(c.service);
    }
    for (const int binary : std::as_const(m_binaryOf))
        mix(binary);
    mix(glp_get_num_rows(m_problem.get()));
    m_shape = hash;
}

void StagedModel::addMatchRows(const std::vector<std::pair<qsizetype, qsizetype>> &rows)
{
    for (const auto &[group, service] : rows) {
        for (Match &match : m_matches) {
            if (match.group != group || match.service != service || match.inModel)
                continue;
            addMatchRow(match);
            match.inModel = true;
        }
    }
}

void StagedModel::addMatchRow(const Match &match)
{
    m_matchOrder.push_back({match.group, match.service});
    std::vector<std::pair<int, double>> terms{{column(match.group, match.service), 1.0}};
    const std::vector<std::pair<int, double>> matched = matchedTerms(match);
    terms.insert(terms.end(), matched.begin(), matched.end());
    addRow(terms, GLP_UP, 0.0, 0.0, match.service);
}

bool StagedModel::addBrokenMatchRows()
{
    bool added = false;
    for (Match &match : m_matches) {
        if (match.inModel)
            continue;
        // given - ratio * matched, from the same terms as the row.
        double excess = glp_get_col_prim(m_problem.get(), column(match.group, match.service));
        if (excess <= kNoise)
            continue;
        for (const auto &[col, coefficient] : matchedTerms(match))
            excess += coefficient * glp_get_col_prim(m_problem.get(), col);
        if (excess > kNoise) {
            addMatchRow(match);
            match.inModel = true;
            added = true;
        }
    }
    return added;
}

void StagedModel::openTier(Tier tier)
{
    m_opened[size_t(tier)] = true;
    for (const Column &c : m_columns) {
        if (m_year.services.at(c.service).tier != tier)
            continue;
        if (m_pinned[size_t(column(c.group, c.service) - 1)])
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
        if (m_binaryOf.at(s) && m_year.services.at(s).tier == tier) {
            m_undecided << s;
            bind(s, Choice::Undecided);
        }
    }
}

void StagedModel::setObjective(const std::vector<double> &coefficients, int direction)
{
    glp_set_obj_dir(m_problem.get(), direction);
    for (int c = 1; c <= glp_get_num_cols(m_problem.get()); ++c)
        glp_set_obj_coef(m_problem.get(), c, coefficients[size_t(c - 1)]);
}

std::vector<double> StagedModel::tierWeights(Tier tier) const
{
    std::vector<double> result(size_t(glp_get_num_cols(m_problem.get())), 0.0);
    for (const Column &c : m_columns) {
        const EffectiveService &service = m_year.services.at(c.service);
        if (service.tier == tier)
            result[size_t(column(c.group, c.service) - 1)] = service.priority;
    }
    return result;
}

void StagedModel::maximiseTier(Tier tier)
{
    setObjective(tierWeights(tier), GLP_MAX);
}

void StagedModel::maximiseListOrder()
{
    std::vector<double> order(size_t(glp_get_num_cols(m_problem.get())), 0.0);
    for (const Column &c : m_columns)
        order[size_t(column(c.group, c.service) - 1)] = double(services() - c.service);
    setObjective(order, GLP_MAX);
}

// Certainty's penalty (1, 2, 4) times at most 1.3, so that certainty always comes first; within
// it a resource listed later costs more, so the one listed first pays first (the tie rule). A
// term for the services' order as well would pin every split, but it moved pence between
// services in ways whole-unit rounding then lost (the demo's volunteer hours).
void StagedModel::minimisePenalties()
{
    std::vector<double> penalties(size_t(glp_get_num_cols(m_problem.get())), 0.0);
    for (const Column &c : m_columns) {
        const double resourceRank =
            double(m_groups.members(c.group).first() + 1) / (double(m_year.resources.size()) + 1.0);
        penalties[size_t(column(c.group, c.service) - 1)] =
            certaintyPenalty(m_groups.representative(c.group).certainty) *
            (1.0 + 0.3 * resourceRank);
    }
    setObjective(penalties, GLP_MIN);
}

bool StagedModel::runSimplex(bool dual, int iterationLimit)
{
    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_OFF;
    parameters.meth = dual ? GLP_DUALP : GLP_PRIMAL;
    if (iterationLimit > 0)
        parameters.it_lim = iterationLimit;
    parameters.tm_lim =
        AllocationSolver::kTimeLimitMs * 5; // a stalled simplex must not hang the app
    const int before = glp_get_it_cnt(m_problem.get());
    QElapsedTimer clock;
    clock.start();
    const int code = glp_simplex(m_problem.get(), &parameters);
    // A call costs about as much as 40 pivots before its first (GLPK copies the problem in).
    const int pivots = glp_get_it_cnt(m_problem.get()) - before;
    m_pivots += pivots;
    m_work += (double(pivots) + 40.0) *
              double(glp_get_num_rows(m_problem.get()) + glp_get_num_cols(m_problem.get()));
    qCDebug(lcSolver) << (dual ? "dual" : "primal") << "simplex: code" << code << "status"
                      << glp_get_status(m_problem.get()) << "pivots" << pivots << "in"
                      << clock.elapsed() << "ms; work" << m_work;
    m_hitTimeLimit = m_hitTimeLimit || code == GLP_ETMLIM;
    m_lastStatus = code == 0 ? glp_get_status(m_problem.get()) : 0;
    return m_lastStatus == GLP_OPT;
}

// GLPK sometimes calls a warm re-solve infeasible that a fresh basis then solves (PLATFORM-NOTES,
// and a minimum-share branch here): unless told otherwise, a cold start has to agree.
bool StagedModel::solve(bool dual, bool confirmInfeasible)
{
    do {
        if (!runSimplex(dual) && !runSimplex(false)) {
            if (infeasible() && !confirmInfeasible)
                return false;
            glp_adv_basis(m_problem.get(), 0);
            if (!runSimplex(false))
                return false;
        }
    } while (addBrokenMatchRows());
    return true;
}

bool StagedModel::solveFromElsewhere(int iterations)
{
    const int start = glp_get_it_cnt(m_problem.get());
    do {
        const int left = iterations - (glp_get_it_cnt(m_problem.get()) - start);
        if (left <= 0 || !runSimplex(true, left))
            return false;
    } while (addBrokenMatchRows());
    return true;
}

bool StagedModel::infeasible() const
{
    return m_lastStatus == GLP_NOFEAS;
}

double StagedModel::objective() const
{
    return glp_get_obj_val(m_problem.get());
}

double StagedModel::funding(qsizetype s) const
{
    double total = 0.0;
    for (const int c : m_serviceColumns.at(s))
        total += glp_get_col_prim(m_problem.get(), c);
    return total;
}

// Two minor units above the rule's minimum (within the cost): a service the optimum funds just to
// its minimum would otherwise lose a unit to rounding somewhere, fall below it and be dropped,
// all its money with it (seen on the county plan: GBP 1.3 million over a penny).
double StagedModel::minimum(qsizetype s) const
{
    const EffectiveService &service = m_year.services.at(s);
    return scaled(
        std::min(service.cost, AllocationCheck::minimumFunding(service) + Money::fromMinor(2)));
}

bool StagedModel::belowMinimum(qsizetype s) const
{
    const double f = funding(s);
    return f > kNoise && f < minimum(s) - kNoise;
}

void StagedModel::bind(qsizetype s, Choice choice)
{
    const int y = m_binaryOf.at(s);
    if (choice == Choice::Undecided)
        glp_set_col_bnds(m_problem.get(), y, GLP_DB, 0.0, 1.0);
    else
        glp_set_col_bnds(m_problem.get(), y, GLP_FX, choice == Choice::Open ? 1.0 : 0.0,
                         choice == Choice::Open ? 1.0 : 0.0);
}

StagedModel::Basis StagedModel::basis() const
{
    Basis basis;
    for (int i = 1; i <= glp_get_num_rows(m_problem.get()); ++i)
        basis.rows.push_back(glp_get_row_stat(m_problem.get(), i));
    for (int j = 1; j <= glp_get_num_cols(m_problem.get()); ++j)
        basis.columns.push_back(glp_get_col_stat(m_problem.get(), j));
    return basis;
}

void StagedModel::restore(const Basis &basis)
{
    // Rows added since (match rows) are basic: their slack takes whatever value it needs.
    for (int i = 1; i <= glp_get_num_rows(m_problem.get()); ++i)
        glp_set_row_stat(m_problem.get(), i,
                         size_t(i) <= basis.rows.size() ? basis.rows[size_t(i - 1)] : GLP_BS);
    for (int j = 1; j <= glp_get_num_cols(m_problem.get()); ++j)
        glp_set_col_stat(m_problem.get(), j, basis.columns[size_t(j - 1)]);
}

void StagedModel::decide()
{
    for (const qsizetype s : m_undecided)
        bind(s, funding(s) > kNoise ? Choice::Open : Choice::Closed);
    m_undecided.clear();
}

// Given any optimal dual answer, the stage's optimal answers are exactly the feasible points that
// leave at its bound every column and row the dual prices (complementary slackness): fixing those
// keeps the stage's optimum for every later stage with no dense row to hold it, and nothing of the
// face is lost. Rows of services whose tier has not had its stage only hold them at nothing for
// now, so their duals mean nothing: such a service's column is kept at nothing for good only when
// its resource's row is priced.
void StagedModel::keepOptimalFace()
{
    glp_prob *lp = m_problem.get();
    double largest = 0.0;
    for (int j = 1; j <= glp_get_num_cols(lp); ++j)
        largest = std::max(largest, std::abs(glp_get_obj_coef(lp, j)));
    // Well above GLPK's own tolerance on reduced costs (1e-7, scaled); a price below it could be
    // noise, and leaving such a column free costs less than allocation.md's allowance.
    const double tolerance = 1e-7 * std::max(1.0, largest);
    for (int i = 1; i <= glp_get_num_rows(lp); ++i) {
        const qsizetype service = m_rowService[size_t(i - 1)];
        if (service >= 0 && !tierOpen(service))
            continue;
        const int status = glp_get_row_stat(lp, i);
        if (status == GLP_BS || status == GLP_NS || std::abs(glp_get_row_dual(lp, i)) <= tolerance)
            continue;
        const double value = status == GLP_NL ? glp_get_row_lb(lp, i) : glp_get_row_ub(lp, i);
        glp_set_row_bnds(lp, i, GLP_FX, value, value);
    }
    for (const Column &c : m_columns) {
        const int j = column(c.group, c.service);
        if (!tierOpen(c.service)) {
            if (std::abs(glp_get_row_dual(lp, m_groupRow.at(c.group))) > tolerance)
                m_pinned[size_t(j - 1)] = true;
            continue;
        }
        const int status = glp_get_col_stat(lp, j);
        if (status == GLP_BS || status == GLP_NS || std::abs(glp_get_col_dual(lp, j)) <= tolerance)
            continue;
        const double value = glp_get_col_prim(lp, j);
        glp_set_col_bnds(lp, j, GLP_FX, value, value);
    }
}

QList<double> StagedModel::groupAmounts() const
{
    QList<double> amounts(m_groups.size() * services(), 0.0);
    for (const Column &c : m_columns)
        amounts[c.group * services() + c.service] =
            std::max(0.0, glp_get_col_prim(m_problem.get(), column(c.group, c.service))) * m_scale;
    return amounts;
}

QList<double> StagedModel::groupMarginals() const
{
    QList<double> marginals(m_groups.size(), 0.0);
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (!m_groupRow.at(g))
            continue;
        const double dual = glp_get_row_dual(m_problem.get(), m_groupRow.at(g));
        marginals[g] = std::abs(dual) < 1e-9 ? 0.0 : dual;
    }
    return marginals;
}

} // namespace lps
