// lps-dump-year: prints one scenario-year of a plan as the engine sees it (every resource and
// service after the scenario's adjustments, and which pairs may fund each other), as JSON for
// the offline reference solver reference_milp.py (scipy's HiGHS).

#include "io/planloader.h"
#include "scenarios/scenarioapplier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace lps;

namespace {

QJsonObject resourceJson(const EffectiveResource &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("sector"), int(r.sector)},
                  {QStringLiteral("time"), r.kind == ResourceKind::Time},
                  {QStringLiteral("certainty"), int(r.certainty)},
                  {QStringLiteral("available"), double(r.available.minor())},
                  {QStringLiteral("hourValue"), double(r.hourValue.minor())}};
    if (r.matchRatio) {
        o.insert(QStringLiteral("matchRatio"), *r.matchRatio);
        o.insert(QStringLiteral("matchSector"), int(r.matchSector));
    }
    if (r.maxPerService)
        o.insert(QStringLiteral("cap"), double(r.maxPerService->minor()));
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: lps-dump-year PLAN SCENARIO YEAR-INDEX\n");
        return 2;
    }
    const PlanFileResult loaded = PlanLoader::load(args.at(1));
    if (!loaded.plan) {
        std::fprintf(stderr, "could not load %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const std::optional<EffectiveYear> year =
        ScenarioApplier(*loaded.plan).apply(args.at(2), args.at(3).toInt());
    if (!year) {
        std::fprintf(stderr, "no such scenario or year\n");
        return 1;
    }
    QJsonArray resources;
    for (const EffectiveResource &r : year->resources)
        resources << resourceJson(r);
    QJsonArray services;
    for (const EffectiveService &s : year->services) {
        QJsonArray fundedBy;
        for (qsizetype r = 0; r < year->resources.size(); ++r) {
            if (year->mayFund(year->resources.at(r), s))
                fundedBy << int(r);
        }
        services << QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("tier"), int(s.tier)},
            {QStringLiteral("cost"), double(s.switchedOff ? 0 : s.cost.minor())},
            {QStringLiteral("minimumShare"), s.minimumShare},
            {QStringLiteral("priority"), s.priority},
            {QStringLiteral("hours"), double(s.timeCapacityHours)},
            {QStringLiteral("fundedBy"), fundedBy}};
    }
    const QJsonObject out{{QStringLiteral("resources"), resources},
                          {QStringLiteral("services"), services}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}
