#include "minimumsharesearch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace lps {

namespace {

using Choice = StagedModel::Choice;

struct Node
{
    std::vector<std::pair<qsizetype, Choice>> fixings;
    double bound = 0.0;
    std::shared_ptr<const StagedModel::Basis> basis;
    // Services this node's answer leaves below their minimum share, with their funding.
    std::vector<std::pair<qsizetype, double>> candidates;
};

// Objective lost per unit of funding moved, learnt from the branches solved so far.
class Pseudocosts
{
public:
    explicit Pseudocosts(qsizetype services)
        : m_sum(size_t(services) * 2, 0.0)
        , m_count(size_t(services) * 2, 0)
    {
    }

    void learn(qsizetype s, Choice choice, double lost, double distance)
    {
        if (distance <= 0.0)
            return;
        const size_t k = index(s, choice);
        m_sum[k] += std::max(0.0, lost) / distance;
        ++m_count[k];
    }

    // Unknown directions count as the average of the known ones (1 before anything is known).
    double perUnit(qsizetype s, Choice choice) const
    {
        const size_t k = index(s, choice);
        if (m_count[k] > 0)
            return m_sum[k] / m_count[k];
        double sum = 0.0;
        int count = 0;
        for (size_t i = choice == Choice::Open ? 1 : 0; i < m_sum.size(); i += 2) {
            if (m_count[i] > 0) {
                sum += m_sum[i] / m_count[i];
                ++count;
            }
        }
        return count > 0 ? sum / count : 1.0;
    }

private:
    static size_t index(qsizetype s, Choice choice)
    {
        return size_t(s) * 2 + (choice == Choice::Open ? 1 : 0);
    }

    std::vector<double> m_sum;
    std::vector<int> m_count;
};

class Search
{
public:
    Search(StagedModel &model, qsizetype services, double tolerance, bool confirmInfeasible)
        : m_model(model)
        , m_pseudocosts(services)
        , m_tolerance(tolerance)
        , m_confirmInfeasible(confirmInfeasible)
    {
        m_outcome.open = QList<bool>(services, false);
    }

    MinimumShareSearch::Outcome run(int nodeLimit, double workLimit,
                                    const MinimumShareSearch::Outcome *incumbent)
    {
        if (incumbent && incumbent->found) {
            m_incumbent = incumbent->value;
            m_outcome = *incumbent;
        }
        const Node root = examine({}, m_model.objective());
        if (root.candidates.empty())
            return finish(true);
        m_open.push_back(root);
        int nodes = 0;
        while (!m_open.empty()) {
            const size_t pick = select();
            if (m_incumbent && m_open[pick].bound <= *m_incumbent + m_tolerance)
                break; // the best bound left promises nothing better
            if (++nodes > nodeLimit || m_model.work() > workLimit)
                return finish(false);
            const Node node = m_open[pick];
            m_open.erase(m_open.begin() + qsizetype(pick));
            if (!branch(node))
                return {};
        }
        m_open.clear();
        return finish(true);
    }

private:
    // Depth first until there is an answer, then the best bound first.
    size_t select() const
    {
        if (!m_incumbent)
            return m_open.size() - 1;
        size_t best = 0;
        for (size_t i = 1; i < m_open.size(); ++i) {
            if (m_open[i].bound > m_open[best].bound)
                best = i;
        }
        return best;
    }

    // Branches on the candidate with the best pseudocost product; false when GLPK failed.
    bool branch(const Node &node)
    {
        qsizetype service = -1;
        double funding = 0.0;
        double bestScore = -1.0;
        for (const auto &[s, f] : node.candidates) {
            const double down = m_pseudocosts.perUnit(s, Choice::Closed) * f;
            const double up = m_pseudocosts.perUnit(s, Choice::Open) * (m_model.minimum(s) - f);
            const double score = std::max(down, 1e-6) * std::max(up, 1e-6);
            if (score > bestScore) {
                bestScore = score;
                service = s;
                funding = f;
            }
        }
        // The likelier branch is solved last, so that the dive continues into it.
        const bool openFirst =
            m_pseudocosts.perUnit(service, Choice::Open) * (m_model.minimum(service) - funding) >
            m_pseudocosts.perUnit(service, Choice::Closed) * funding;
        for (const Choice choice : {openFirst ? Choice::Open : Choice::Closed,
                                    openFirst ? Choice::Closed : Choice::Open}) {
            auto fixings = node.fixings;
            fixings.emplace_back(service, choice);
            if (!solveChild(node, fixings))
                return false;
            if (m_model.infeasible())
                continue;
            const double distance =
                choice == Choice::Open ? m_model.minimum(service) - funding : funding;
            m_pseudocosts.learn(service, choice, node.bound - m_model.objective(), distance);
            const Node child = examine(fixings, m_model.objective());
            if (!child.candidates.empty() &&
                !(m_incumbent && child.bound <= *m_incumbent + m_tolerance))
                m_open.push_back(child);
        }
        return true;
    }

    // Solves a child from its parent's basis; false only when GLPK failed (an infeasible child
    // is a normal answer: model.infeasible()).
    bool solveChild(const Node &parent, const std::vector<std::pair<qsizetype, Choice>> &fixings)
    {
        for (const qsizetype s : m_model.undecided())
            m_model.bind(s, Choice::Undecided);
        for (const auto &[s, choice] : fixings)
            m_model.bind(s, choice);
        m_model.restore(*parent.basis);
        return m_model.solve(true, m_confirmInfeasible) || m_model.infeasible();
    }

    // Reads the model's answer as a node; one without candidates is a new best answer.
    Node examine(const std::vector<std::pair<qsizetype, Choice>> &fixings, double bound)
    {
        Node node;
        node.fixings = fixings;
        node.bound = bound;
        for (const qsizetype s : m_model.undecided()) {
            const bool fixed = std::any_of(fixings.begin(), fixings.end(),
                                           [s](const auto &f) { return f.first == s; });
            if (!fixed && m_model.belowMinimum(s))
                node.candidates.emplace_back(s, m_model.funding(s));
        }
        if (node.candidates.empty()) {
            QList<bool> open = m_outcome.open;
            for (const qsizetype s : m_model.undecided())
                open[s] = m_model.funding(s) > 1e-6;
            if (isBetter(bound, open)) {
                m_incumbent = bound;
                m_outcome.open = open;
                m_outcome.basis = m_model.basis();
            }
        } else {
            node.basis = std::make_shared<const StagedModel::Basis>(m_model.basis());
        }
        return node;
    }

    // A better answer, or one as good (within floating-point noise) that funds the service listed
    // first where the two differ: the tie rule of spec/allocation.md for minimum shares.
    bool isBetter(double value, const QList<bool> &open) const
    {
        if (!m_incumbent)
            return true;
        const double noise = 1e-9 * std::max(1.0, std::abs(*m_incumbent));
        if (value > *m_incumbent + noise)
            return true;
        if (value < *m_incumbent - noise)
            return false;
        for (const qsizetype s : m_model.undecided()) {
            if (open.at(s) != m_outcome.open.at(s))
                return open.at(s);
        }
        return false;
    }

    MinimumShareSearch::Outcome finish(bool proven)
    {
        m_outcome.found = m_incumbent.has_value();
        m_outcome.proven = proven && m_outcome.found;
        if (m_outcome.found) {
            double bound = *m_incumbent;
            if (!proven) {
                for (const Node &node : m_open)
                    bound = std::max(bound, node.bound);
            }
            m_outcome.bound = bound;
            m_outcome.value = *m_incumbent;
        }
        return m_outcome;
    }

    StagedModel &m_model;
    Pseudocosts m_pseudocosts;
    double m_tolerance;
    bool m_confirmInfeasible;
    std::vector<Node> m_open;
    std::optional<double> m_incumbent;
    MinimumShareSearch::Outcome m_outcome;
};

} // namespace

MinimumShareSearch::Outcome MinimumShareSearch::run(StagedModel &model, qsizetype services,
                                                    double tolerance, int nodeLimit,
                                                    bool confirmInfeasible, double workLimit,
                                                    const Outcome *incumbent)
{
    return Search(model, services, tolerance, confirmInfeasible)
        .run(nodeLimit, workLimit, incumbent);
}

} // namespace lps
