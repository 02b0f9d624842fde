#pragma once

#include "clicontext.h"

namespace lps::cli {

/// `lps report`: the councillor pack of a scenario as a PDF (docs/councillor-pack.md).
int councillorPack(Context &context, const QStringList &arguments);

} // namespace lps::cli
