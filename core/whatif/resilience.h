#pragma once

#include "engine/yearresult.h"
#include "scenarios/effectiveyear.h"

#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <atomic>
#include <functional>

namespace lps {

/// Planning for failure (spec/cli.md `lps resilience`): for each resource, what each tier and
/// each service would lose if it were withdrawn, everything else re-allocated optimally; and the
/// must-tier services that only one resource may fund.
class Resilience
{
public:
    struct ResourceLoss
    {
        QString id;
        /// Each tier's funding now minus its funding with the resource off.
        std::array<Money, 3> loss{};
        /// (service id, loss) for every service that would lose funding, largest loss first.
        QList<QPair<QString, Money>> services;

        bool operator==(const ResourceLoss &) const = default;
    };

    struct Result
    {
        QString scenarioId;
        int calendarYear = 0;
        /// Sorted by must loss, then need, then could (largest first), then id.
        QList<ResourceLoss> resources;
        /// (service id, resource id): a must-tier service only that resource may fund.
        QList<QPair<QString, QString>> singlePoints;
        /// False when cancelled: then resources holds only those worked out so far.
        bool complete = true;

        bool operator==(const Result &) const = default;
    };

    /// Called after each resource with (done, total); may come from any worker thread.
    using Progress = std::function<void(int done, int total)>;

    /// `current` is the engine's result for `year`. Resources are withdrawn on `threads` threads
    /// at once; setting `cancel` stops it after the resources already under way.
    static Result of(const EffectiveYear &year, const YearResult &current, int threads = 2,
                     const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);
    /// One resource's row: the year with resource `r` withdrawn, against `current`.
    static ResourceLoss lossOf(const EffectiveYear &year, const YearResult &current, qsizetype r);
    static QList<QPair<QString, QString>> singlePoints(const EffectiveYear &year);
};

} // namespace lps
