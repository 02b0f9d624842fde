#include "resiliencereport.h"

#include "csv/csvtext.h"
#include "texttables/textcolumns.h"
#include "json/canonicaljsonwriter.h"

#include <QStringList>

namespace lps {

ResilienceReport::Names ResilienceReport::namesOf(const QString &planName, const QString &currency,
                                                  const EffectiveYear &year,
                                                  const QString &scenarioName,
                                                  const QString &yearLabel)
{
    Names names{planName, scenarioName, currency, yearLabel, {}, {}};
    for (const EffectiveResource &r : year.resources)
        names.resources.insert(r.id, r.name);
    for (const EffectiveService &s : year.services)
        names.services.insert(s.id, s.name);
    return names;
}

QByteArray ResilienceReport::json(const Resilience::Result &result, const Names &names)
{
    CanonicalJsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("plan"));
    out.value(names.plan);
    out.key(QStringLiteral("scenario"));
    out.value(result.scenarioId);
    out.key(QStringLiteral("year"));
    out.value(result.calendarYear);
    out.key(QStringLiteral("resources"));
    out.beginArray();
    for (const Resilience::ResourceLoss &row : result.resources) {
        out.beginObject();
        out.key(QStringLiteral("id"));
        out.value(row.id);
        out.key(QStringLiteral("loss"));
        out.beginObject();
        for (const Tier tier : kAllTiers)
            out.money(spelling(tier), row.loss[size_t(tier)]);
        out.endObject();
        out.key(QStringLiteral("services"));
        out.beginArray();
        for (const auto &[service, loss] : row.services) {
            out.beginObject();
            out.key(QStringLiteral("id"));
            out.value(service);
            out.money(QStringLiteral("loss"), loss);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
    out.key(QStringLiteral("singlePoints"));
    out.beginArray();
    for (const auto &[service, resource] : result.singlePoints) {
        out.beginObject();
        out.key(QStringLiteral("service"));
        out.value(service);
        out.key(QStringLiteral("resource"));
        out.value(resource);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.finish();
}

QByteArray ResilienceReport::csv(const Resilience::Result &result, const Names &names)
{
    QStringList lines{QStringLiteral(
        "year,scenario,resource_id,resource,must_loss,need_loss,could_loss,services_losing")};
    for (const Resilience::ResourceLoss &row : result.resources) {
        QStringList services;
        for (const auto &[service, loss] : row.services)
            services << service + QLatin1Char('=') + CsvText::pounds(loss);
        lines << QStringList{names.yearLabel,
                             CsvText::field(result.scenarioId),
                             row.id,
                             CsvText::field(names.resources.value(row.id, row.id)),
                             CsvText::pounds(row.loss[0]),
                             CsvText::pounds(row.loss[1]),
                             CsvText::pounds(row.loss[2]),
                             CsvText::field(services.join(QStringLiteral("; ")))}
                     .join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString ResilienceReport::table(const Resilience::Result &result, const Names &names)
{
    const auto cut = [](const QString &text, int width) {
        return TextColumns::cut(text, width);
    };
    const auto right = [](const QString &text, int width) {
        return TextColumns::right(text, width);
    };
    QStringList out{cut(names.plan, 80).trimmed(),
                    cut(QStringLiteral("%1, %2: if one resource were withdrawn")
                            .arg(names.scenario, names.yearLabel),
                        80)
                        .trimmed(),
                    QString(),
                    QStringLiteral("%1 %2 %3 %4")
                        .arg(cut(QStringLiteral("Resource withdrawn"), 26),
                             right(QStringLiteral("Must loses"), 17),
                             right(QStringLiteral("Need loses"), 17),
                             right(QStringLiteral("Could loses"), 17))};
    for (const Resilience::ResourceLoss &row : result.resources) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(cut(names.resources.value(row.id, row.id), 26),
                        right(row.loss[0].formatted(names.currency), 17),
                        right(row.loss[1].formatted(names.currency), 17),
                        right(row.loss[2].formatted(names.currency), 17));
        QStringList hit;
        for (qsizetype i = 0; i < row.services.size() && i < 3; ++i)
            hit << QStringLiteral("%1 %2").arg(names.services.value(row.services.at(i).first),
                                               row.services.at(i).second.formatted(names.currency));
        if (row.services.size() > 3)
            hit << QStringLiteral("%1 more").arg(row.services.size() - 3);
        if (!hit.isEmpty())
            out << TextColumns::wrap(hit.join(QStringLiteral("; ")), 2);
    }
    out << QString();
    if (result.singlePoints.isEmpty())
        out << QStringLiteral("No must-tier service depends on a single resource.");
    for (const auto &[service, resource] : result.singlePoints)
        out << TextColumns::wrap(
            QStringLiteral("Single point of failure: %1 can be funded only by %2.")
                .arg(names.services.value(service, service),
                     names.resources.value(resource, resource)),
            0);
    if (!result.complete)
        out << QStringLiteral("Stopped before every resource was tried.");
    return out.join(u'\n') + u'\n';
}

} // namespace lps
