#include "clicontext.h"

#include "io/planloader.h"
#include "scenarios/scenariolookup.h"
#include "storage/planfile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace lps::cli {

int Context::usage(const QString &message)
{
    err << "lps " << command << ": " << message << "\n\n" << usageText;
    return UsageError;
}

void Context::problems(const QString &file, const Problems &list)
{
    for (const Problem &problem : list) {
        err << (problem.isError() ? "" : "warning: ")
            << (file.isEmpty() ? QString() : file + QStringLiteral(": ")) << problem.toString()
            << '\n';
    }
}

bool parse(Context &context, QCommandLineParser &parser, const QStringList &arguments,
           const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("lps")} + arguments)) {
        context.usage(parser.errorText());
        return false;
    }
    return true;
}

int report(Context &context, const PlanFileError &error, const QString &path)
{
    // The message may list the problems itself (for a dialog); here each gets its own line.
    context.err << (error.problems.isEmpty() ? error.message : error.message.section(u'\n', 0, 0))
                << '\n';
    context.problems(QFileInfo(path).fileName(), error.problems);
    return PlanLoader::isInvalidInput(error) ? InvalidInput : OtherError;
}

int save(Context &context, const Plan &plan, const QString &path)
{
    const SaveResult saved = PlanFile::save(plan, path);
    if (!saved.ok()) {
        const PlanFileError &error = *saved.error;
        context.err << (error.problems.isEmpty() ? error.message
                                                 : error.message.section(u'\n', 0, 0))
                    << '\n';
        context.problems(QFileInfo(path).fileName(), error.problems);
        return OtherError;
    }
    return Success;
}

std::optional<int> yearIndex(const Plan &plan, const QString &text)
{
    static const QRegularExpression financial(
        QStringLiteral("^\\s*(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*$"));
    if (const QRegularExpressionMatch match = financial.match(text); match.hasMatch()) {
        const int first = match.captured(1).toInt();
        const int second = match.captured(2).toInt();
        const bool follows =
            match.captured(2).size() == 2 ? second == (first + 1) % 100 : second == first + 1;
        if (!follows || first - plan.firstYear < 0 || first - plan.firstYear >= plan.years)
            return std::nullopt;
        return first - plan.firstYear;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok)
        return std::nullopt;
    const int index = number < 100 ? number : number - plan.firstYear;
    if (index < 0 || index >= plan.years)
        return std::nullopt;
    return index;
}

std::optional<QString> scenarioOf(Context &context, const Plan &plan, const QString &idOrName)
{
    const ScenarioLookup::Result found = ScenarioLookup::find(plan, idOrName);
    if (!found.id)
        context.usage(found.problem);
    return found.id;
}

} // namespace lps::cli
