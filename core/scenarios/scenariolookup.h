#pragma once

#include "model/plan.h"

#include <optional>

namespace lps {

/// Finds a plan's scenario by its id, or by its name as people write it (spaces around it and
/// case aside), for the command line and the app alike.
class ScenarioLookup
{
public:
    struct Result
    {
        std::optional<QString> id;
        /// Why none was found, naming what there is: no such scenario, or several of that name.
        QString problem;
    };

    static Result find(const Plan &plan, const QString &idOrName);
};

} // namespace lps
