#pragma once

#include "councillorpack/packcontent.h"
#include "model/plan.h"
#include "reports/evaluation.h"
#include "whatif/resilience.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace lps {

/// The councillor pack's figures (issue 14, docs/councillor-pack.md): works out from settled
/// answers everything a committee paper needs, for PackSections to say in words, tables and
/// charts. Every amount equals `lps evaluate`'s to the minor unit.
class CouncillorPack
{
public:
    /// What to report on.
    struct Request
    {
        QString scenarioId;
        /// The scenario to set it against; none when empty or the same as scenarioId.
        QString baseId;
        /// The years (indices) the detailed sections cover; the first year when empty.
        QList<int> years;
        QDate prepared;
    };

    /// The worked-out answers the sections are written from.
    struct Inputs
    {
        Plan plan;
        Request request;
        /// Every year of the plan, settled, with the shortfalls explained and what it would take.
        Evaluation evaluation;
        /// The base scenario in the detailed years; absent without a base.
        std::optional<Evaluation> base;
        /// Positions in evaluation.years of the detailed years.
        QList<qsizetype> detail;
        /// Planning for failure in the first detailed year.
        Resilience::Result resilience;
        /// False when cancelled before all of it was worked out.
        bool complete = true;
    };

    /// The expensive part, for a worker thread: the engine runs for every year, the base, what
    /// it would take and every withdrawal. Setting `cancel` stops it early (complete is false).
    static Inputs workOut(const Plan &plan, const Request &request,
                          const std::atomic<bool> *cancel = nullptr);
};

} // namespace lps
