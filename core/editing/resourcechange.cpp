#include "resourcechange.h"

#include "csv/moneyparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lps {

namespace {

// Whole hours, grouped or not, with or without the word: "1,200", "1200 hours".
std::optional<qint64> hours(QString text)
{
    static const QRegularExpression unit(QStringLiteral(R"(\s*(hours?|hrs?|h)\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.remove(unit);
    static const QRegularExpression grouped(QStringLiteral(R"(^\d{1,3}(,\d{3})*$|^\d+$)"));
    if (!grouped.match(text.trimmed()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.remove(u',').trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString describe(ResourceChange::Field field, const QString &name)
{
    switch (field) {
    case ResourceChange::Field::Name:
        return ResourceChange::tr("Rename %1").arg(name);
    case ResourceChange::Field::Sector:
        return ResourceChange::tr("Change the sector of %1").arg(name);
    case ResourceChange::Field::Certainty:
        return ResourceChange::tr("Change how certain %1 is").arg(name);
    case ResourceChange::Field::Amount:
        break;
    }
    return ResourceChange::tr("Change the amount of %1").arg(name);
}

// The resource with the change made, or why it cannot be.
QString apply(const ResourceChange &change, const Plan &plan, Resource &resource)
{
    const QString text = change.value.toString().trimmed();
    switch (change.field) {
    case ResourceChange::Field::Name:
        if (text.isEmpty() || text.size() > 200)
            return ResourceChange::tr("A resource's name has 1 to 200 characters.");
        resource.name = text;
        return {};
    case ResourceChange::Field::Sector:
        if (const auto sector = enumFromString<Sector>(text.toLower())) {
            resource.sector = *sector;
            return {};
        }
        return ResourceChange::tr("\u201c%1\u201d is not a sector: write public, private, "
                                  "charitable or personal.")
            .arg(text);
    case ResourceChange::Field::Certainty:
        if (const auto certainty = enumFromString<Certainty>(text.toLower())) {
            resource.certainty = *certainty;
            return {};
        }
        return ResourceChange::tr("\u201c%1\u201d is not a certainty: write confirmed, expected "
                                  "or speculative.")
            .arg(text);
    case ResourceChange::Field::Amount:
        break;
    }
    if (change.yearIndex < 0 || change.yearIndex >= plan.years)
        return ResourceChange::tr("The plan has no year %1.").arg(change.yearIndex + 1);
    qint64 units = 0;
    if (resource.kind == ResourceKind::Time) {
        const std::optional<qint64> parsed = hours(text);
        if (!parsed)
            return ResourceChange::tr("\u201c%1\u201d is not a number of hours: write whole "
                                      "hours, such as 1,200.")
                .arg(text);
        units = *parsed;
    } else {
        const MoneyParser::Result money =
            MoneyParser(plan.currency).parse(text, MoneyParser::Sign::NonNegative);
        if (!money.ok())
            return money.message;
        units = money.minor;
    }
    resource.amount =
        resource.amount.withValueAt(change.yearIndex, units, plan.years, resource.trend);
    return {};
}

} // namespace

QString ResourceChange::tr(const char *text)
{
    return QCoreApplication::translate("ResourceChange", text);
}

PlanEdit ResourceChange::edit(const Plan &plan) const
{
    const qsizetype index = plan.resourceIndex(resourceId);
    if (index < 0)
        return PlanEdit::refused(
            plan, tr("The plan has no resource \u201c%1\u201d any more.").arg(resourceId));
    Resource resource = plan.resources.at(index);
    const QString problem = apply(*this, plan, resource);
    if (!problem.isEmpty())
        return PlanEdit::refused(plan, problem);
    Plan after = plan;
    after.resources[index] = resource;
    return PlanEdit::checked(
        plan, after, describe(field, plan.resources.at(index).name),
        QStringLiteral("resource/%1/%2/%3").arg(resourceId).arg(int(field)).arg(yearIndex));
}

} // namespace lps
