#pragma once

#include "model/plan.h"

#include <QtGlobal>

namespace lps::test {

/// A small hand-written valid plan: two resources, three services, a baseline and one scenario.
Plan samplePlan();

/// A valid plan made at random from a seed, using every field and every adjustment type over a
/// run of seeds: the input of round-trip tests. The same seed always gives the same plan.
Plan generatePlan(quint32 seed);

} // namespace lps::test
