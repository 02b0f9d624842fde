#include "comparisonjson.h"

#include "json/canonicaljsonwriter.h"

namespace lps {

namespace {

void text(CanonicalJsonWriter &out, const QString &key, const QString &value)
{
    out.key(key);
    out.value(value);
}

void tiers(CanonicalJsonWriter &out, const Comparison::Year &year)
{
    out.key(QStringLiteral("tiers"));
    out.beginObject();
    for (const Tier tier : kAllTiers) {
        const Comparison::TierChange &t = year.tiers[size_t(tier)];
        out.key(spelling(tier));
        out.beginObject();
        out.money(QStringLiteral("baseFunded"), t.baseFunded);
        out.money(QStringLiteral("baseGap"), t.baseGap);
        out.money(QStringLiteral("scenarioFunded"), t.scenarioFunded);
        out.money(QStringLiteral("scenarioGap"), t.scenarioGap);
        out.money(QStringLiteral("fundedDifference"), t.fundedDifference());
        out.money(QStringLiteral("gapDifference"), t.gapDifference());
        out.endObject();
    }
    out.endObject();
}

void sectors(CanonicalJsonWriter &out, const Comparison::Year &year)
{
    // The difference only, shaped like evaluate's "sectors": both sides are in the evaluations.
    out.key(QStringLiteral("sectors"));
    out.beginObject();
    for (const Sector sector : kAllSectors) {
        out.key(spelling(sector));
        out.beginObject();
        for (const Tier tier : kAllTiers)
            out.money(spelling(tier), year.sectorDifference(sector, tier));
        out.endObject();
    }
    out.endObject();
}

void services(CanonicalJsonWriter &out, const Comparison::Year &year)
{
    out.key(QStringLiteral("services"));
    out.beginArray();
    for (const Comparison::ServiceChange &s : year.services) {
        out.beginObject();
        text(out, QStringLiteral("id"), s.id);
        text(out, QStringLiteral("baseTier"), spelling(s.baseTier));
        text(out, QStringLiteral("scenarioTier"), spelling(s.tier));
        out.money(QStringLiteral("baseFunded"), s.baseFunded);
        out.money(QStringLiteral("scenarioFunded"), s.scenarioFunded);
        out.money(QStringLiteral("difference"), s.difference());
        text(out, QStringLiteral("baseStatus"), spelling(s.baseStatus));
        text(out, QStringLiteral("scenarioStatus"), spelling(s.status));
        out.endObject();
    }
    out.endArray();
}

} // namespace

QByteArray ComparisonJson::write(const Comparison &comparison)
{
    CanonicalJsonWriter out;
    out.beginObject();
    text(out, QStringLiteral("plan"), comparison.scenario.planName);
    text(out, QStringLiteral("base"), comparison.base.scenarioId);
    text(out, QStringLiteral("scenario"), comparison.scenario.scenarioId);
    out.key(QStringLiteral("years"));
    out.beginArray();
    for (const Comparison::Year &year : comparison.years) {
        out.beginObject();
        out.key(QStringLiteral("year"));
        out.value(year.calendarYear);
        out.key(QStringLiteral("optimal"));
        out.value(year.optimal);
        tiers(out, year);
        sectors(out, year);
        services(out, year);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.finish();
}

} // namespace lps
