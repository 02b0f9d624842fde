#pragma once

#include "plangenerator.h"

namespace lps::test {

/// A valid plan of several megabytes (a generated plan whose services are copied under new
/// ids, with long notes), so that saving it takes long enough to be interrupted half-way, much
/// of it in writing the file.
inline Plan bigPlan(quint32 seed)
{
    constexpr qsizetype kServices = 2500;
    constexpr qsizetype kNoteLength = 3000;
    Plan plan = generatePlan(seed);
    const QList<Service> originals = plan.services;
    for (int copy = 1; plan.services.size() < kServices; ++copy) {
        for (Service service : originals) {
            service.id = QStringLiteral("%1-copy-%2").arg(service.id).arg(copy);
            service.notes = QString(kNoteLength, QLatin1Char('a' + copy % 26));
            plan.services << service;
        }
    }
    return plan;
}

/// The two plans the save loop alternates between.
inline Plan bigPlanA()
{
    return bigPlan(7);
}
inline Plan bigPlanB()
{
    return bigPlan(8);
}

} // namespace lps::test
