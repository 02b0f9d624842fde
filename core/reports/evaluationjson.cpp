#include "evaluationjson.h"

#include "json/canonicaljsonwriter.h"

namespace lps {

namespace {

void tiers(CanonicalJsonWriter &out, const YearResult &year)
{
    out.key(QStringLiteral("tiers"));
    out.beginObject();
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        out.key(spelling(tier));
        out.beginObject();
        out.money(QStringLiteral("cost"), t.cost);
        out.money(QStringLiteral("funded"), t.funded);
        out.money(QStringLiteral("gap"), t.gap);
        out.key(QStringLiteral("funded_count"));
        out.value(t.fundedCount);
        out.key(QStringLiteral("partial_count"));
        out.value(t.partialCount);
        out.key(QStringLiteral("unfunded_count"));
        out.value(t.unfundedCount);
        out.endObject();
    }
    out.endObject();
}

// cli.md: how far an answer that is not proven optimal may be from the best, and why.
void gaps(CanonicalJsonWriter &out, const YearResult &year)
{
    out.key(QStringLiteral("gap"));
    out.beginObject();
    for (const Tier tier : kAllTiers) {
        const TierGap &gap = year.gaps[size_t(tier)];
        out.key(spelling(tier));
        out.beginObject();
        out.money(QStringLiteral("bound"), gap.bound);
        out.key(QStringLiteral("relative"));
        out.value(gap.relative);
        out.endObject();
    }
    out.endObject();
    if (year.stopped != SearchStop::None) {
        out.key(QStringLiteral("stopped"));
        out.value(spelling(year.stopped));
    }
}

void services(CanonicalJsonWriter &out, const Evaluation &evaluation, qsizetype position)
{
    const YearResult &year = evaluation.years.at(position);
    out.key(QStringLiteral("services"));
    out.beginArray();
    for (qsizetype i = 0; i < year.services.size(); ++i) {
        const ServiceOutcome &s = year.services.at(i);
        out.beginObject();
        out.key(QStringLiteral("id"));
        out.value(s.id);
        out.key(QStringLiteral("tier"));
        out.value(spelling(s.tier));
        out.money(QStringLiteral("cost"), s.cost);
        out.money(QStringLiteral("funded"), s.funded);
        out.key(QStringLiteral("status"));
        out.value(spelling(s.status));
        out.money(QStringLiteral("atRisk"), s.atRisk);
        out.key(QStringLiteral("sources"));
        out.beginObject();
        for (const auto &[resource, amount] : s.sources)
            out.money(resource, amount);
        out.endObject();
        if (const QString why = evaluation.why(position, i); !why.isEmpty()) {
            out.key(QStringLiteral("why"));
            out.value(why);
        }
        out.endObject();
    }
    out.endArray();
}

void resources(CanonicalJsonWriter &out, const YearResult &year)
{
    out.key(QStringLiteral("resources"));
    out.beginArray();
    for (const ResourceOutcome &r : year.resources) {
        out.beginObject();
        out.key(QStringLiteral("id"));
        out.value(r.id);
        out.money(QStringLiteral("available"), r.available);
        out.money(QStringLiteral("used"), r.used);
        out.money(QStringLiteral("unused"), r.unused);
        out.key(QStringLiteral("marginal"));
        out.beginObject();
        for (const Tier tier : kAllTiers) {
            out.key(spelling(tier));
            // Twelve significant digits: the solver's dual values carry noise beyond that.
            out.value(QString::number(r.marginal[size_t(tier)], 'g', 12).toDouble());
        }
        out.endObject();
        out.endObject();
    }
    out.endArray();
}

void sectors(CanonicalJsonWriter &out, const YearResult &year)
{
    out.key(QStringLiteral("sectors"));
    out.beginObject();
    for (const Sector sector : kAllSectors) {
        out.key(spelling(sector));
        out.beginObject();
        for (const Tier tier : kAllTiers)
            out.money(spelling(tier), year.sectors[size_t(sector)][size_t(tier)]);
        out.endObject();
    }
    out.endObject();
}

// spec/cli.md: once worked out, "toClose" and "pooling" follow the sectors.
void whatItWouldTake(CanonicalJsonWriter &out, const Evaluation &evaluation, qsizetype position)
{
    if (position < evaluation.toClose.size()) {
        const GapCloser::ToClose &toClose = evaluation.toClose.at(position);
        out.key(QStringLiteral("toClose"));
        out.beginObject();
        out.money(QStringLiteral("must"), toClose.must);
        out.money(QStringLiteral("mustNeed"), toClose.mustNeed);
        out.endObject();
    }
    if (position < evaluation.pooling.size()) {
        out.key(QStringLiteral("pooling"));
        out.beginObject();
        for (const Tier tier : kAllTiers)
            out.money(spelling(tier), evaluation.pooling.at(position)[size_t(tier)]);
        out.endObject();
    }
}

} // namespace

QByteArray EvaluationJson::write(const Evaluation &evaluation)
{
    CanonicalJsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("plan"));
    out.value(evaluation.planName);
    out.key(QStringLiteral("scenario"));
    out.value(evaluation.scenarioId);
    out.key(QStringLiteral("years"));
    out.beginArray();
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years.at(position);
        out.beginObject();
        out.key(QStringLiteral("year"));
        out.value(year.calendarYear);
        out.key(QStringLiteral("optimal"));
        out.value(year.optimal);
        if (!year.optimal)
            gaps(out, year);
        tiers(out, year);
        services(out, evaluation, position);
        resources(out, year);
        sectors(out, year);
        whatItWouldTake(out, evaluation, position);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.finish();
}

} // namespace lps
