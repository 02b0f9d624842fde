#pragma once

#include "projectionfigures.h"

#include "model/plan.h"
#include "votes/dotvotes.h"
#include "votes/votepriorities.h"

#include <QObject>
#include <QStringList>

namespace lps {

class LatestJob;

/// The side-by-sides of a workshop, worked out on a thread of their own so that the projection
/// never waits: the session's snapshots against where it started, and the room's priorities
/// against the officers'. Only the newest request is answered (ready()); asking again, or
/// cancel(), drops an older one still on its way.
class WorkshopComparisons : public QObject
{
    Q_OBJECT

public:
    /// At most this many columns: where the session started and the latest snapshots.
    static constexpr int kMostColumns = 4;

    explicit WorkshopComparisons(QObject *parent = nullptr);
    /// Waits for a comparison being worked out (the solver cannot be stopped half-way).
    ~WorkshopComparisons() override;

    /// Where the session started (`fromId`) and a page of `snapshotIds` (scenarios of `plan`)
    /// in year index `year`: page 0 the latest three, page 1 the three before, and so on.
    /// Returns the title, or an empty one when there is nothing to compare (no such page, or
    /// no snapshot left in the plan).
    QString snapshots(const Plan &plan, const QString &fromId, const QStringList &snapshotIds,
                      int year, int page = 0);
    /// How many pages of snapshots `count` snapshots make.
    static int pages(qsizetype count);
    /// The officers' priorities (`fromId`) against the room's (`votes` by VotePriorities);
    /// returns the vote's result, whose problems say why nothing was asked.
    VotePriorities::Result room(const Plan &plan, const QString &fromId, const DotVotes &votes,
                                int year);
    /// Forgets whatever is on its way.
    void cancel() { ++m_number; }
    bool isBusy() const;

signals:
    /// The columns, each compared with the first.
    void ready(const QString &title, const QList<lps::ProjectionFigures> &columns);

private:
    void compare(const QString &title, const Plan &plan, const QStringList &ids,
                 const QStringList &names, int year);

    LatestJob *m_job;
    quint64 m_number = 0;
};

} // namespace lps
