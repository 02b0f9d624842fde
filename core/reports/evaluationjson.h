#pragma once

#include "evaluation.h"

#include <QByteArray>

namespace lps {

/// Writes an evaluation as the canonical JSON of spec/cli.md (`lps evaluate --format json`).
class EvaluationJson
{
public:
    static QByteArray write(const Evaluation &evaluation);
};

} // namespace lps
