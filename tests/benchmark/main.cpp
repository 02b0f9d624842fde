// lps-benchmark: times the allocation engine on the demo, a county-sized and a stress plan, and
// prints the figures as JSON. `--short` is the CTest mode: few runs, no stress plan, and a failure
// only when the demo's result is not a proven, checked optimum (never because of a time).

#include "benchmarkplans.h"
#include "councillorpack/councillorpack.h"
#include "machine.h"
#include "packsections/packsections.h"
#include "series.h"

#include "allocation/allocationcheck.h"
#include "demo/demoplan.h"
#include "editing/scenarioedits.h"
#include "engine/allocationengine.h"
#include "engine/waterfall.h"
#include "reports/evaluation.h"
#include "scenarios/scenarioapplier.h"
#include "validation/planvalidator.h"
#include "whatif/gapcloser.h"
#include "whatif/resilience.h"
#include "json/planjsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lps;

namespace {

const QString kBaseline = QStringLiteral("baseline");
const QString kChange = QStringLiteral("benchmark-change");

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Full evaluation: from the plan as written to a checked result for year 0.
Series timeFull(const Plan &plan, int runs)
{
    Series series;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<YearResult> result = AllocationEngine::evaluate(plan, kBaseline, 0);
        series.add(msSince(timer), result);
    }
    return series;
}

// Re-evaluation after one change, as when a slider moves: run k scales resource k mod R by 0.7
// in a what-if based on the baseline, then evaluates year 0 again (scenario applied and solved).
Series timeChange(const Plan &plan, int runs)
{
    Plan changed = plan;
    Scenario what;
    what.id = kChange;
    what.name = QStringLiteral("One slider moved");
    what.basedOn = kBaseline;
    Adjustment scale;
    scale.type = AdjustmentType::ResourceScale;
    scale.factor = 0.7;
    what.adjustments = {scale};
    changed.scenarios << what;
    Series series;
    for (int i = 0; i < runs && !plan.resources.isEmpty(); ++i) {
        changed.scenarios.last().adjustments.first().target =
            plan.resources.at(i % plan.resources.size()).id;
        QElapsedTimer timer;
        timer.start();
        const std::optional<YearResult> result = AllocationEngine::evaluate(changed, kChange, 0);
        series.add(msSince(timer), result);
    }
    return series;
}

// Every year of the baseline once, one after the other.
double timeAllYears(const Plan &plan, int &optimalYears)
{
    optimalYears = 0;
    QElapsedTimer timer;
    timer.start();
    for (int y = 0; y < plan.years; ++y) {
        const std::optional<YearResult> result = AllocationEngine::evaluate(plan, kBaseline, y);
        optimalYears += result && result->optimal ? 1 : 0;
    }
    return msSince(timer);
}

// Issue 6's slider drag: a resource's slider moved in `steps` steps in a scenario of its own;
// each step timed from the changed adjustment (the checked edit) to the year's new results ready
// for the charts (the evaluation and its explanations, as the app's background evaluator does).
Series sliderDrag(const Plan &plan, int steps)
{
    Plan current = ScenarioEdits::derive(plan, kBaseline, QStringLiteral("Slider")).plan;
    const QString scenario = current.scenarios.last().id;
    // The largest resource: the slider a facilitator reaches for first.
    QString resource;
    qint64 largest = -1;
    for (const Resource &r : plan.resources) {
        if (r.amountInYear(0) > largest) {
            largest = r.amountInYear(0);
            resource = r.id;
        }
    }
    Series series;
    for (int step = 0; step < steps; ++step) {
        Adjustment slider;
        slider.type = AdjustmentType::ResourceScale;
        slider.target = resource;
        slider.factor = (100 - step % 50) / 100.0; // 100% down to 51%
        QElapsedTimer timer;
        timer.start();
        current = ScenarioEdits::setAdjustment(current, scenario, slider).plan;
        Evaluation evaluation = Evaluation::of(current, scenario, {0});
        evaluation.explainShortfalls();
        series.add(double(timer.nsecsElapsed()) / 1e6,
                   evaluation.years.isEmpty() ? std::nullopt
                                              : std::optional(evaluation.years.first()));
    }
    return series;
}

// Issue 6's what-if figures in year 0: resilience (every resource withdrawn in turn, on two
// threads, as the app and `lps resilience` run it) and what it would take to close the gaps.
QJsonObject whatIf(const Plan &plan)
{
    const std::optional<EffectiveYear> year = ScenarioApplier(plan).apply(kBaseline, 0);
    if (!year)
        return {{QStringLiteral("error"), QStringLiteral("the baseline could not be applied")}};
    const YearResult current = AllocationEngine::evaluate(*year);
    QElapsedTimer timer;
    timer.start();
    const Resilience::Result resilience = Resilience::of(*year, current, 2);
    const double resilienceMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const GapCloser::ToClose toClose = GapCloser::of(*year, current);
    const double toCloseMs = double(timer.nsecsElapsed()) / 1e6;
    // The councillor pack's figures and words (every year, the first in detail), as File >
    // Export the councillor pack works them out before it sets the pages.
    timer.restart();
    const PackContent pack = PackSections::content(
        CouncillorPack::workOut(plan, {kBaseline, QString(), {0}, QDate(2026, 12, 1)}));
    const double packMs = double(timer.nsecsElapsed()) / 1e6;
    return {{QStringLiteral("resilienceMs"), qRound(resilienceMs * 10.0) / 10.0},
            {QStringLiteral("resourcesWithdrawn"), int(resilience.resources.size())},
            {QStringLiteral("toCloseMs"), qRound(toCloseMs * 10.0) / 10.0},
            {QStringLiteral("toCloseMust"), pounds(toClose.must.minor())},
            {QStringLiteral("toCloseMustNeed"), pounds(toClose.mustNeed.minor())},
            {QStringLiteral("councillorPackMs"), qRound(packMs * 10.0) / 10.0},
            {QStringLiteral("councillorPackSections"), int(pack.sections.size())}};
}

// Issue 11's workshop: `steps` what-ifs on one scenario, each a slider step from the one before,
// as a facilitator would make them: six funders' sliders moved to 5..100%, now and then one of them
// withdrawn or brought back, now and then a service redesigned at 80..95% of its cost. Each step
// is timed from the checked edit to the year's first answer (started from what the step before
// learnt, as the app does), and to its settled answer.
struct Workshop
{
    Series first;
    Series settled;
};

Workshop workshop(const Plan &plan, int steps, quint32 seed)
{
    Plan current = ScenarioEdits::derive(plan, kBaseline, QStringLiteral("Workshop")).plan;
    const QString scenario = current.scenarios.last().id;
    QList<QString> levers;
    QList<Resource> byAmount = plan.resources;
    std::sort(byAmount.begin(), byAmount.end(), [](const Resource &a, const Resource &b) {
        return a.amountInYear(0) > b.amountInYear(0);
    });
    for (qsizetype i = 0; i < std::min<qsizetype>(6, byAmount.size()); ++i)
        levers << byAmount.at(i).id;
    QRandomGenerator dice(seed);
    Workshop series;
    SolverMemory memory;
    if (const std::optional<EffectiveYear> year = ScenarioApplier(current).apply(scenario, 0))
        AllocationEngine::evaluate(*year, &memory);
    for (int step = 0; step < steps && !levers.isEmpty(); ++step) {
        Adjustment change;
        if (step % 10 == 9) {
            change.type = AdjustmentType::ResourceOff;
            change.target = levers.at(int(dice.bounded(int(levers.size()))));
        } else if (step % 7 == 6) {
            change.type = AdjustmentType::ServiceScale;
            change.target = plan.services.at(int(dice.bounded(int(plan.services.size())))).id;
            change.factor = 0.80 + 0.05 * dice.bounded(4);
        } else {
            change.type = AdjustmentType::ResourceScale;
            change.target = levers.at(int(dice.bounded(int(levers.size()))));
            change.factor = 0.05 * (1 + dice.bounded(20));
        }
        QElapsedTimer timer;
        timer.start();
        current = ScenarioEdits::setAdjustment(current, scenario, change).plan;
        const std::optional<EffectiveYear> year = ScenarioApplier(current).apply(scenario, 0);
        const double applied = msSince(timer);
        if (!year) {
            series.first.add(applied, std::nullopt);
            series.settled.add(applied, std::nullopt);
            continue;
        }
        const YearResult first = AllocationEngine::firstAnswer(*year, memory, &memory);
        series.first.add(msSince(timer), first);
        timer.restart();
        const YearResult settled = AllocationEngine::evaluate(*year, &memory);
        series.settled.add(applied + msSince(timer), settled);
    }
    return series;
}

// Issue 11's "Room test" on the usual county plan: five funders cut at once, from year 0.
QJsonObject roomTest(const Plan &plan)
{
    Plan withRoom = plan;
    const Scenario room = bench::BenchmarkPlans::roomTest();
    withRoom.scenarios << room;
    QElapsedTimer timer;
    timer.start();
    const std::optional<YearResult> result = AllocationEngine::evaluate(withRoom, room.id, 0);
    const double ms = msSince(timer);
    if (!result)
        return {{QStringLiteral("error"), QStringLiteral("the scenario could not be applied")}};
    return {{QStringLiteral("ms"), qRound(ms * 10.0) / 10.0},
            {QStringLiteral("optimal"), result->optimal},
            {QStringLiteral("stopped"), spelling(result->stopped)},
            {QStringLiteral("needGap"), pounds(result->tiers[1].gap.minor())},
            {QStringLiteral("couldGap"), pounds(result->tiers[2].gap.minor())}};
}

// The value of pooling in year 0: how much more of each tier the optimum funds than the
// tier-by-tier waterfall, in money and in priority-weighted money.
QJsonObject pooling(const Plan &plan)
{
    const std::optional<EffectiveYear> year = ScenarioApplier(plan).apply(kBaseline, 0);
    if (!year)
        return {{QStringLiteral("error"), QStringLiteral("the baseline could not be applied")}};
    const YearResult optimum = AllocationEngine::evaluate(*year);
    const Allocation waterfall = Waterfall::allocate(*year);
    std::array<qint64, 3> optimumFunded{0, 0, 0}, waterfallFunded{0, 0, 0}, cost{0, 0, 0};
    std::array<double, 3> weightedGain{0.0, 0.0, 0.0};
    for (qsizetype s = 0; s < year->services.size(); ++s) {
        const EffectiveService &service = year->services.at(s);
        if (service.switchedOff)
            continue;
        const size_t t = size_t(service.tier);
        const qint64 opt = optimum.allocation.fundingOf(s).minor();
        const qint64 wf = waterfall.fundingOf(s).minor();
        optimumFunded[t] += opt;
        waterfallFunded[t] += wf;
        cost[t] += service.cost.minor();
        weightedGain[t] += double(service.priority) * double(opt - wf);
    }
    QJsonArray tiers;
    qint64 totalGain = 0;
    for (const Tier tier : kAllTiers) {
        const size_t t = size_t(tier);
        const qint64 gain = optimumFunded[t] - waterfallFunded[t];
        totalGain += gain;
        tiers << QJsonObject{
            {QStringLiteral("tier"), spelling(tier)},
            {QStringLiteral("costMinor"), double(cost[t])},
            {QStringLiteral("optimumFundedMinor"), double(optimumFunded[t])},
            {QStringLiteral("waterfallFundedMinor"), double(waterfallFunded[t])},
            {QStringLiteral("gainMinor"), double(gain)},
            {QStringLiteral("gain"), pounds(gain)},
            {QStringLiteral("gainPercentOfCost"),
             cost[t] > 0 ? qRound(10000.0 * double(gain) / double(cost[t])) / 100.0 : 0.0},
            {QStringLiteral("priorityWeightedGainMinor"), weightedGain[t]}};
    }
    return {{QStringLiteral("calendarYear"), year->calendarYear},
            {QStringLiteral("scenario"), kBaseline},
            {QStringLiteral("optimumOptimal"), optimum.optimal},
            {QStringLiteral("waterfallCheckProblems"),
             int(AllocationCheck::check(*year, waterfall).size())},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("totalGainMinor"), double(totalGain)},
            {QStringLiteral("totalGain"), pounds(totalGain)}};
}

QJsonObject describe(const Plan &plan)
{
    const std::optional<EffectiveYear> year = ScenarioApplier(plan).apply(kBaseline, 0);
    int pairs = 0, minimumShares = 0, restricted = 0, time = 0, matched = 0, capped = 0;
    qint64 cost = 0, available = 0;
    if (year) {
        for (const EffectiveResource &r : year->resources) {
            available += r.available.minor();
            for (const EffectiveService &s : year->services)
                pairs += year->mayFund(r, s) ? 1 : 0;
        }
        for (const EffectiveService &s : year->services) {
            cost += s.switchedOff ? 0 : s.cost.minor();
            minimumShares += s.minimumShare > 0 ? 1 : 0;
        }
    }
    for (const Resource &r : plan.resources) {
        restricted += r.eligible.isUnrestricted() ? 0 : 1;
        time += r.kind == ResourceKind::Time ? 1 : 0;
        matched += r.matchRatio ? 1 : 0;
        capped += r.maxPerService ? 1 : 0;
    }
    return {{QStringLiteral("services"), int(plan.services.size())},
            {QStringLiteral("resources"), int(plan.resources.size())},
            {QStringLiteral("years"), plan.years},
            {QStringLiteral("servicesWithMinimumShare"), minimumShares},
            {QStringLiteral("restrictedResources"), restricted},
            {QStringLiteral("timeResources"), time},
            {QStringLiteral("matchedResources"), matched},
            {QStringLiteral("cappedResources"), capped},
            {QStringLiteral("resourceServicePairs"), pairs},
            {QStringLiteral("firstYearCost"), pounds(cost)},
            {QStringLiteral("firstYearAvailable"), pounds(available)},
            {QStringLiteral("availableShareOfCost"),
             cost > 0 ? qRound(1000.0 * double(available) / double(cost)) / 1000.0 : 0.0}};
}

struct Target
{
    QString plan;
    QString what;
    double limitMs;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lps-benchmark"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the allocation engine on three plan sizes; prints JSON."));
    parser.addHelpOption();
    const QCommandLineOption shortOption(QStringLiteral("short"),
                                         QStringLiteral("Few runs and no stress plan (CTest)."));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"),
        QStringLiteral("Runs per measurement of the demo and county plans."), QStringLiteral("n"),
        QStringLiteral("15"));
    const QCommandLineOption stressRunsOption(
        QStringLiteral("stress-runs"),
        QStringLiteral("Runs per measurement of the stress plan (0 skips it)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated plans."),
                                        QStringLiteral("n"), QStringLiteral("2026"));
    const QCommandLineOption writeOption(
        QStringLiteral("write-plans"),
        QStringLiteral("Also write the generated plans as JSON into a folder."),
        QStringLiteral("folder"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral(
            "Measure only these plans (comma-separated: demo, county, squeezed, stress)."),
        QStringLiteral("names"));
    parser.addOptions(
        {shortOption, runsOption, stressRunsOption, seedOption, writeOption, onlyOption});
    parser.process(app);

    const bool isShort = parser.isSet(shortOption);
    const int runs = std::max(1, isShort ? 5 : parser.value(runsOption).toInt());
    const int countyRuns = isShort ? 1 : runs;
    const int stressRuns = isShort ? 0 : std::max(0, parser.value(stressRunsOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    struct Case
    {
        QString name;
        Plan plan;
        int runs;
    };
    QList<Case> cases;
    cases << Case{QStringLiteral("demo"), DemoPlan::plan(), runs};
    cases << Case{QStringLiteral("county"),
                  bench::BenchmarkPlans::generate(bench::BenchmarkPlans::countySize(), seed),
                  countyRuns};
    cases << Case{QStringLiteral("squeezed"),
                  bench::BenchmarkPlans::generate(bench::BenchmarkPlans::countySize(), seed,
                                                  bench::BenchmarkPlans::squeezed()),
                  countyRuns};
    if (stressRuns > 0)
        cases << Case{
            QStringLiteral("stress"),
            bench::BenchmarkPlans::generate(bench::BenchmarkPlans::stressSize(), seed + 1),
            stressRuns};
    // The largest plan validation accepts, squeezed: only when asked for (--only largest).
    if (parser.value(onlyOption).split(QLatin1Char(',')).contains(QStringLiteral("largest")))
        cases << Case{QStringLiteral("largest"),
                      bench::BenchmarkPlans::generate(bench::BenchmarkPlans::largestSize(),
                                                      seed + 2, bench::BenchmarkPlans::squeezed()),
                      1};

    if (parser.isSet(onlyOption)) {
        const QStringList only =
            parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        cases.removeIf([&only](const Case &c) { return !only.contains(c.name); });
    }

    int exitCode = 0;
    QJsonObject out{
        {QStringLiteral("mode"), isShort ? QStringLiteral("short") : QStringLiteral("full")},
        {QStringLiteral("seed"), double(seed)},
        {QStringLiteral("machine"), machine()}};
    QJsonArray plans;
    QHash<QString, QPair<Series, Series>> measured;
    double countyResilienceMs = -1.0; // not measured
    double squeezedResilienceMs = -1.0;
    QHash<QString, Series> workshops;
    QHash<QString, Series> firstAnswers;
    std::optional<Series> countySlider;
    for (const Case &c : cases) {
        const Problems problems = PlanValidator::validate(c.plan);
        if (hasErrors(problems)) {
            std::fprintf(stderr, "the %s plan is invalid: %s\n", qPrintable(c.name),
                         qPrintable(problems.first().toString()));
            return 2;
        }
        if (parser.isSet(writeOption)) {
            QSaveFile file(
                QDir(parser.value(writeOption)).filePath(c.name + QStringLiteral(".json")));
            if (!file.open(QIODevice::WriteOnly) || file.write(PlanJsonWriter::write(c.plan)) < 0 ||
                !file.commit())
                std::fprintf(stderr, "could not write %s\n", qPrintable(file.fileName()));
        }
        std::fprintf(stderr, "%s: full evaluation x%d...\n", qPrintable(c.name), c.runs);
        const Series full = timeFull(c.plan, c.runs);
        std::fprintf(stderr, "%s: re-evaluation after one change x%d...\n", qPrintable(c.name),
                     c.runs);
        const Series change = timeChange(c.plan, c.runs);
        measured.insert(c.name, qMakePair(full, change));
        QJsonObject entry{{QStringLiteral("name"), c.name},
                          {QStringLiteral("size"), describe(c.plan)},
                          {QStringLiteral("fullEvaluation"), full.toJson()},
                          {QStringLiteral("reEvaluationAfterOneChange"), change.toJson()}};
        if (!isShort && c.name != QStringLiteral("stress")) {
            int optimalYears = 0;
            const double ms = timeAllYears(c.plan, optimalYears);
            entry.insert(QStringLiteral("allYearsOnce"),
                         QJsonObject{{QStringLiteral("ms"), qRound(ms * 1000.0) / 1000.0},
                                     {QStringLiteral("optimalYears"), optimalYears}});
        }
        std::fprintf(stderr, "%s: value of pooling...\n", qPrintable(c.name));
        entry.insert(QStringLiteral("poolingValue"), pooling(c.plan));
        if (c.name == QStringLiteral("county")) {
            std::fprintf(stderr, "county: the room test...\n");
            entry.insert(QStringLiteral("roomTest"), roomTest(c.plan));
        }
        if (c.name == QStringLiteral("squeezed") || c.name == QStringLiteral("stress") ||
            c.name == QStringLiteral("largest")) {
            // A stress step settles in seconds, not milliseconds: ten of them say as much.
            const int steps = isShort ? 5 : (c.name == QStringLiteral("squeezed") ? 50 : 10);
            std::fprintf(stderr, "%s: a workshop of %d what-ifs...\n", qPrintable(c.name), steps);
            const Workshop steps50 = workshop(c.plan, steps, seed);
            entry.insert(QStringLiteral("workshop"), steps50.settled.toJson());
            entry.insert(QStringLiteral("workshopFirstAnswers"), steps50.first.toJson());
            workshops.insert(c.name, steps50.settled);
            firstAnswers.insert(c.name, steps50.first);
        }
        if (c.name == QStringLiteral("demo") ||
            (!isShort &&
             (c.name == QStringLiteral("county") || c.name == QStringLiteral("squeezed")))) {
            std::fprintf(stderr, "%s: a slider dragged in 50 steps...\n", qPrintable(c.name));
            const Series drag = sliderDrag(c.plan, isShort ? 10 : 50);
            entry.insert(QStringLiteral("sliderDrag"), drag.toJson());
            if (c.name == QStringLiteral("county"))
                countySlider = drag;
            std::fprintf(stderr, "%s: resilience and what it would take...\n", qPrintable(c.name));
            const QJsonObject figures = whatIf(c.plan);
            entry.insert(QStringLiteral("whatIf"), figures);
            if (c.name == QStringLiteral("county"))
                countyResilienceMs = figures.value(QStringLiteral("resilienceMs")).toDouble();
            if (c.name == QStringLiteral("squeezed"))
                squeezedResilienceMs = figures.value(QStringLiteral("resilienceMs")).toDouble();
        }
        plans << entry;
        // The short mode's one hard check: the demo's answers are proven and checked optima.
        if (c.name == QStringLiteral("demo") && (!full.allOptimal() || !change.allOptimal())) {
            std::fprintf(stderr, "the demo plan's result was not a proven, checked optimum\n");
            exitCode = 1;
        }
    }
    out.insert(QStringLiteral("plans"), plans);

    // The targets on this 2-core machine, judged on the worst run as well as the median.
    const QList<Target> targets{
        {QStringLiteral("demo"), QStringLiteral("re-evaluation of one year"), 10.0},
        {QStringLiteral("county"), QStringLiteral("re-evaluation of one year"), 100.0},
        {QStringLiteral("stress"),
         QStringLiteral("full evaluation of one year, proven optimum or reported gap"), 2000.0}};
    QJsonArray verdicts;
    for (const Target &target : targets) {
        QJsonObject verdict{{QStringLiteral("plan"), target.plan},
                            {QStringLiteral("what"), target.what},
                            {QStringLiteral("limitMs"), target.limitMs}};
        if (!measured.contains(target.plan)) {
            verdict.insert(QStringLiteral("measured"), false);
            verdicts << verdict;
            continue;
        }
        const bool stress = target.plan == QStringLiteral("stress");
        const Series &series =
            stress ? measured.value(target.plan).first : measured.value(target.plan).second;
        const bool answered = stress ? series.allOptimalOrGap() : series.allOptimal();
        verdict.insert(QStringLiteral("measured"), true);
        verdict.insert(QStringLiteral("medianMs"), qRound(series.median() * 1000.0) / 1000.0);
        verdict.insert(QStringLiteral("worstMs"), qRound(series.worst() * 1000.0) / 1000.0);
        verdict.insert(QStringLiteral("everyRunAnswered"), answered);
        verdict.insert(QStringLiteral("metByMedian"), answered && series.median() < target.limitMs);
        verdict.insert(QStringLiteral("met"), answered && series.worst() < target.limitMs);
        verdicts << verdict;
    }
    // Issue 6: a slider step on the county plan within 100 ms, median.
    if (countySlider)
        verdicts << QJsonObject{
            {QStringLiteral("plan"), QStringLiteral("county")},
            {QStringLiteral("what"), QStringLiteral("slider step to results ready, 50 steps")},
            {QStringLiteral("limitMs"), 100.0},
            {QStringLiteral("measured"), true},
            {QStringLiteral("medianMs"), qRound(countySlider->median() * 1000.0) / 1000.0},
            {QStringLiteral("worstMs"), qRound(countySlider->worst() * 1000.0) / 1000.0},
            {QStringLiteral("metByMedian"), countySlider->median() < 100.0}};
    // Issue 6: resilience of the county plan within 10 s.
    if (countyResilienceMs >= 0.0)
        verdicts << QJsonObject{
            {QStringLiteral("plan"), QStringLiteral("county")},
            {QStringLiteral("what"), QStringLiteral("resilience, every resource withdrawn")},
            {QStringLiteral("limitMs"), 10000.0},
            {QStringLiteral("measured"), true},
            {QStringLiteral("ms"), countyResilienceMs},
            {QStringLiteral("met"), countyResilienceMs < 10000.0}};
    // Issue 11: settled answers of a workshop's what-ifs, median under 1 s and worst under 5 s,
    // at least 95% proven optimal; resilience of the squeezed county plan under 10 s.
    for (auto it = workshops.cbegin(); it != workshops.cend(); ++it) {
        const Series &w = it.value();
        verdicts << QJsonObject{
            {QStringLiteral("plan"), it.key()},
            {QStringLiteral("what"), QStringLiteral("workshop what-if to its settled answer")},
            {QStringLiteral("medianMs"), qRound(w.median() * 1000.0) / 1000.0},
            {QStringLiteral("worstMs"), qRound(w.worst() * 1000.0) / 1000.0},
            {QStringLiteral("provenShare"),
             w.ms.isEmpty() ? 0.0 : double(w.optimalRuns) / double(w.ms.size())},
            {QStringLiteral("largestGap"), pounds(w.largestGapMinor)},
            {QStringLiteral("metMedian1s"), w.median() < 1000.0},
            {QStringLiteral("metWorst5s"), w.worst() < 5000.0},
            {QStringLiteral("met95PercentProven"), w.optimalRuns * 100 >= int(w.ms.size()) * 95}};
    }
    // Issue 11: first answers after a workshop step, median under 100 ms and worst under 300 ms.
    for (auto it = firstAnswers.cbegin(); it != firstAnswers.cend(); ++it) {
        const Series &f = it.value();
        verdicts << QJsonObject{
            {QStringLiteral("plan"), it.key()},
            {QStringLiteral("what"), QStringLiteral("workshop what-if to its first answer")},
            {QStringLiteral("medianMs"), qRound(f.median() * 1000.0) / 1000.0},
            {QStringLiteral("worstMs"), qRound(f.worst() * 1000.0) / 1000.0},
            {QStringLiteral("provenShare"),
             f.ms.isEmpty() ? 0.0 : double(f.optimalRuns) / double(f.ms.size())},
            {QStringLiteral("largestGap"), pounds(f.largestGapMinor)},
            {QStringLiteral("failedRuns"), f.failedRuns},
            {QStringLiteral("metMedian100ms"), f.median() < 100.0},
            {QStringLiteral("metWorst300ms"), f.worst() < 300.0}};
    }
    if (squeezedResilienceMs >= 0.0)
        verdicts << QJsonObject{
            {QStringLiteral("plan"), QStringLiteral("squeezed")},
            {QStringLiteral("what"), QStringLiteral("resilience, every resource withdrawn")},
            {QStringLiteral("limitMs"), 10000.0},
            {QStringLiteral("ms"), squeezedResilienceMs},
            {QStringLiteral("met"), squeezedResilienceMs < 10000.0}};
    out.insert(QStringLiteral("targets"), verdicts);

    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return exitCode;
}
