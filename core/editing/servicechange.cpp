#include "servicechange.h"

#include "csv/moneyparser.h"

#include <QCoreApplication>

#include <cmath>

namespace lps {

namespace {

qsizetype indexOf(const Plan &plan, const QString &id)
{
    for (qsizetype s = 0; s < plan.services.size(); ++s) {
        if (plan.services.at(s).id == id)
            return s;
    }
    return -1;
}

std::optional<double> share(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    QString text = value.toString().trimmed();
    const bool percent = text.endsWith(u'%');
    if (percent)
        text.chop(1);
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return percent ? number / 100.0 : number;
}

struct Parsed
{
    Service service;
    QString problem;
};

Parsed parse(const ServiceChange &change, const Plan &plan, const Service &before)
{
    Parsed parsed{before, QString()};
    Service &after = parsed.service;
    const QString text = change.value.toString().trimmed();
    switch (change.field) {
    case ServiceChange::Field::Name:
        if (text.isEmpty() || text.size() > 200)
            parsed.problem = ServiceChange::tr("A service's name has 1 to 200 characters.");
        after.name = text;
        break;
    case ServiceChange::Field::Tier:
        if (const std::optional<Tier> tier = enumFromString<Tier>(text.toLower()))
            after.tier = *tier;
        else
            parsed.problem =
                ServiceChange::tr("\u201c%1\u201d is not a tier: write must, need or could.")
                    .arg(text);
        break;
    case ServiceChange::Field::Priority: {
        bool ok = false;
        const int priority = text.toInt(&ok);
        if (!ok || priority < 1 || priority > 100)
            parsed.problem =
                ServiceChange::tr(
                    "\u201c%1\u201d is not a priority: write a whole number from 1 to 100.")
                    .arg(text);
        after.priority = priority;
        break;
    }
    case ServiceChange::Field::MinimumShare: {
        const std::optional<double> value =
            text.isEmpty() ? std::optional<double>(0.0) : share(change.value);
        if (!value || *value < 0.0 || *value > 1.0)
            parsed.problem = ServiceChange::tr("\u201c%1\u201d is not a minimum share: write a "
                                               "percentage from 0% to 100%, such as 60%.")
                                 .arg(text);
        else
            after.minimumShare = *value;
        break;
    }
    case ServiceChange::Field::Cost: {
        if (change.yearIndex < 0 || change.yearIndex >= plan.years) {
            parsed.problem =
                ServiceChange::tr("The plan has no year %1.").arg(change.yearIndex + 1);
            break;
        }
        const MoneyParser::Result money =
            MoneyParser(plan.currency).parse(text, MoneyParser::Sign::NonNegative);
        if (money.error != MoneyParser::Error::None)
            parsed.problem = money.message;
        else
            after.cost = before.cost.withValueAt(change.yearIndex, money.minor, plan.years,
                                                 plan.costInflation);
        break;
    }
    }
    return parsed;
}

} // namespace

QString ServiceChange::tr(const char *text)
{
    return QCoreApplication::translate("ServiceChange", text);
}

// The step as the Edit menu names it.
static QString describe(const ServiceChange &change, const Service &service)
{
    const char *what = "Change %1";
    switch (change.field) {
    case ServiceChange::Field::Name:
        what = "Rename %1";
        break;
    case ServiceChange::Field::Tier:
        what = "Change the tier of %1";
        break;
    case ServiceChange::Field::Priority:
        what = "Change the priority of %1";
        break;
    case ServiceChange::Field::MinimumShare:
        what = "Change the minimum share of %1";
        break;
    case ServiceChange::Field::Cost:
        what = "Change the cost of %1";
        break;
    }
    return ServiceChange::tr(what).arg(service.name);
}

PlanEdit ServiceChange::edit(const Plan &plan) const
{
    const qsizetype index = indexOf(plan, serviceId);
    if (index < 0)
        return PlanEdit::refused(
            plan, tr("The plan has no service \u201c%1\u201d any more.").arg(serviceId));
    const Service &before = plan.services.at(index);
    const Parsed parsed = parse(*this, plan, before);
    if (!parsed.problem.isEmpty())
        return PlanEdit::refused(plan, parsed.problem);
    Plan after = plan;
    after.services[index] = parsed.service;
    // Whatever the field-level checks miss, the plan's own rules catch.
    return PlanEdit::checked(
        plan, after, describe(*this, before),
        QStringLiteral("service/%1/%2/%3").arg(serviceId).arg(int(field)).arg(yearIndex));
}

} // namespace lps
