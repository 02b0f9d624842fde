#include "csvplanimporter.h"

#include "csvresourceimporter.h"
#include "csvserviceimporter.h"
#include "spreadsheetreading/spreadsheetreader.h"
#include "validation/planvalidator.h"

#include <QRegularExpression>
#include <QSet>

namespace lps {

namespace {

// Whether a table has every column `required` names (and so reads as that kind of file).
bool readsAs(const CsvTable &table, const QStringList &required)
{
    return !hasErrors(CsvColumns(table, required, {}).problems());
}

// "minimumShare" -> "minimum_share", "eligible.tags" -> "eligible_tags", "costByYear" -> "cost".
QString columnOfKey(const QString &key, const QString &subKey)
{
    QString column;
    const QString camel = subKey.isEmpty() ? key : key + QLatin1Char('_') + subKey;
    for (const QChar c : camel) {
        if (c.isUpper())
            column += QLatin1Char('_');
        column += c.toLower();
    }
    return column.replace(QStringLiteral("_by_year"), QString());
}

// The validator speaks in JSON paths; a spreadsheet user needs the row and column instead.
class ValidatorTranslator
{
public:
    ValidatorTranslator(const CsvServiceImporter &services, const CsvResourceImporter &resources)
        : m_services(services)
        , m_resources(resources)
    {
    }

    /// Nothing when the problem is about a required column the file lacks: that was reported
    /// once for the whole file.
    std::optional<Problem> translate(const Problem &problem) const
    {
        static const QRegularExpression path(
            QStringLiteral("^(services|resources)\\[(\\d+)\\]\\.([A-Za-z]+)(?:\\.([A-Za-z]+))?"));
        const QRegularExpressionMatch match = path.match(problem.location);
        if (!match.hasMatch())
            return Problem{planLocation(problem.location), problem.message, problem.severity};
        const bool isService = match.captured(1) == QLatin1String("services");
        const CsvColumns &columns = isService ? m_services.columns() : m_resources.columns();
        const QList<CsvRecord> &records = isService ? m_services.records() : m_resources.records();
        const qsizetype index = match.captured(2).toLongLong();
        if (index < 0 || index >= records.size())
            return problem;
        const QString column = columnOfKey(match.captured(3), match.captured(4));
        if (!columns.has(column) && columns.isRequired(column))
            return std::nullopt;
        return Problem{columns.location(records.at(index), column), problem.message,
                       problem.severity};
    }

private:
    const CsvServiceImporter &m_services;
    const CsvResourceImporter &m_resources;

    static QString planLocation(const QString &location)
    {
        if (location == QLatin1String("name"))
            return QStringLiteral("plan name");
        if (location == QLatin1String("firstYear"))
            return QStringLiteral("first year");
        return location;
    }
};

Plan assemble(const CsvPlanImporter::Settings &settings, const CsvServiceImporter &services,
              const CsvResourceImporter &resources)
{
    Plan plan;
    plan.name = settings.name;
    plan.firstYear = settings.firstYear;
    plan.years = settings.years;
    plan.costInflation = 0.0;
    plan.services = services.services();
    plan.resources = resources.resources();
    Scenario baseline;
    baseline.id = QStringLiteral("baseline");
    baseline.name = QStringLiteral("Baseline");
    plan.scenarios = {baseline};
    return plan;
}

// The validator repeats some checks made on the cells (an empty name, a long one); a place that
// already has an error needs no second message.
void addValidation(Problems &problems, const Plan &plan, const ValidatorTranslator &translator)
{
    QSet<QString> reported;
    for (const Problem &problem : std::as_const(problems)) {
        if (problem.isError())
            reported.insert(problem.location);
    }
    for (const Problem &problem : PlanValidator::validate(plan)) {
        const std::optional<Problem> translated = translator.translate(problem);
        if (translated && !reported.contains(translated->location))
            problems << *translated;
    }
}

// The rows' problems, less those at a cell the reader has already refused: a cell holding
// Excel's #N/A, or a control character, needs no second message about its text. Problems with
// the whole file (a missing column) are always kept.
Problems beyondReported(const Problems &rows, const CsvTable &table)
{
    QSet<QString> refused;
    for (const Problem &problem : table.problems) {
        if (problem.isError() && problem.location != table.fileName)
            refused.insert(problem.location);
    }
    Problems kept;
    for (const Problem &problem : rows) {
        if (!problem.isError() || !refused.contains(problem.location))
            kept << problem;
    }
    return kept;
}

const QString kServicesSheet = QStringLiteral("Services");
const QString kResourcesSheet = QStringLiteral("Resources");

} // namespace

CsvPlanImporter::Result CsvPlanImporter::importTables(const CsvTable &services,
                                                      const CsvTable &resources,
                                                      const Settings &settings)
{
    // The two files given the wrong way round: one message that says so, not a dozen about
    // columns.
    if (!readsAs(services, CsvServiceImporter::requiredColumns()) &&
        !readsAs(resources, CsvResourceImporter::requiredColumns()) &&
        readsAs(services, CsvResourceImporter::requiredColumns()) &&
        readsAs(resources, CsvServiceImporter::requiredColumns())) {
        Result swapped;
        swapped.problems << Problem::error(
            QString(),
            QStringLiteral("%1 looks like the resources (it has the columns sector and amount) "
                           "and %2 like the services (tier and cost): the two files were given "
                           "the wrong way round; import them again the other way round")
                .arg(services.fileName, resources.fileName));
        return swapped;
    }
    const MoneyParser money;
    const CsvServiceImporter serviceRows(services, money);
    const CsvResourceImporter resourceRows(resources, money, serviceRows);
    Result result;
    result.problems << services.problems << beyondReported(serviceRows.problems(), services)
                    << resources.problems << beyondReported(resourceRows.problems(), resources);
    const Plan plan = assemble(settings, serviceRows, resourceRows);
    addValidation(result.problems, plan, ValidatorTranslator(serviceRows, resourceRows));
    if (!hasErrors(result.problems))
        result.plan = plan;
    return result;
}

CsvPlanImporter::Result CsvPlanImporter::importBytes(const QByteArray &servicesCsv,
                                                     const QByteArray &resourcesCsv,
                                                     const Settings &settings,
                                                     const QString &servicesName,
                                                     const QString &resourcesName)
{
    return importTables(SpreadsheetReader::read(servicesCsv, servicesName, kServicesSheet),
                        SpreadsheetReader::read(resourcesCsv, resourcesName, kResourcesSheet),
                        settings);
}

CsvPlanImporter::Result CsvPlanImporter::importFiles(const QString &servicesPath,
                                                     const QString &resourcesPath,
                                                     const Settings &settings)
{
    return importTables(SpreadsheetReader::readFile(servicesPath, kServicesSheet),
                        SpreadsheetReader::readFile(resourcesPath, kResourcesSheet), settings);
}

} // namespace lps
