#pragma once

#include "reports/evaluation.h"

#include <QString>

namespace lps {

struct Plan;

/// An evaluation as an Excel workbook for colleagues (issue 14, docs/spreadsheets.md): what it
/// is, the tiers, the services, the resources, who pays for what as rows a pivot table takes,
/// the sectors, the gaps year by year, and the comparison with the base scenario. Amounts are
/// numbers in the plan's currency, totals are SUM formulas that reconcile to the penny, header
/// rows are frozen and filtered, and no text is ever a formula. The sheets' content comes from
/// EvaluationTables, the same tables the app writes as CSV; only their format is decided here.
class EvaluationWorkbook
{
public:
    /// Writes the workbook to `path`; `base` (the same years of another scenario) adds the
    /// comparison sheet. Returns why it could not be written, or nothing.
    static QString write(const QString &path, const Plan &plan, const Evaluation &evaluation,
                         const Evaluation *base = nullptr);
};

} // namespace lps
