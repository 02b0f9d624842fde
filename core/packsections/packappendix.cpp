#include "packappendix.h"

#include "councillorpack/packwords.h"
#include "editing/adjustmentwords.h"

namespace lps {

namespace {

// Amount columns per table: more years than this go on to a second table, so it fits the page.
constexpr int kYearsPerTable = 3;

QString mayFund(const Plan &plan, const Eligibility &eligible)
{
    if (eligible.isUnrestricted())
        return PackAppendix::tr("any service");
    QStringList parts;
    for (const Tier tier : eligible.tiers)
        parts << PackWords::tier(tier);
    for (const QString &tag : eligible.tags)
        parts << PackAppendix::tr("tagged %1").arg(tag);
    for (const QString &id : eligible.services) {
        const qsizetype index = plan.serviceIndex(id);
        parts << (index < 0 ? id : plan.services.at(index).name);
    }
    return parts.join(QStringLiteral(", "));
}

QString amountOf(const Resource &resource, int year, const QString &currency)
{
    const qint64 units = resource.amountInYear(year);
    if (resource.kind != ResourceKind::Time)
        return PackWords::money(Money::fromMinor(units), currency);
    return PackAppendix::tr("%1 hours (%2)")
        .arg(QLocale(QLocale::English).toString(units),
             PackWords::money(resource.moneyValueOf(units), currency));
}

void resources(PackSection &section, const Plan &plan, const QList<int> &years)
{
    section.heading(PackAppendix::tr("Resources"));
    PackTable about;
    about.header = {PackAppendix::tr("Resource"), PackAppendix::tr("Sector"),
                    PackAppendix::tr("Certainty"), PackAppendix::tr("May fund")};
    about.widths = {30, 14, 16, 40};
    for (const Resource &resource : plan.resources)
        about.rows << QStringList{resource.name, PackWords::sector(resource.sector),
                                  spelling(resource.certainty), mayFund(plan, resource.eligible)};
    section.table(about);
    for (qsizetype from = 0; from < years.size(); from += kYearsPerTable) {
        PackTable amounts;
        amounts.header << PackAppendix::tr("Amount");
        const QList<int> some = years.mid(from, kYearsPerTable);
        for (const int year : some)
            amounts.header << plan.yearLabel(year);
        for (int c = 1; c <= some.size(); ++c)
            amounts.figureColumns << c;
        for (const Resource &resource : plan.resources) {
            QStringList row{resource.name};
            for (const int year : some)
                row << amountOf(resource, year, plan.currency);
            amounts.rows << row;
        }
        section.table(amounts);
    }
}

void services(PackSection &section, const Plan &plan, const QList<int> &years)
{
    section.heading(PackAppendix::tr("Services"));
    for (qsizetype from = 0; from < years.size(); from += kYearsPerTable) {
        PackTable table;
        table.header = {PackAppendix::tr("Service"), PackAppendix::tr("Tier"),
                        PackAppendix::tr("Priority"), PackAppendix::tr("Min.")};
        const QList<int> some = years.mid(from, kYearsPerTable);
        for (const int year : some)
            table.header << PackAppendix::tr("Cost %1").arg(plan.yearLabel(year));
        table.figureColumns = {2, 3};
        table.widths = {30, 9, 9, 10};
        for (int c = 0; c < some.size(); ++c) {
            table.figureColumns << 4 + c;
            table.widths << int(42 / some.size());
        }
        for (const Service &service : plan.services) {
            QStringList row{service.name, tierTitle(service.tier),
                            QString::number(service.priority),
                            service.minimumShare > 0.0
                                ? QStringLiteral("%1%").arg(service.minimumShare * 100.0, 0, 'g', 4)
                                : QStringLiteral("\u2014")};
            for (const int year : some)
                row << PackWords::money(service.costInYear(year, plan.costInflation),
                                        plan.currency);
            table.rows << row;
        }
        section.table(table);
    }
}

void adjustments(PackSection &section, const Plan &plan, const QString &scenarioId)
{
    const qsizetype index = plan.scenarioIndex(scenarioId);
    if (index < 0)
        return;
    const Scenario &scenario = plan.scenarios.at(index);
    section.heading(PackAppendix::tr("The scenario: %1").arg(scenario.name));
    if (!scenario.notes.trimmed().isEmpty())
        section.paragraph(scenario.notes.trimmed());
    if (scenario.adjustments.isEmpty()) {
        section.paragraph(PackAppendix::tr("It takes the plan as written, with no adjustments."));
        return;
    }
    QStringList lines;
    for (const Adjustment &adjustment : scenario.adjustments)
        lines << QStringLiteral("\u2022 ") + AdjustmentWords::describe(plan, adjustment);
    section.paragraph(lines.join(QLatin1Char('\n')));
}

} // namespace

PackSection PackAppendix::section(const CouncillorPack::Inputs &inputs)
{
    PackSection section;
    section.title = tr("Appendix: what the plan was given");
    resources(section, inputs.plan, inputs.request.years);
    services(section, inputs.plan, inputs.request.years);
    adjustments(section, inputs.plan, inputs.request.scenarioId);
    if (!inputs.request.baseId.isEmpty())
        adjustments(section, inputs.plan, inputs.request.baseId);
    return section;
}

} // namespace lps
