#pragma once

#include "enums.h"

#include <QString>

#include <optional>

namespace lps {

/// One of the up to eight controls a facilitator prepares for a workshop (issue 13,
/// docs/workshop-notes.md): which resource or service it moves, and for a slider its range as
/// factors of the amount or cost (0.5 to 1.5 is half to one and a half times). Kept in the plan
/// so a session starts where it was prepared.
struct Lever
{
    LeverKind kind = LeverKind::ResourceAmount;
    /// The id of the resource or the service it moves.
    QString target;
    /// A slider's range; none for a switch.
    std::optional<double> low;
    std::optional<double> high;

    bool isSwitch() const
    {
        return kind == LeverKind::ResourceOff || kind == LeverKind::ServiceOff;
    }
    bool movesResource() const
    {
        return kind == LeverKind::ResourceAmount || kind == LeverKind::ResourceOff;
    }

    bool operator==(const Lever &) const = default;
};

} // namespace lps
