#include "leveredits.h"

#include "validation/planvalidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lps {

namespace {

QString nameOf(const Plan &plan, const Lever &lever)
{
    if (lever.movesResource()) {
        const qsizetype i = plan.resourceIndex(lever.target);
        return i >= 0 ? plan.resources.at(i).name : lever.target;
    }
    const qsizetype i = plan.serviceIndex(lever.target);
    return i >= 0 ? plan.services.at(i).name : lever.target;
}

// "levers[2].high" -> "Lever 3 (Council tax: amount, 150% to 50%): high": the validator speaks
// in JSON paths, a facilitator thinks of the numbered list and the keys.
QString placeOf(const Plan &plan, const QString &location, QString *field)
{
    static const QRegularExpression item(QStringLiteral(R"(^levers(?:\[(\d+)\])?(?:\.(\w+))?$)"));
    const QRegularExpressionMatch match = item.match(location);
    if (!match.hasMatch())
        return QString();
    *field = match.captured(2);
    if (match.captured(1).isEmpty())
        return LeverEdits::tr("The list");
    const qsizetype index = match.captured(1).toLongLong();
    if (index >= plan.levers.size())
        return location + u':';
    return LeverEdits::tr("Lever %1 (%2):")
        .arg(index + 1)
        .arg(LeverEdits::describe(plan, plan.levers.at(index)));
}

} // namespace

QString LeverEdits::tr(const char *text)
{
    return QCoreApplication::translate("LeverEdits", text);
}

PlanEdit LeverEdits::setLevers(const Plan &plan, const QList<Lever> &levers)
{
    Plan after = plan;
    after.levers = levers;
    const QString description = tr("Choose workshop levers");
    for (const Problem &problem : PlanValidator::validate(after)) {
        if (!problem.isError())
            continue;
        QString field;
        const QString place = placeOf(after, problem.location, &field);
        // A problem elsewhere in the plan is named as every other edit names it.
        if (place.isEmpty())
            return PlanEdit::checked(plan, after, description);
        QString words = place;
        if (!field.isEmpty())
            words += u' ' + field;
        return PlanEdit::refused(plan, words + u' ' + problem.message);
    }
    return PlanEdit{after, QString(), description, QString()};
}

Lever LeverEdits::suggested(const Plan &plan, LeverKind kind, const QString &target)
{
    Lever lever;
    lever.kind = kind;
    lever.target = target;
    if (target.isEmpty()) {
        for (const Target &candidate : targets(plan, kind)) {
            const bool taken =
                std::any_of(plan.levers.cbegin(), plan.levers.cend(), [&](const Lever &l) {
                    return l.kind == kind && l.target == candidate.id;
                });
            if (!taken) {
                lever.target = candidate.id;
                break;
            }
        }
    }
    if (!lever.isSwitch()) {
        lever.low = 0.5;
        lever.high = 1.5;
    }
    return lever;
}

QString LeverEdits::percent(double factor)
{
    // Whole percentages as people say them; a fraction only when there is one (12.5%).
    const double value = std::round(factor * 10000.0) / 100.0;
    const int decimals =
        value == std::round(value) ? 0 : (value * 10 == std::round(value * 10) ? 1 : 2);
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', decimals) + u'%';
}

QString LeverEdits::describe(const Plan &plan, const Lever &lever)
{
    const QString name = nameOf(plan, lever);
    const QString low = lever.low ? percent(*lever.low) : QStringLiteral("?");
    const QString high = lever.high ? percent(*lever.high) : QStringLiteral("?");
    switch (lever.kind) {
    case LeverKind::ResourceAmount:
        return tr("%1: amount, %2 to %3").arg(name, low, high);
    case LeverKind::ServiceCost:
        return tr("%1: cost, %2 to %3").arg(name, low, high);
    case LeverKind::ResourceOff:
        return tr("%1: withdrawal switch").arg(name);
    case LeverKind::ServiceOff:
        return tr("%1: decommission switch").arg(name);
    }
    return name;
}

QList<LeverKind> LeverEdits::kinds()
{
    return {LeverKind::ResourceAmount, LeverKind::ServiceCost, LeverKind::ResourceOff,
            LeverKind::ServiceOff};
}

QString LeverEdits::kindTitle(LeverKind kind)
{
    switch (kind) {
    case LeverKind::ResourceAmount:
        return tr("Resource amount (slider)");
    case LeverKind::ServiceCost:
        return tr("Service cost (slider)");
    case LeverKind::ResourceOff:
        return tr("Funder withdraws (switch)");
    case LeverKind::ServiceOff:
        return tr("Decommission service (switch)");
    }
    return spelling(kind);
}

QList<LeverEdits::Target> LeverEdits::targets(const Plan &plan, LeverKind kind)
{
    Lever probe;
    probe.kind = kind;
    QList<Target> found;
    if (probe.movesResource()) {
        found.reserve(plan.resources.size());
        for (const Resource &resource : plan.resources)
            found.append({resource.id, resource.name});
    } else {
        found.reserve(plan.services.size());
        for (const Service &service : plan.services)
            found.append({service.id, service.name});
    }
    std::stable_sort(found.begin(), found.end(), [](const Target &a, const Target &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return found;
}

} // namespace lps
