#include "workshopcomparisons.h"

#include "live/latestjob.h"
#include "reports/evaluation.h"

#include <QMetaObject>

namespace lps {

WorkshopComparisons::WorkshopComparisons(QObject *parent)
    : QObject(parent)
    , m_job(new LatestJob(this))
{
}

WorkshopComparisons::~WorkshopComparisons()
{
    // The job calls back into this object: it finishes before anything else goes.
    delete m_job;
}

bool WorkshopComparisons::isBusy() const
{
    return m_job->isBusy();
}

int WorkshopComparisons::pages(qsizetype count)
{
    const qsizetype perPage = kMostColumns - 1;
    return int((count + perPage - 1) / perPage);
}

QString WorkshopComparisons::snapshots(const Plan &plan, const QString &fromId,
                                       const QStringList &snapshotIds, int year, int page)
{
    const qsizetype from = plan.scenarioIndex(fromId);
    if (from < 0)
        return {};
    QStringList kept;
    for (const QString &id : snapshotIds)
        if (plan.scenarioIndex(id) >= 0) // one taken back with Undo is gone
            kept << id;
    if (page < 0 || page >= pages(kept.size()))
        return {};
    // Pages count back from the latest, each in the order they were kept.
    const qsizetype perPage = kMostColumns - 1;
    const qsizetype end = kept.size() - page * perPage;
    const qsizetype start = std::max<qsizetype>(0, end - perPage);
    QStringList ids{fromId};
    QStringList names{tr("Where we started: %1").arg(plan.scenarios[from].name)};
    for (qsizetype i = start; i < end; ++i) {
        ids << kept[i];
        names << plan.scenarios[plan.scenarioIndex(kept[i])].name;
    }
    const QString title =
        pages(kept.size()) == 1
            ? tr("The session's snapshots, side by side")
            : tr("Snapshots %1 to %2 of %3, side by side (T for %4)")
                  .arg(start + 1)
                  .arg(end)
                  .arg(kept.size())
                  .arg(page + 1 < pages(kept.size()) ? tr("earlier ones") : tr("the live view"));
    compare(title, plan, ids, names, year);
    return title;
}

VotePriorities::Result WorkshopComparisons::room(const Plan &plan, const QString &fromId,
                                                 const DotVotes &votes, int year)
{
    VotePriorities::Result result =
        VotePriorities::scenario(plan, fromId, votes, VotePriorities::defaultName(), year);
    if (!result.ok())
        return result;
    Plan withRoom = plan;
    withRoom.scenarios << result.scenario;
    compare(tr("The room's priorities against the officers'"), withRoom,
            {fromId, result.scenario.id},
            {tr("The officers' priorities"), tr("The room's priorities")}, year);
    return result;
}

void WorkshopComparisons::compare(const QString &title, const Plan &plan, const QStringList &ids,
                                  const QStringList &names, int year)
{
    const quint64 number = ++m_number;
    m_job->run([this, number, title, plan, ids, names, year] {
        QList<Evaluation> answers;
        for (const QString &id : ids)
            answers << Evaluation::of(plan, id, {year});
        QList<ProjectionFigures> columns;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            columns << ProjectionFigures::of(plan, answers[i], &answers.first(), names.first());
            columns.last().scenarioName = names[i];
        }
        QMetaObject::invokeMethod(
            this,
            [this, number, title, columns] {
                if (number == m_number)
                    emit ready(title, columns);
            },
            Qt::QueuedConnection);
    });
}

} // namespace lps
