#pragma once

#include "reports/evaluation.h"

#include <QList>
#include <QString>

#include <array>

namespace lps {

/// What a projection tells the room about one answer, worked out in core so it is tested
/// without a screen: each tier's cost, funding and gap, the services as cards in the order
/// the room should see them, a headline in words, and what changed against a reference
/// (the baseline) and since the last answer.
struct ProjectionFigures
{
    struct Card
    {
        QString id;
        QString name;
        Tier tier = Tier::Must;
        FundingStatus status = FundingStatus::Funded;
        Money cost;
        Money funded;
        /// The status in the reference; the card's own status when there is none.
        FundingStatus referenceStatus = FundingStatus::Funded;
        bool changed() const { return status != referenceStatus; }
    };

    struct TierFigures
    {
        Money cost;
        Money funded;
        Money gap;
        int fundedCount = 0;
        int partialCount = 0;
        int unfundedCount = 0;
        int decommissionedCount = 0;
        /// Every service of the tier: those whose status differs from the reference first,
        /// then the unfunded, part-funded, decommissioned and funded, each in plan order.
        QList<Card> cards;
        /// Gap minus the reference's gap; zero without a reference.
        Money gapChange;
        /// "Fully funded", "£1.56 million short"
        QString figure;
    };

    /// A service whose status differs between two answers, with what it means for people.
    struct StatusChange
    {
        QString id;
        QString name;
        Tier tier = Tier::Must;
        FundingStatus from = FundingStatus::Funded;
        FundingStatus to = FundingStatus::Funded;
        Money fundedBefore;
        Money fundedAfter;
        QString consequence;
        /// "Youth club: funded -> unfunded"
        QString words() const;
    };

    QString scenarioName;
    QString currency = QStringLiteral("GBP");
    QString yearLabel;
    bool settled = true;
    bool optimal = true;
    /// How far from the best possible the answer may be, in money (zero when proven).
    Money unproven;
    std::array<TierFigures, 3> tiers{};
    /// "Must: fully funded. Need: £1.56 million short, 1 part-funded, 1 closed."
    QString headline;
    /// The reference's name, and the difference from it in words ("Against the baseline: need
    /// £0.4 million more short; 2 services lose funding."); empty without a reference.
    QString referenceName;
    QString againstReference;
    /// Services whose status differs from the reference, in tier then plan order.
    QList<StatusChange> changes;

    /// The figures of the first year of `now`; `reference` (of the same plan's services) may be
    /// null. `plan` gives the consequence texts.
    static ProjectionFigures of(const Plan &plan, const Evaluation &now,
                                const Evaluation *reference, const QString &referenceName);
    /// The services whose status differs from `before` to `after` (first year of each).
    static QList<StatusChange> between(const Plan &plan, const Evaluation &before,
                                       const Evaluation &after);
    /// "funded", "part-funded", "unfunded", "closed" (decommissioned, in the room's word)
    static QString statusWord(FundingStatus status);
};

} // namespace lps
