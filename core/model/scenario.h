#pragma once

#include "adjustment.h"

#include <QList>
#include <QString>

namespace lps {

/// A what-if: a named list of adjustments applied on top of another scenario or the plan itself.
struct Scenario
{
    QString id;
    QString name;
    /// The scenario it starts from; empty = the plan as written.
    QString basedOn;
    QList<Adjustment> adjustments;
    QString notes;

    bool operator==(const Scenario &) const = default;
};

} // namespace lps
