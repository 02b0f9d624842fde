#include "votepriorities.h"

#include "editing/planedits.h"
#include "scenarios/scenarioapplier.h"
#include "validation/planlimits.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace lps {

namespace {

QString counted(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString dotsText(qint64 n)
{
    return counted(n, QStringLiteral("dot"), QStringLiteral("dots"));
}

// "A", "A and B", "A, B and C".
QString sentenceList(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           items.last();
}

const QString kRule = QStringLiteral(
    "Within each tier the service with the most dots has priority 100 and every other one "
    "100 x its dots / the most dots, rounded half up and at least 1; a tier nobody voted in "
    "keeps the officers' priorities.");

// What the vote did in one tier, in a sentence that starts with the tier's name.
QString tierNote(const VotePriorities::TierVote &vote, int servicesInTier,
                 const QStringList &topNames)
{
    const QString tier = tierTitle(vote.tier) + QStringLiteral(": ");
    if (servicesInTier == 0)
        return tier + QStringLiteral("has no services to vote for");
    if (!vote.voted())
        return tier + QStringLiteral("nobody voted; the officers' priorities stand");
    QString note = tier + dotsText(vote.dots) + QStringLiteral("; ");
    if (topNames.size() == 1)
        note += QStringLiteral("%1 had the most (%2) and gets priority 100")
                    .arg(topNames.first())
                    .arg(vote.mostDots);
    else
        note += QStringLiteral("%1 had the most (%2 each) and get priority 100")
                    .arg(sentenceList(topNames))
                    .arg(vote.mostDots);
    const qsizetype others = vote.services - topNames.size();
    if (others == 1)
        note += QStringLiteral("; the other service gets 100 x its dots / %1, rounded half up, "
                               "at least 1")
                    .arg(vote.mostDots);
    else if (others > 1)
        note += QStringLiteral("; the other %1 services get 100 x their dots / %2, rounded half "
                               "up, at least 1")
                    .arg(others)
                    .arg(vote.mostDots);
    return note;
}

QString origin(const DotVotes &votes)
{
    if (votes.ballots() == 0)
        return QStringLiteral("From %1 typed in by the facilitator.").arg(dotsText(votes.total()));
    return QStringLiteral("From %1 on %2.")
        .arg(dotsText(votes.total()),
             counted(votes.ballots(), QStringLiteral("ballot"), QStringLiteral("ballots")));
}

// Checks what the votes name before anything is worked out: every refusal at once.
Problems refusals(const Plan &plan, const QString &baseScenarioId, const DotVotes &votes)
{
    Problems problems;
    if (plan.scenarioIndex(baseScenarioId) < 0)
        problems << Problem::error(QStringLiteral("base scenario"),
                                   QStringLiteral("no scenario has the id \"%1\"; choose the "
                                                  "scenario the room's priorities start from")
                                       .arg(baseScenarioId));
    for (const QString &id : votes.serviceIds()) {
        if (plan.serviceIndex(id) < 0)
            problems << Problem::error(
                QStringLiteral("votes for \"%1\"").arg(id),
                QStringLiteral("the plan has no service with the id \"%1\" (%2 for it); give "
                               "the dots to one of the plan's services")
                    .arg(id, dotsText(votes.dotsFor(id))));
    }
    if (votes.isEmpty())
        problems << Problem::error(QStringLiteral("votes"),
                                   QStringLiteral("the room has not put a dot on any service yet, "
                                                  "so there are no priorities to set"));
    return problems;
}

// The services as the base scenario leaves them in the year the room was shown.
struct RoomView
{
    /// The plan with each service's tier (and the rest) as applied in that year.
    Plan plan;
    /// Services switched off in that year: their dots are set aside.
    QSet<QString> switchedOff;
};

// Nothing when the base scenario cannot be applied to the plan.
std::optional<RoomView> roomView(const Plan &plan, const QString &baseScenarioId, int yearIndex)
{
    const ScenarioApplier applier(plan);
    const std::optional<EffectiveYear> effective = applier.apply(baseScenarioId, yearIndex);
    if (!effective)
        return std::nullopt;
    RoomView view;
    for (const EffectiveService &service : effective->services) {
        if (service.switchedOff)
            view.switchedOff.insert(service.id);
    }
    view.plan = applier.withServicesAsApplied(baseScenarioId, yearIndex);
    return view;
}

// Adds each service's dots to its tier (total and most) and sets aside the dots of services
// switched off; returns how many services each tier has to vote for.
std::array<int, 3> tallyTiers(const RoomView &shown, const DotVotes &votes, const QString &baseName,
                              VotePriorities::Result &result)
{
    std::array<int, 3> servicesIn{};
    for (const Service &service : shown.plan.services) {
        const int dots = votes.dotsFor(service.id);
        if (shown.switchedOff.contains(service.id)) {
            if (dots > 0)
                result.setAside << QStringLiteral("%1 is switched off in %2, so its %3 are set "
                                                  "aside")
                                       .arg(service.name, baseName, dotsText(dots));
            continue;
        }
        VotePriorities::TierVote &vote = result.tiers.at(size_t(service.tier));
        ++servicesIn.at(size_t(service.tier));
        vote.dots += dots;
        vote.mostDots = std::max(vote.mostDots, dots);
    }
    return servicesIn;
}

// Gives every service of a voted tier its priority, as an adjustment of the result's scenario
// from the first year; returns the names of each tier's most-voted services.
std::array<QStringList, 3> givePriorities(const RoomView &shown, const DotVotes &votes,
                                          VotePriorities::Result &result)
{
    std::array<QStringList, 3> topNames;
    for (const Service &service : shown.plan.services) {
        VotePriorities::TierVote &vote = result.tiers.at(size_t(service.tier));
        if (shown.switchedOff.contains(service.id) || !vote.voted())
            continue;
        const int dots = votes.dotsFor(service.id);
        if (dots == vote.mostDots)
            topNames.at(size_t(service.tier)) << service.name;
        Adjustment adjustment;
        adjustment.type = AdjustmentType::ServicePriority;
        adjustment.target = service.id;
        adjustment.priority = VotePriorities::priorityFor(dots, vote.mostDots);
        adjustment.fromYear = 0;
        result.scenario.adjustments << adjustment;
        ++vote.services;
    }
    return topNames;
}

// Why the priorities worked out cannot be a scenario: none at all, or more than it can hold.
Problems adjustmentProblems(const Scenario &scenario, const QString &baseName)
{
    Problems problems;
    if (scenario.adjustments.isEmpty())
        problems << Problem::error(
            QStringLiteral("votes"),
            QStringLiteral("every dot went to services switched off in %1, so there are no "
                           "priorities to set")
                .arg(baseName));
    if (scenario.adjustments.size() > PlanLimits::kMaxAdjustmentsPerScenario)
        problems << Problem::error(
            QStringLiteral("votes"),
            QStringLiteral("the voted tiers have %1 services and a scenario holds at most %2 "
                           "adjustments; vote on fewer tiers at a time")
                .arg(scenario.adjustments.size())
                .arg(PlanLimits::kMaxAdjustmentsPerScenario));
    return problems;
}

// Names the result's scenario (with an id no scenario of the plan has), bases it on the base
// scenario and writes down in its notes where it came from and what the vote did.
void nameScenario(VotePriorities::Result &result, const Plan &plan, const QString &baseScenarioId,
                  const QString &name, const DotVotes &votes)
{
    QString title = name.simplified().left(200);
    if (title.isEmpty())
        title = VotePriorities::defaultName();
    QStringList taken;
    for (const Scenario &existing : plan.scenarios)
        taken << existing.id;
    Scenario &scenario = result.scenario;
    scenario.id = PlanEdits::uniqueId(title, taken);
    scenario.name = title;
    scenario.basedOn = baseScenarioId;
    QStringList notes{origin(votes) + QLatin1Char(' ') + kRule};
    notes << result.tierNotes() << result.setAside;
    scenario.notes = notes.join(QLatin1Char('\n'));
}

} // namespace

int VotePriorities::priorityFor(int dots, int mostDots)
{
    if (mostDots <= 0)
        return 1;
    const qint64 d = std::clamp<qint64>(dots, 0, mostDots);
    // round half up of 100d/m is floor((200d + m) / 2m), exact in integers.
    const qint64 rounded = (200 * d + mostDots) / (2 * qint64(mostDots));
    return int(std::max<qint64>(1, rounded));
}

QStringList VotePriorities::Result::tierNotes() const
{
    QStringList notes;
    for (const TierVote &vote : tiers)
        notes << vote.note;
    return notes;
}

VotePriorities::Result VotePriorities::scenario(const Plan &plan, const QString &baseScenarioId,
                                                const DotVotes &votes, const QString &name,
                                                int yearIndex)
{
    Result result;
    for (const Tier tier : kAllTiers)
        result.tiers.at(size_t(tier)).tier = tier;
    result.problems = refusals(plan, baseScenarioId, votes);
    if (!result.ok())
        return result;

    const Scenario &base = plan.scenarios.at(plan.scenarioIndex(baseScenarioId));
    const std::optional<RoomView> shown = roomView(plan, baseScenarioId, yearIndex);
    if (!shown) {
        result.problems << Problem::error(
            QStringLiteral("base scenario"),
            QStringLiteral("\"%1\" cannot be applied to the plan (check the plan for problems "
                           "first)")
                .arg(base.name));
        return result;
    }
    const std::array<int, 3> servicesIn = tallyTiers(*shown, votes, base.name, result);
    const std::array<QStringList, 3> topNames = givePriorities(*shown, votes, result);
    for (TierVote &vote : result.tiers)
        vote.note =
            tierNote(vote, servicesIn.at(size_t(vote.tier)), topNames.at(size_t(vote.tier)));

    result.problems << adjustmentProblems(result.scenario, base.name);
    if (!result.ok()) {
        result.scenario = Scenario();
        return result;
    }
    nameScenario(result, plan, baseScenarioId, name, votes);
    return result;
}

} // namespace lps
