#pragma once

#include "clicommands.h"
#include "model/plan.h"
#include "validation/problem.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace lps {
struct PlanFileError;
}

namespace lps::cli {

/// One run of a command: where it prints, its name and the usage to show when it is misused.
struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString command;
    QString usageText;

    /// Prints the message and the usage; returns UsageError.
    int usage(const QString &message);
    /// Prints each problem on a line of its own, naming the file.
    void problems(const QString &file, const Problems &list);
};

/// Parses one command's options; the command name stands in for the program name Qt expects.
bool parse(Context &context, QCommandLineParser &parser, const QStringList &arguments,
           const QList<QCommandLineOption> &options);
/// Says why a plan file could not be read; returns the exit code.
int report(Context &context, const PlanFileError &error, const QString &path);
/// Saves a plan as a scenario file; returns the exit code.
int save(Context &context, const Plan &plan, const QString &path);
/// The year index `--year` names: a calendar year (2027 means 2027/28), a financial year as the
/// app shows it ("2027/28"), or below 100 an index; nullopt when it is not a year of the plan.
std::optional<int> yearIndex(const Plan &plan, const QString &text);
/// The id of the scenario named by its id or by its name as the app shows it ("Room test");
/// nullopt, after a usage message listing the scenarios there are, when none or several match.
std::optional<QString> scenarioOf(Context &context, const Plan &plan, const QString &idOrName);

} // namespace lps::cli
