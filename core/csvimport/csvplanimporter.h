#pragma once

#include "csv/csvtable.h"
#include "model/plan.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lps {

/// Builds a plan from a spreadsheet's services and resources, each a CSV file or a sheet of an
/// Excel workbook (csv-import.md, docs/spreadsheet-import.md): every problem in both is reported
/// in one pass, and a plan comes back only when there is none.
class CsvPlanImporter
{
public:
    /// What the CSV files do not say about the plan.
    struct Settings
    {
        QString name;
        int firstYear = 2026;
        int years = 1;
    };

    struct Result
    {
        /// Absent when any problem is an error.
        std::optional<Plan> plan;
        /// Errors and warnings, in file and row order; warnings can come with a plan.
        Problems problems;

        bool ok() const { return plan.has_value(); }
    };

    /// Messages name the files "services.csv" and "resources.csv" unless told otherwise. Bytes
    /// that are an Excel workbook are read as one (SpreadsheetReader).
    static Result importBytes(const QByteArray &servicesCsv, const QByteArray &resourcesCsv,
                              const Settings &settings,
                              const QString &servicesName = QStringLiteral("services.csv"),
                              const QString &resourcesName = QStringLiteral("resources.csv"));
    /// CSV files or Excel workbooks, told apart by their content; a workbook's services are on
    /// its sheet "Services" and its resources on "Resources" (or its only sheet), so one
    /// workbook can hold both. Messages name the files by their file names.
    static Result importFiles(const QString &servicesPath, const QString &resourcesPath,
                              const Settings &settings);
    static Result importTables(const CsvTable &services, const CsvTable &resources,
                               const Settings &settings);
};

} // namespace lps
