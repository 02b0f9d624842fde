#pragma once

#include <QJsonObject>

namespace lps {

/// The machine the figures were taken on (processor, memory, system, Qt, build, load), for
/// docs/performance.md: a figure means little without it.
QJsonObject machine();

} // namespace lps
