#pragma once

#include <QDate>
#include <QDateTime>

namespace lps {

/// Where "now" comes from for everything that records or depends on the time (recovery copies,
/// the year a new plan starts in), so tests can set and move it instead of sleeping. The system
/// clock unless a test installs its own (tests/support's MockClock).
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    static QDate currentDate();

    /// Installs `clock` for the whole process (not owned); nullptr goes back to the system clock.
    static void setInstance(const Clock *clock);

protected:
    virtual QDateTime nowUtc() const = 0;
};

} // namespace lps
