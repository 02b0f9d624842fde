#pragma once

#include "dotvotes.h"
#include "model/plan.h"
#include "validation/problem.h"

#include <QByteArray>
#include <QString>

namespace lps {

/// Reads a CSV of a workshop's paper ballots (one row per ballot and service: `ballot`,
/// `service`, optional `dots`) into the room's DotVotes, refusing the whole file on any problem
/// so that a room's vote is never half counted (docs/workshop-notes.md).
class BallotsCsv
{
public:
    /// A file of ballots for a room is far smaller; past these it is the wrong file.
    static constexpr int kMaxRows = 100'000;
    static constexpr qint64 kMaxBytes = 32LL * 1024 * 1024;
    /// The most dots one ballot may give one service.
    static constexpr int kMaxDots = 100;
    /// Problems listed before the rest are only counted: a wrong file has one on every row.
    static constexpr int kMaxProblems = 20;

    struct Result
    {
        /// Empty unless ok(); its ballots() is `ballots`.
        DotVotes votes;
        /// Ballot papers counted (distinct ballot texts, ignoring case and extra spaces).
        int ballots = 0;
        /// Rows left out and why (totals rows, sums without a ballot), as warnings at their row.
        Problems skipped;
        /// Columns that are ignored, as warnings.
        Problems warnings;
        /// Everything that stops the import, each at its file, row and column; at most
        /// kMaxProblems of them and then one saying how many more.
        Problems problems;

        bool ok() const { return problems.isEmpty(); }
    };

    /// `fileName` names the file in messages ("ballots.csv"); services are found in `plan`.
    static Result read(const QByteArray &bytes, const QString &fileName, const Plan &plan);
    /// Reads a file; messages name it by its file name without the folder.
    static Result readFile(const QString &path, const Plan &plan);
};

} // namespace lps
