#pragma once

#include "evaluation.h"

#include <QString>

namespace lps {

/// Writes an evaluation as plain text tables that fit an 80-column terminal: per year the tiers,
/// the services not fully funded, and the resources with their marginal values.
class EvaluationTable
{
public:
    static QString write(const Evaluation &evaluation);
};

} // namespace lps
