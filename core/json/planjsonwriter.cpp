#include "planjsonwriter.h"

#include "canonicaljsonwriter.h"

namespace lps {

namespace {

// Canonical form omits defaults; these helpers write a key only when it says something.
void text(CanonicalJsonWriter &out, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        out.key(key);
        out.value(value);
    }
}

void decimal(CanonicalJsonWriter &out, const QString &key, double value, double defaultValue = 0.0)
{
    if (value != defaultValue) {
        out.key(key);
        out.value(value);
    }
}

void strings(CanonicalJsonWriter &out, const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    out.key(key);
    out.beginArray();
    for (const QString &value : values)
        out.value(value);
    out.endArray();
}

void yearly(CanonicalJsonWriter &out, const YearlyAmounts &amounts, const QString &singleKey,
            const QString &listKey)
{
    if (amounts.isSingle()) {
        out.key(singleKey);
        out.value(amounts.base());
        return;
    }
    out.key(listKey);
    out.beginArray();
    for (const qint64 value : amounts.values())
        out.value(value);
    out.endArray();
}

void eligibility(CanonicalJsonWriter &out, const Eligibility &eligible)
{
    if (eligible.isUnrestricted())
        return;
    out.key(QStringLiteral("eligible"));
    out.beginObject();
    strings(out, QStringLiteral("services"), eligible.services);
    strings(out, QStringLiteral("tags"), eligible.tags);
    QStringList tiers;
    for (const Tier tier : eligible.tiers)
        tiers << spelling(tier);
    strings(out, QStringLiteral("tiers"), tiers);
    out.endObject();
}

void resource(CanonicalJsonWriter &out, const Resource &r)
{
    out.beginObject();
    text(out, QStringLiteral("id"), r.id);
    text(out, QStringLiteral("name"), r.name);
    out.key(QStringLiteral("sector"));
    out.value(spelling(r.sector));
    out.key(QStringLiteral("kind"));
    out.value(spelling(r.kind));
    yearly(out, r.amount, QStringLiteral("amount"), QStringLiteral("amountByYear"));
    decimal(out, QStringLiteral("trend"), r.trend);
    if (r.hourValue) {
        out.key(QStringLiteral("hourValue"));
        out.value(r.hourValue->minor());
    }
    if (r.certainty != Certainty::Confirmed) {
        out.key(QStringLiteral("certainty"));
        out.value(spelling(r.certainty));
    }
    eligibility(out, r.eligible);
    if (r.matchRatio) {
        out.key(QStringLiteral("matchRatio"));
        out.value(*r.matchRatio);
    }
    if (r.matchSector != Sector::Public) {
        out.key(QStringLiteral("matchSector"));
        out.value(spelling(r.matchSector));
    }
    if (r.maxPerService) {
        out.key(QStringLiteral("maxPerService"));
        out.value(r.maxPerService->minor());
    }
    decimal(out, QStringLiteral("contingentShare"), r.contingentShare);
    text(out, QStringLiteral("notes"), r.notes);
    out.endObject();
}

void service(CanonicalJsonWriter &out, const Service &s)
{
    out.beginObject();
    text(out, QStringLiteral("id"), s.id);
    text(out, QStringLiteral("name"), s.name);
    out.key(QStringLiteral("tier"));
    out.value(spelling(s.tier));
    yearly(out, s.cost, QStringLiteral("cost"), QStringLiteral("costByYear"));
    decimal(out, QStringLiteral("minimumShare"), s.minimumShare);
    if (s.priority != 50) {
        out.key(QStringLiteral("priority"));
        out.value(s.priority);
    }
    strings(out, QStringLiteral("tags"), s.tags);
    if (s.provider != Provider::InHouse) {
        out.key(QStringLiteral("provider"));
        out.value(spelling(s.provider));
    }
    if (s.timeCapacityHours != 0) {
        out.key(QStringLiteral("timeCapacityHours"));
        out.value(s.timeCapacityHours);
    }
    if (s.preventative) {
        out.key(QStringLiteral("preventative"));
        out.value(true);
    }
    text(out, QStringLiteral("consequence"), s.consequence);
    text(out, QStringLiteral("notes"), s.notes);
    out.endObject();
}

void adjustment(CanonicalJsonWriter &out, const Adjustment &a)
{
    out.beginObject();
    out.key(QStringLiteral("type"));
    out.value(spelling(a.type));
    const QString target =
        a.targetsResource() ? QStringLiteral("resource") : QStringLiteral("service");
    switch (a.type) {
    case AdjustmentType::ResourceScale:
    case AdjustmentType::ServiceScale:
        out.key(target);
        out.value(a.target);
        out.key(QStringLiteral("factor"));
        out.value(a.factor);
        break;
    case AdjustmentType::ResourceSet:
        out.key(target);
        out.value(a.target);
        out.key(QStringLiteral("year"));
        out.value(a.year);
        out.key(QStringLiteral("amount"));
        out.value(a.amount);
        break;
    case AdjustmentType::ResourceOff:
    case AdjustmentType::ServiceOff:
        out.key(target);
        out.value(a.target);
        break;
    case AdjustmentType::ServiceTier:
        out.key(target);
        out.value(a.target);
        out.key(QStringLiteral("tier"));
        out.value(spelling(a.tier));
        break;
    case AdjustmentType::ServicePriority:
        out.key(target);
        out.value(a.target);
        out.key(QStringLiteral("priority"));
        out.value(a.priority);
        break;
    case AdjustmentType::Move:
        out.key(QStringLiteral("from"));
        out.value(a.target);
        out.key(QStringLiteral("to"));
        out.value(a.toService);
        out.key(QStringLiteral("amount"));
        out.value(a.amount);
        break;
    }
    if (a.fromYear != 0) {
        out.key(QStringLiteral("fromYear"));
        out.value(a.fromYear);
    }
    out.endObject();
}

void scenario(CanonicalJsonWriter &out, const Scenario &s)
{
    out.beginObject();
    text(out, QStringLiteral("id"), s.id);
    text(out, QStringLiteral("name"), s.name);
    text(out, QStringLiteral("basedOn"), s.basedOn);
    if (!s.adjustments.isEmpty()) {
        out.key(QStringLiteral("adjustments"));
        out.beginArray();
        for (const Adjustment &a : s.adjustments)
            adjustment(out, a);
        out.endArray();
    }
    text(out, QStringLiteral("notes"), s.notes);
    out.endObject();
}

void leverObject(CanonicalJsonWriter &out, const Lever &lever)
{
    out.beginObject();
    text(out, QStringLiteral("kind"), spelling(lever.kind));
    text(out, QStringLiteral("target"), lever.target);
    if (lever.low) {
        out.key(QStringLiteral("low"));
        out.value(*lever.low);
    }
    if (lever.high) {
        out.key(QStringLiteral("high"));
        out.value(*lever.high);
    }
    out.endObject();
}

} // namespace

QByteArray PlanJsonWriter::write(const Plan &plan)
{
    CanonicalJsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("format"));
    out.value(QStringLiteral("lps-plan"));
    out.key(QStringLiteral("version"));
    out.value(plan.jsonVersion());
    text(out, QStringLiteral("name"), plan.name);
    text(out, QStringLiteral("locality"), plan.locality);
    if (plan.currency != QLatin1String("GBP"))
        text(out, QStringLiteral("currency"), plan.currency);
    out.key(QStringLiteral("firstYear"));
    out.value(plan.firstYear);
    out.key(QStringLiteral("years"));
    out.value(plan.years);
    decimal(out, QStringLiteral("costInflation"), plan.costInflation);
    out.key(QStringLiteral("resources"));
    out.beginArray();
    for (const Resource &r : plan.resources)
        resource(out, r);
    out.endArray();
    out.key(QStringLiteral("services"));
    out.beginArray();
    for (const Service &s : plan.services)
        service(out, s);
    out.endArray();
    out.key(QStringLiteral("scenarios"));
    out.beginArray();
    for (const Scenario &s : plan.scenarios)
        scenario(out, s);
    out.endArray();
    if (!plan.levers.isEmpty()) {
        out.key(QStringLiteral("levers"));
        out.beginArray();
        for (const Lever &lever : plan.levers)
            leverObject(out, lever);
        out.endArray();
    }
    out.endObject();
    return out.finish();
}

} // namespace lps
