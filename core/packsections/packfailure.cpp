#include "packfailure.h"

#include "councillorpack/packwords.h"

namespace lps {

namespace {

// The services that would lose most, by name: the first two, then how many more.
QString hardestHit(const Resilience::ResourceLoss &loss, const Evaluation &evaluation)
{
    QStringList names;
    for (qsizetype i = 0; i < loss.services.size() && i < 2; ++i) {
        const auto &[id, amount] = loss.services.at(i);
        names << QStringLiteral("%1 (%2)").arg(evaluation.serviceNames.value(id, id),
                                               PackWords::money(amount, evaluation.currency));
    }
    if (loss.services.size() > 2)
        names << PackFailure::tr("%1 more").arg(loss.services.size() - 2);
    return names.isEmpty() ? PackFailure::tr("none: others make up for it") : names.join(u"; ");
}

PackTable withdrawals(const CouncillorPack::Inputs &inputs)
{
    const Evaluation &evaluation = inputs.evaluation;
    const QString &currency = evaluation.currency;
    PackTable table;
    table.header = {PackFailure::tr("If withdrawn"), PackFailure::tr("Must loses"),
                    PackFailure::tr("Need loses"), PackFailure::tr("Could loses"),
                    PackFailure::tr("Services hit hardest")};
    table.figureColumns = {1, 2, 3};
    table.widths = {22, 16, 16, 16, 30};
    for (const Resilience::ResourceLoss &loss : inputs.resilience.resources) {
        QStringList row{evaluation.resourceNames.value(loss.id, loss.id)};
        // A negative loss is a gain: the money freed goes to a tier above or below.
        for (const Money amount : loss.loss)
            row << (amount < Money()
                        ? PackFailure::tr("gains %1").arg(PackWords::money(-amount, currency))
                        : PackWords::money(amount, currency));
        row << hardestHit(loss, evaluation);
        table.rows << row;
    }
    return table;
}

void singlePoints(PackSection &section, const CouncillorPack::Inputs &inputs)
{
    const Evaluation &evaluation = inputs.evaluation;
    section.heading(PackFailure::tr("Single points of failure"));
    if (inputs.resilience.singlePoints.isEmpty()) {
        section.paragraph(PackFailure::tr("Every must service may be funded by more than one "
                                          "resource."));
        return;
    }
    PackTable table;
    table.header = {PackFailure::tr("Must service"),
                    PackFailure::tr("Only resource that may fund it")};
    table.widths = {50, 50};
    for (const auto &[service, resource] : inputs.resilience.singlePoints)
        table.rows << QStringList{evaluation.serviceNames.value(service, service),
                                  evaluation.resourceNames.value(resource, resource)};
    section.paragraph(PackFailure::tr("These must services have one resource that may pay for "
                                      "them; if it fails, nothing else can step in."));
    section.table(table);
}

void whatItWouldTake(PackSection &section, const CouncillorPack::Inputs &inputs)
{
    const Evaluation &evaluation = inputs.evaluation;
    section.heading(PackFailure::tr("What it would take to close the gaps"));
    section.paragraph(PackFailure::tr(
        "The least new money, confirmed and free to fund any service, that leaves no gap in the "
        "must tier, and in the must and need tiers together; with any less, a gap remains."));
    PackTable table;
    table.header = {PackFailure::tr("Year"), PackFailure::tr("To close must"),
                    PackFailure::tr("To close must and need")};
    table.figureColumns = {1, 2};
    table.widths = {20, 40, 40};
    for (qsizetype y = 0; y < evaluation.toClose.size() && y < evaluation.years.size(); ++y) {
        table.rows << QStringList{
            evaluation.yearLabel(evaluation.years.at(y).calendarYear),
            PackWords::money(evaluation.toClose.at(y).must, evaluation.currency),
            PackWords::money(evaluation.toClose.at(y).mustNeed, evaluation.currency)};
    }
    section.table(table);
}

} // namespace

PackSection PackFailure::section(const CouncillorPack::Inputs &inputs)
{
    PackSection section;
    section.title = tr("Planning for failure");
    const qsizetype first = inputs.detail.value(0, 0);
    const QString year = first < inputs.evaluation.years.size()
                             ? inputs.plan.yearLabel(inputs.evaluation.years.at(first).yearIndex)
                             : QString();
    section.heading(tr("If a resource were withdrawn, %1").arg(year));
    section.paragraph(tr("What each tier would lose if the resource were withdrawn and "
                         "everything else were allocated again as well as possible."));
    if (!inputs.resilience.complete)
        section.callout(tr("Not every withdrawal was worked out: the pack was stopped early."));
    section.table(withdrawals(inputs));
    singlePoints(section, inputs);
    whatItWouldTake(section, inputs);
    return section;
}

} // namespace lps
