#pragma once

#include "model/plan.h"
#include "planedit.h"

#include <QString>
#include <QVariant>

namespace lps {

/// One change a person makes to a resource from a table cell: its name, sector, certainty, or
/// its amount in one year. Checked before it is applied: a typo is refused with a sentence,
/// never read as zero.
struct ResourceChange
{
    enum class Field
    {
        Name,
        Sector,
        Certainty,
        Amount
    };

    QString resourceId;
    Field field = Field::Name;
    /// Amount: the year whose amount is set.
    int yearIndex = 0;
    /// As typed: "Public", "expected", "£1,250,000" (money and in-kind) or "1,200" hours (time).
    QVariant value;

    /// The change worked out and checked against `plan`: the plan after it, or why not.
    PlanEdit edit(const Plan &plan) const;

    static QString tr(const char *text);
};

} // namespace lps
