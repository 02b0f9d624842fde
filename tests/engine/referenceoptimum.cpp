#include "referenceoptimum.h"

#include "amounts/exactratio.h"

#include <glpk.h>

#include <vector>

namespace lps::test {

namespace {

double weighted(const EffectiveYear &year, const Allocation &a, Tier tier)
{
    double total = 0;
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        if (year.services.at(s).tier == tier && !year.services.at(s).switchedOff)
            total += double(a.fundingOf(s).minor()) * year.services.at(s).priority;
    }
    return total;
}

// One LP: x[r][s] for allowed pairs, in minor units; `open` says which minimum-share services run.
std::optional<double> solve(const EffectiveYear &year, Tier tier, const Allocation &held,
                            const std::vector<bool> &open)
{
    const qsizetype R = year.resources.size(), S = year.services.size();
    double money = 0;
    for (const EffectiveResource &r : year.resources)
        money += double(r.available.minor());
    const double tolerance = money * 1e-12 * 100 + 1e-6;
    glp_prob *lp = glp_create_prob();
    std::vector<int> col(size_t(R * S), 0);
    for (qsizetype r = 0; r < R; ++r) {
        for (qsizetype s = 0; s < S; ++s) {
            const EffectiveResource &res = year.resources.at(r);
            const EffectiveService &svc = year.services.at(s);
            if (!year.mayFund(res, svc) || !open[size_t(s)])
                continue;
            const int c = glp_add_cols(lp, 1);
            const double cap = res.maxPerService ? double(res.maxPerService->minor()) : 1e18;
            glp_set_col_bnds(lp, c, cap < 1e18 ? GLP_DB : GLP_LO, 0.0, cap);
            col[size_t(r * S + s)] = c;
        }
    }
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    auto row = [&](const std::vector<std::pair<int, double>> &terms, int type, double lo,
                   double hi) {
        const int i = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, i, type, lo, hi);
        for (const auto &[c, v] : terms) {
            ia.push_back(i);
            ja.push_back(c);
            ar.push_back(v);
        }
    };
    for (qsizetype r = 0; r < R; ++r) {
        std::vector<std::pair<int, double>> terms;
        for (qsizetype s = 0; s < S; ++s)
            if (const int c = col[size_t(r * S + s)])
                terms.push_back({c, 1.0});
        if (!terms.empty())
            row(terms, GLP_UP, 0, double(year.resources.at(r).available.minor()));
    }
    for (qsizetype s = 0; s < S; ++s) {
        const EffectiveService &svc = year.services.at(s);
        std::vector<std::pair<int, double>> funding, hours;
        for (qsizetype r = 0; r < R; ++r) {
            const int c = col[size_t(r * S + s)];
            if (!c)
                continue;
            funding.push_back({c, 1.0});
            const EffectiveResource &res = year.resources.at(r);
            if (res.kind == ResourceKind::Time)
                hours.push_back({c, 1.0 / double(res.hourValue.minor())});
            if (res.matchRatio) {
                std::vector<std::pair<int, double>> match{{c, 1.0}};
                for (qsizetype p = 0; p < R; ++p)
                    if (p != r && col[size_t(p * S + s)] &&
                        year.resources.at(p).sector == res.matchSector)
                        match.push_back({col[size_t(p * S + s)], -*res.matchRatio});
                row(match, GLP_UP, 0, 0);
            }
        }
        if (funding.empty())
            continue;
        const double least = svc.minimumShare > 0
                                 ? double(ExactRatio::ceilTimes(svc.minimumShare, svc.cost.minor()))
                                 : 0.0;
        row(funding, least > 0 ? GLP_DB : GLP_UP, least, double(svc.cost.minor()));
        if (!hours.empty())
            row(hours, GLP_UP, 0, double(svc.timeCapacityHours));
    }
    // Earlier tiers held where the engine left them; the tier itself maximised.
    for (const Tier earlier : kAllTiers) {
        if (earlier >= tier)
            break;
        std::vector<std::pair<int, double>> terms;
        for (qsizetype s = 0; s < S; ++s)
            for (qsizetype r = 0; r < R; ++r)
                if (const int c = col[size_t(r * S + s)]; c && year.services.at(s).tier == earlier)
                    terms.push_back({c, double(year.services.at(s).priority)});
        // Held a hair below, for the checking solver's own rounding (well inside the 10^-9 of
        // the plan's money that allocation.md allows it).
        const double hold = weighted(year, held, earlier) - tolerance;
        if (terms.empty() && hold > 0) {
            glp_delete_prob(lp); // this choice closes services the earlier tier needs
            return std::nullopt;
        }
        if (!terms.empty())
            row(terms, GLP_LO, hold, 0);
    }
    glp_set_obj_dir(lp, GLP_MAX);
    for (qsizetype s = 0; s < S; ++s)
        for (qsizetype r = 0; r < R; ++r)
            if (const int c = col[size_t(r * S + s)]; c && year.services.at(s).tier == tier)
                glp_set_obj_coef(lp, c, year.services.at(s).priority);
    std::optional<double> result;
    if (glp_get_num_cols(lp) == 0) {
        result = 0.0;
    } else {
        glp_load_matrix(lp, int(ia.size() - 1), ia.data(), ja.data(), ar.data());
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_OFF;
        if (glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT)
            result = glp_get_obj_val(lp);
    }
    glp_delete_prob(lp);
    return result;
}

} // namespace

std::optional<double> ReferenceOptimum::tierOptimum(const EffectiveYear &year, Tier tier,
                                                    const Allocation &held)
{
    glp_term_out(GLP_OFF);
    std::vector<qsizetype> choices;
    for (qsizetype s = 0; s < year.services.size(); ++s)
        if (year.services.at(s).minimumShare > 0)
            choices.push_back(s);
    std::optional<double> best;
    for (quint64 pattern = 0; pattern < (quint64(1) << choices.size()); ++pattern) {
        std::vector<bool> open(size_t(year.services.size()), true);
        for (size_t k = 0; k < choices.size(); ++k)
            open[size_t(choices[k])] = (pattern >> k) & 1;
        const std::optional<double> value = solve(year, tier, held, open);
        if (value && (!best || *value > *best))
            best = value;
    }
    return best;
}

} // namespace lps::test
