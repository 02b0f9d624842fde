#include "adjustmentwords.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace lps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdjustmentWords", text);
}

QString resourceName(const Plan &plan, const QString &id)
{
    const qsizetype i = plan.resourceIndex(id);
    return i >= 0 ? plan.resources.at(i).name : id;
}

QString serviceName(const Plan &plan, const QString &id)
{
    const qsizetype i = plan.serviceIndex(id);
    return i >= 0 ? plan.services.at(i).name : id;
}

QString factor(double value)
{
    return QString::number(value, 'f', value * 100 == std::floor(value * 100) ? 2 : 4);
}

// A resource's amount in its own unit: money, or hours for volunteer time.
QString amountOf(const Plan &plan, const QString &resourceId, qint64 amount)
{
    const qsizetype i = plan.resourceIndex(resourceId);
    if (i >= 0 && plan.resources.at(i).kind == ResourceKind::Time)
        return tr("%1 hours")
            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(amount));
    return Money::fromMinor(amount).formatted(plan.currency);
}

QString what(const Plan &plan, const Adjustment &a)
{
    switch (a.type) {
    case AdjustmentType::ResourceScale:
        return tr("%1 x %2").arg(resourceName(plan, a.target), factor(a.factor));
    case AdjustmentType::ResourceSet:
        return tr("%1 set to %2 in %3")
            .arg(resourceName(plan, a.target), amountOf(plan, a.target, a.amount),
                 plan.yearLabel(a.year));
    case AdjustmentType::ResourceOff:
        return tr("%1 withdrawn").arg(resourceName(plan, a.target));
    case AdjustmentType::ServiceScale:
        return tr("%1 costs x %2").arg(serviceName(plan, a.target), factor(a.factor));
    case AdjustmentType::ServiceTier:
        return tr("%1 moved to the %2 tier").arg(serviceName(plan, a.target), tierTitle(a.tier));
    case AdjustmentType::ServicePriority:
        return tr("%1 at priority %2").arg(serviceName(plan, a.target)).arg(a.priority);
    case AdjustmentType::ServiceOff:
        return tr("%1 decommissioned").arg(serviceName(plan, a.target));
    case AdjustmentType::Move:
        return tr("%1 moved from %2 to %3")
            .arg(Money::fromMinor(a.amount).formatted(plan.currency), serviceName(plan, a.target),
                 serviceName(plan, a.toService));
    }
    return spelling(a.type);
}

} // namespace

QString AdjustmentWords::describe(const Plan &plan, const Adjustment &adjustment)
{
    const QString text = what(plan, adjustment);
    // A resource-set names its own year; the others say from when they apply.
    if (adjustment.fromYear <= 0 || adjustment.type == AdjustmentType::ResourceSet)
        return text;
    return tr("%1 from %2").arg(text, plan.yearLabel(adjustment.fromYear));
}

} // namespace lps
