#pragma once

#include "sheettable.h"

#include "reports/evaluation.h"

#include <QList>
#include <QString>

namespace lps {

struct Plan;

/// The tables of an evaluation for a spreadsheet (docs/spreadsheets.md), built once each:
/// EvaluationWorkbook writes them as the sheets of a workbook and SheetTableCsv any one of them
/// as CSV, so that both hold the same rows and the same figures to the penny.
class EvaluationTables
{
public:
    /// The tables in the workbook's order.
    enum class Sheet
    {
        About,
        Tiers,
        Services,
        Resources,
        Funding,
        Sectors,
        Years,
        AgainstBase
    };

    /// Every sheet in order; AgainstBase only when there is a base to compare with.
    static QList<Sheet> sheets(bool withBase);
    /// The sheet's name in a workbook ("Against base"), which its table carries.
    static QString name(Sheet sheet);
    /// One table of `evaluation`. AgainstBase sets it against `base` (the same years of another
    /// scenario) and has no rows without one; the other tables do not look at `base`.
    static SheetTable table(Sheet sheet, const Plan &plan, const Evaluation &evaluation,
                            const Evaluation *base = nullptr);
};

} // namespace lps
