#include "packcommand.h"

#include "clock/clock.h"
#include "councillorpack/councillorpack.h"
#include "io/planloader.h"
#include "pack/packrenderer.h"
#include "packsections/packsections.h"

#include <QFileInfo>

namespace lps::cli {

namespace {

// The detailed years: --year Y, --years all, or the plan's first year.
std::optional<QList<int>> packYears(Context &context, const QCommandLineParser &parser,
                                    const Plan &plan)
{
    if (parser.isSet(QStringLiteral("year")) && parser.isSet(QStringLiteral("years"))) {
        context.usage(QStringLiteral("give --year Y or --years all, not both"));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("years"))) {
        if (parser.value(QStringLiteral("years")) != QLatin1String("all")) {
            context.usage(QStringLiteral("--years takes \"all\"; for one year give --year Y"));
            return std::nullopt;
        }
        QList<int> all;
        for (int y = 0; y < plan.years; ++y)
            all << y;
        return all;
    }
    if (!parser.isSet(QStringLiteral("year")))
        return QList<int>{0};
    const std::optional<int> index = yearIndex(plan, parser.value(QStringLiteral("year")));
    if (!index) {
        context.usage(QStringLiteral("--year %1 is not a year of this plan (%2 to %3)")
                          .arg(parser.value(QStringLiteral("year")), plan.yearLabel(0),
                               plan.yearLabel(plan.years - 1)));
        return std::nullopt;
    }
    return QList<int>{*index};
}

} // namespace

int councillorPack(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        {QStringLiteral("scenario"), QStringLiteral("Scenario id or name."), QStringLiteral("ID")},
        {QStringLiteral("base"), QStringLiteral("Scenario to set it against."),
         QStringLiteral("ID")},
        {QStringLiteral("year"), QStringLiteral("Year or year index."), QStringLiteral("Y")},
        {QStringLiteral("years"), QStringLiteral("all: every year in detail."),
         QStringLiteral("all")},
        {QStringLiteral("paper"), QStringLiteral("a4 or letter."), QStringLiteral("PAPER"),
         QStringLiteral("a4")},
        {QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("pack.pdf")}};
    if (!parse(context, parser, arguments, options))
        return UsageError;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give one scenario file or plan JSON to report on"));
    if (!parser.isSet(QStringLiteral("out")))
        return context.usage(QStringLiteral("give the PDF to write with --out pack.pdf"));
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return context.usage(QStringLiteral("--paper takes a4 or letter, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("paper"))));
    const QString path = parser.positionalArguments().first();
    const PlanFileResult loaded = PlanLoader::load(path);
    if (!loaded.plan)
        return report(context, loaded.error, path);
    const Plan &plan = *loaded.plan;
    const std::optional<QList<int>> years = packYears(context, parser, plan);
    if (!years)
        return UsageError;
    const std::optional<QString> scenario = scenarioOf(
        context, plan,
        parser.isSet(QStringLiteral("scenario")) ? parser.value(QStringLiteral("scenario"))
                                                 : plan.baseline()->id);
    if (!scenario)
        return UsageError;
    // Set against the baseline unless told otherwise; the baseline itself against nothing.
    const std::optional<QString> base =
        scenarioOf(context, plan,
                   parser.isSet(QStringLiteral("base")) ? parser.value(QStringLiteral("base"))
                                                        : plan.baseline()->id);
    if (!base)
        return UsageError;
    const CouncillorPack::Inputs inputs =
        CouncillorPack::workOut(plan, {*scenario, *base, *years, Clock::currentDate()});
    int pages = 0;
    const QString out = parser.value(QStringLiteral("out"));
    const QString problem = PackRenderer::writePdf(PackSections::content(inputs), out,
                                                   PackRenderer::pageSize(paper), &pages);
    if (!problem.isEmpty()) {
        context.err << "lps report: " << problem << '\n';
        return OtherError;
    }
    context.out << QStringLiteral("%1: the councillor pack, %2 pages.\n")
                       .arg(QFileInfo(out).fileName())
                       .arg(pages);
    return Success;
}

} // namespace lps::cli
