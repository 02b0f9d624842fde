#include "clock.h"

#include <atomic>

namespace lps {

namespace {

class SystemClock : public Clock
{
protected:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

const SystemClock kSystemClock;
// Read from the background threads too (recovery copies are written by the GUI only, but a
// test may swap the clock while an evaluator runs).
std::atomic<const Clock *> g_clock{&kSystemClock};

} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return g_clock.load()->nowUtc();
}

QDate Clock::currentDate()
{
    return currentDateTimeUtc().toLocalTime().date();
}

void Clock::setInstance(const Clock *clock)
{
    g_clock.store(clock ? clock : &kSystemClock);
}

} // namespace lps
