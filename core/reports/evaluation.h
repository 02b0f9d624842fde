#pragma once

#include "whatif/gapcloser.h"

#include "engine/yearresult.h"
#include "scenarios/effectiveyear.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace lps {

struct Plan;

/// A scenario evaluated over one or more years, with the names a report needs beside the ids.
struct Evaluation
{
    QString planName;
    QString scenarioId;
    QString scenarioName;
    QString currency = QStringLiteral("GBP");
    int firstYear = 2026;
    QList<YearResult> years;
    /// What the engine was given for each of years, in the same order: the explanations need it.
    QList<EffectiveYear> inputs;
    QHash<QString, QString> serviceNames;
    QHash<QString, QString> resourceNames;

    /// Works out one year's answer: AllocationEngine's settled one unless told otherwise.
    using YearEngine = std::function<YearResult(const EffectiveYear &)>;

    /// Evaluates the scenario in the given year indices (all years when empty).
    static Evaluation of(const Plan &plan, const QString &scenarioId,
                         const QList<int> &yearIndices = {}, const YearEngine &engine = {});
    /// Whether every year holds a settled answer (not a first one).
    bool isSettled() const;
    /// Per year (as years), service id -> why it is short; filled by explainShortfalls().
    QList<QHash<QString, QString>> shortfalls;

    /// What held a partly funded or unfunded service back (ShortfallExplainer); empty for any
    /// other service, or when inputs does not hold that year.
    QString why(qsizetype yearPosition, qsizetype service) const;
    /// Works out why() for every short service of every year into shortfalls, so that a worker
    /// thread can do it rather than whoever shows the result.
    void explainShortfalls();

    /// Per year (as years), filled by workOutWhatItWouldTake(): the least new money that closes
    /// the must and the must-and-need gaps, and what pooling adds over the waterfall per tier.
    QList<GapCloser::ToClose> toClose;
    QList<std::array<Money, 3>> pooling;
    /// Fills toClose and pooling: a few more runs of the engine for every year, so only when asked.
    void workOutWhatItWouldTake();
    /// "2026/27"
    QString yearLabel(int calendarYear) const;
    /// Each resource's sector in the year at `yearPosition` (as years), as the scenario left it
    /// (a sum moved between services is a resource too); empty when inputs does not hold it.
    QHash<QString, Sector> resourceSectors(qsizetype yearPosition) const;
};

} // namespace lps
