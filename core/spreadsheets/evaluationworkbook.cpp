#include "evaluationworkbook.h"

#include "xlsxbook.h"

#include "clock/clock.h"
#include "comparison/comparison.h"
#include "model/plan.h"

#include <QHash>

namespace lps {

namespace {

const std::array<Tier, 3> kTiers{Tier::Must, Tier::Need, Tier::Could};
const std::array<Sector, 4> kSectors{Sector::Public, Sector::Private, Sector::Charitable,
                                     Sector::Personal};

// A column of money from `first` to the last data row, then its total as a formula.
void totals(XlsxSheet &sheet, int row, const QList<int> &columns, const QList<Money> &exact)
{
    sheet.totalLabel(row, 0, QStringLiteral("Total"));
    for (qsizetype i = 0; i < columns.size(); ++i)
        sheet.moneyTotal(row, columns[i], 1, row - 1, exact[i]);
}

void about(XlsxBook &book, const Plan &plan, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("About"));
    sheet.header({QStringLiteral("what"), QStringLiteral("value")});
    QList<QPair<QString, QString>> lines{
        {QStringLiteral("plan"), plan.name},
        {QStringLiteral("locality"), plan.locality},
        {QStringLiteral("scenario"), evaluation.scenarioName},
        {QStringLiteral("currency"), evaluation.currency},
        {QStringLiteral("written"), Clock::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (const YearResult &year : evaluation.years) {
        Money unproven;
        for (const TierGap &gap : year.gaps)
            unproven += gap.gap;
        // Never a guess shown as fact: an answer not proven optimal says how far off it may be.
        lines << qMakePair(evaluation.yearLabel(year.calendarYear),
                           year.optimal ? QStringLiteral("proven optimal")
                                        : QStringLiteral("not proven optimal: at most %1 from "
                                                         "the best possible")
                                              .arg(unproven.formatted(evaluation.currency)));
    }
    int row = 1;
    for (const auto &[what, value] : lines) {
        sheet.text(row, 0, what);
        sheet.text(row, 1, value);
        ++row;
    }
    sheet.finish(row - 1, {16, 70});
}

void tiers(XlsxBook &book, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("Tiers"));
    sheet.header({QStringLiteral("year"), QStringLiteral("tier"), QStringLiteral("cost"),
                  QStringLiteral("funded"), QStringLiteral("gap")});
    int row = 1;
    Money cost, funded, gap;
    for (const YearResult &year : evaluation.years) {
        for (Tier tier : kTiers) {
            const TierOutcome &t = year.tiers[size_t(tier)];
            sheet.text(row, 0, evaluation.yearLabel(year.calendarYear));
            sheet.text(row, 1, spelling(tier));
            sheet.money(row, 2, t.cost);
            sheet.money(row, 3, t.funded);
            sheet.money(row, 4, t.gap);
            cost += t.cost;
            funded += t.funded;
            gap += t.gap;
            ++row;
        }
    }
    totals(sheet, row, {2, 3, 4}, {cost, funded, gap});
    sheet.finish(row - 1, {10, 8, 18, 18, 18});
}

void services(XlsxBook &book, const Plan &plan, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("Services"));
    sheet.header({QStringLiteral("year"), QStringLiteral("service_id"), QStringLiteral("service"),
                  QStringLiteral("tier"), QStringLiteral("cost"), QStringLiteral("funded"),
                  QStringLiteral("gap"), QStringLiteral("status"), QStringLiteral("reason"),
                  QStringLiteral("consequence")});
    int row = 1;
    Money cost, funded, gap;
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years[position];
        for (qsizetype i = 0; i < year.services.size(); ++i) {
            const ServiceOutcome &s = year.services[i];
            const qsizetype at = plan.serviceIndex(s.id);
            sheet.text(row, 0, evaluation.yearLabel(year.calendarYear));
            sheet.text(row, 1, s.id);
            sheet.text(row, 2, evaluation.serviceNames.value(s.id, s.id));
            sheet.text(row, 3, spelling(s.tier));
            sheet.money(row, 4, s.cost);
            sheet.money(row, 5, s.funded);
            sheet.money(row, 6, s.cost - s.funded);
            sheet.text(row, 7, spelling(s.status));
            sheet.text(row, 8, evaluation.why(position, i));
            sheet.text(row, 9, at >= 0 ? plan.services[at].consequence : QString());
            cost += s.cost;
            funded += s.funded;
            gap += s.cost - s.funded;
            ++row;
        }
    }
    totals(sheet, row, {4, 5, 6}, {cost, funded, gap});
    sheet.finish(row - 1, {10, 24, 40, 8, 16, 16, 16, 14, 60, 60});
}

void resources(XlsxBook &book, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("Resources"));
    sheet.header({QStringLiteral("year"), QStringLiteral("resource_id"), QStringLiteral("resource"),
                  QStringLiteral("sector"), QStringLiteral("available"), QStringLiteral("used"),
                  QStringLiteral("unused")});
    int row = 1;
    Money available, used, unused;
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years[position];
        const QHash<QString, Sector> sectors = evaluation.resourceSectors(position);
        for (const ResourceOutcome &r : year.resources) {
            sheet.text(row, 0, evaluation.yearLabel(year.calendarYear));
            sheet.text(row, 1, r.id);
            sheet.text(row, 2, evaluation.resourceNames.value(r.id, r.id));
            sheet.text(row, 3, sectors.contains(r.id) ? spelling(sectors.value(r.id)) : QString());
            sheet.money(row, 4, r.available);
            sheet.money(row, 5, r.used);
            sheet.money(row, 6, r.unused);
            available += r.available;
            used += r.used;
            unused += r.unused;
            ++row;
        }
    }
    totals(sheet, row, {4, 5, 6}, {available, used, unused});
    sheet.finish(row - 1, {10, 28, 44, 10, 18, 18, 18});
}

void funding(XlsxBook &book, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("Funding"));
    sheet.header({QStringLiteral("year"), QStringLiteral("service_id"), QStringLiteral("service"),
                  QStringLiteral("tier"), QStringLiteral("resource_id"), QStringLiteral("resource"),
                  QStringLiteral("sector"), QStringLiteral("amount")});
    int row = 1;
    Money total;
    for (qsizetype position = 0; position < evaluation.years.size(); ++position) {
        const YearResult &year = evaluation.years[position];
        const QHash<QString, Sector> sectors = evaluation.resourceSectors(position);
        for (const ServiceOutcome &s : year.services) {
            for (const auto &[resource, amount] : s.sources) {
                sheet.text(row, 0, evaluation.yearLabel(year.calendarYear));
                sheet.text(row, 1, s.id);
                sheet.text(row, 2, evaluation.serviceNames.value(s.id, s.id));
                sheet.text(row, 3, spelling(s.tier));
                sheet.text(row, 4, resource);
                sheet.text(row, 5, evaluation.resourceNames.value(resource, resource));
                sheet.text(row, 6,
                           sectors.contains(resource) ? spelling(sectors.value(resource))
                                                      : QString());
                sheet.money(row, 7, amount);
                total += amount;
                ++row;
            }
        }
    }
    totals(sheet, row, {7}, {total});
    sheet.finish(row - 1, {10, 24, 40, 8, 28, 44, 10, 18});
}

void sectors(XlsxBook &book, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("Sectors"));
    sheet.header({QStringLiteral("year"), QStringLiteral("sector"), QStringLiteral("must"),
                  QStringLiteral("need"), QStringLiteral("could")});
    int row = 1;
    std::array<Money, 3> sums{};
    for (const YearResult &year : evaluation.years) {
        for (Sector sector : kSectors) {
            sheet.text(row, 0, evaluation.yearLabel(year.calendarYear));
            sheet.text(row, 1, spelling(sector));
            for (Tier tier : kTiers) {
                const Money amount = year.sectors[size_t(sector)][size_t(tier)];
                sheet.money(row, 2 + int(tier), amount);
                sums[size_t(tier)] += amount;
            }
            ++row;
        }
    }
    totals(sheet, row, {2, 3, 4}, {sums[0], sums[1], sums[2]});
    sheet.finish(row - 1, {10, 12, 18, 18, 18});
}

void years(XlsxBook &book, const Evaluation &evaluation)
{
    XlsxSheet sheet = book.addSheet(QStringLiteral("Years"));
    sheet.header({QStringLiteral("year"), QStringLiteral("must_gap"), QStringLiteral("need_gap"),
                  QStringLiteral("could_gap")});
    int row = 1;
    for (const YearResult &year : evaluation.years) {
        sheet.text(row, 0, evaluation.yearLabel(year.calendarYear));
        for (Tier tier : kTiers)
            sheet.money(row, 1 + int(tier), year.tiers[size_t(tier)].gap);
        ++row;
    }
    sheet.finish(row - 1, {10, 18, 18, 18});
}

void comparison(XlsxBook &book, const Evaluation &base, const Evaluation &evaluation)
{
    const Comparison compared = Comparison::between(base, evaluation);
    XlsxSheet sheet = book.addSheet(QStringLiteral("Against base"));
    sheet.header({QStringLiteral("year"), QStringLiteral("level"), QStringLiteral("id"),
                  QStringLiteral("name"), QStringLiteral("base_funded"),
                  QStringLiteral("scenario_funded"), QStringLiteral("difference"),
                  QStringLiteral("base_status"), QStringLiteral("scenario_status")});
    int row = 1;
    for (const Comparison::Year &year : compared.years) {
        const QString label = evaluation.yearLabel(year.calendarYear);
        for (Tier tier : kTiers) {
            const Comparison::TierChange &t = year.tiers[size_t(tier)];
            sheet.text(row, 0, label);
            sheet.text(row, 1, QStringLiteral("tier"));
            sheet.text(row, 2, spelling(tier));
            sheet.money(row, 4, t.baseFunded);
            sheet.money(row, 5, t.scenarioFunded);
            sheet.money(row, 6, t.fundedDifference());
            ++row;
        }
        for (const Comparison::ServiceChange &s : year.services) {
            if (!s.changed())
                continue;
            sheet.text(row, 0, label);
            sheet.text(row, 1, QStringLiteral("service"));
            sheet.text(row, 2, s.id);
            sheet.text(row, 3, evaluation.serviceNames.value(s.id, s.id));
            sheet.money(row, 4, s.baseFunded);
            sheet.money(row, 5, s.scenarioFunded);
            sheet.money(row, 6, s.difference());
            sheet.text(row, 7, spelling(s.baseStatus));
            sheet.text(row, 8, spelling(s.status));
            ++row;
        }
    }
    sheet.finish(row - 1, {10, 8, 24, 40, 18, 18, 18, 14, 14});
}

} // namespace

QString EvaluationWorkbook::write(const QString &path, const Plan &plan,
                                  const Evaluation &evaluation, const Evaluation *base)
{
    XlsxBook book(evaluation.currency);
    if (!book.problem().isEmpty())
        return book.problem();
    book.setTitle(QStringLiteral("%1: %2").arg(plan.name, evaluation.scenarioName));
    about(book, plan, evaluation);
    tiers(book, evaluation);
    services(book, plan, evaluation);
    resources(book, evaluation);
    funding(book, evaluation);
    sectors(book, evaluation);
    years(book, evaluation);
    if (base)
        comparison(book, *base, evaluation);
    return book.save(path);
}

} // namespace lps
