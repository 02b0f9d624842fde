#include "planedit.h"

#include "validation/planvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lps {

namespace {

// "services[3].priority" -> "Service “Parks”, priority": the validator speaks in JSON paths,
// a person editing a window thinks in names.
QString placeOf(const Plan &plan, const QString &location)
{
    static const QRegularExpression item(
        QStringLiteral(R"(^(resources|services|scenarios)\[(\d+)\]\.?(.*)$)"));
    const QRegularExpressionMatch match = item.match(location);
    if (!match.hasMatch())
        return location;
    const QString list = match.captured(1);
    const qsizetype index = match.captured(2).toLongLong();
    const QString rest = match.captured(3);
    QString what;
    if (list == QLatin1String("resources") && index < plan.resources.size())
        what = QCoreApplication::translate("PlanEdit", "Resource \u201c%1\u201d")
                   .arg(plan.resources.at(index).name);
    else if (list == QLatin1String("services") && index < plan.services.size())
        what = QCoreApplication::translate("PlanEdit", "Service \u201c%1\u201d")
                   .arg(plan.services.at(index).name);
    else if (list == QLatin1String("scenarios") && index < plan.scenarios.size())
        what = QCoreApplication::translate("PlanEdit", "Scenario \u201c%1\u201d")
                   .arg(plan.scenarios.at(index).name);
    else
        return location;
    return rest.isEmpty() ? what : what + QStringLiteral(", ") + rest;
}

} // namespace

PlanEdit PlanEdit::checked(const Plan &before, const Plan &after, const QString &description,
                           const QString &mergeKey)
{
    for (const Problem &problem : PlanValidator::validate(after)) {
        if (problem.isError()) {
            const QString place = placeOf(after, problem.location);
            return refused(before, place.isEmpty()
                                       ? problem.message
                                       : place + QStringLiteral(": ") + problem.message);
        }
    }
    return PlanEdit{after, QString(), description, mergeKey};
}

} // namespace lps
