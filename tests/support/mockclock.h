#pragma once

#include "clock/clock.h"

namespace lps::test {

/// A clock a test sets and moves by hand; installed for as long as it lives.
class MockClock : public Clock
{
public:
    explicit MockClock(const QDateTime &start = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC))
        : m_now(start)
    {
        Clock::setInstance(this);
    }
    ~MockClock() override { Clock::setInstance(nullptr); }
    MockClock(const MockClock &) = delete;
    MockClock &operator=(const MockClock &) = delete;

    void set(const QDateTime &now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace lps::test
