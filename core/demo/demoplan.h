#pragma once

#include "model/plan.h"

#include <QByteArray>

namespace lps {

/// The built-in demo: Eastbrook, a fictional district, with five years and several what-ifs.
class DemoPlan
{
public:
    /// The demo in canonical JSON, as compiled into the application.
    static QByteArray json();
    /// The demo as a plan. It is checked by the tests, so reading it cannot fail at run time.
    static Plan plan();
};

} // namespace lps
