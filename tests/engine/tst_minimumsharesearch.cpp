#include "solver/minimumsharesearch.h"
#include "solver/resourcegroups.h"
#include "solver/stagedmodel.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace lps;

namespace {

// One tier of services with minimum shares competing for a few resources, some restricted.
EffectiveYear randomYear(QRandomGenerator &random)
{
    EffectiveYear year;
    const QStringList tags{QStringLiteral("x"), QStringLiteral("y")};
    for (int s = 0; s < 7; ++s) {
        EffectiveService service;
        service.id = QStringLiteral("s%1").arg(s);
        service.tier = Tier::Could;
        service.cost = Money::fromMinor(random.bounded(100, 1000));
        service.priority = random.bounded(1, 101);
        service.minimumShare = random.bounded(2) ? 0.2 + 0.7 * random.generateDouble() : 0.0;
        service.tags = {tags.at(random.bounded(2))};
        year.services << service;
    }
    for (int r = 0; r < 3; ++r) {
        EffectiveResource resource;
        resource.id = QStringLiteral("r%1").arg(r);
        resource.available = Money::fromMinor(random.bounded(200, 1500));
        if (random.bounded(2))
            resource.eligible.tags = {tags.at(random.bounded(2))};
        year.resources << resource;
    }
    return year;
}

// The best weighted funding over every choice of who reaches a minimum share.
double enumerate(StagedModel &model)
{
    const QList<qsizetype> undecided = model.undecided();
    double best = -1.0;
    for (quint32 mask = 0; mask < (1u << undecided.size()); ++mask) {
        for (qsizetype k = 0; k < undecided.size(); ++k)
            model.bind(undecided.at(k),
                       mask & (1u << k) ? StagedModel::Choice::Open : StagedModel::Choice::Closed);
        if (model.solve(true))
            best = std::max(best, model.objective());
    }
    return best;
}

// A could tier's relaxation solved, ready for a search: the year and its groups must outlive it.
struct Stage
{
    explicit Stage(const EffectiveYear &y)
        : year(y)
        , groups(year)
        , model(year, groups)
    {
        model.openTier(Tier::Could);
        model.maximiseTier(Tier::Could);
        solved = model.solve();
    }

    bool needsSearch() const
    {
        return std::any_of(model.undecided().begin(), model.undecided().end(),
                           [this](qsizetype s) { return model.belowMinimum(s); });
    }

    const EffectiveYear year;
    const ResourceGroups groups;
    StagedModel model;
    bool solved = false;
};

} // namespace

/// MinimumShareSearch: its answer is the best choice of minimum shares, and a search stopped
/// by its node limit never claims to be proven.
class TestMinimumShareSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsTheBestChoice();
    void nodeLimitIsReported();
};

void TestMinimumShareSearch::findsTheBestChoice()
{
    QRandomGenerator random(11);
    int searched = 0;
    for (int round = 0; round < 200; ++round) {
        Stage stage(randomYear(random));
        QVERIFY(stage.solved);
        if (!stage.needsSearch())
            continue;
        ++searched;
        StagedModel &model = stage.model;
        const EffectiveYear &year = stage.year;
        const MinimumShareSearch::Outcome outcome =
            MinimumShareSearch::run(model, year.services.size(), 1e-9, 2000, false);
        QVERIFY2(outcome.found && outcome.proven,
                 qPrintable(QStringLiteral("round %1").arg(round)));
        for (const qsizetype s : model.undecided())
            model.bind(s, outcome.open.at(s) ? StagedModel::Choice::Open
                                             : StagedModel::Choice::Closed);
        QVERIFY(model.solve(true));
        const double found = model.objective();
        const double best = enumerate(model);
        QVERIFY2(
            std::abs(found - best) <= 1e-6 * std::max(1.0, best),
            qPrintable(
                QStringLiteral("round %1: search %2, best %3").arg(round).arg(found).arg(best)));
    }
    // The generator must give the search real work, or this test proves nothing.
    QVERIFY2(searched >= 40, qPrintable(QString::number(searched)));
}

void TestMinimumShareSearch::nodeLimitIsReported()
{
    QRandomGenerator random(11);
    int cutShort = 0;
    for (int round = 0; round < 200; ++round) {
        Stage stage(randomYear(random));
        QVERIFY(stage.solved);
        if (!stage.needsSearch())
            continue;
        StagedModel &model = stage.model;
        const EffectiveYear &year = stage.year;
        // No node at all: nothing is known, and the caller must say so.
        const MinimumShareSearch::Outcome none =
            MinimumShareSearch::run(model, year.services.size(), 1e-9, 0, false);
        QVERIFY(!none.found && !none.proven);
        QVERIFY(model.solve());
        const double relaxation = model.objective();
        const MinimumShareSearch::Outcome one =
            MinimumShareSearch::run(model, year.services.size(), 1e-9, 1, false);
        if (one.found && !one.proven) {
            ++cutShort;
            // The bound of a search cut short is the best unexplored branch: above the answer,
            // and never above the relaxation it started from.
            QVERIFY2(one.bound > 0.0 && one.bound <= relaxation + 1e-6 * std::abs(relaxation),
                     qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }
    QVERIFY2(cutShort > 0, "no search was cut short: the test proves nothing");
}

QTEST_GUILESS_MAIN(TestMinimumShareSearch)
#include "tst_minimumsharesearch.moc"
