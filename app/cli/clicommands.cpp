#include "clicommands.h"
#include "clicontext.h"
#include "clock/clock.h"
#include "editing/planedits.h"
#include "packcommand.h"
#include "scenarios/scenariolookup.h"

#include "comparison/comparisoncsv.h"
#include "comparison/comparisonjson.h"
#include "comparison/comparisontable.h"
#include "csvimport/csvplanimporter.h"
#include "demo/demoplan.h"
#include "engine/allocationengine.h"
#include "io/planloader.h"
#include "reports/evaluationcsv.h"
#include "reports/evaluationjson.h"
#include "reports/evaluationtable.h"
#include "scenarios/scenarioapplier.h"
#include "spreadsheets/evaluationworkbook.h"
#include "storage/planfile.h"
#include "validation/planlimits.h"
#include "whatif/resiliencereport.h"
#include "json/planjsonwriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <functional>
#include <map>

namespace lps::cli {

namespace {

const char *const kUsage =
    "Usage: lps COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  demo --out FILE.lpsb                      write the built-in demo plan\n"
    "  import PLAN.json --out FILE.lpsb          make a scenario file from plan JSON\n"
    "  import --services S.csv|S.xlsx --resources R.csv|R.xlsx --out FILE.lpsb\n"
    "         [--name NAME] [--first-year YEAR] [--years N]\n"
    "                                            make a scenario file from spreadsheets: CSV\n"
    "                                            or Excel workbooks (sheets \"Services\" and\n"
    "                                            \"Resources\", or the only sheet)\n"
    "  export FILE.lpsb --json                   print the plan as canonical JSON\n"
    "  export FILE --xlsx OUT.xlsx [--scenario NAME] [--year N]\n"
    "                                            write its evaluation as an Excel workbook\n"
    "  validate FILE                             check a scenario file or plan JSON\n"
    "  evaluate FILE [--scenario NAME] [--year N] [--format json|csv|table]\n"
    "         [--table services|funding]\n"
    "                                            allocate and print who pays for what\n"
    "  compare FILE --base NAME --scenario NAME [--year N] [--format json|csv|table]\n"
    "                                            the difference per tier, sector and service\n"
    "  resilience FILE [--scenario NAME] [--year N] [--format json|csv|table]\n"
    "                                            what each tier loses if a resource is withdrawn\n"
    "  report FILE --out PACK.pdf [--scenario NAME] [--base NAME] [--year Y|--years all]\n"
    "         [--paper a4|letter]\n"
    "                                            write the councillor pack as a PDF\n"
    "\n"
    "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 anything else.\n";

// One command's lines of kUsage (its own and their continuations), for `lps COMMAND --help`.
QString usageOf(const QString &command)
{
    QString lines;
    QString exitCodes;
    bool inCommand = false;
    for (const QString &line : QString::fromUtf8(kUsage).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Exit codes:")))
            exitCodes = line;
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("         ")))
            inCommand = line.startsWith(QStringLiteral("  ") + command + QLatin1Char(' '));
        else if (!line.startsWith(QStringLiteral("         ")))
            inCommand = false;
        if (inCommand)
            lines += line + QLatin1Char('\n');
    }
    return QStringLiteral("Usage:\n%1\n%2\n").arg(lines, exitCodes);
}

const QCommandLineOption kOut(QStringLiteral("out"), QStringLiteral("The scenario file to write."),
                              QStringLiteral("FILE.lpsb"));

int demo(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(context, parser, arguments, {kOut}))
        return UsageError;
    if (!parser.isSet(kOut) || !parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("give the file to write with --out FILE.lpsb"));
    return save(context, DemoPlan::plan(), parser.value(kOut));
}

int importSpreadsheets(Context &context, const QCommandLineParser &parser, const QString &out)
{
    bool yearOk = true, yearsOk = true;
    const QString firstYearText = parser.value(QStringLiteral("first-year"));
    const QString yearsText = parser.value(QStringLiteral("years"));
    const int firstYear = firstYearText.isEmpty() ? PlanEdits::financialYearOf(Clock::currentDate())
                                                  : firstYearText.toInt(&yearOk);
    const int years = yearsText.isEmpty() ? 1 : yearsText.toInt(&yearsOk);
    if (!yearOk || firstYear < 2000 || firstYear > 2100)
        return context.usage(
            QStringLiteral(
                "--first-year takes a year from 2000 to 2100 (2026 means 2026/27), not \"%1\"")
                .arg(firstYearText));
    if (!yearsOk || years < 1 || years > PlanLimits::kMaxYears)
        return context.usage(
            QStringLiteral("--years takes a number of years from 1 to %1, not \"%2\"")
                .arg(PlanLimits::kMaxYears)
                .arg(yearsText));
    for (const QString &option : {QStringLiteral("services"), QStringLiteral("resources")}) {
        const QFileInfo file(parser.value(option));
        if (!file.isFile() || !file.isReadable()) {
            context.err << QStringLiteral("\u201c%1\u201d %2. Check the folder and the name.\n")
                               .arg(file.filePath(), file.exists()
                                                         ? QStringLiteral("cannot be read")
                                                         : QStringLiteral("does not exist"));
            return OtherError;
        }
    }
    CsvPlanImporter::Settings settings;
    settings.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                         : QStringLiteral("Imported plan");
    settings.firstYear = firstYear;
    settings.years = years;
    const CsvPlanImporter::Result result =
        CsvPlanImporter::importFiles(parser.value(QStringLiteral("services")),
                                     parser.value(QStringLiteral("resources")), settings);
    context.problems(QString(), result.problems);
    if (!result.plan) {
        context.err << "Nothing was imported: correct the problems above and import again.\n";
        return InvalidInput;
    }
    return save(context, *result.plan, out);
}

int import(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        kOut,
        {QStringLiteral("services"),
         QStringLiteral("Services: a CSV file, or an Excel workbook whose sheet \"Services\" (or "
                        "only sheet) holds them."),
         QStringLiteral("S.csv|S.xlsx")},
        {QStringLiteral("resources"),
         QStringLiteral("Resources: a CSV file, or an Excel workbook whose sheet \"Resources\" "
                        "(or only sheet) holds them; it may be the services' workbook."),
         QStringLiteral("R.csv|R.xlsx")},
        {QStringLiteral("name"), QStringLiteral("Plan name."), QStringLiteral("NAME")},
        {QStringLiteral("first-year"), QStringLiteral("First financial year."),
         QStringLiteral("YEAR")},
        {QStringLiteral("years"), QStringLiteral("Number of years."), QStringLiteral("N")}};
    if (!parse(context, parser, arguments, options))
        return UsageError;
    if (!parser.isSet(kOut))
        return context.usage(QStringLiteral("give the file to write with --out FILE.lpsb"));
    const QStringList inputs = parser.positionalArguments();
    const bool csv =
        parser.isSet(QStringLiteral("services")) || parser.isSet(QStringLiteral("resources"));
    if (csv) {
        if (!inputs.isEmpty() || !parser.isSet(QStringLiteral("services")) ||
            !parser.isSet(QStringLiteral("resources")))
            return context.usage(QStringLiteral("a spreadsheet import needs both --services and "
                                                "--resources (CSV files or Excel workbooks, "
                                                "maybe one workbook for both), and no plan JSON"));
        return importSpreadsheets(context, parser, parser.value(kOut));
    }
    if (inputs.size() != 1)
        return context.usage(
            QStringLiteral("give one plan JSON file to import, or --services and --resources"));
    const PlanFileResult loaded = PlanLoader::load(inputs.first());
    if (!loaded.plan)
        return report(context, loaded.error, inputs.first());
    return save(context, *loaded.plan, parser.value(kOut));
}

const QCommandLineOption kScenario(QStringLiteral("scenario"),
                                   QStringLiteral("Scenario id or name."), QStringLiteral("ID"));
const QCommandLineOption kYear(QStringLiteral("year"), QStringLiteral("Year or year index."),
                               QStringLiteral("N"));
int exportWorkbook(Context &context, const QCommandLineParser &parser, const Plan &plan);

int exportPlan(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print canonical JSON."));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
                                  QStringLiteral("Write the evaluation as an Excel workbook."),
                                  QStringLiteral("OUT.xlsx"));
    if (!parse(context, parser, arguments, {json, xlsx, kScenario, kYear}))
        return UsageError;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give one scenario file to export"));
    if (parser.isSet(json) == parser.isSet(xlsx))
        return context.usage(
            QStringLiteral("say what to export: --json (the plan) or --xlsx OUT.xlsx (its "
                           "evaluation)"));
    if (parser.isSet(json) && (parser.isSet(kScenario) || parser.isSet(kYear)))
        return context.usage(QStringLiteral("--scenario and --year go with --xlsx"));
    const QString path = parser.positionalArguments().first();
    const PlanFileResult loaded = PlanLoader::load(path);
    if (!loaded.plan)
        return report(context, loaded.error, path);
    if (parser.isSet(xlsx))
        return exportWorkbook(context, parser, *loaded.plan);
    context.out << QString::fromUtf8(PlanJsonWriter::write(*loaded.plan));
    return Success;
}

int validate(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(context, parser, arguments, {}))
        return UsageError;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give one scenario file or plan JSON to check"));
    const QString path = parser.positionalArguments().first();
    const PlanFileResult loaded = PlanLoader::load(path);
    if (!loaded.plan)
        return report(context, loaded.error, path);
    const Plan &plan = *loaded.plan;
    context.out
        << QStringLiteral(
               "%1: a valid plan, \"%2\": %3 services, %4 resources, %5 scenarios, %6 to %7.\n")
               .arg(QFileInfo(path).fileName(), plan.name)
               .arg(plan.services.size())
               .arg(plan.resources.size())
               .arg(plan.scenarios.size())
               .arg(plan.yearLabel(0), plan.yearLabel(plan.years - 1));
    return Success;
}

const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("json, csv or table."),
                                 QStringLiteral("FORMAT"), QStringLiteral("table"));

bool knownFormat(const QString &format)
{
    return format == QLatin1String("json") || format == QLatin1String("csv") ||
           format == QLatin1String("table");
}

// The years --year asks for (every year when it is not given); nullopt after a usage message.
std::optional<QList<int>> years(Context &context, const QCommandLineParser &parser,
                                const Plan &plan)
{
    if (!parser.isSet(kYear))
        return QList<int>{};
    const std::optional<int> index = yearIndex(plan, parser.value(kYear));
    if (!index) {
        context.usage(
            QStringLiteral("--year %1 is not a year of this plan (%2 to %3, %4 to %5, or 0 to %6)")
                .arg(parser.value(kYear), plan.yearLabel(0), plan.yearLabel(plan.years - 1))
                .arg(plan.firstYear)
                .arg(plan.firstYear + plan.years - 1)
                .arg(plan.years - 1));
        return std::nullopt;
    }
    return QList<int>{*index};
}

// What evaluate and compare share: one plan file, a known --format and the years asked for.
struct ReportInput
{
    Plan plan;
    QString format;
    QList<int> years;
};

// Nothing, after a message whose exit code is left in `code`, when any of it is wrong.
std::optional<ReportInput> reportInput(Context &context, const QCommandLineParser &parser,
                                       const QString &verb, int &code)
{
    code = UsageError;
    if (parser.positionalArguments().size() != 1) {
        context.usage(QStringLiteral("give one scenario file or plan JSON to %1").arg(verb));
        return std::nullopt;
    }
    const QString format = parser.value(kFormat);
    if (!knownFormat(format)) {
        context.usage(QStringLiteral("--format takes json, csv or table, not \"%1\"").arg(format));
        return std::nullopt;
    }
    const QString path = parser.positionalArguments().first();
    PlanFileResult loaded = PlanLoader::load(path);
    if (!loaded.plan) {
        code = report(context, loaded.error, path);
        return std::nullopt;
    }
    const std::optional<QList<int>> indices = years(context, parser, *loaded.plan);
    if (!indices)
        return std::nullopt;
    return ReportInput{std::move(*loaded.plan), format, *indices};
}

template <typename Json, typename Csv, typename Table>
int write(Context &context, const QString &format, Json json, Csv csv, Table table)
{
    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(json());
    else if (format == QLatin1String("csv"))
        context.out << QString::fromUtf8(csv());
    else
        context.out << table();
    return Success;
}

int evaluate(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("Scenario id or name."), QStringLiteral("ID"));
    // The CSV as one row per service (its sources in one cell), or as the funding matrix: one
    // row per service and resource, which a spreadsheet can pivot.
    const QCommandLineOption table(QStringLiteral("table"),
                                   QStringLiteral("services or funding (CSV only)."),
                                   QStringLiteral("TABLE"), QStringLiteral("services"));
    if (!parse(context, parser, arguments, {scenario, kYear, kFormat, table}))
        return UsageError;
    int code = Success;
    const std::optional<ReportInput> input =
        reportInput(context, parser, QStringLiteral("evaluate"), code);
    if (!input)
        return code;
    const QString rows = parser.value(table);
    if (rows != QLatin1String("services") && rows != QLatin1String("funding"))
        return context.usage(
            QStringLiteral("--table takes services or funding, not \"%1\"").arg(rows));
    if (parser.isSet(table) && input->format != QLatin1String("csv"))
        return context.usage(QStringLiteral("--table chooses a CSV's rows: add --format csv"));
    const std::optional<QString> scenarioId =
        scenarioOf(context, input->plan,
                   parser.isSet(scenario) ? parser.value(scenario) : input->plan.baseline()->id);
    if (!scenarioId)
        return UsageError;
    Evaluation evaluation = Evaluation::of(input->plan, *scenarioId, input->years);
    evaluation.workOutWhatItWouldTake();
    return write(
        context, input->format, [&] { return EvaluationJson::write(evaluation); },
        [&] {
            return rows == QLatin1String("funding") ? EvaluationCsv::writeFunding(evaluation)
                                                    : EvaluationCsv::write(evaluation);
        },
        [&] { return EvaluationTable::write(evaluation); });
}

// The evaluation of --scenario (the baseline by default) in --year (every year by default) as a
// workbook, with the comparison against the baseline when another scenario is asked for.
int exportWorkbook(Context &context, const QCommandLineParser &parser, const Plan &plan)
{
    const std::optional<QList<int>> indices = years(context, parser, plan);
    if (!indices)
        return UsageError;
    const std::optional<QString> scenarioId = scenarioOf(
        context, plan, parser.isSet(kScenario) ? parser.value(kScenario) : plan.baseline()->id);
    if (!scenarioId)
        return UsageError;
    const Evaluation evaluation = Evaluation::of(plan, *scenarioId, *indices);
    std::optional<Evaluation> base;
    if (*scenarioId != plan.baseline()->id)
        base = Evaluation::of(plan, plan.baseline()->id, *indices);
    const QString out = parser.value(QStringLiteral("xlsx"));
    const QString problem =
        EvaluationWorkbook::write(out, plan, evaluation, base ? &*base : nullptr);
    if (!problem.isEmpty()) {
        context.err << "lps export: " << problem << '\n';
        return OtherError;
    }
    return Success;
}

int compare(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption base(QStringLiteral("base"),
                                  QStringLiteral("Scenario id or name to compare against."),
                                  QStringLiteral("ID"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("Scenario id or name."), QStringLiteral("ID"));
    if (!parse(context, parser, arguments, {base, scenario, kYear, kFormat}))
        return UsageError;
    if (parser.positionalArguments().size() == 1 &&
        (!parser.isSet(base) || !parser.isSet(scenario)))
        return context.usage(QStringLiteral("say what to compare: --base NAME --scenario NAME"));
    int code = Success;
    const std::optional<ReportInput> input =
        reportInput(context, parser, QStringLiteral("compare in"), code);
    if (!input)
        return code;
    const std::optional<QString> baseId = scenarioOf(context, input->plan, parser.value(base));
    const std::optional<QString> scenarioId =
        baseId ? scenarioOf(context, input->plan, parser.value(scenario)) : std::nullopt;
    if (!scenarioId)
        return UsageError;
    const Comparison comparison = Comparison::of(input->plan, *baseId, *scenarioId, input->years);
    return write(
        context, input->format, [&] { return ComparisonJson::write(comparison); },
        [&] { return ComparisonCsv::write(comparison); },
        [&] { return ComparisonTable::write(comparison); });
}

int resilience(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("Scenario id or name."), QStringLiteral("ID"));
    if (!parse(context, parser, arguments, {scenario, kYear, kFormat}))
        return UsageError;
    int code = Success;
    const std::optional<ReportInput> input =
        reportInput(context, parser, QStringLiteral("test"), code);
    if (!input)
        return code;
    const Plan &plan = input->plan;
    const std::optional<QString> chosen = scenarioOf(
        context, plan, parser.isSet(scenario) ? parser.value(scenario) : plan.baseline()->id);
    if (!chosen)
        return UsageError;
    const QString &scenarioId = *chosen;
    // The first year unless --year says otherwise (spec/cli.md).
    const int yearIndex = input->years.value(0, 0);
    const std::optional<EffectiveYear> year = ScenarioApplier(plan).apply(scenarioId, yearIndex);
    if (!year)
        return OtherError;
    const Resilience::Result result = Resilience::of(*year, AllocationEngine::evaluate(*year), 2);
    const ResilienceReport::Names names = ResilienceReport::namesOf(
        plan.name, plan.currency, *year, plan.scenarios.at(plan.scenarioIndex(scenarioId)).name,
        plan.yearLabel(yearIndex));
    return write(
        context, input->format, [&] { return ResilienceReport::json(result, names); },
        [&] { return ResilienceReport::csv(result, names); },
        [&] { return ResilienceReport::table(result, names); });
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    using Command = std::function<int(Context &, const QStringList &)>;
    static const std::map<QString, Command> commands{{QStringLiteral("demo"), demo},
                                                     {QStringLiteral("import"), import},
                                                     {QStringLiteral("export"), exportPlan},
                                                     {QStringLiteral("validate"), validate},
                                                     {QStringLiteral("evaluate"), evaluate},
                                                     {QStringLiteral("compare"), compare},
                                                     {QStringLiteral("resilience"), resilience},
                                                     {QStringLiteral("report"), councillorPack}};
    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << kUsage;
        return Success;
    }
    if (first == QLatin1String("--version")) {
        out << "lps " << LPS_VERSION << '\n';
        return Success;
    }
    Context context{out, err, first, QString::fromUtf8(kUsage)};
    const auto command = commands.find(first);
    if (command == commands.end()) {
        err << (first.isEmpty() ? QStringLiteral("lps: no command given")
                                : QStringLiteral("lps: unknown command \"%1\"").arg(first))
            << "\n\n"
            << kUsage;
        return UsageError;
    }
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        out << usageOf(first);
        return Success;
    }
    return command->second(context, rest);
}

} // namespace lps::cli
