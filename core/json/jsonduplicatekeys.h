#pragma once

#include "validation/problem.h"

#include <QByteArray>

namespace lps {

/// Finds keys written twice in one JSON object, which Qt's parser silently resolves to the
/// last one: in a hand-edited plan, two `years` keys are a mistake to point out, not to guess.
class JsonDuplicateKeys
{
public:
    /// Expects well-formed JSON (run it after a successful parse); reports each duplicate once,
    /// at its path (`services[2].name`).
    static Problems find(const QByteArray &json);
};

} // namespace lps
