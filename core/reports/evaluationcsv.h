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
};

} // namespace lps
