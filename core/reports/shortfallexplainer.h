#pragma once

#include "engine/yearresult.h"
#include "scenarios/effectiveyear.h"

#include <QHash>
#include <QString>

namespace lps {

/// Says in one or two plain sentences what held a partly funded or unfunded service back, for a
/// finance officer to read out to councillors.
class ShortfallExplainer
{
public:
    /// Empty for a service that is fully funded or decommissioned. resourceNames maps ids to the
    /// names people know; a resource missing from it goes by its own name, then its id.
    static QString explain(const EffectiveYear &year, const YearResult &result, qsizetype service,
                           const QHash<QString, QString> &resourceNames,
                           const QString &currency = QStringLiteral("GBP"));
};

} // namespace lps
