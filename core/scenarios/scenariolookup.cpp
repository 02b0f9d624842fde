#include "scenariolookup.h"

#include <QStringList>

namespace lps {

ScenarioLookup::Result ScenarioLookup::find(const Plan &plan, const QString &idOrName)
{
    if (plan.scenarioIndex(idOrName) >= 0)
        return {idOrName, {}};
    QStringList named;
    QStringList all;
    for (const Scenario &s : plan.scenarios) {
        all << QStringLiteral("\"%1\" (%2)").arg(s.name, s.id);
        if (s.name.trimmed().compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            named << s.id;
    }
    if (named.size() == 1)
        return {named.first(), {}};
    if (named.size() > 1)
        return {std::nullopt,
                QStringLiteral("%1 scenarios are called \"%2\"; name one by its id: %3")
                    .arg(named.size())
                    .arg(idOrName, named.join(QStringLiteral(", ")))};
    return {std::nullopt, QStringLiteral("the plan has no scenario \"%1\"; it has: %2")
                              .arg(idOrName, all.join(QStringLiteral(", ")))};
}

} // namespace lps
