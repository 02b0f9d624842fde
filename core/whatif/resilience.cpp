#include "resilience.h"

#include "engine/allocationengine.h"
#include "solver/allocationsolver.h"

#include <QMutex>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace lps {

Resilience::ResourceLoss Resilience::lossOf(const EffectiveYear &year, const YearResult &current,
                                            qsizetype r)
{
    EffectiveYear without = year;
    EffectiveResource &resource = without.resources[r];
    resource.switchedOff = true;
    resource.available = Money();
    resource.hours = 0;
    const YearResult after = AllocationEngine::evaluate(without);
    ResourceLoss row;
    row.id = year.resources.at(r).id;
    for (const Tier tier : kAllTiers)
        row.loss[size_t(tier)] =
            current.tiers[size_t(tier)].funded - after.tiers[size_t(tier)].funded;
    for (qsizetype s = 0; s < current.services.size() && s < after.services.size(); ++s) {
        const Money lost = current.services.at(s).funded - after.services.at(s).funded;
        if (lost > Money())
            row.services.append({current.services.at(s).id, lost});
    }
    std::stable_sort(row.services.begin(), row.services.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return row;
}

QList<QPair<QString, QString>> Resilience::singlePoints(const EffectiveYear &year)
{
    QList<QPair<QString, QString>> points;
    for (const EffectiveService &service : year.services) {
        if (service.tier != Tier::Must || service.switchedOff)
            continue;
        QList<qsizetype> funders;
        for (qsizetype r = 0; r < year.resources.size(); ++r) {
            const EffectiveResource &resource = year.resources.at(r);
            // A move's money is the scenario's own reallocation, not a funder that can fail.
            if (!resource.switchedOff && !resource.fromMove && year.mayFund(resource, service))
                funders << r;
        }
        if (funders.size() == 1)
            points.append({service.id, year.resources.at(funders.first()).id});
    }
    return points;
}

Resilience::Result Resilience::of(const EffectiveYear &year, const YearResult &current, int threads,
                                  const Progress &progress, const std::atomic<bool> *cancel)
{
    Result result;
    result.scenarioId = year.scenarioId;
    result.calendarYear = year.calendarYear;
    result.singlePoints = singlePoints(year);
    // Every written resource has a row (spec/cli.md); one the scenario has already switched off
    // loses nothing more, and a move's money is not a resource of the plan.
    QList<qsizetype> todo;
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        const EffectiveResource &resource = year.resources.at(r);
        if (resource.switchedOff && !resource.fromMove)
            result.resources << ResourceLoss{resource.id, {}, {}};
        else if (!resource.fromMove)
            todo << r;
    }
    // One slot per resource, written by whichever thread takes it (a std::vector never detaches).
    std::vector<std::optional<ResourceLoss>> rows(size_t(todo.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<int> done{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < todo.size(); i = next++) {
            if (cancel && cancel->load())
                break;
            rows[size_t(i)] = lossOf(year, current, todo.at(i));
            if (progress)
                progress(++done, int(todo.size()));
        }
    };
    // The calling thread works too; the others are extra hands for the same list.
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int t = 1; t < std::max(1, threads); ++t) {
        helpers.emplace_back(QThread::create([&work] {
            work();
            AllocationSolver::releaseThreadState(); // the helper's own GLPK environment
        }));
        helpers.back()->start();
    }
    work();
    for (const auto &helper : helpers)
        helper->wait();
    for (const std::optional<ResourceLoss> &row : rows) {
        if (row)
            result.resources << *row;
        else
            result.complete = false;
    }
    std::sort(result.resources.begin(), result.resources.end(),
              [](const ResourceLoss &a, const ResourceLoss &b) {
                  for (size_t t = 0; t < 3; ++t) {
                      if (a.loss[t] != b.loss[t])
                          return a.loss[t] > b.loss[t];
                  }
                  return a.id < b.id;
              });
    return result;
}

} // namespace lps
