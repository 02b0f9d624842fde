#pragma once

#include "allocation/allocation.h"
#include "scenarios/effectiveyear.h"

namespace lps {

/// The spreadsheet way of sharing money out, kept only to measure what pooling adds: services in
/// tier and priority order each take all they can from their resources in display order.
///
/// Every constraint of allocation.md holds exactly. Two choices a spreadsheet leaves open:
/// - Volunteer time: each time resource is charged whole hours at a service, ceil(x / hourValue),
///   and those charges never exceed timeCapacityHours, so sum x / hourValue <= capacity holds
///   without fractions; a part hour may be given, but it uses up a whole hour of the capacity.
/// - Match funding: a matched resource can only match money already given, so after one pass over
///   all resources in display order comes one top-up pass over the matched resources (what a
///   spreadsheet user does with a matched grant listed above the money it matches). Only matched
///   resources can gain room in a second pass: every other limit only tightens as money is given.
/// A service that ends below its minimum share gives back everything it took.
class Waterfall
{
public:
    /// Money from each resource to each service, indexed like the year (resources x services).
    static Allocation allocate(const EffectiveYear &year);
};

} // namespace lps
