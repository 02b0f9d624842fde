#include "evaluationtable.h"

#include "engine/gapwords.h"

#include "texttables/textcolumns.h"
#include "whatif/poolingvalue.h"

#include <QStringList>

namespace lps {

namespace {

QString cut(const QString &text, int width)
{
    return TextColumns::cut(text, width);
}

QString right(const QString &text, int width)
{
    return TextColumns::right(text, width);
}

QString marginal(double value)
{
    return QString::number(value, 'f', 2);
}

void tiers(QStringList &out, const Evaluation &e, const YearResult &year)
{
    out << QStringLiteral("%1 %2 %3 %4  %5")
               .arg(cut(QStringLiteral("Tier"), 6), right(QStringLiteral("Cost"), 17),
                    right(QStringLiteral("Funded"), 17), right(QStringLiteral("Gap"), 17),
                    QStringLiteral("Full/part/none"));
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        out << QStringLiteral("%1 %2 %3 %4  %5/%6/%7")
                   .arg(cut(tierTitle(tier), 6), right(t.cost.formatted(e.currency), 17),
                        right(t.funded.formatted(e.currency), 17),
                        right(t.gap.formatted(e.currency), 17))
                   .arg(t.fundedCount)
                   .arg(t.partialCount)
                   .arg(t.unfundedCount);
    }
}

void shortfalls(QStringList &out, const Evaluation &e, qsizetype position)
{
    const YearResult &year = e.years.at(position);
    QStringList rows, reasons;
    for (qsizetype i = 0; i < year.services.size(); ++i) {
        const ServiceOutcome &s = year.services.at(i);
        if (s.status != FundingStatus::Partial && s.status != FundingStatus::Unfunded)
            continue;
        // Read out service by service, so each explanation starts with the name it is about.
        if (const QString why = e.why(position, i); !why.isEmpty())
            reasons << QString()
                    << TextColumns::wrap(
                           e.serviceNames.value(s.id, s.id) + QStringLiteral(": ") + why, 2);
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(cut(e.serviceNames.value(s.id, s.id), 28), cut(spelling(s.tier), 5),
                         right(s.cost.formatted(e.currency), 16),
                         right(s.funded.formatted(e.currency), 16), spelling(s.status));
    }
    if (rows.isEmpty()) {
        out << QStringLiteral("Every service is fully funded.");
        return;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(cut(QStringLiteral("Not fully funded"), 28), cut(QStringLiteral("Tier"), 5),
                    right(QStringLiteral("Cost"), 16), right(QStringLiteral("Funded"), 16),
                    QStringLiteral("Status"));
    out << rows << reasons;
}

void resources(QStringList &out, const Evaluation &e, const YearResult &year)
{
    // Marginal: how much each tier's priority-weighted funding rises per extra pound.
    out << QStringLiteral("%1 %2 %3  %4")
               .arg(cut(QStringLiteral("Resource"), 24), right(QStringLiteral("Available"), 16),
                    right(QStringLiteral("Unused"), 16), QStringLiteral("Marginal m/n/c"));
    for (const ResourceOutcome &r : year.resources) {
        out << QStringLiteral("%1 %2 %3  %4/%5/%6")
                   .arg(cut(e.resourceNames.value(r.id, r.id), 24),
                        right(r.available.formatted(e.currency), 16),
                        right(r.unused.formatted(e.currency), 16), marginal(r.marginal[0]),
                        marginal(r.marginal[1]), marginal(r.marginal[2]));
    }
    // The unit, on screen: the numbers mean nothing to someone without docs/cli.md.
    out << QStringLiteral(
               "Marginal m/n/c: priority-weighted funding of the must, need and could tiers")
        << QStringLiteral("bought by 1.00 more of the resource (priorities 1-100).");
}

// What it would take, and what pooling adds, once worked out (Evaluation::workOutWhatItWouldTake).
void whatItWouldTake(QStringList &out, const Evaluation &e, qsizetype position)
{
    if (position < e.toClose.size()) {
        const GapCloser::ToClose &toClose = e.toClose.at(position);
        out << QString()
            << TextColumns::wrap(
                   QStringLiteral("To close the must gap: %1 of new unrestricted money; must and "
                                  "need together: %2.")
                       .arg(toClose.must.formatted(e.currency),
                            toClose.mustNeed.formatted(e.currency)),
                   0);
    }
    if (position < e.pooling.size()) {
        const std::array<Money, 3> &pooling = e.pooling.at(position);
        out << TextColumns::wrap(PoolingValue::words(pooling, e.currency), 0);
    }
}

} // namespace

QString EvaluationTable::write(const Evaluation &e)
{
    QStringList out;
    for (qsizetype position = 0; position < e.years.size(); ++position) {
        const YearResult &year = e.years.at(position);
        const QString state =
            year.optimal ? QStringLiteral("optimal") : QStringLiteral("NOT proven optimal");
        out << cut(e.planName, 80).trimmed();
        out << cut(QStringLiteral("%1, %2 (%3)")
                       .arg(e.scenarioName, e.yearLabel(year.calendarYear), state),
                   80)
                   .trimmed();
        out << QString();
        tiers(out, e, year);
        for (const QString &line : GapWords::lines(year, e.currency))
            out << TextColumns::wrap(line, 0);
        out << QString();
        shortfalls(out, e, position);
        out << QString();
        resources(out, e, year);
        whatItWouldTake(out, e, position);
        for (const Problem &problem : year.problems)
            out << QStringLiteral("! %1").arg(problem.toString());
        out << QString();
    }
    return out.join(u'\n');
}

} // namespace lps
