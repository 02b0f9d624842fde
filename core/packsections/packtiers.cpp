#include "packtiers.h"

#include "councillorpack/packwords.h"

namespace lps {

namespace {

// A row of figures for the service, then a row across the table saying what it means and why.
void addService(PackTable &table, const Evaluation &evaluation, const Plan &plan,
                qsizetype position, qsizetype index)
{
    const ServiceOutcome &service = evaluation.years.at(position).services.at(index);
    const QString &currency = evaluation.currency;
    table.rows << QStringList{evaluation.serviceNames.value(service.id, service.id),
                              PackWords::money(service.cost, currency),
                              PackWords::money(service.funded, currency),
                              PackWords::money(service.cost - service.funded, currency),
                              PackWords::status(service.status)};
    const qsizetype planIndex = plan.serviceIndex(service.id);
    const QString consequence =
        planIndex < 0 ? QString() : plan.services.at(planIndex).consequence.trimmed();
    QStringList note;
    note << (consequence.isEmpty()
                 ? PackTiers::tr("What it means: no consequence is written down for this service.")
                 : PackTiers::tr("What it means: %1").arg(consequence));
    const QString why = evaluation.why(position, index);
    if (!why.isEmpty())
        note << PackTiers::tr("Why: %1").arg(why);
    table.noteRows << int(table.rows.size());
    table.rows << QStringList{note.join(QLatin1Char('\n'))};
}

PackTable shortServices(const CouncillorPack::Inputs &inputs, qsizetype position, Tier tier)
{
    PackTable table;
    table.header = {PackTiers::tr("Service"), PackTiers::tr("Cost"), PackTiers::tr("Funded"),
                    PackTiers::tr("Short by"), PackTiers::tr("Status")};
    table.figureColumns = {1, 2, 3};
    table.widths = {34, 18, 18, 18, 12};
    const YearResult &year = inputs.evaluation.years.at(position);
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        const ServiceOutcome &service = year.services.at(s);
        if (service.tier == tier &&
            (service.status == FundingStatus::Partial || service.status == FundingStatus::Unfunded))
            addService(table, inputs.evaluation, inputs.plan, position, s);
    }
    return table;
}

// Services the scenario closes: not short, but not to be passed over in silence either.
QStringList decommissioned(const CouncillorPack::Inputs &inputs, qsizetype position, Tier tier)
{
    QStringList names;
    for (const ServiceOutcome &service : inputs.evaluation.years.at(position).services) {
        if (service.tier == tier && service.status == FundingStatus::Decommissioned)
            names << inputs.evaluation.serviceNames.value(service.id, service.id);
    }
    return names;
}

} // namespace

PackSection PackTiers::section(const CouncillorPack::Inputs &inputs)
{
    PackSection section;
    section.title = tr("The tiers: services not fully funded");
    const QString &currency = inputs.plan.currency;
    for (const qsizetype position : inputs.detail) {
        const YearResult &year = inputs.evaluation.years.at(position);
        for (const Tier tier : kAllTiers) {
            const TierOutcome &outcome = year.tiers[size_t(tier)];
            section.heading(QStringLiteral("%1, %2").arg(PackWords::tier(tier),
                                                         inputs.plan.yearLabel(year.yearIndex)));
            const QStringList closed = decommissioned(inputs, position, tier);
            if (!closed.isEmpty())
                section.paragraph(tr("Decommissioned in this scenario: %1.")
                                      .arg(closed.join(QStringLiteral(", "))));
            const PackTable table = shortServices(inputs, position, tier);
            if (table.rows.isEmpty()) {
                section.paragraph((closed.isEmpty()
                                       ? tr("Every service is fully funded (%1 in all).")
                                       : tr("Every other service is fully funded "
                                            "(%1 in all)."))
                                      .arg(PackWords::money(outcome.cost, currency)));
                continue;
            }
            section.paragraph(tr("%1 of %2 funded; %3 part-funded and %4 unfunded, a gap of %5.")
                                  .arg(PackWords::money(outcome.funded, currency),
                                       PackWords::money(outcome.cost, currency))
                                  .arg(outcome.partialCount)
                                  .arg(outcome.unfundedCount)
                                  .arg(PackWords::money(outcome.gap, currency)));
            section.table(table);
        }
    }
    return section;
}

} // namespace lps
