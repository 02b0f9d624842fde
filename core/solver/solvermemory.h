#pragma once

#include "stagedmodel.h"

#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace lps {

/// What solving one year taught the solver, for the next solve of the same scenario and year to
/// start from (spec/allocation.md, Answers in time): each tier stage's basis and which services
/// with a minimum share were funded. Only ever a hint: a first answer started from it is checked
/// like any other, and settled answers never use it, so they stay canonical.
struct SolverMemory
{
    /// StagedModel::shape() of the model the bases belong to; 0 when nothing was learnt.
    quint64 shape = 0;
    /// The match rows that model had, in order: added first, so that the bases fit row for row.
    std::vector<std::pair<qsizetype, qsizetype>> matchRows;
    /// Each tier's relaxation basis (minimum shares undecided), in tier order; empty if unsolved.
    std::array<StagedModel::Basis, 3> relaxed;
    /// The simplex pivots each tier's relaxation took from a cold start, last time one was made:
    /// a warm start that needs many more is dearer than starting cold.
    std::array<int, 3> coldPivots{0, 0, 0};
    /// Service id -> funded at all, for the services with a minimum share.
    QHash<QString, bool> open;

    bool isEmpty() const { return shape == 0 && open.isEmpty(); }
};

} // namespace lps
