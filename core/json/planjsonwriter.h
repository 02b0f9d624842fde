#pragma once

#include "model/plan.h"

#include <QByteArray>

namespace lps {

/// Turns a plan into its canonical JSON form (plan-model.md): the interchange and test format,
/// byte-for-byte the same for the same plan.
class PlanJsonWriter
{
public:
    static QByteArray write(const Plan &plan);
};

} // namespace lps
