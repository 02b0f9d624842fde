#pragma once

#include "evaluation.h"

#include <QByteArray>

namespace lps {

/// Writes an evaluation as CSV for a spreadsheet: one row per service and year, amounts in
/// pounds with two decimals and no thousands separators, so Excel reads them as numbers.
class EvaluationCsv
{
public:
    static QByteArray write(const Evaluation &evaluation);
    /// Who pays for what, one row per service, resource and year with an amount (`year,scenario,
    /// service_id,service,tier,resource_id,resource,sector,amount`): a table a spreadsheet can
    /// pivot, where write() packs a service's sources into one cell. Each service's rows add up
    /// to its funding to the penny.
    static QByteArray writeFunding(const Evaluation &evaluation);
};

} // namespace lps
